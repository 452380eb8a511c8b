//! Typing a code and having it checked: one behaviour wherever a code comes
//! from (the app's first code on the scan step, the SMS, the test sign-in by
//! code). Spaces and dashes are fine; typing clears a refusal, except a
//! cool-down, which stays in view and keeps the Verify button off until it
//! has run out.

use std::time::Instant;

use iced::widget::{Column, column, row, text, text_input};
use iced::{Element, Task};

use super::{Call, Ctx, Event, Problem};
use crate::i18n::Lang;
use crate::service::{Accepted, BoxFuture, Code, Diagnosis, Error, Service};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone};
use zeroize::Zeroizing;

/// Which of the provider's checks the code goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// The first code from the authenticator app (the scan step).
    Totp,
    /// The code from the text message.
    Sms,
    /// A code from the app as the test sign-in, where push is not possible.
    TestCode,
}

impl Check {
    fn call(self, service: &Service, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        match self {
            Check::Totp => Box::pin(service.verify_totp(code)),
            Check::Sms => Box::pin(service.verify_sms(code)),
            Check::TestCode => Box::pin(service.verify_test_code(code)),
        }
    }

    /// The field's focus id (also its widget id), its button's and the
    /// cancel button's.
    pub const fn ids(self) -> [FocusId; 3] {
        match self {
            Check::Totp => [
                FocusId("scan-code"),
                FocusId("scan-verify"),
                FocusId("scan-cancel"),
            ],
            Check::Sms => [
                FocusId("sms-code"),
                FocusId("sms-verify"),
                FocusId("sms-cancel"),
            ],
            Check::TestCode => [
                FocusId("approve-code"),
                FocusId("approve-verify"),
                FocusId("approve-cancel"),
            ],
        }
    }

    /// The bold label above the field, if any.
    fn label(self, lang: Lang) -> Option<String> {
        match self {
            Check::Totp => Some(t!(lang, "scan-code-label")),
            Check::Sms => Some(t!(lang, "sms-code-label")),
            Check::TestCode => None,
        }
    }

    fn placeholder(self, lang: Lang) -> String {
        match self {
            Check::Totp | Check::TestCode => t!(lang, "scan-code-placeholder"),
            Check::Sms => t!(lang, "sms-code-placeholder"),
        }
    }

    fn verify(self, lang: Lang) -> String {
        match self {
            Check::Totp | Check::TestCode => t!(lang, "scan-verify"),
            Check::Sms => t!(lang, "sms-verify"),
        }
    }

    /// Shown while the provider checks the code.
    fn checking(self, lang: Lang) -> String {
        match self {
            Check::Totp | Check::TestCode => t!(lang, "scan-busy"),
            Check::Sms => t!(lang, "sms-busy"),
        }
    }
}

/// The code typed so far and what came of it.
#[derive(Debug)]
pub struct CodeEntry {
    check: Check,
    /// Wiped when replaced or dropped.
    code: Zeroizing<String>,
    call: Call,
    verified: bool,
    /// What the provider noted about the accepted code (a phone clock that
    /// is off, though not too far).
    note: Option<Diagnosis>,
    /// Verify waits while the screen asks the provider something else
    /// (a new text message).
    held: bool,
}

/// Code entry messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// The field changed.
    Changed(String),
    /// Check the typed code (Enter or the button).
    Verify,
    /// The provider answered.
    Checked(Result<Accepted, Error>),
    /// Stop waiting for the provider.
    Cancel,
}

/// What the screen around the field needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The code was accepted just now.
    Verified,
    /// Verify again after it was accepted: the person wants to go on.
    Continue,
    /// The provider's sign-in ran out; nothing is shown here.
    SessionExpired,
}

impl Outcome {
    /// What the screen tells the app about it (nothing for `Verified`,
    /// which only the screen acts on).
    pub fn event(outcome: Option<Outcome>) -> Option<Event> {
        match outcome? {
            Outcome::Continue => Some(Event::Continue),
            Outcome::SessionExpired => Some(Event::SessionExpired),
            Outcome::Verified => None,
        }
    }
}

impl CodeEntry {
    /// An empty field whose codes go to `check`.
    pub fn new(check: Check) -> Self {
        Self {
            check,
            code: Zeroizing::new(String::new()),
            call: Call::default(),
            verified: false,
            note: None,
            held: false,
        }
    }

    /// True once a code was accepted.
    pub fn verified(&self) -> bool {
        self.verified
    }

    /// What the provider noted about the accepted code.
    pub fn note(&self) -> Option<&Diagnosis> {
        self.note.as_ref()
    }

    /// The diagnosis of the last refusal, if any.
    pub fn diagnosis(&self) -> Option<&Diagnosis> {
        self.call.problem().and_then(Problem::diagnosis)
    }

