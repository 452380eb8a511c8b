//! The cost of a diagnosis, and the false-alarm side: how often a random
//! wrong code is called "clock off". The doctor searches 131 steps (41
//! within ±20, 15 whole-hour offsets either way, each ±1 step); the 3
//! around now are steps a provider accepts, so a refused random 6-digit code fits one of the other 128 with
//! probability 128 / 10^6, 1 in 7,813 (131 / 10^6, 1 in 7,634, counting
//! all of them). A typo (59 neighbours of the code of now) is 1 in 16,949.
//!
//! The million-code measurement runs on demand (about 90 s in the debug
//! build, whose totp-rs is optimised):
//! `cargo test --lib diagnosis::rate -- --ignored --nocapture`.

use std::time::Instant;

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use super::search::clock_offsets;
use super::{Diagnosis, Doctor, HashAlgorithm, Settings, tests};
use crate::service::Code;

/// What a run of random codes came to.
#[derive(Debug, Default)]
struct Measured {
    codes: u64,
    clock: u64,
    typo: u64,
    hmacs: u64,
    seconds: f64,
}

/// Offsets at which a refused code can be called "clock off".
fn candidate_steps() -> u64 {
    clock_offsets(30).filter(|o| o.steps.abs() > 1).count() as u64
}

/// `codes` random 6-digit codes at random times, refused by a doctor with
/// a random secret.
fn measure(codes: u64, seed: u64) -> Measured {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut secret = [0u8; 20];
    rng.fill(&mut secret[..]);
    let mut doctor = Doctor::new(tests::totp(&secret, Settings::COMMON)).unwrap();
    let mut measured = Measured {
        codes,
        ..Measured::default()
    };
    let started = Instant::now();
    for _ in 0..codes {
        let now = rng.random_range(1_700_000_000..1_900_000_000u64);
        let typed = format!("{:06}", rng.random_range(0..1_000_000u32));
        match doctor.refused(&Code::parse(&typed).unwrap(), now) {
            Some(Diagnosis::PhoneClock(_)) => measured.clock += 1,
            Some(Diagnosis::Typo(_)) => measured.typo += 1,
            _ => {}
        }
    }
    measured.seconds = started.elapsed().as_secs_f64();
    measured.hmacs = doctor.hmacs();
    measured
}

fn report(m: &Measured) {
    let per = |n: u64| m.codes.checked_div(n).unwrap_or(0);
    println!(
        "{} random codes: clock off {} (1 in {}; expected {} in 10^6, 1 in {}), typo {} (1 in {}); \
         {:.1} HMACs per refusal, {:.2} µs per refusal",
        m.codes,
        m.clock,
        per(m.clock),
        candidate_steps(),
        1_000_000 / candidate_steps(),
        m.typo,
        per(m.typo),
        m.hmacs as f64 / m.codes as f64,
        m.seconds * 1e6 / m.codes as f64,
    );
}

#[test]
fn the_search_has_128_steps_a_refusal_can_match() {
    assert_eq!(clock_offsets(30).count(), 131);
    assert_eq!(candidate_steps(), 128);
}

#[test]
fn random_wrong_codes_are_rarely_called_clock_off() {
    // 2.6 clock and 1.2 typo expected; the bounds are loose (a search
    // window twice as wide as claimed would still be caught over runs).
    let m = measure(20_000, 7);
    report(&m);
    assert!(m.clock <= 15, "{m:?}");
    assert!(m.typo <= 12, "{m:?}");
    assert!(m.hmacs <= m.codes * Doctor::MAX_HMACS_REFUSED);
}

#[test]
#[ignore = "a million codes; run in release mode with --ignored --nocapture"]
fn false_alarm_rate_over_a_million_random_codes() {
    let m = measure(1_000_000, 2024);
    report(&m);
    // 128 expected, standard deviation about 11: five of them either way.
    assert!((71..=185).contains(&m.clock), "{m:?}");
    // 59 expected, standard deviation about 8.
    assert!((20..=100).contains(&m.typo), "{m:?}");
}

#[test]
fn the_cost_of_a_refusal_is_bounded() {
    let asked = Settings {
        algorithm: HashAlgorithm::Sha512,
        digits: 8,
        period: 60,
    };
    let mut d = tests::doctor(asked);
    for n in 0..5u8 {
        d.enroll(tests::totp(&[n; 20], asked)).unwrap();
    }
    assert!(
        d.accepted(&tests::shown(&[4; 20], asked, tests::NOW), tests::NOW)
            .is_none()
    );
    let mut worst = (0, 0);
    for i in 0..200u64 {
        let before = d.hmacs();
        let typed = if i % 2 == 0 { "12345678" } else { "123456" };
        d.refused(&Code::parse(typed).unwrap(), tests::NOW + i * 61);
        worst.0 = worst.0.max(d.hmacs() - before);
    }
    let before = d.hmacs();
    d.accepted(&Code::parse("00000000").unwrap(), tests::NOW);
    worst.1 = d.hmacs() - before;
    assert!(worst.0 <= Doctor::MAX_HMACS_REFUSED, "{worst:?}");
    assert_eq!(Doctor::MAX_HMACS_REFUSED, 150);
    assert_eq!(worst.1, Doctor::MAX_HMACS_ACCEPTED);
    assert_eq!(Doctor::MAX_HMACS_ACCEPTED, 41);
}
