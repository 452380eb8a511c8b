//! The two things a trainee reports besides its name: which step it is on
//! (the assistant's screens) and why a step refused (the service layer's
//! typed refusals).

use serde::{Deserialize, Serialize};

use crate::service::{ApprovalOutcome, Error};

/// The steps of the guide as the room counts them. Not [`Screen`]: a
/// step's wire name ([`Step::key`]) never changes with a screen's name, and
/// several screens (Microsoft 365's pages beside the training route's) count
/// as one step (`From<Screen>` below).
///
/// [`Screen`]: crate::guide::Screen
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// `welcome`, and where a reset trainee waits.
    Welcome,
    /// `install`: the app on the phone.
    Install,
    /// `sign_in`: the organisation's account.
    SignIn,
    /// `more_info`: Microsoft's "more information required".
    MoreInfo,
    /// `prepare`: the app, or the phone, made ready.
    Prepare,
    /// `scan`: the QR code and its first code.
    Scan,
    /// `approve`: the test sign-in.
    Approve,
    /// `passkey_ready`: the phone made ready for a passkey (new enough,
    /// Authenticator its passkey provider).
    PasskeyReady,
    /// `passkey_add`: the passkey added in Authenticator.
    PasskeyAdd,
    /// `old_phone`: a new phone's practice, the old phone's entry deleted
    /// (and Microsoft 365's new phone route, the same page).
    OldPhone,
    /// `phone`: the backup number.
    Phone,
    /// `sms`: the texted code.
    Sms,
    /// `finish`.
    Finish,
}

impl Step {
    /// Every step, in the guide's order.
    pub const ALL: [Step; 13] = [
        Step::Welcome,
        Step::Install,
        Step::SignIn,
        Step::MoreInfo,
        Step::Prepare,
        Step::Scan,
        Step::Approve,
        Step::PasskeyReady,
        Step::PasskeyAdd,
        Step::OldPhone,
        Step::Phone,
        Step::Sms,
        Step::Finish,
    ];

    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The phone step's two steps, which leave a route without text
    /// messages.
    pub fn is_text_message(self) -> bool {
        matches!(self, Step::Phone | Step::Sms)
    }

    /// The passkey's two steps, which only a route with a passkey has.
    pub fn is_passkey(self) -> bool {
        matches!(self, Step::PasskeyReady | Step::PasskeyAdd)
    }

    /// A new phone's last step, which only a new phone's route has.
    pub fn is_new_phone(self) -> bool {
        self == Step::OldPhone
    }

    /// The step a trainer that knows only `known` of the later steps
    /// counts this one as: the first steps each is like (the passkey:
    /// getting the phone ready, then adding it; the old phone deleted:
    /// the test after adding the new one), as such a trainer always did.
    /// Such a trainer refuses a whole batch of events over one step it
    /// does not know.
    pub fn for_trainer(self, known: Known) -> Step {
        match self {
            Step::PasskeyReady if !known.passkey => Step::Prepare,
            Step::PasskeyAdd if !known.passkey => Step::Scan,
            Step::OldPhone if !known.old_phone => Step::Approve,
            other => other,
        }
    }

    /// The name in JSON, the database and the CSV report.
    pub fn key(self) -> &'static str {
        match self {
            Step::Welcome => "welcome",
            Step::Install => "install",
            Step::SignIn => "sign_in",
            Step::MoreInfo => "more_info",
            Step::Prepare => "prepare",
            Step::Scan => "scan",
            Step::Approve => "approve",
            Step::PasskeyReady => "passkey_ready",
            Step::PasskeyAdd => "passkey_add",
            Step::OldPhone => "old_phone",
            Step::Phone => "phone",
            Step::Sms => "sms",
            Step::Finish => "finish",
        }
    }
}

impl From<crate::guide::Screen> for Step {
    fn from(screen: crate::guide::Screen) -> Self {
        use crate::guide::Screen;
        match screen {
            Screen::Welcome => Step::Welcome,
            Screen::Install => Step::Install,
            Screen::SignIn => Step::SignIn,
            Screen::MoreInfo => Step::MoreInfo,
            Screen::Prepare => Step::Prepare,
            Screen::Scan => Step::Scan,
            Screen::Approve => Step::Approve,
            Screen::Phone => Step::Phone,
            Screen::Sms => Step::Sms,
            Screen::Finish => Step::Finish,
            Screen::PasskeyReady => Step::PasskeyReady,
            Screen::PasskeyAdd => Step::PasskeyAdd,
            Screen::OldPhone => Step::OldPhone,
            // Beside Microsoft's pages: the guide step each page is.
            Screen::Microsoft(page) => {
                use crate::guide::Page;
                match page {
                    Page::SignIn => Step::SignIn,
                    Page::MoreInfo | Page::GetApp => Step::MoreInfo,
                    Page::SetUp => Step::Prepare,
                    Page::Scan => Step::Scan,
                    Page::TryIt => Step::Approve,
                    Page::Phone => Step::Phone,
                    Page::Code | Page::Success => Step::Sms,
                    Page::PasskeyReady => Step::PasskeyReady,
                    Page::PasskeyAdd => Step::PasskeyAdd,
                    // A new phone: the pass is how the person signs in,
                    // adding the phone is like scanning; then the old one
                    // deleted, as in training's practice.
                    Page::LostPhone => Step::SignIn,
                    Page::NewPhoneAdd => Step::Scan,
                    Page::NewPhoneRemove => Step::OldPhone,
                    Page::Finish => Step::Finish,
                }
            }
        }
    }
}

