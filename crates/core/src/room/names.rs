//! Names that cannot lie. A trainee's name is shown to the trainer and
//! written into the report, so it may not hide what it is: no bidi
//! controls or other format characters (U+202E turns text around, U+200B
//! makes "Bob\u{200b}" a second "Bob" without a number, U+FEFF and U+00AD
//! hide in front of a spreadsheet formula), nothing made only of invisible
//! or combining characters, and names that look the same compare equal.

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// Whether `name` shows what it is: no format characters (Unicode
/// category Cf, the bidi controls among them) except a zero-width
/// (non-)joiner between two letters, which Persian and Indic names need;
/// no unassigned or private-use characters; and something visible.
pub fn honest(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let format_ok = chars.iter().enumerate().all(|(i, &c)| {
        match c.general_category() {
            GeneralCategory::Format => {
                // After a letter, or a letter's mark (a virama).
                matches!(c, ZWNJ | ZWJ)
                    && i > 0
                    && (chars[i - 1].is_alphabetic()
                        || matches!(
                            chars[i - 1].general_category(),
                            GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark
                        ))
                    && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            }
            GeneralCategory::Unassigned
            | GeneralCategory::PrivateUse
            | GeneralCategory::Surrogate => false,
            _ => true,
        }
    });
    format_ok && chars.iter().any(|&c| visible(c))
}

/// A character that puts ink on the screen: not a space, not a combining
/// mark on its own, not a format character, not one of the fillers that
/// are letters by category yet draw nothing.
fn visible(c: char) -> bool {
    use GeneralCategory as G;
    let invisible_letter = matches!(
        c,
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{2800}' | '\u{180E}'
    );
    !invisible_letter
        && !c.is_whitespace()
        && !matches!(
            c.general_category(),
            G::Format
                | G::NonspacingMark
                | G::EnclosingMark
                | G::SpacingMark
                | G::Control
                | G::SpaceSeparator
                | G::LineSeparator
                | G::ParagraphSeparator
        )
}

/// What names are compared by for duplicates: NFKC ("Ｂｏｂ" is "Bob",
/// "ﬁ" is "fi"), then lower case.
pub fn key(name: &str) -> String {
    name.nfkc().collect::<String>().to_lowercase()
}

/// `text` without the characters a spreadsheet would skip before seeing a
/// formula's `=`: spaces, format characters, combining marks alone.
pub fn skip_invisible(text: &str) -> &str {
    text.trim_start_matches(|c: char| !visible(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::room::wire::DisplayName;

    #[test]
    fn names_that_hide_what_they_are_are_refused() {
        let name = |s: &str| DisplayName::new(s).map(|n| n.as_str().to_owned());
        // (name, accepted as)
        let cases: &[(&str, Option<&str>)] = &[
            ("Bob", Some("Bob")),
            ("Bob\u{202E}", None), // right-to-left override
            ("Bob\u{200B}", None), // zero-width space
            ("Bob\u{2060}", None), // word joiner
            ("\u{FEFF}Bob", None), // byte order mark
            ("Bo\u{00AD}b", None), // soft hyphen
            ("\u{200B}=HYPERLINK(\"x\")", None),
            ("\u{2066}Eve\u{2069}", None), // isolates
            ("\u{061C}Ali", None),         // Arabic letter mark
            ("\u{0301}\u{0301}", None),    // combining marks alone
            ("\u{3164}", None),            // Hangul filler
            ("\u{E000}x", None),           // private use
            ("\u{0378}x", None),           // unassigned
            ("\u{200D}", None),            // a joiner alone
            ("a\u{200C}", None),           // a joiner at the end
            // Persian: "mi-khaham" needs a ZWNJ between letters.
            (
                "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}",
                Some("\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}"),
            ),
            // Devanagari: "ksha" with a ZWJ between letters.
            (
                "\u{0915}\u{094D}\u{200D}\u{0937}",
                Some("\u{0915}\u{094D}\u{200D}\u{0937}"),
            ),
            ("José", Some("José")),
            ("Jose\u{0301}", Some("Jose\u{0301}")),
            ("Zoë de Vries", Some("Zoë de Vries")),
        ];
        for (input, expected) in cases {
            assert_eq!(name(input).as_deref(), *expected, "{input:?}");
        }
    }

    #[test]
    fn look_alikes_are_the_same_name_and_formulas_are_found_behind_invisibles() {
        assert_eq!(key("Ｂｏｂ"), key("bob"));
        assert_eq!(key("Jose\u{0301}"), key("José"));
        assert_ne!(key("Bob"), key("Rob"));
        assert_eq!(skip_invisible("\u{200B}\u{FEFF} =1"), "=1");
        assert_eq!(skip_invisible("Jan"), "Jan");
    }
}
