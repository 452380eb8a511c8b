//! Guide steps 12–13: the SMS code arrives (on the practice phone in
//! training), the person types it, the provider verifies it; resend after a
//! visible cool-down.

use std::time::Instant;

use iced::widget::{column, container, text};
use iced::{Element, Length, Task};

use super::code_entry::{self, Check, CodeEntry, Outcome};
use super::{Busy, Call, Ctx, Event, run, training_phone};
use crate::service::training::TrainingSms;
use crate::service::{Error, Service, SmsSent};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone};

/// The code field; focused when the screen opens.
pub const CODE: FocusId = Check::Sms.ids()[0];
const RESEND: FocusId = FocusId("sms-resend");
/// Cancel asking for another code.
const CANCEL: FocusId = FocusId("sms-resend-cancel");

/// The SMS on its way, and the code being typed.
#[derive(Debug)]
pub struct State {
    sent: Option<SmsSent>,
    resend_at: Option<Instant>,
    arrived: Option<TrainingSms>,
    receiving: Option<Busy>,
    entry: CodeEntry,
    /// Asking for another code, and why that failed.
    resend: Call,
    resent: bool,
}

impl Default for State {
    fn default() -> Self {
        Self {
            sent: None,
            resend_at: None,
            arrived: None,
            receiving: None,
            entry: CodeEntry::new(Check::Sms),
            resend: Call::default(),
            resent: false,
        }
    }
}

/// SMS screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// An SMS arrived on the practice phone.
    Arrived(Option<TrainingSms>),
    /// The code from the text message: typed, verified.
    Entry(code_entry::Message),
    /// Ask for a new code.
    Resend,
    /// The provider sent (or refused) a new code.
    Resent(Result<SmsSent, Error>),
    /// Stop asking for a new code.
    CancelResend,
    /// "Done": on to the finish.
    Done,
}

impl State {
    /// True once the code was accepted.
    pub fn verified(&self) -> bool {
        self.entry.verified()
    }

    /// Where the code went.
    pub fn sent(&self) -> Option<&SmsSent> {
        self.sent.as_ref()
    }

    /// The SMS on the practice phone (tests read it like a person would).
    pub fn arrived(&self) -> Option<&TrainingSms> {
        self.arrived.as_ref()
    }

    /// An SMS was sent: wait for it on the practice phone.
    pub fn start(&mut self, sent: SmsSent, service: &Service) -> Task<Message> {
        let after = self.arrived.as_ref().map_or(0, |s| s.sequence);
        *self = State {
            resend_at: Some(Instant::now() + sent.resend_after),
            sent: Some(sent),
            ..State::default()
        };
        self.receive(service, after)
    }

    fn receive(&mut self, service: &Service, after: u64) -> Task<Message> {
        let Some(phone) = service.training_phone() else {
            return Task::none();
        };
        let (task, busy) = run(phone.receive_sms(after), Message::Arrived);
        self.receiving = Some(busy);
        task
    }

    fn resend_wait(&self, now: Instant) -> Option<u64> {
        let at = self.resend_at?;
        let left = at.saturating_duration_since(now);
        (!left.is_zero()).then(|| left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }

    /// True while a countdown is on screen.
    pub fn ticking(&self) -> bool {
        !self.verified()
            && (self.resend_wait(Instant::now()).is_some()
                || self.entry.ticking()
                || self
                    .resend
                    .problem()
                    .is_some_and(|p| p.wait_left(Instant::now()).is_some()))
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Arrived(sms) => {
                self.receiving = None;
                if sms.is_some() {
                    self.arrived = sms;
                }
            }
            Message::Entry(m) => {
                if matches!(m, code_entry::Message::Changed(_)) {
                    self.resend.clear();
                }
                let (task, outcome) = self.entry.update(m, service);
                return (task.map(Message::Entry), Outcome::event(outcome));
            }
            Message::Resend => match &self.sent {
                Some(sent) if !self.entry.busy() && !self.verified() => {
                    let task = self
                        .resend
                        .start(service.send_sms(sent.to.clone()), Message::Resent);
                    self.entry.hold(true);
                    return (task, None);
                }
                _ => {}
            },
            Message::Resent(Ok(sent)) => {
                self.resend.done();
                self.entry.hold(false);
                self.entry.clear_refusal();
                self.resend_at = Some(Instant::now() + sent.resend_after);
                self.sent = Some(sent);
                self.resent = true;
                let after = self.arrived.as_ref().map_or(0, |s| s.sequence);
                return (self.receive(service, after), None);
            }
            Message::Resent(Err(e)) => {
                self.entry.hold(false);
                return (Task::none(), self.resend.failed(e));
            }
            Message::CancelResend => {
                self.entry.hold(false);
                self.resend.cancel();
            }
            Message::Done => {
                if self.verified() {
                    return (Task::none(), Some(Event::Continue));
                }
            }
        }
        (Task::none(), None)
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        Some(if self.verified() {
            Message::Done
        } else {
            Message::Entry(code_entry::Message::Verify)
        })
    }