/// Which of the steps added since the first ten a trainer knows (it says
/// so when a trainee joins: `JoinResponse`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Known {
    /// `passkey_ready`, `passkey_add`.
    pub passkey: bool,
    /// `old_phone`.
    pub old_phone: bool,
}

impl Known {
    /// What this trainer knows: every step.
    pub const ALL: Known = Known {
        passkey: true,
        old_phone: true,
    };
}

/// Why a step refused the person: the service layer's typed refusals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// The code did not match.
    WrongCode,
    /// The phone's clock is off (a diagnosis, issue 10).
    ClockOff,
    /// The code was right but used already.
    UsedAlready,
    /// The SMS code ran out.
    Expired,
    /// Too many wrong codes: a cool-down.
    CoolDown,
    /// Another SMS was asked for too soon.
    SmsResend,
    /// The test sign-in was denied on the phone.
    ApprovalDenied,
    /// The phone approved with another number than the one shown.
    WrongNumber,
    /// Nobody answered the test sign-in.
    ApprovalTimedOut,
    /// A reason a newer assistant knows and this trainer does not.
    #[serde(other)]
    Other,
}

impl Refusal {
    /// Every reason, in a fixed order (the report's columns).
    pub const ALL: [Refusal; 10] = [
        Refusal::WrongCode,
        Refusal::ClockOff,
        Refusal::UsedAlready,
        Refusal::Expired,
        Refusal::CoolDown,
        Refusal::SmsResend,
        Refusal::ApprovalDenied,
        Refusal::WrongNumber,
        Refusal::ApprovalTimedOut,
        Refusal::Other,
    ];

    /// Position in [`Refusal::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The name in JSON and the CSV report.
    pub fn key(self) -> &'static str {
        match self {
            Refusal::WrongCode => "wrong_code",
            Refusal::ClockOff => "clock_off",
            Refusal::UsedAlready => "used_already",
            Refusal::Expired => "expired",
            Refusal::CoolDown => "cool_down",
            Refusal::SmsResend => "sms_resend",
            Refusal::ApprovalDenied => "approval_denied",
            Refusal::WrongNumber => "wrong_number",
            Refusal::ApprovalTimedOut => "approval_timed_out",
            Refusal::Other => "other",
        }
    }

    /// The refusal a service error stands for; `None` for failures that
    /// are not the person's (timeouts, an unreachable server, …).
    pub fn from_error(error: &Error) -> Option<Refusal> {
        use crate::service::Diagnosis;
        // The diagnosis says more than the refusal: the trainer sees why.
        match error.diagnosis() {
            Some(Diagnosis::PhoneClock(_)) => return Some(Refusal::ClockOff),
            Some(Diagnosis::CodeUsed { .. }) => return Some(Refusal::UsedAlready),
            Some(Diagnosis::ExpiredText { .. }) => return Some(Refusal::Expired),
            _ => {}
        }
        match error.refusal() {
            Error::WrongCode { .. } | Error::CodeRejected => Some(Refusal::WrongCode),
            Error::CodeReused => Some(Refusal::UsedAlready),
            Error::CodeExpired => Some(Refusal::Expired),
            Error::CoolDown(_) => Some(Refusal::CoolDown),
            Error::ResendTooSoon(_) => Some(Refusal::SmsResend),
            _ => None,
        }
    }

    /// The refusal a test sign-in's outcome stands for; `None` if approved.
    pub fn from_outcome(outcome: ApprovalOutcome) -> Option<Refusal> {
        match outcome {
            ApprovalOutcome::Approved => None,
            ApprovalOutcome::Denied => Some(Refusal::ApprovalDenied),
            ApprovalOutcome::WrongNumber => Some(Refusal::WrongNumber),
            ApprovalOutcome::TimedOut => Some(Refusal::ApprovalTimedOut),
        }
    }
}

#[cfg(test)]
#[path = "kinds_tests.rs"]
mod tests;
