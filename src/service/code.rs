//! A one-time code as typed by a person: "123 456", "123-456" and "123456"
//! are the same code. Six digits, or eight where an enrollment asks for
//! that; providers check the length against the enrollment.

use zeroize::{Zeroize, ZeroizeOnDrop};

/// Six or eight digits, normalised.
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
    /// Neither six nor eight digits.
    #[error("a code has 6 or 8 digits, not {0}")]
    WrongLength(usize),
}

impl Code {
    /// The lengths a code can have: 6, and 8 for enrollments that ask for it.
    pub const LENGTHS: [usize; 2] = [6, 8];

    /// Reads a code, ignoring spaces, dashes and dots people type to group digits.
    pub fn parse(typed: &str) -> Result<Self, CodeError> {
        // Room for the longest, so no reallocation leaves a copy behind.
        let mut digits = String::with_capacity(typed.len().max(8));
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
            n if Self::LENGTHS.contains(&n) => Ok(Self(digits)),
            n => {
                digits.zeroize();
                Err(CodeError::WrongLength(n))
            }
        }
    }

    /// The digits.
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
        assert_eq!(Code::parse("123456789"), Err(CodeError::WrongLength(9)));
    }

    #[test]
    fn eight_digits_for_enrollments_that_ask_for_them() {
        assert_eq!(Code::parse("1234 5678").unwrap().as_str(), "12345678");
    }

    #[test]
    fn debug_hides_the_digits() {
        assert!(!format!("{:?}", Code::parse("123456").unwrap()).contains("123"));
    }
}