    /// An accepted code's note as a line of feedback, with the fix.
    pub fn note_view<'a, M: 'a>(&self, ctx: &Ctx<'_>) -> Option<Element<'a, M>> {
        let note = self.note.as_ref()?;
        let text = super::with_fix(ctx.lang, ctx.platform, note, note.note(ctx.lang));
        Some(ui::feedback(Tone::Info, text))
    }

    /// True while the provider is checking a code.
    pub fn busy(&self) -> bool {
        self.call.busy()
    }

    /// The field's focus id.
    pub fn field(&self) -> FocusId {
        self.check.ids()[0]
    }

    /// Holds Verify while the screen's other call runs (`true`), or lets
    /// it go (`false`).
    pub fn hold(&mut self, held: bool) {
        self.held = held;
    }

    /// Forgets a refusal (a new text message makes it old news); a
    /// cool-down that still runs stays.
    pub fn clear_refusal(&mut self) {
        if !self.cooling(Instant::now()) {
            self.call.clear();
        }
    }

    fn cooling(&self, now: Instant) -> bool {
        self.call
            .problem()
            .is_some_and(|p| p.cool_down_left(now).is_some())
    }

    /// `text` typed while the field did not have focus, as a change of the
    /// field: nothing typed is lost.
    pub fn appended(&self, text: &str) -> Option<Message> {
        (!self.verified).then(|| Message::Changed(format!("{}{text}", self.code.as_str())))
    }

    /// True while a countdown (the cool-down) is on screen.
    pub fn ticking(&self) -> bool {
        self.call
            .problem()
            .is_some_and(|p| p.wait_left(Instant::now()).is_some())
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Outcome>) {
        match message {
            Message::Changed(code) => {
                // A cool-down stays in view while the person types.
                if !self.cooling(Instant::now()) {
                    self.call.clear();
                }
                self.code = Zeroizing::new(code);
            }
            Message::Verify if self.verified => return (Task::none(), Some(Outcome::Continue)),
            Message::Verify if self.held || self.cooling(Instant::now()) => {}
            Message::Verify => match Code::parse(&self.code) {
                Ok(code) => {
                    let task = self
                        .call
                        .start(self.check.call(service, code), Message::Checked);
                    return (task, None);
                }
                Err(e) => self.call.refuse(Problem::Code(e)),
            },
            // An answer that arrives after Cancel counts for nothing.
            Message::Checked(_) if !self.call.busy() => {}
            Message::Checked(Ok(accepted)) => {
                self.call.done();
                self.note = accepted.note;
                self.verified = true;
                self.code.clear();
                return (Task::none(), Some(Outcome::Verified));
            }
            Message::Checked(Err(e)) => {
                if self.call.failed(e).is_some() {
                    return (Task::none(), Some(Outcome::SessionExpired));
                }
            }
            Message::Cancel => self.call.cancel(),
        }
        (Task::none(), None)
    }

    /// Tab order: the field, then Verify (or Cancel while checking), as
    /// the screen's messages.
    pub fn targets<M>(&self, wrap: fn(Message) -> M) -> Vec<Target<M>> {
        if self.verified {
            return Vec::new();
        }
        let [field, verify, cancel] = self.check.ids();
        vec![
            Target::Input(field),
            if self.call.busy() {
                Target::Button(cancel, wrap(Message::Cancel))
            } else {
                Target::Button(verify, wrap(Message::Verify))
            },
        ]
    }

    /// The field and its button, under the label; screens push more below.
    pub fn form<'a>(&'a self, ctx: &Ctx<'_>) -> Column<'a, Message> {
        let (lang, [field_id, verify, cancel]) = (ctx.lang, self.check.ids());
        let field = text_input(&self.check.placeholder(lang), &self.code)
            .id(field_id.widget())
            .on_input(Message::Changed)
            .on_submit(Message::Verify)
            .size(ui::TEXT * 1.3)
            .padding(10)
            .width(200);
        crate::a11y::note(|| {
            let label = self.check.label(lang);
            crate::a11y::field(
                field_id,
                label.unwrap_or_else(|| self.check.placeholder(lang)),
                &self.code,
            )
        });
        let action = if self.call.busy() {
            ui::button(
                t!(lang, "busy-cancel"),
                Some(Message::Cancel),
                Kind::Secondary,
                ctx.focused(cancel),
            )
        } else {
            ui::button(
                self.check.verify(lang),
                (!self.held && !self.cooling(ctx.now)).then_some(Message::Verify),
                Kind::Primary,
                ctx.focused(verify),
            )
        };
        let form = match self.check.label(lang) {
            Some(label) => column![text(label).size(ui::TEXT).font(ui::BOLD)],
            None => column![],
        };
        form.push(row![field, action].spacing(12).align_y(iced::Center))
    }

    /// "Checking…" while the provider is asked, else the refusal, if any.
    pub fn feedback<'a, M: 'a>(&self, ctx: &Ctx<'_>) -> Option<Element<'a, M>> {
        if self.call.busy() {
            Some(ui::feedback(Tone::Info, self.check.checking(ctx.lang)))
        } else {
            self.call.problem().map(|p| p.view(ctx))
        }
    }
}
