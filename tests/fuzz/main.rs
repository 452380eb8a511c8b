//! Fuzzed inputs, zero panics: property tests over everything the assistant
//! reads from a person, a file or a server. Every input ends in a value or a
//! typed error; none panics, and the properties hold the parsers to what
//! they claim.
//!
//! The test command runs a bounded number of cases per target (a few
//! seconds in all); `PROPTEST_CASES=N` runs N per target instead, which is
//! what `scripts/fuzz` does, in release, for millions in all. Each target
//! prints how many cases it ran: `fuzz <target>: N cases`.

mod code;
mod config;
mod otpauth;
mod phone;
mod privacyidea;

use std::sync::atomic::{AtomicU64, Ordering};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

/// Runs `property` on `cases` inputs drawn from `strategy` (or
/// `PROPTEST_CASES` of them), shrinking a failure (a panic included) to the
/// smallest input, and prints how many ran.
pub fn fuzz<S>(
    target: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    let config = Config {
        cases,
        // Inputs are mostly junk by design: never give up on rejects.
        max_global_rejects: u32::MAX,
        failure_persistence: None,
        ..Config::default()
    };
    let ran = AtomicU64::new(0);
    let result = TestRunner::new(config).run(&strategy, |input| {
        ran.fetch_add(1, Ordering::Relaxed);
        property(input)
    });
    println!("fuzz {target}: {} cases", ran.load(Ordering::Relaxed));
    match result {
        Ok(()) => {}
        Err(TestError::Fail(why, input)) => {
            panic!("{target}: {why}\nsmallest failing input: {input:#?}")
        }
        Err(TestError::Abort(why)) => panic!("{target}: aborted: {why}"),
    }
}

/// One value drawn from `strategy` with a fixed seed (for building seeds).
pub fn sample<S: Strategy>(strategy: S) -> S::Value {
    let mut runner = TestRunner::deterministic();
    strategy.new_tree(&mut runner).expect("a value").current()
}
