//! One module per screen of the guide. Each has its own state, messages,
//! `update` and `view`; [`Steps`] holds them all and answers the app's
//! questions about the current one; the app reacts to [`Event`]s.

pub mod approve;
mod call;
pub mod code_entry;
pub mod finish;
pub mod install_app;
pub mod microsoft365;
pub mod more_info;
pub mod phone_number;
pub mod practice_new_phone;
pub mod practice_passkey;
pub mod prepare_app;
pub mod scan_qr;
pub mod sign_in;
mod steps;
pub mod training_phone;
pub mod verify_sms;
pub mod welcome;

pub use call::{Call, waiting};
pub use steps::{Message, Press, Steps};

use std::future::Future;
use std::time::{Duration, Instant};

use iced::Task;
use iced::task::Handle;

use crate::config::Config;
use crate::guide::Platform;
use crate::i18n::Lang;
use crate::service::{CodeError, Country, Diagnosis, Error, PhoneError, Profile, SmsSent};
use crate::t;
use iced::Element;
use iced::widget::{column, text};

use crate::ui::{self, FocusId, Tone};

/// What every view needs to know beyond its own state.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The language to speak.
    pub lang: Lang,
    /// The person's phone.
    pub platform: Platform,
    /// What the provider needs the guide to say.
    pub profile: &'a Profile,
    /// Settings: organisation, help page, …
    pub config: &'a Config,
    /// The control with keyboard focus.
    pub focus: Option<FocusId>,
    /// The button Enter presses while no button has focus: it shows the
    /// focus ring too.
    pub default: Option<FocusId>,
    /// The time of the last tick, for countdowns.
    pub now: Instant,
    /// The window is narrow for the text size: pictures go below the text.
    pub narrow: bool,
    /// In training: the enrolled account's current code and its seconds
    /// left, as the authenticator app shows them.
    pub live_code: Option<(u32, u64)>,
    /// The organisation's logo, if the config names one that could be read.
    pub logo: Option<&'a iced::widget::image::Handle>,
    /// The phone step today: on the route, ending, ended or off.
    pub phone_step: crate::service::PhoneStep,
}

impl Ctx<'_> {
    /// The organisation's name in a sentence: as the config names it, or
    /// "your organisation" (no default name belongs to anybody).
    pub fn organisation_name(&self) -> String {
        match &self.config.organisation {
            Some(name) => name.clone(),
            None => t!(self.lang, "organisation-yours"),
        }
    }

    /// The organisation as its pages show it: its logo (if any) and name;
    /// nothing of either when the config names neither.
    pub fn organisation<'b, M: 'b>(&self, size: f32) -> Element<'b, M> {
        let name = text(self.config.organisation.clone().unwrap_or_default()).size(size);
        match self.logo {
            Some(logo) => {
                iced::widget::row![iced::widget::image(logo.clone()).height(size * 1.6), name]
                    .spacing(8)
                    .align_y(iced::Center)
                    .into()
            }
            None => name.into(),
        }
    }

    /// True when `id` has keyboard focus.
    pub fn focused(&self, id: FocusId) -> ui::Ring {
        if self.focus == Some(id) {
            ui::Ring::Focus
        } else if self.default == Some(id) {
            ui::Ring::Default
        } else {
            ui::Ring::Off
        }
    }

    /// The address the browser pictures show: the organisation's server
    /// when enrolling for real, else the guide's enrollment page.
    pub fn enrollment_page(&self) -> &str {
        match &self.config.privacyidea.server {
            Some(server)
                if self.profile.sign_in == crate::service::SignInKind::UsernamePassword =>
            {
                server.as_str()
            }
            _ => "https://aka.ms/mfasetup",
        }
    }
}

/// What a screen tells its parent after an update: the one way screens
/// speak. [`Steps`] acts on the ones about other screens' state
/// (`AccountChanged`, `SmsSent`); the app on the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Go to the next screen on the route.
    Continue,
    /// Go to another screen (if it is on the route).
    GoTo(crate::guide::Screen),
    /// The provider's sign-in ran out: sign in again, then come back here.
    SessionExpired,
    /// A different account signed in: what belonged to the old one is gone;
    /// go on.
    AccountChanged,
    /// A code is on its way by SMS: on to typing it.
    SmsSent(SmsSent),
    /// Put the keyboard focus on this control.
    Focus(FocusId),
    /// Something opened at the end of the page: scroll it into view.
    Reveal,
    /// Start again from the beginning, for the next person.
    Restart,
    /// A secret went to the clipboard (its digest, not the secret): the app
    /// takes it off again after a minute and when the window closes.
    KeyCopied([u8; 32]),
}

