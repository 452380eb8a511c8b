//! The [`Doctor`]: what a provider holds while the person enrolls, to
//! explain the codes it refuses.

use std::collections::VecDeque;

use totp_rs::Totp;

use super::search::{self, Offset, Settings, clock_offsets, shifted, slip};
use super::{Amount, ClockOff, Diagnosis, Ignored, Way};
use crate::service::{Code, Error};

/// Earlier enrollments kept: enough for a person who started over a few
/// times; more would only add false alarms and work.
const EARLIER_KEPT: usize = 3;
/// Unexplained refusals after which an older account with the same name is
/// the likeliest cause.
const OLDER_ACCOUNT_AFTER: u32 = 3;
/// The PC's clock is mentioned when it differs from the server's by more
/// than this many seconds (the HTTP `Date` has whole seconds, and the
/// answer takes a moment to arrive).
const PC_CLOCK_SLACK: i64 = 60;
/// Offsets searched for an accepted code: the minutes window only (a
/// server accepts nothing hours off).
const ACCEPTED_OFFSETS: usize = 2 * search::MINUTES_WINDOW as usize + 1;
/// Offsets searched for a refused code (see [`clock_offsets`]).
const REFUSED_OFFSETS: u64 = 131;

/// One enrollment's secret (inside totp-rs's zeroising [`Totp`]) and how it
/// makes codes.
struct Enrollment {
    totp: Totp,
    settings: Settings,
}

impl Enrollment {
    fn new(totp: Totp) -> Result<Self, Error> {
        let settings = Settings::of(&totp)
            .ok_or_else(|| Error::BadAnswer("unsupported TOTP settings".to_owned()))?;
        Ok(Self { totp, settings })
    }

    /// True when `value` is this enrollment's code with `settings` at the
    /// step of `now` or one step either side.
    fn fits_now(&self, settings: Settings, now: u64, value: u32, hmacs: &mut u64) -> bool {
        let step = settings.step(now);
        [step.checked_sub(1), Some(step), step.checked_add(1)]
            .into_iter()
            .flatten()
            .any(|s| search::code(&self.totp, settings, s, hmacs) == value)
    }
}

/// The last code the provider accepted.
#[derive(Debug, Clone, Copy)]
struct Used {
    /// The step whose code it was.
    step: u64,
    /// The step of the reference time when it was accepted.
    at: u64,
}

/// The last clock offset a code showed.
#[derive(Debug, Clone, Copy)]
struct Seen {
    step: u64,
    offset: i64,
}

/// What a code turned out to be.
enum Finding {
    /// An explanation.
    Found(Diagnosis),
    /// Right for now (or one step beside): refused for a reason of the
    /// provider's own (a cool-down, a locked token), nothing to explain.
    RightNow,
    /// Nothing fits.
    Nothing,
}

/// Holds the current enrollment's secret, the earlier ones of this session
/// and what the last codes showed; explains refused codes. Owned by a
/// provider while the person enrolls and dropped (zeroising every secret)
/// when the enrollment ends.
pub struct Doctor {
    current: Enrollment,
    /// Oldest first, at most [`EARLIER_KEPT`].
    earlier: VecDeque<Enrollment>,
    last_accepted: Option<Used>,
    last_clock: Option<Seen>,
    unexplained: u32,
    pc_seconds: Option<i64>,
    hmacs: u64,
}

impl std::fmt::Debug for Doctor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Doctor")
            .field("settings", &self.current.settings)
            .field("earlier", &self.earlier.len())
            .field("unexplained", &self.unexplained)
            .finish_non_exhaustive()
    }
}

impl Doctor {
    /// The most HMACs one refused code costs: the used-already check (1),
    /// each earlier enrollment at three steps, the app-ignored-settings
    /// variants with the typed number of digits (at most 3, or 4 for a
    /// code of the wrong length) at three steps, and the 131 clock offsets
    /// (the typo check reuses the code of now).
    pub const MAX_HMACS_REFUSED: u64 = 1 + 3 * EARLIER_KEPT as u64 + 3 * 3 + REFUSED_OFFSETS;
    /// The most HMACs one accepted code costs (the ±20 steps).
    pub const MAX_HMACS_ACCEPTED: u64 = ACCEPTED_OFFSETS as u64;

