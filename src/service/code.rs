//! A one-time code as typed by a person: "123 456", "123-456" and "123456"
//! are the same code.

use zeroize::{Zeroize, ZeroizeOnDrop};

/// Six digits, normalised.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Code(String);

/// Why typed text is not a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Nothing was typed.
    #[error("no code typed")]
    Empty,
    /// Something other than digits, spaces or dashes.
    #[error("only digits are allowed")]
    NotDigits,
    /// Not exactly six digits.
    #[error("a code has 6 digits, not {0}")]
    WrongLength(usize),
}

impl Code {
    /// Digits in a code.
    pub const DIGITS: usize = 6;

    /// Reads a code, ignoring spaces, dashes and dots people type to group digits.
    pub fn parse(typed: &str) -> Result<Self, CodeError> {
        let mut digits = String::with_capacity(Self::DIGITS);
        for c in typed.chars() {
            match c {
                '0'..='9' => digits.push(c),
                // Also full-width and other Unicode digits pasted from phones.
                c if c.is_numeric() => match c.to_digit(10) {
                    Some(d) => digits.push(char::from(b'0' + d as u8)),
                    None => return Err(CodeError::NotDigits),
                },
                ' ' | '-' | '.' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\t' => {}
                _ => {
                    digits.zeroize();
                    return Err(CodeError::NotDigits);
                }
            }
        }
        match digits.len() {
            0 => Err(CodeError::Empty),
            Self::DIGITS => Ok(Self(digits)),
            n => {
                digits.zeroize();
                Err(CodeError::WrongLength(n))
            }
        }
    }

    /// The six digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Code(******)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_and_dashes_are_ignored() {
        for typed in ["123456", "123 456", " 123-456 ", "12 34 56", "123\u{a0}456"] {
            assert_eq!(Code::parse(typed).unwrap().as_str(), "123456", "{typed:?}");
        }
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(Code::parse("   "), Err(CodeError::Empty));
        assert_eq!(Code::parse("12a456"), Err(CodeError::NotDigits));
        assert_eq!(Code::parse("12345"), Err(CodeError::WrongLength(5)));
        assert_eq!(Code::parse("1234567"), Err(CodeError::WrongLength(7)));
    }

    #[test]
    fn debug_hides_the_digits() {
        assert!(!format!("{:?}", Code::parse("123456").unwrap()).contains("123"));
    }
}
