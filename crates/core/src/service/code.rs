//! A one-time code as typed by a person: "123 456", "123-456" and "123456"
//! are the same code. Six digits, or eight where an enrollment asks for
//! that; providers check the length against the enrollment.

mod digits;

pub(crate) use digits::decimal_value;
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

/// The longest code there is.
const MAX_DIGITS: usize = 8;

impl Code {
    /// The lengths a code can have: 6, and 8 for enrollments that ask for it.
    pub const LENGTHS: [usize; 2] = [6, 8];

    /// Reads a code, ignoring spaces, dashes and dots people type to group digits.
    pub fn parse(typed: &str) -> Result<Self, CodeError> {
        // Room for the longest, so no reallocation leaves a copy behind.
        let mut digits = String::with_capacity(MAX_DIGITS);
        let mut count = 0;
        for c in typed.chars() {
            match c {
                c if is_separator(c) => {}
                // ASCII, and also full-width and other Unicode digits pasted
                // from phones ("１２３ ４５６", "٣٣٣٣٣٣").
                c => match decimal_value(c) {
                    Some(d) => {
                        count += 1;
                        // Past the longest code only the count matters (a
                        // long paste grows no buffer).
                        if count <= MAX_DIGITS {
                            digits.push(char::from(b'0' + d));
                        }
                    }
                    None => {
                        digits.zeroize();
                        return Err(CodeError::NotDigits);
                    }
                },
            }
        }
        match count {
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

/// Spaces, dashes and dots that group digits, as typed or pasted: also the
/// no-break and thin spaces, the full-width ones and a trailing newline.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2010}'
            ..='\u{2013}' | '\u{3000}' | '\u{ff0d}' | '\u{ff0e}'
    )
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
    fn digits_pasted_from_phones_in_other_scripts() {
        for (typed, code) in [
            ("１２３ ４５６", "123456"),
            ("１２３\u{3000}４５６", "123456"),
            ("٣٣٣٣٣٣", "333333"),
            ("۱۲۳-۴۵۶", "123456"),
            ("१२३४५६", "123456"),
            ("๑๒๓ ๔๕๖\n", "123456"),
            ("12３４56", "123456"),
        ] {
            assert_eq!(Code::parse(typed).unwrap().as_str(), code, "{typed:?}");
        }
        // Numbers that are not decimal digits stay out.
        for typed in ["12345²", "①②③④⑤⑥", "ⅠⅡⅢⅣⅤⅥ", "12345½"] {
            assert_eq!(Code::parse(typed), Err(CodeError::NotDigits), "{typed:?}");
        }
        assert_eq!(
            Code::parse(&"٣".repeat(10_000)),
            Err(CodeError::WrongLength(10_000))
        );
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
        let shown = format!("{:?}", Code::parse("918 273").unwrap());
        assert!(!shown.chars().any(|c| c.is_ascii_digit()), "{shown}");
        assert!(shown.starts_with("Code("), "{shown}");
    }
}