    /// A doctor for the enrollment `totp` (a copy the doctor owns and
    /// zeroises when dropped).
    pub fn new(totp: Totp) -> Result<Self, Error> {
        Ok(Self {
            current: Enrollment::new(totp)?,
            earlier: VecDeque::new(),
            last_accepted: None,
            last_clock: None,
            unexplained: 0,
            pc_seconds: None,
            hmacs: 0,
        })
    }

    /// A doctor for the enrollment a server made, from its otpauth URI.
    pub fn from_uri(uri: &str) -> Result<Self, Error> {
        Self::new(parse(uri)?)
    }

    /// A new QR for the same person: the current enrollment becomes an
    /// earlier one (its account may still be in the app).
    pub fn enroll(&mut self, totp: Totp) -> Result<(), Error> {
        let previous = std::mem::replace(&mut self.current, Enrollment::new(totp)?);
        self.earlier.push_back(previous);
        while self.earlier.len() > EARLIER_KEPT {
            // Dropping zeroises the secret.
            self.earlier.pop_front();
        }
        self.last_accepted = None;
        self.unexplained = 0;
        Ok(())
    }

    /// [`Doctor::enroll`] from an otpauth URI.
    pub fn enroll_uri(&mut self, uri: &str) -> Result<(), Error> {
        self.enroll(parse(uri)?)
    }

    /// How the current enrollment makes codes (its digits decide the
    /// length a code must have).
    pub fn settings(&self) -> Settings {
        self.current.settings
    }

    /// The PC's clock minus the server's, in seconds, as the server's last
    /// answer told (`None`: unknown). Mentioned with a clock diagnosis when
    /// it is more than a minute.
    pub fn pc_clock(&mut self, pc_minus_server: Option<i64>) {
        self.pc_seconds = pc_minus_server.filter(|s| s.abs() > PC_CLOCK_SLACK);
    }

    /// HMACs computed so far (the cost of the diagnoses).
    pub fn hmacs(&self) -> u64 {
        self.hmacs
    }

    /// `None` when `code` has the enrollment's number of digits; else why
    /// not: the app ignored the QR's digits (the code fits with 6), or
    /// simply the wrong length. Providers refuse such a code themselves.
    pub fn wrong_length(&mut self, code: &Code, now: u64) -> Option<Diagnosis> {
        let asked = self.current.settings;
        let typed = u8::try_from(code.as_str().len()).unwrap_or(u8::MAX);
        if typed == asked.digits {
            return None;
        }
        let value = value_of(code);
        for app in asked.ignored_by_apps().filter(|s| s.digits == typed) {
            if self.current.fits_now(app, now, value, &mut self.hmacs) {
                return Some(Diagnosis::IgnoredSettings(Ignored::between(asked, app)));
            }
        }
        Some(Diagnosis::WrongLength {
            expected: asked.digits,
            typed,
        })
    }

    /// Why the provider refused `code` at reference time `now` (the
    /// server's time when known), if the assistant can tell.
    pub fn refused(&mut self, code: &Code, now: u64) -> Option<Diagnosis> {
        if let Some(diagnosis) = self.wrong_length(code, now) {
            return Some(diagnosis);
        }
        match self.explain(code, now) {
            Finding::Found(diagnosis) => Some(diagnosis),
            Finding::RightNow => None,
            Finding::Nothing => {
                self.unexplained += 1;
                (self.unexplained >= OLDER_ACCOUNT_AFTER).then_some(Diagnosis::OlderAccount)
            }
        }
    }

