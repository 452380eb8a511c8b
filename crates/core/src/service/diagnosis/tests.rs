//! Every diagnosis with codes computed at real offsets by totp-rs (an
//! implementation independent of the doctor's own), the RFC 6238 vectors,
//! and the secret kept out of sight. The false-alarm rate and the cost
//! bound are in `rate.rs`, the sentences in `text.rs`.

use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::search::{self, Settings};
use super::{Amount, ClockOff, Diagnosis, Doctor, HashAlgorithm, Ignored, Typo, Way};
use crate::service::Code;

/// A time 15 s into a 30 s window (and 45 s into a 60 s one).
pub const NOW: u64 = 1_800_000_045;
const SECRET: &[u8] = b"a secret of twenty b";
const OTHER: &[u8] = b"another secret of 20";

pub fn totp(secret: &[u8], settings: Settings) -> Totp {
    Builder::new()
        .with_algorithm(match settings.algorithm {
            HashAlgorithm::Sha1 => Algorithm::SHA1,
            HashAlgorithm::Sha256 => Algorithm::SHA256,
            HashAlgorithm::Sha512 => Algorithm::SHA512,
        })
        .with_digits(settings.digits)
        .with_step_duration(settings.period)
        .with_secret(Secret::new(secret.to_vec().into_boxed_slice()))
        .with_account_name("jan")
        .with_issuer(Some("RPO"))
        .build_noncompliant()
}

/// What a phone with `settings` shows at its own time `phone`.
pub fn shown(secret: &[u8], settings: Settings, phone: u64) -> Code {
    Code::parse(&totp(secret, settings).generate(phone).to_string()).unwrap()
}

pub fn doctor(settings: Settings) -> Doctor {
    Doctor::new(totp(SECRET, settings)).unwrap()
}

fn common() -> Doctor {
    doctor(Settings::COMMON)
}

fn phone(offset: i64) -> Code {
    shown(
        SECRET,
        Settings::COMMON,
        NOW.checked_add_signed(offset).unwrap(),
    )
}

fn clock(diagnosis: Option<Diagnosis>) -> ClockOff {
    match diagnosis {
        Some(Diagnosis::PhoneClock(clock)) => clock,
        other => panic!("expected a clock diagnosis, got {other:?}"),
    }
}

#[test]
fn rfc6238_vectors_for_all_three_algorithms_with_eight_digits() {
    let sha1 = b"12345678901234567890";
    let sha256 = b"12345678901234567890123456789012";
    let sha512 = b"1234567890123456789012345678901234567890123456789012345678901234";
    // RFC 6238 appendix B: time, SHA1, SHA256, SHA512.
    let vectors: [(u64, u32, u32, u32); 6] = [
        (59, 94287082, 46119246, 90693936),
        (1111111109, 7081804, 68084774, 25091201),
        (1111111111, 14050471, 67062674, 99943326),
        (1234567890, 89005924, 91819424, 93441116),
        (2000000000, 69279037, 90698825, 38618901),
        (20000000000, 65353130, 77737706, 47863826),
    ];
    let mut hmacs = 0;
    for (time, a, b, c) in vectors {
        for (key, algorithm, want) in [
            (&sha1[..], HashAlgorithm::Sha1, a),
            (&sha256[..], HashAlgorithm::Sha256, b),
            (&sha512[..], HashAlgorithm::Sha512, c),
        ] {
            let settings = Settings {
                algorithm,
                digits: 8,
                period: 30,
            };
            let enrolled = totp(key, settings);
            assert_eq!(
                search::code(&enrolled, settings, time / 30, &mut hmacs),
                want
            );
            // The doctor's own HMAC (for an app that ignored the algorithm)
            // gives the same, from a SHA1 enrollment's secret.
            let sha1_enrollment = totp(key, Settings::COMMON);
            assert_eq!(
                search::code(&sha1_enrollment, settings, time / 30, &mut hmacs),
                want
            );
            // totp-rs agrees, so the tests below compare two implementations.
            let by_totp_rs = totp(key, settings).generate(time).to_string();
            assert_eq!(by_totp_rs, format!("{want:08}"), "{algorithm:?} at {time}");
        }
    }
    assert_eq!(hmacs, 36, "one HMAC per code");
}

#[test]
fn a_phone_minutes_behind_is_likely_then_certain() {
    let mut d = common();
    let first = clock(d.refused(&phone(-180), NOW));
    assert_eq!(first.way, Way::Behind);
    assert_eq!(first.amount, Amount::Minutes(3));
    assert_eq!(first.seconds, -180);
    assert!(!first.certain, "one code makes it likely");
    assert_eq!(first.pc_seconds, None);
    // The same code again is no second witness.
    assert!(!clock(d.refused(&phone(-180), NOW + 5)).certain);
    // The next code, 30 s later, at the same offset: certain.
    assert!(clock(d.refused(&phone(-150), NOW + 30)).certain);
}