    /// Text typed outside the field: it goes into the field.
    pub fn typed(&self, text: &str) -> Option<Message> {
        self.entry.appended(text).map(Message::Entry)
    }

    /// Where typing goes when the screen opens.
    pub fn first_input(&self) -> Option<FocusId> {
        (!self.verified()).then_some(CODE)
    }

    /// Tab order of the screen's controls.
    pub fn targets(&self, now: Instant) -> Vec<Target<Message>> {
        if self.verified() {
            return Vec::new();
        }
        if self.resend.busy() {
            return vec![
                Target::Input(CODE),
                Target::Button(CANCEL, Message::CancelResend),
            ];
        }
        let mut t = self.entry.targets(Message::Entry);
        if !self.entry.busy() && self.resend_wait(now).is_none() {
            t.push(Target::Button(RESEND, Message::Resend));
        }
        t
    }

    /// The SMS code screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let number = self
            .sent
            .as_ref()
            .map(|s| s.to.international().to_owned())
            .unwrap_or_default();
        let mut left = column![
            ui::title(t!(lang, "sms-title")),
            ui::steps(vec![
                t!(lang, "sms-1", number = number.as_str()),
                t!(lang, "sms-2")
            ]),
        ]
        .spacing(20);
        if self.verified() {
            left = left.push(ui::feedback(Tone::Success, t!(lang, "sms-verified")));
        } else {
            left = left.push(self.form(ctx));
        }
        let phone = match &self.arrived {
            Some(sms) if ctx.profile.training => training_phone::sms(ctx, sms.code.as_str()),
            _ => training_phone::idle(ctx),
        };
        if ctx.profile.training {
            ui::split(
                ctx.narrow,
                left.width(Length::FillPortion(5)),
                container(phone).center_x(Length::FillPortion(4)),
            )
        } else {
            left.into()
        }
    }

    fn form<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let busy = self.entry.busy() || self.resend.busy();
        let resend: Element<'a, Message> = match (self.resend_wait(ctx.now), self.resend.busy()) {
            (Some(seconds), _) => text(t!(lang, "sms-resend-wait", seconds = seconds))
                .size(ui::TEXT)
                .style(ui::style::muted)
                .into(),
            (None, true) => ui::button(
                t!(lang, "busy-cancel"),
                Some(Message::CancelResend),
                Kind::Secondary,
                ctx.focused(CANCEL),
            ),
            (None, false) => ui::button(
                t!(lang, "sms-resend"),
                (!busy).then_some(Message::Resend),
                Kind::Secondary,
                ctx.focused(RESEND),
            ),
        };
        let entry = self.entry.form(ctx).spacing(10);
        let mut form = column![Element::from(entry).map(Message::Entry), resend].spacing(10);
        if self.resend.busy() {
            form = form.push(ui::feedback(Tone::Info, t!(lang, "sms-busy")));
        } else if let Some(feedback) = self.entry.feedback(ctx) {
            form = form.push(feedback);
        } else if let Some(problem) = self.resend.problem() {
            form = form.push(problem.view(ctx));
        } else if self.resent {
            form = form.push(ui::feedback(Tone::Success, t!(lang, "sms-resent")));
        }
        form.into()
    }
}