/// A SHA-256 digest: enough to know the clipboard still holds the key
/// without keeping the key.
pub fn clipboard_digest(text: &str) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(text.trim().as_bytes()).into()
}

/// A service call under way; dropping it cancels the call.
#[derive(Debug)]
pub struct Busy {
    _abort_on_drop: Handle,
}

/// Runs `future` as a cancellable task whose result becomes a message.
pub fn run<T: Send + 'static, M: Send + 'static>(
    future: impl Future<Output = T> + Send + 'static,
    to_message: impl FnOnce(T) -> M + Send + 'static,
) -> (Task<M>, Busy) {
    let (task, handle) = Task::perform(future, to_message).abortable();
    (
        task,
        Busy {
            _abort_on_drop: handle.abort_on_drop(),
        },
    )
}

/// Something to tell the person after a failed action.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The provider refused or failed; `at` is when, for countdowns.
    Service(Error, Instant),
    /// What was typed is not a code.
    Code(CodeError),
    /// What was typed is not a usable phone number for the country chosen.
    Phone(PhoneError, Country),
    /// The person cancelled a call.
    Cancelled,
    /// Username or password left empty.
    SignInIncomplete,
    /// The name (training's account label) left empty.
    NameEmpty,
}

impl Problem {
    /// The diagnosis of a refused code, if there is one.
    pub fn diagnosis(&self) -> Option<&Diagnosis> {
        match self {
            Problem::Service(e, _) => e.diagnosis(),
            _ => None,
        }
    }

    /// A refusal received now.
    pub fn service(error: Error) -> Self {
        Problem::Service(error, Instant::now())
    }

    /// How long until the person may try again, if that is the problem.
    pub fn wait_left(&self, now: Instant) -> Option<Duration> {
        match self {
            Problem::Service(
                Error::CoolDown(d) | Error::ResendTooSoon(d) | Error::ServerBusy(d),
                at,
            ) => Some(d.saturating_sub(now.saturating_duration_since(*at))),
            _ => None,
        }
    }

    /// How long code entry stays locked by a cool-down after too many wrong
    /// codes; `None` once it has run out or for any other problem.
    pub fn cool_down_left(&self, now: Instant) -> Option<Duration> {
        match self {
            Problem::Service(Error::CoolDown(_), _) => self.wait_left(now).filter(|d| !d.is_zero()),
            _ => None,
        }
    }

    /// The problem as a line of feedback, with the server's own words for
    /// IT below it where there are any.
    pub fn view<'a, M: 'a>(&self, ctx: &Ctx<'_>) -> Element<'a, M> {
        let detail = match self {
            Problem::Service(e, _) => error_detail(e),
            _ => None,
        };
        feedback_for_it(ctx.lang, Tone::Error, self.text(ctx), detail)
    }

    /// The sentence to show, in `lang`.
    pub fn text(&self, ctx: &Ctx<'_>) -> String {
        let lang = ctx.lang;
        let seconds = self
            .wait_left(ctx.now)
            .map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0))
            .unwrap_or_default();
        match self {
            Problem::Cancelled => t!(lang, "busy-cancelled"),
            Problem::SignInIncomplete => t!(lang, "error-sign-in-incomplete"),
            Problem::NameEmpty => t!(lang, "error-name-empty"),
            Problem::Code(CodeError::Empty) => t!(lang, "error-code-empty"),
            Problem::Code(CodeError::NotDigits) => t!(lang, "error-code-not-digits"),
            Problem::Code(CodeError::WrongLength(n)) => t!(lang, "error-code-length", count = n),
            Problem::Phone(e, country) => phone_number::error_text(*e, *country, ctx),
            // Why, how to fix it on this phone, then what the refusal costs.
            Problem::Service(Error::Diagnosed { refusal, diagnosis }, _) => {
                let text = with_fix(lang, ctx.platform, diagnosis, diagnosis.text(lang));
                match refusal.as_ref() {
                    Error::WrongCode { attempts_left } => format!(
                        "{text} {}",
                        t!(lang, "error-attempts-left", left = attempts_left)
                    ),
                    _ => text,
                }
            }
            Problem::Service(e, _) => error_text(lang, e, seconds),
        }
    }
}

