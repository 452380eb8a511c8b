//! Codes as typed or pasted: `Code::parse` takes the decimal digits of every
//! script, checked against the Unicode general category Nd of the `regex`
//! crate (an independent table), and refuses everything else.

use std::sync::LazyLock;

use mfa_assistant::service::{Code, CodeError};
use proptest::prelude::*;

use crate::fuzz;

/// Every Nd character with its value, from the `regex` crate's Unicode
/// tables: a run of Nd characters is a run of zero-to-nine blocks.
static ND: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
    let nd = regex::Regex::new(r"^\p{Nd}$").unwrap();
    let mut digits = Vec::new();
    let mut run = 0u32;
    let mut buf = [0u8; 4];
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        if nd.is_match(c.encode_utf8(&mut buf)) {
            digits.push((c, (run % 10) as u8));
            run += 1;
        } else {
            run = 0;
        }
    }
    digits
});

const SEPARATORS: &[char] = &[
    ' ', '-', '.', '\t', '\n', '\r', '\u{a0}', '\u{2009}', '\u{202f}', '\u{2010}', '\u{2011}',
    '\u{2012}', '\u{2013}', '\u{3000}', '\u{ff0d}', '\u{ff0e}',
];

fn value_of(c: char) -> Option<u8> {
    ND.binary_search_by_key(&c, |(d, _)| *d)
        .ok()
        .map(|i| ND[i].1)
}

/// What a typed text should give, worked out from the Nd table.
fn expected(typed: &str) -> Result<String, CodeError> {
    let mut digits = String::new();
    for c in typed.chars() {
        match value_of(c) {
            Some(d) => digits.push(char::from(b'0' + d)),
            None if SEPARATORS.contains(&c) => {}
            None => return Err(CodeError::NotDigits),
        }
    }
    match digits.chars().count() {
        0 => Err(CodeError::Empty),
        6 | 8 => Ok(digits),
        n => Err(CodeError::WrongLength(n)),
    }
}

fn digit() -> impl Strategy<Value = char> {
    (0..ND.len()).prop_map(|i| ND[i].0)
}

/// Text as people type and paste it: digits of any script, separators and
/// now and then anything at all.
fn typed() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => digit(),
        3 => (0u8..10).prop_map(|d| char::from(b'0' + d)),
        2 => proptest::sample::select(SEPARATORS),
        1 => any::<char>(),
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|chars| chars.into_iter().collect())
}

#[test]
fn any_text_gives_what_the_nd_table_says() {
    fuzz(
        "code: typed text",
        20_000,
        prop_oneof![typed(), any::<String>()],
        |typed| {
            let got = Code::parse(&typed).map(|c| c.as_str().to_owned());
            prop_assert_eq!(got, expected(&typed), "{:?}", typed);
            Ok(())
        },
    );
}

#[test]
fn six_digits_of_any_script_between_any_separators() {
    let block = (0..ND.len()).prop_map(|i| ND[i].0 as u32 - ND[i].1 as u32);
    let input = (
        block,
        proptest::collection::vec(
            (0u8..10, proptest::sample::select(SEPARATORS), any::<bool>()),
            6,
        ),
    );
    fuzz("code: other scripts", 5_000, input, |(zero, digits)| {
        let mut typed = String::new();
        let mut want = String::new();
        for (d, sep, gap) in digits {
            typed.push(char::from_u32(zero + u32::from(d)).unwrap());
            if gap {
                typed.push(sep);
            }
            want.push(char::from(b'0' + d));
        }
        prop_assert_eq!(Code::parse(&typed).map(|c| c.as_str().to_owned()), Ok(want));
        Ok(())
    });
}

/// Not random: every character there is, six times over.
#[test]
fn every_character_is_a_digit_of_its_value_or_refused() {
    assert!(ND.len() >= 680, "the Nd table has {} digits", ND.len());
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let typed: String = std::iter::repeat_n(c, 6).collect();
        let got = Code::parse(&typed).map(|code| code.as_str().to_owned());
        match value_of(c) {
            Some(d) => assert_eq!(got, Ok(char::from(b'0' + d).to_string().repeat(6)), "{c:?}"),
            None if SEPARATORS.contains(&c) => assert_eq!(got, Err(CodeError::Empty), "{c:?}"),
            None => assert_eq!(got, Err(CodeError::NotDigits), "{c:?} U+{:04X}", c as u32),
        }
    }
    assert_eq!(Code::parse("１２３ ４５６").unwrap().as_str(), "123456");
    assert_eq!(Code::parse("٣٣٣٣٣٣").unwrap().as_str(), "333333");
}
