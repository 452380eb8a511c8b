//! The arithmetic of a diagnosis: codes (RFC 4226 truncation of RFC 6238
//! steps) for any setting without a second copy of the secret, the steps a
//! phone's clock can be off by, and what a typo looks like.

use hmac::{Hmac, KeyInit, Mac};
use totp_rs::{Algorithm, Totp};

use super::{HashAlgorithm, Typo};

/// How an enrollment makes its codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The HMAC's hash.
    pub algorithm: HashAlgorithm,
    /// Digits in a code (6 or 8).
    pub digits: u8,
    /// Seconds a code lasts.
    pub period: u64,
}

impl Settings {
    /// What nearly every app does whatever the QR says: SHA1, 6 digits, 30 s.
    pub const COMMON: Settings = Settings {
        algorithm: HashAlgorithm::Sha1,
        digits: 6,
        period: 30,
    };

    /// The settings of `totp`; `None` for an algorithm no app uses here.
    pub fn of(totp: &Totp) -> Option<Settings> {
        let algorithm = match totp.algorithm() {
            Algorithm::SHA1 => HashAlgorithm::Sha1,
            Algorithm::SHA256 => HashAlgorithm::Sha256,
            Algorithm::SHA512 => HashAlgorithm::Sha512,
            _ => return None,
        };
        let digits = totp.digits();
        ((6..=8).contains(&digits) && totp.step() > 0).then_some(Settings {
            algorithm,
            digits,
            period: totp.step(),
        })
    }

    /// The step `now` falls in.
    pub fn step(self, now: u64) -> u64 {
        now / self.period
    }

    /// What an app that ignores some of these settings uses instead: every
    /// mix of these and [`Settings::COMMON`] other than these themselves
    /// (at most seven).
    pub fn ignored_by_apps(self) -> impl Iterator<Item = Settings> {
        let c = Settings::COMMON;
        (1u8..8).filter_map(move |mask| {
            let pick = |bit: u8| mask & bit != 0;
            let variant = Settings {
                algorithm: if pick(1) { c.algorithm } else { self.algorithm },
                digits: if pick(2) { c.digits } else { self.digits },
                period: if pick(4) { c.period } else { self.period },
            };
            // A mask that swaps in a value equal to ours is a variant seen
            // under another mask, or ourselves.
            let changed = [
                (pick(1), self.algorithm != c.algorithm),
                (pick(2), self.digits != c.digits),
                (pick(4), self.period != c.period),
            ];
            changed
                .iter()
                .all(|(picked, differs)| !picked || *differs)
                .then_some(variant)
        })
    }
}

/// The code of `totp`'s secret at `step` with `settings`, as a number
/// (leading zeros are the caller's to add). With totp-rs's own HMAC where
/// the algorithm is the enrollment's (whatever the digits and period: the
/// step is just a counter), else with the same HMAC here, so no second copy
/// of the secret is made. `hmacs` counts the work done.
pub fn code(totp: &Totp, settings: Settings, step: u64, hmacs: &mut u64) -> u32 {
    *hmacs += 1;
    let value = if Settings::of(totp).is_some_and(|own| own.algorithm == settings.algorithm) {
        // totp-rs signs the counter time / step: give it a time in `step`.
        truncate(totp.sign(step.saturating_mul(totp.step())).as_ref())
    } else {
        let key = totp.secret().as_bytes();
        let message = step.to_be_bytes();
        match settings.algorithm {
            HashAlgorithm::Sha1 => truncate(&mac::<sha1::Sha1>(key, &message)),
            HashAlgorithm::Sha256 => truncate(&mac::<sha2::Sha256>(key, &message)),
            HashAlgorithm::Sha512 => truncate(&mac::<sha2::Sha512>(key, &message)),
        }
    };
    value % 10u32.pow(u32::from(settings.digits))
}

fn mac<D>(key: &[u8], message: &[u8]) -> hmac::digest::Output<Hmac<D>>
where
    D: hmac::EagerHash,
    Hmac<D>: KeyInit + Mac,
{
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = <Hmac<D> as KeyInit>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(message);
    mac.finalize().into_bytes()
}

/// RFC 4226 dynamic truncation.
fn truncate(hash: &[u8]) -> u32 {
    let offset = usize::from(hash[hash.len() - 1] & 0xf);
    u32::from_be_bytes([
        hash[offset] & 0x7f,
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ])
}

/// Steps either side of now searched for a clock set minutes off (±10
/// minutes at 30 s).
pub const MINUTES_WINDOW: i64 = 20;
/// Whole-hour offsets searched, either way: a clock set by hand under the
/// wrong time zone (1 to 14 hours) or on the wrong day (24 hours).
pub const HOURS: [i64; 15] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 24];