/// The server's own words behind an error, if any: never the main text
/// (it is in the server's language), but shown below it for IT.
pub fn error_detail(e: &Error) -> Option<&str> {
    match e {
        Error::Server(detail)
        | Error::BadAnswer(detail)
        | Error::NotAllowed(detail)
        | Error::CaFile { detail, .. } => Some(detail.as_str()).filter(|d| !d.trim().is_empty()),
        _ => None,
    }
}

/// A line of feedback with, below it in small print, the server's own
/// words for IT.
pub fn feedback_for_it<'a, M: 'a>(
    lang: Lang,
    tone: Tone,
    message: String,
    detail: Option<&str>,
) -> Element<'a, M> {
    let line = ui::feedback(tone, message);
    match detail {
        Some(detail) => column![
            line,
            text(t!(lang, "details-for-it", detail = detail))
                .size(ui::TEXT * 0.8)
                .style(ui::style::muted),
        ]
        .spacing(4)
        .into(),
        None => line,
    }
}

/// `text` about `diagnosis`, followed by how to fix it on this person's
/// phone where there is a fix (the clock setting).
pub fn with_fix(lang: Lang, platform: Platform, diagnosis: &Diagnosis, text: String) -> String {
    match diagnosis {
        Diagnosis::PhoneClock(_) => {
            let fix = match platform {
                Platform::Android => t!(lang, "diagnosis-clock-fix-android"),
                Platform::Iphone => t!(lang, "diagnosis-clock-fix-iphone"),
            };
            format!("{text} {fix}")
        }
        _ => text,
    }
}

/// True when a drawing of the phone's clock setting helps with this.
pub fn shows_clock(diagnosis: Option<&Diagnosis>) -> bool {
    matches!(diagnosis, Some(Diagnosis::PhoneClock(_)))
}

/// A day as a person writes it: "1 februari 2027", "1 February 2027".
pub fn long_date(lang: Lang, day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    t!(
        lang,
        "date-long",
        day = day.day(),
        month = day.month(),
        year = day.year().to_string()
    )
}

/// What a service error means for the person, in `lang`; `seconds` fills
/// in a countdown.
pub fn error_text(lang: Lang, e: &Error, seconds: u64) -> String {
    match e {
        Error::WrongCode { attempts_left } => {
            t!(lang, "error-wrong-code", left = attempts_left)
        }
        Error::Diagnosed { refusal, diagnosis } => match refusal.as_ref() {
            // Why, and what the refusal costs.
            Error::WrongCode { attempts_left } => format!(
                "{} {}",
                diagnosis.text(lang),
                t!(lang, "error-attempts-left", left = attempts_left)
            ),
            _ => diagnosis.text(lang),
        },
        Error::CodeReused => t!(lang, "error-code-reused"),
        Error::CodeExpired => t!(lang, "error-code-expired"),
        Error::CoolDown(_) => t!(lang, "error-cool-down", seconds = seconds),
        Error::ResendTooSoon(_) => t!(lang, "error-resend-too-soon", seconds = seconds),
        Error::OutOfOrder => t!(lang, "error-out-of-order"),
        Error::InvalidAccount => t!(lang, "error-invalid-account"),
        Error::Timeout => t!(lang, "error-timeout"),
        Error::Unreachable => t!(lang, "error-unreachable"),
        Error::Server(_) => t!(lang, "error-server"),
        Error::BadAnswer(_) => t!(lang, "error-bad-answer"),
        Error::CaFile { path, .. } => t!(lang, "error-ca-file", path = path.as_str()),
        Error::CodeRejected => t!(lang, "error-code-rejected"),
        Error::WrongPassword => t!(lang, "error-wrong-password"),
        Error::UnknownRealm(realm) => {
            t!(lang, "error-unknown-realm", realm = realm.as_str())
        }
        Error::AccountLocked => t!(lang, "error-account-locked"),
        Error::SessionExpired => t!(lang, "error-session-expired"),
        Error::NotAllowed(_) => t!(lang, "error-not-allowed"),
        Error::ServerFault(status) => t!(lang, "error-server-fault", status = status),
        Error::Insecure => t!(lang, "error-insecure"),
        Error::Untrusted => t!(lang, "error-untrusted"),
        Error::Microsoft365(fault) => fault.text(lang),
        Error::ServerBusy(_) => t!(lang, "error-server-busy", seconds = seconds),
        Error::ConnectionLost => t!(lang, "error-connection-lost"),
        Error::TlsFailed(detail) => t!(lang, "error-tls-failed", detail = detail.as_str()),
        Error::WebPage(status) => t!(lang, "error-web-page", status = status),
    }
}