#[test]
fn a_phone_ahead_and_the_edges_of_the_minutes_window() {
    let ahead = clock(common().refused(&phone(300), NOW));
    assert_eq!((ahead.way, ahead.amount), (Way::Ahead, Amount::Minutes(5)));
    let edge = clock(common().refused(&phone(-600), NOW));
    assert_eq!(edge.amount, Amount::Minutes(10));
    // Two steps is the least a refusal can show (one step is accepted).
    assert_eq!(clock(common().refused(&phone(60), NOW)).seconds, 60);
    // 21 steps is beyond the window: not a clock diagnosis.
    assert_eq!(common().refused(&phone(-630), NOW), None);
}

#[test]
fn whole_hours_and_a_day_each_one_step_either_side() {
    for (offset, way, hours) in [
        (-3600, Way::Behind, 1),
        (7200 + 30, Way::Ahead, 2),
        (-14 * 3600 - 30, Way::Behind, 14),
        (86_400, Way::Ahead, 24),
        (-86_400 + 30, Way::Behind, 24),
    ] {
        let c = clock(common().refused(&phone(offset), NOW));
        assert_eq!((c.way, c.amount), (way, Amount::Hours(hours)), "{offset}");
    }
    // Two steps beside a whole hour, or 15 hours: not searched.
    assert_eq!(common().refused(&phone(3600 + 60), NOW), None);
    assert_eq!(common().refused(&phone(15 * 3600), NOW), None);
}

#[test]
fn an_accepted_code_more_than_a_step_off_gets_a_note() {
    // What a phone `behind` seconds behind shows at `t`.
    let at = |t: u64, behind: u64| shown(SECRET, Settings::COMMON, t - behind);
    let mut d = common();
    assert_eq!(d.accepted(&at(NOW, 0), NOW), None);
    assert_eq!(
        d.accepted(&at(NOW + 30, 30), NOW + 30),
        None,
        "one step is fine"
    );
    let note = clock(d.accepted(&at(NOW + 60, 120), NOW + 60));
    assert_eq!((note.way, note.amount), (Way::Behind, Amount::Minutes(2)));
    assert!(!note.certain);
    // A second code at the next step and the same offset makes it certain.
    assert!(clock(d.accepted(&at(NOW + 90, 120), NOW + 90)).certain);
}

#[test]
fn a_code_typed_twice_was_used_already_with_the_seconds_left() {
    let mut d = common();
    assert_eq!(d.accepted(&phone(0), NOW), None);
    // NOW is 15 s into its window.
    assert_eq!(
        d.refused(&phone(0), NOW + 5),
        Some(Diagnosis::CodeUsed { next_in: 10 })
    );
    // Typed again after the app moved on: still used, nothing to wait for.
    assert_eq!(
        d.refused(&phone(0), NOW + 200),
        Some(Diagnosis::CodeUsed { next_in: 0 })
    );
    // A phone 2 minutes behind: its code changes with the server's window.
    let mut d = common();
    assert!(d.accepted(&phone(-120), NOW).is_some());
    assert_eq!(
        d.refused(&phone(-120), NOW + 1),
        Some(Diagnosis::CodeUsed { next_in: 14 })
    );
}

#[test]
fn a_code_of_an_earlier_qr_and_only_the_last_few() {
    let mut d = common();
    d.enroll(totp(OTHER, Settings::COMMON)).unwrap();
    // The first secret is now the earlier one; OTHER is current.
    assert_eq!(d.refused(&phone(0), NOW), Some(Diagnosis::EarlierQr));
    assert_eq!(d.refused(&phone(-30), NOW), Some(Diagnosis::EarlierQr));
    for n in 0..3u8 {
        d.enroll(totp(&[n; 20], Settings::COMMON)).unwrap();
    }
    assert_ne!(d.refused(&phone(0), NOW), Some(Diagnosis::EarlierQr));
}

#[test]
fn three_unexplained_codes_suggest_an_older_account() {
    let mut d = common();
    let stranger = |t: u64| shown(OTHER, Settings::COMMON, t);
    assert_eq!(d.refused(&stranger(NOW), NOW), None);
    // A code right for now but refused (a cool-down) is not unexplained.
    assert_eq!(d.refused(&phone(0), NOW), None);
    assert_eq!(d.refused(&stranger(NOW + 30), NOW + 30), None);
    assert_eq!(
        d.refused(&stranger(NOW + 60), NOW + 60),
        Some(Diagnosis::OlderAccount)
    );
    // An accepted code starts the count again.
    d.accepted(&phone(90), NOW + 90);
    assert_eq!(d.refused(&stranger(NOW + 120), NOW + 120), None);
}