/// Where a code was found relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offset {
    /// Steps from now: negative when the phone is behind.
    pub steps: i64,
    /// The whole hours this offset is near, for the hour search.
    pub hours: Option<i64>,
}

/// The offsets a phone's clock is searched at, nearest first: every step
/// within [`MINUTES_WINDOW`], then each of [`HOURS`] either way, each ±1
/// step. 41 + 15 × 2 × 3 = 131 at any period; the first three (now and one
/// step either side) are the ones a provider accepts anyway.
pub fn clock_offsets(period: u64) -> impl Iterator<Item = Offset> {
    let near = (0..=MINUTES_WINDOW).flat_map(|n| {
        let both = if n == 0 { vec![0] } else { vec![-n, n] };
        both.into_iter().map(|steps| Offset { steps, hours: None })
    });
    let period = i64::try_from(period.max(1)).unwrap_or(i64::MAX);
    let far = HOURS.into_iter().flat_map(move |h| {
        let center = (h * 3600 + period / 2) / period;
        [-center, center].into_iter().flat_map(move |c| {
            [0, -1, 1].into_iter().map(move |e| Offset {
                steps: c + e,
                hours: Some(h * c.signum()),
            })
        })
    });
    near.chain(far)
}

/// The step `offset` steps from `step`, if it exists.
pub fn shifted(step: u64, offset: i64) -> Option<u64> {
    step.checked_add_signed(offset)
}

/// The slip that turns `right` (a code of `typed.len()` digits) into
/// `typed`, if it is one.
pub fn slip(typed: &str, right: u32) -> Option<Typo> {
    let typed = typed.as_bytes();
    let n = typed.len();
    if !(1..=8).contains(&n) {
        return None;
    }
    let mut digits = [0u8; 8];
    let mut rest = right;
    for d in digits[..n].iter_mut().rev() {
        *d = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    let right = &digits[..n];
    let differ: Vec<usize> = (0..n).filter(|&i| typed[i] != right[i]).collect();
    match differ[..] {
        [_] => Some(Typo::Digit),
        [a, b] if b == a + 1 && typed[a] == right[b] && typed[b] == right[a] => Some(Typo::Swapped),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_hundred_thirty_one_offsets_nearest_first_without_repeats() {
        for period in [30, 60] {
            let all: Vec<Offset> = clock_offsets(period).collect();
            assert_eq!(all.len(), 131, "period {period}");
            let mut steps: Vec<i64> = all.iter().map(|o| o.steps).collect();
            assert!(
                steps[..41].windows(2).all(|w| w[0].abs() <= w[1].abs()),
                "minutes nearest first"
            );
            assert!(steps[41..].iter().all(|s| s.abs() > MINUTES_WINDOW));
            steps.sort_unstable();
            steps.dedup();
            assert_eq!(steps.len(), 131, "no offset twice at {period} s");
        }
        let far: Vec<Offset> = clock_offsets(30).filter(|o| o.hours.is_some()).collect();
        assert_eq!(
            far[0],
            Offset {
                steps: -120,
                hours: Some(-1)
            }
        );
        assert!(far.contains(&Offset {
            steps: 2881,
            hours: Some(24)
        }));
        assert!(far.contains(&Offset {
            steps: -1679,
            hours: Some(-14)
        }));
    }

    #[test]
    fn variants_change_only_what_differs_from_common() {
        let common: Vec<Settings> = Settings::COMMON.ignored_by_apps().collect();
        assert!(common.is_empty());
        let sha256 = Settings {
            algorithm: HashAlgorithm::Sha256,
            ..Settings::COMMON
        };
        assert_eq!(
            sha256.ignored_by_apps().collect::<Vec<_>>(),
            [Settings::COMMON]
        );
        let all = Settings {
            algorithm: HashAlgorithm::Sha512,
            digits: 8,
            period: 60,
        };
        let variants: Vec<Settings> = all.ignored_by_apps().collect();
        assert_eq!(variants.len(), 7);
        assert!(variants.contains(&Settings::COMMON));
        assert!(!variants.contains(&all));
    }

    #[test]
    fn slips_of_the_hand() {
        assert_eq!(slip("123457", 123_456), Some(Typo::Digit));
        assert_eq!(slip("213456", 123_456), Some(Typo::Swapped));
        assert_eq!(slip("123465", 123_456), Some(Typo::Swapped));
        assert_eq!(slip("123456", 123_456), None, "no slip at all");
        assert_eq!(slip("321456", 123_456), None, "not neighbours");
        assert_eq!(slip("124457", 123_456), None, "two digits");
        assert_eq!(slip("100000", 0), Some(Typo::Digit), "leading zeros");
        assert_eq!(slip("00000001", 10), Some(Typo::Swapped), "eight digits");
    }
}
