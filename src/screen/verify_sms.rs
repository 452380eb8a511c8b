//! Guide steps 12–13: the SMS code arrives (on the practice phone in
//! training), the person types it, the provider verifies it; resend after a
//! visible cool-down.

use std::time::Instant;

use iced::widget::{column, container, row, text, text_input};
use iced::{Element, Length, Task};

use super::{Busy, Ctx, Event, Problem, run, training_phone};
use crate::service::training::TrainingSms;
use crate::service::{Code, Error, Service, SmsSent};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone};

/// The code field; focused when the screen opens.
pub const CODE: FocusId = FocusId("sms-code");
const VERIFY: FocusId = FocusId("sms-verify");
const RESEND: FocusId = FocusId("sms-resend");
const CANCEL: FocusId = FocusId("sms-cancel");

/// The SMS on its way, and the code being typed.
#[derive(Debug, Default)]
pub struct State {
    sent: Option<SmsSent>,
    resend_at: Option<Instant>,
    arrived: Option<TrainingSms>,
    receiving: Option<Busy>,
    code: String,
    busy: Option<Busy>,
    problem: Option<Problem>,
    resent: bool,
    verified: bool,
}

/// SMS screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// An SMS arrived on the practice phone.
    Arrived(Option<TrainingSms>),
    /// The code field changed.
    Code(String),
    /// Verify the typed code.
    Verify,
    /// The provider answered.
    Verified(Result<(), Error>),
    /// Ask for a new code.
    Resend,
    /// The provider sent (or refused) a new code.
    Resent(Result<SmsSent, Error>),
    /// Stop waiting.
    Cancel,
    /// "Done": on to the finish.
    Done,
}

impl State {
    /// True (once) when a call found the sign-in expired; see
    /// [`Problem::take_expired`].
    pub fn take_expired(&mut self) -> bool {
        Problem::take_expired(&mut self.problem)
    }

    /// True once the code was accepted.
    pub fn verified(&self) -> bool {
        self.verified
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
        !self.verified
            && (self.resend_wait(Instant::now()).is_some()
                || self
                    .problem
                    .as_ref()
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
            Message::Code(code) => {
                self.code = code;
                if !matches!(self.problem, Some(Problem::Service(Error::CoolDown(_), _))) {
                    self.problem = None;
                }
            }
            Message::Verify => {
                if self.verified {
                    return (Task::none(), Some(Event::Continue));
                }
                if self.busy.is_some() {
                    return (Task::none(), None);
                }
                match Code::parse(&self.code) {
                    Ok(code) => {
                        let (task, busy) = run(service.verify_sms(code), Message::Verified);
                        self.busy = Some(busy);
                        self.problem = None;
                        return (task, None);
                    }
                    Err(e) => self.problem = Some(Problem::Code(e)),
                }
            }
            Message::Verified(Ok(())) => {
                self.busy = None;
                self.verified = true;
                self.problem = None;
                self.code.clear();
            }
            Message::Verified(Err(e)) => {
                self.busy = None;
                self.problem = Some(Problem::service(e));
            }
            Message::Resend => {
                if self.busy.is_some() || self.verified {
                    return (Task::none(), None);
                }
                if let Some(sent) = &self.sent {
                    let (task, busy) = run(service.send_sms(sent.to.clone()), Message::Resent);
                    self.busy = Some(busy);
                    return (task, None);
                }
            }
            Message::Resent(Ok(sent)) => {
                self.busy = None;
                self.resend_at = Some(Instant::now() + sent.resend_after);
                self.sent = Some(sent);
                self.resent = true;
                self.problem = None;
                let after = self.arrived.as_ref().map_or(0, |s| s.sequence);
                return (self.receive(service, after), None);
            }
            Message::Resent(Err(e)) => {
                self.busy = None;
                self.problem = Some(Problem::service(e));
            }
            Message::Cancel => {
                self.busy = None;
                self.problem = Some(Problem::Cancelled);
            }
            Message::Done => {
                if self.verified {
                    return (Task::none(), Some(Event::Continue));
                }
            }
        }
        (Task::none(), None)
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        Some(if self.verified {
            Message::Done
        } else {
            Message::Verify
        })
    }

    /// Tab order of the screen's controls.
    pub fn targets(&self, now: Instant) -> Vec<Target<Message>> {
        if self.verified {
            return Vec::new();
        }
        let mut t = vec![Target::Input(CODE)];
        if self.busy.is_some() {
            t.push(Target::Button(CANCEL, Message::Cancel));
        } else {
            t.push(Target::Button(VERIFY, Message::Verify));
            if self.resend_wait(now).is_none() {
                t.push(Target::Button(RESEND, Message::Resend));
            }
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
        if self.verified {
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
        let field = text_input(&t!(lang, "sms-code-placeholder"), &self.code)
            .id(CODE.widget())
            .on_input(Message::Code)
            .on_submit(Message::Verify)
            .size(ui::TEXT * 1.3)
            .padding(10)
            .width(200);
        let locked = self
            .problem
            .as_ref()
            .and_then(|p| p.cool_down_left(ctx.now))
            .is_some();
        let action = if self.busy.is_some() {
            ui::button(
                t!(lang, "busy-cancel"),
                Some(Message::Cancel),
                Kind::Secondary,
                ctx.focused(CANCEL),
            )
        } else {
            ui::button(
                t!(lang, "sms-verify"),
                (!locked).then_some(Message::Verify),
                Kind::Primary,
                ctx.focused(VERIFY),
            )
        };
        let resend: Element<'a, Message> = match self.resend_wait(ctx.now) {
            Some(seconds) => text(t!(lang, "sms-resend-wait", seconds = seconds))
                .size(ui::TEXT)
                .style(ui::style::muted)
                .into(),
            None => ui::button(
                t!(lang, "sms-resend"),
                self.busy.is_none().then_some(Message::Resend),
                Kind::Secondary,
                ctx.focused(RESEND),
            ),
        };
        let mut form = column![
            text(t!(lang, "sms-code-label"))
                .size(ui::TEXT)
                .font(ui::BOLD),
            row![field, action].spacing(12).align_y(iced::Center),
            resend,
        ]
        .spacing(10);
        if self.busy.is_some() {
            form = form.push(ui::feedback(Tone::Info, t!(lang, "sms-busy")));
        } else if let Some(problem) = &self.problem {
            form = form.push(ui::feedback(Tone::Error, problem.text(ctx)));
        } else if self.resent {
            form = form.push(ui::feedback(Tone::Success, t!(lang, "sms-resent")));
        }
        form.into()
    }
}
