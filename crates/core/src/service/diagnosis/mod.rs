//! Why a code was refused. While the person enrolls, the assistant holds the
//! enrollment's secret (training: its own; privacyIDEA: from the otpauth URI
//! it draws as the QR), so it can tell what no server tells: the phone's
//! clock is off, the code was used already, it belongs to an earlier QR, the
//! app ignored the QR's settings, or one digit was mistyped.
//!
//! A [`Doctor`] never accepts a code: the provider's rules or the server
//! decide. It only explains, after the fact. Nothing here knows about iced.

mod doctor;
mod search;
mod sms;
mod text;

#[cfg(test)]
mod rate;
#[cfg(test)]
mod tests;

pub use doctor::Doctor;
pub use search::{HOURS, MINUTES_WINDOW, Settings, clock_offsets};
pub use sms::SmsTexts;

/// What a provider says when it accepts a code: maybe a note worth showing
/// ("accepted, but your phone's clock is 2 minutes behind").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Accepted {
    /// Something the person should fix although the code counted.
    pub note: Option<Diagnosis>,
}

/// Why a code was refused (or what is off with an accepted one). Each has
/// its own sentence in Dutch and English (`diagnosis-*` in the `.ftl` files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Diagnosis {
    /// The code is right for another time: the phone's clock is off.
    PhoneClock(ClockOff),
    /// The code was accepted a moment ago; each code counts once.
    CodeUsed {
        /// Seconds until the app shows the next code; 0 when it shows a
        /// new one already.
        next_in: u64,
    },
    /// The code belongs to a QR code shown earlier in this session: the
    /// app still has that account.
    EarlierQr,
    /// Several codes in a row fit nothing: perhaps the app has an older
    /// account with the same name (from an earlier attempt).
    OlderAccount,
    /// The code fits the enrollment's secret with other settings: the app
    /// ignored what the QR asked for.
    IgnoredSettings(Ignored),
    /// One digit wrong or two neighbours swapped, against the code of now.
    Typo(Typo),
    /// The code has another number of digits than this account's codes.
    WrongLength {
        /// Digits in this account's codes.
        expected: u8,
        /// Digits typed.
        typed: u8,
    },
    /// SMS: the code is from an earlier text message.
    EarlierText,
    /// SMS: the code is from the newest text, but too old.
    ExpiredText {
        /// How long a text's code is valid, in minutes.
        valid_minutes: u64,
    },
}

/// A phone clock that is off, as far as one or two codes tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockOff {
    /// Which way the phone's clock is off.
    pub way: Way,
    /// How far, in the unit a person would say it.
    pub amount: Amount,
    /// How far in seconds (whole steps: the code's step minus now's, times
    /// the period); negative when behind.
    pub seconds: i64,
    /// True once a second code agreed (the same offset, or one step
    /// beside it); false after one code ("it looks like…").
    pub certain: bool,
    /// The PC's own clock minus the server's, in seconds, when the server
    /// tells its time (HTTP `Date`) and the two differ by more than a minute.
    pub pc_seconds: Option<i64>,
}

/// Which way a clock is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// Shows an earlier time than the real one.
    Behind,
    /// Shows a later time than the real one.
    Ahead,
}

/// How far a clock is off, as a person would say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    /// About this many minutes (at least 1).
    Minutes(u64),
    /// Whole hours: set under the wrong time zone (1–14) or a day off (24).
    Hours(u64),
}

impl Amount {
    /// `seconds` (either sign) in minutes, or in hours from 90 minutes on.
    pub fn of_seconds(seconds: i64) -> Amount {
        let s = seconds.unsigned_abs();
        if s >= 90 * 60 {
            Amount::Hours((s + 1800) / 3600)
        } else {
            Amount::Minutes(((s + 30) / 60).max(1))
        }
    }
}

impl Way {
    /// Behind for a negative offset, else ahead.
    pub fn of(offset: i64) -> Way {
        if offset < 0 { Way::Behind } else { Way::Ahead }
    }
}

/// A hash function an enrollment can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashAlgorithm {
    /// HMAC-SHA1, what nearly every app uses.
    Sha1,
    /// HMAC-SHA256.
    Sha256,
    /// HMAC-SHA512.
    Sha512,
}

impl HashAlgorithm {
    /// The name as the otpauth URI spells it.
    pub fn name(self) -> &'static str {
        match self {
            HashAlgorithm::Sha1 => "SHA1",
            HashAlgorithm::Sha256 => "SHA256",
            HashAlgorithm::Sha512 => "SHA512",
        }
    }
}

/// What the QR asked for and the app ignored (it used SHA1, 6 digits and
/// 30 s instead); `None` where the app followed the QR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ignored {
    /// The algorithm asked for (SHA256 or SHA512).
    pub algorithm: Option<HashAlgorithm>,
    /// The digits asked for (8).
    pub digits: Option<u8>,
    /// The period asked for, in seconds (e.g. 60).
    pub period: Option<u64>,
}

impl Ignored {
    /// What `app` ignored of `asked`.
    pub fn between(asked: Settings, app: Settings) -> Ignored {
        Ignored {
            algorithm: (asked.algorithm != app.algorithm).then_some(asked.algorithm),
            digits: (asked.digits != app.digits).then_some(asked.digits),
            period: (asked.period != app.period).then_some(asked.period),
        }
    }
}

/// Which slip of the hand a typo looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typo {
    /// One digit differs from the right code.
    Digit,
    /// Two neighbouring digits are swapped.
    Swapped,
}