#[test]
fn an_app_that_ignored_the_settings_is_named() {
    let asked = Settings {
        algorithm: HashAlgorithm::Sha256,
        digits: 8,
        period: 60,
    };
    let mut d = doctor(asked);
    let microsoft = shown(SECRET, Settings::COMMON, NOW);
    let all = Diagnosis::IgnoredSettings(Ignored {
        algorithm: Some(HashAlgorithm::Sha256),
        digits: Some(8),
        period: Some(60),
    });
    assert_eq!(d.wrong_length(&microsoft, NOW), Some(all.clone()));
    assert_eq!(d.refused(&microsoft, NOW), Some(all));
    assert_eq!(d.wrong_length(&shown(SECRET, asked, NOW), NOW), None);

    // Only the algorithm: the code has the right length and goes through
    // the whole search.
    let sha512 = Settings {
        algorithm: HashAlgorithm::Sha512,
        ..Settings::COMMON
    };
    assert_eq!(
        doctor(sha512).refused(&shown(SECRET, Settings::COMMON, NOW), NOW),
        Some(Diagnosis::IgnoredSettings(Ignored {
            algorithm: Some(HashAlgorithm::Sha512),
            ..Ignored::default()
        }))
    );
    // Only the period.
    let slow = Settings {
        period: 60,
        ..Settings::COMMON
    };
    assert_eq!(
        doctor(slow).refused(&shown(SECRET, Settings::COMMON, NOW), NOW),
        Some(Diagnosis::IgnoredSettings(Ignored {
            period: Some(60),
            ..Ignored::default()
        }))
    );
    // Only the digits: SHA1, 30 s, but 6 instead of 8.
    let eight = Settings {
        digits: 8,
        ..Settings::COMMON
    };
    assert_eq!(
        doctor(eight).refused(&shown(SECRET, Settings::COMMON, NOW), NOW),
        Some(Diagnosis::IgnoredSettings(Ignored {
            digits: Some(8),
            ..Ignored::default()
        }))
    );
}

#[test]
fn the_wrong_length_is_told_when_nothing_fits() {
    let mut d = common();
    assert_eq!(
        d.refused(&Code::parse("1234 5678").unwrap(), NOW),
        Some(Diagnosis::WrongLength {
            expected: 6,
            typed: 8
        })
    );
    let mut eight = doctor(Settings {
        digits: 8,
        ..Settings::COMMON
    });
    assert_eq!(
        eight.wrong_length(&shown(OTHER, Settings::COMMON, NOW), NOW),
        Some(Diagnosis::WrongLength {
            expected: 8,
            typed: 6
        })
    );
}

/// `code` with the digit at `at` changed by `by` (mod 10).
fn mistyped(code: &Code, at: usize, by: u8) -> Code {
    let mut digits = code.as_str().as_bytes().to_vec();
    digits[at] = b'0' + (digits[at] - b'0' + by) % 10;
    Code::parse(std::str::from_utf8(&digits).unwrap()).unwrap()
}

#[test]
fn a_typo_of_the_code_of_now() {
    let right = phone(0);
    assert_eq!(
        common().refused(&mistyped(&right, 2, 3), NOW),
        Some(Diagnosis::Typo(Typo::Digit))
    );
    let s = right.as_str().as_bytes();
    if s[3] != s[4] {
        let mut swapped = s.to_vec();
        swapped.swap(3, 4);
        let swapped = Code::parse(std::str::from_utf8(&swapped).unwrap()).unwrap();
        assert_eq!(
            common().refused(&swapped, NOW),
            Some(Diagnosis::Typo(Typo::Swapped))
        );
    }
}

#[test]
fn a_typo_is_only_looked_for_at_the_current_step() {
    let mut hmacs = 0;
    let mut checked = 0;
    // At many times, a slip of the hand on a code from 1 to 20 steps off
    // (or an hour off) is not called a typo, unless it happens to be one
    // of the code of now as well.
    for i in 0..400u64 {
        let now = NOW + i * 997;
        let offset = [1i64, -1, 2, -5, 20, -20, 120, -2880][(i % 8) as usize];
        let code = shown(
            SECRET,
            Settings::COMMON,
            now.checked_add_signed(offset * 30).unwrap(),
        );
        let slip = mistyped(&code, (i % 6) as usize, 1 + (i % 9) as u8);
        let right_now = search::code(
            &totp(SECRET, Settings::COMMON),
            Settings::COMMON,
            now / 30,
            &mut hmacs,
        );
        if search::slip(slip.as_str(), right_now).is_some() {
            continue;
        }
        checked += 1;
        let found = common().refused(&slip, now);
        assert!(
            !matches!(found, Some(Diagnosis::Typo(_))),
            "typo at offset {offset}: {found:?}"
        );
    }
    assert!(checked > 390);
}

#[test]
fn the_pc_clock_rides_along_when_more_than_a_minute_off() {
    let mut d = common();
    d.pc_clock(Some(-300));
    assert_eq!(clock(d.refused(&phone(-180), NOW)).pc_seconds, Some(-300));
    d.pc_clock(Some(45));
    assert_eq!(clock(d.refused(&phone(-180), NOW)).pc_seconds, None);
}

#[test]
fn the_secret_stays_out_of_debug_output() {
    let d = common();
    let base32 = totp(SECRET, Settings::COMMON).secret().to_base32();
    assert!(!format!("{d:?}").contains(&base32[..8]));
}
