//! Phone numbers as people type them, for every country offered: junk, the
//! metadata's own example mobiles mutated, digits of other scripts. A
//! number is either refused with a reason or normalised, and then its
//! normal forms read back as the same number.

use mfa_assistant::service::phone::{self, COUNTRIES};
use mfa_assistant::service::{Country, PhoneError};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::fuzz;

fn country() -> impl Strategy<Value = Country> {
    proptest::sample::select(COUNTRIES)
}

/// The invariants of any outcome.
fn check(country: Country, typed: &str) -> Result<(), TestCaseError> {
    let Ok(number) = phone::parse(country, typed) else {
        return Ok(());
    };
    let code = format!("+{}", country.dialling_code());
    prop_assert!(
        number.e164().starts_with(&code),
        "{} for {:?}",
        number.e164(),
        country
    );
    prop_assert!(
        number.e164()[1..].bytes().all(|b| b.is_ascii_digit()),
        "{}",
        number.e164()
    );
    prop_assert!((8..=16).contains(&number.e164().len()), "{}", number.e164());
    // Only numbers that can receive a text.
    let parsed = phonenumber::parse(None, number.e164()).unwrap();
    let kind = parsed.number_type(&phonenumber::metadata::DATABASE);
    prop_assert!(
        matches!(
            kind,
            phonenumber::Type::Mobile | phonenumber::Type::FixedLineOrMobile
        ),
        "{} is {:?}",
        number.e164(),
        kind
    );
    // What the assistant shows and sends reads back as the same number.
    prop_assert_eq!(phone::parse(country, number.e164()), Ok(number.clone()));
    prop_assert_eq!(
        phone::parse(country, number.international()),
        Ok(number.clone())
    );
    Ok(())
}

#[test]
fn any_text_for_any_country() {
    let text = prop_oneof![
        any::<String>(),
        "[0-9 +().\u{a0}/-]{0,40}",
        "\\+?[0-9]{0,20}",
        "(00|\\+|0)[0-9]{1,3}[ -]?[0-9 ]{0,20}",
    ];
    fuzz(
        "phone: any text",
        3_000,
        (country(), text),
        |(country, typed)| check(country, &typed),
    );
    assert_eq!(Country::from_code("nl"), Some(Country::NETHERLANDS));
    fuzz("phone: country codes", 3_000, any::<String>(), |code| {
        if let Some(country) = Country::from_code(&code) {
            prop_assert_eq!(country.code(), code.trim().to_ascii_uppercase());
        }
        Ok(())
    });
}

/// Each country's example mobile number from the metadata, national.
fn example(country: Country) -> String {
    let metadata = phonenumber::metadata::DATABASE
        .by_id(country.code())
        .unwrap();
    metadata
        .descriptors()
        .mobile()
        .and_then(|m| m.example())
        .unwrap()
        .to_owned()
}

#[test]
fn example_mobiles_read_in_every_form() {
    for country in COUNTRIES {
        let national = example(*country);
        let international = format!("+{} {national}", country.dialling_code());
        for typed in [national.as_str(), international.as_str()] {
            let number = phone::parse(*country, typed)
                .unwrap_or_else(|e| panic!("{country:?} {typed}: {e}"));
            assert!(
                number.e164().ends_with(&national),
                "{country:?}: {}",
                number.e164()
            );
            check(*country, typed).unwrap();
        }
    }
}

#[test]
fn example_mobiles_mutated() {
    let edit = (
        any::<Index>(),
        prop_oneof![3 => proptest::char::range('0', '9'), 1 => proptest::sample::select(&[' ', '-', '+', '(', ')', '/', '.', 'x'][..])],
        0..3u8,
    );
    let input = (
        country(),
        any::<bool>(),
        proptest::collection::vec(edit, 1..4),
    );
    fuzz(
        "phone: examples mutated",
        3_000,
        input,
        |(country, plus, edits)| {
            let national = example(country);
            let mut chars: Vec<char> = if plus {
                format!("+{}{national}", country.dialling_code())
                    .chars()
                    .collect()
            } else {
                national.chars().collect()
            };
            for (at, c, how) in edits {
                let i = at.index(chars.len() + 1);
                match how {
                    0 if i < chars.len() => chars[i] = c,
                    1 if i < chars.len() => drop(chars.remove(i)),
                    _ => chars.insert(i, c),
                }
            }
            check(country, &chars.into_iter().collect::<String>())
        },
    );
}

/// Spaces and dashes between the digits, and the digits of any script, do
/// not change what a number reads as.
#[test]
fn grouping_and_script_change_nothing() {
    let zeros = proptest::sample::select(&[0x30, 0x660, 0x6F0, 0x966, 0xE50, 0xFF10, 0x1D7CE][..]);
    let gaps = proptest::collection::vec(
        proptest::sample::select(&["", "", " ", "-", "\u{a0}"][..]),
        20,
    );
    let digits = prop_oneof![country().prop_map(example), "[0-9]{6,12}",];
    fuzz(
        "phone: grouping and scripts",
        3_000,
        (country(), digits, gaps, zeros),
        |(country, digits, gaps, zero)| {
            let plain = phone::parse(country, &digits);
            let mut typed = String::new();
            for (c, gap) in digits.chars().zip(gaps.iter().cycle()) {
                typed.push(char::from_u32(zero + c.to_digit(10).unwrap()).unwrap());
                typed.push_str(gap);
            }
            prop_assert_eq!(phone::parse(country, &typed), plain, "{:?}", typed);
            Ok(())
        },
    );
    assert_eq!(
        phone::parse(Country::NETHERLANDS, "٠٦١٢٣٤٥٦٧٨").map(|n| n.e164().to_owned()),
        Ok("+31612345678".into())
    );
    assert_eq!(
        phone::parse(Country::NETHERLANDS, "²"),
        Err(PhoneError::NotANumber)
    );
}