    /// The provider accepted `code` at `now`: remembered (a second use is
    /// "used already"), and a note when the phone's clock is more than one
    /// step off.
    pub fn accepted(&mut self, code: &Code, now: u64) -> Option<Diagnosis> {
        self.unexplained = 0;
        let settings = self.current.settings;
        if code.as_str().len() != usize::from(settings.digits) {
            return None;
        }
        let value = value_of(code);
        let now_step = settings.step(now);
        for offset in clock_offsets(settings.period).take(ACCEPTED_OFFSETS) {
            let Some(step) = shifted(now_step, offset.steps) else {
                continue;
            };
            if search::code(&self.current.totp, settings, step, &mut self.hmacs) == value {
                self.last_accepted = Some(Used { step, at: now_step });
                let clock = self.clock(step, offset);
                return (offset.steps.abs() >= 2).then_some(Diagnosis::PhoneClock(clock));
            }
        }
        // Accepted beyond the window (a server that had learnt the
        // phone's drift): nothing to add.
        None
    }

    fn explain(&mut self, code: &Code, now: u64) -> Finding {
        let value = value_of(code);
        let asked = self.current.settings;

        if let Some(used) = self.last_accepted
            && search::code(&self.current.totp, asked, used.step, &mut self.hmacs) == value
        {
            // The phone moves on when the reference clock leaves the step
            // the code was accepted in (whatever the phone's offset).
            let next = (used.at + 1) * asked.period;
            return Finding::Found(Diagnosis::CodeUsed {
                next_in: next.saturating_sub(now),
            });
        }

        let typed = code.as_str().len();
        for earlier in &self.earlier {
            if usize::from(earlier.settings.digits) == typed
                && earlier.fits_now(earlier.settings, now, value, &mut self.hmacs)
            {
                return Finding::Found(Diagnosis::EarlierQr);
            }
        }

        for app in asked.ignored_by_apps().filter(|s| s.digits == asked.digits) {
            if self.current.fits_now(app, now, value, &mut self.hmacs) {
                return Finding::Found(Diagnosis::IgnoredSettings(Ignored::between(asked, app)));
            }
        }

        let now_step = asked.step(now);
        let mut code_of_now = None;
        for offset in clock_offsets(asked.period) {
            let Some(step) = shifted(now_step, offset.steps) else {
                continue;
            };
            let code = search::code(&self.current.totp, asked, step, &mut self.hmacs);
            if offset.steps == 0 {
                code_of_now = Some(code);
            }
            if code != value {
                continue;
            }
            if offset.steps.abs() <= 1 {
                return Finding::RightNow;
            }
            return Finding::Found(Diagnosis::PhoneClock(self.clock(step, offset)));
        }

        // A typo only against the code of now: against every offset above
        // it would call about 0.8 % of random codes a typo.
        match code_of_now.and_then(|right| slip(code.as_str(), right)) {
            Some(typo) => Finding::Found(Diagnosis::Typo(typo)),
            None => Finding::Nothing,
        }
    }

    /// The clock diagnosis for a code of `step`, found at `offset`; certain
    /// when the last code seen was of another step at the same offset or
    /// one step beside it.
    fn clock(&mut self, step: u64, offset: Offset) -> ClockOff {
        let certain = self
            .last_clock
            .is_some_and(|seen| seen.step != step && (seen.offset - offset.steps).abs() <= 1);
        self.last_clock = Some(Seen {
            step,
            offset: offset.steps,
        });
        let period = i64::try_from(self.current.settings.period).unwrap_or(i64::MAX);
        let seconds = offset.steps.saturating_mul(period);
        ClockOff {
            way: Way::of(offset.steps),
            amount: match offset.hours {
                Some(hours) => Amount::Hours(hours.unsigned_abs()),
                None => Amount::of_seconds(seconds),
            },
            seconds,
            certain,
            pc_seconds: self.pc_seconds,
        }
    }
}

fn parse(uri: &str) -> Result<Totp, Error> {
    Totp::from_url_unchecked(uri).map_err(|_| Error::BadAnswer("unusable otpauth URI".to_owned()))
}

/// The typed digits as a number (a [`Code`] has 6 or 8 digits, so it fits).
fn value_of(code: &Code) -> u32 {
    code.as_str().parse().unwrap_or(u32::MAX)
}
