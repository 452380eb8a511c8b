//! Guide steps 8–10: a test sign-in with number matching. The PC shows a
//! number; the phone offers three; the person picks it and approves. In
//! training the phone is drawn beside the instructions.

use iced::widget::{column, container, row, text};
use iced::{Element, Length, Task};

use super::training_phone::{self, APPROVE, Answers, CHOICES, DENY};
use super::{Busy, Ctx, Event, Problem, run};
use crate::service::{ApprovalOutcome, ApprovalRequest, Error, PhoneAnswer, Service};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone, style};

const SEND: FocusId = FocusId("approve-send");
const CANCEL: FocusId = FocusId("approve-cancel");

/// The test sign-in and its outcome.
#[derive(Debug, Default)]
pub struct State {
    sending: Option<Busy>,
    request: Option<ApprovalRequest>,
    waiting: Option<Busy>,
    picked: Option<u8>,
    /// The first digit typed towards a choice on the practice phone.
    typed: Option<u8>,
    answered: bool,
    outcome: Option<ApprovalOutcome>,
    problem: Option<Problem>,
}

/// Approval screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// Send a test sign-in.
    Send,
    /// The provider created the challenge.
    Sent(Result<ApprovalRequest, Error>),
    /// The phone answered, or time ran out.
    Outcome(Result<ApprovalOutcome, Error>),
    /// On the practice phone: a number was picked.
    Pick(u8),
    /// A digit typed on the keyboard: two of them pick that number on the
    /// practice phone, for people who do not use a mouse.
    Digit(u8),
    /// On the practice phone: "Approve".
    PhoneApprove,
    /// On the practice phone: "Deny".
    PhoneDeny,
    /// Stop waiting.
    Cancel,
    /// "Done": on to the next step.
    Done,
}

impl State {
    /// True once the test sign-in was approved.
    pub fn approved(&self) -> bool {
        self.outcome == Some(ApprovalOutcome::Approved)
    }

    /// The challenge on screen (tests read the number like a person would).
    pub fn request(&self) -> Option<&ApprovalRequest> {
        self.request.as_ref()
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Send => {
                if self.approved() || self.sending.is_some() {
                    return (Task::none(), None);
                }
                *self = State::default();
                let (task, busy) = run(service.start_approval(), Message::Sent);
                self.sending = Some(busy);
                return (task, None);
            }
            Message::Sent(Ok(request)) => {
                self.sending = None;
                let (task, busy) = run(service.await_approval(request.id), Message::Outcome);
                self.request = Some(request);
                self.waiting = Some(busy);
                return (task, None);
            }
            Message::Sent(Err(e)) => {
                self.sending = None;
                self.problem = Some(Problem::service(e));
            }
            Message::Outcome(result) => {
                self.waiting = None;
                match result {
                    Ok(outcome) => self.outcome = Some(outcome),
                    Err(e) => self.problem = Some(Problem::service(e)),
                }
            }
            Message::Pick(n) => self.picked = Some(n),
            Message::Digit(d) => {
                let choosing = self.waiting.is_some() && !self.answered;
                match (choosing, self.typed.take(), &self.request) {
                    (true, Some(tens), Some(request)) => {
                        let n = tens * 10 + d;
                        if request.choices.contains(&n) {
                            self.picked = Some(n);
                        }
                    }
                    (true, None, Some(_)) => self.typed = Some(d),
                    _ => {}
                }
            }
            Message::PhoneApprove | Message::PhoneDeny => {
                let answer = match (message, self.picked) {
                    (Message::PhoneApprove, Some(n)) => PhoneAnswer::Approve(n),
                    (Message::PhoneApprove, None) => return (Task::none(), None),
                    _ => PhoneAnswer::Deny,
                };
                if let (Some(phone), Some(request)) = (service.training_phone(), &self.request) {
                    match phone.answer(request.id, answer) {
                        Ok(()) => self.answered = true,
                        Err(e) => self.problem = Some(Problem::service(e)),
                    }
                }
            }
            Message::Cancel => {
                self.sending = None;
                self.waiting = None;
                self.request = None;
                self.problem = Some(Problem::Cancelled);
            }
            Message::Done => {
                if self.approved() {
                    return (Task::none(), Some(Event::Continue));
                }
            }
        }
        (Task::none(), None)
    }

    /// The number picked on the practice phone.
    pub fn picked(&self) -> Option<u8> {
        self.picked
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        if self.approved() {
            Some(Message::Done)
        } else if self.sending.is_none() && self.waiting.is_none() {
            Some(Message::Send)
        } else {
            None
        }
    }

    /// Tab order: the PC's controls, then the practice phone's.
    pub fn targets(&self, training: bool) -> Vec<Target<Message>> {
        let mut t = Vec::new();
        if self.sending.is_some() || self.waiting.is_some() {
            t.push(Target::Button(CANCEL, Message::Cancel));
        } else if !self.approved() {
            t.push(Target::Button(SEND, Message::Send));
        }
        if let (true, Some(request), true, false) = (
            training,
            &self.request,
            self.waiting.is_some(),
            self.answered,
        ) {
            for (n, id) in request.choices.iter().zip(CHOICES) {
                t.push(Target::Button(id, Message::Pick(*n)));
            }
            t.push(Target::Button(DENY, Message::PhoneDeny));
            if self.picked.is_some() {
                t.push(Target::Button(APPROVE, Message::PhoneApprove));
            }
        }
        t
    }

    /// The approval screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, account: &str) -> Element<'a, Message> {
        let lang = ctx.lang;
        let first = if ctx.profile.training {
            t!(lang, "approve-1-training")
        } else {
            t!(lang, "approve-1")
        };
        let mut left = column![
            ui::title(t!(lang, "approve-title")),
            ui::steps(vec![first, t!(lang, "approve-2")]),
        ]
        .spacing(20);
        if self.sending.is_some() {
            left = left.push(ui::feedback(Tone::Info, t!(lang, "approve-sending")));
        }
        if let (Some(request), true) = (&self.request, self.outcome.is_none()) {
            left = left.push(
                container(
                    column![
                        text(t!(lang, "approve-number-label")).size(ui::TEXT),
                        text(request.number.to_string())
                            .size(ui::TEXT * 4.0)
                            .font(ui::BOLD),
                    ]
                    .spacing(4)
                    .align_x(iced::Center),
                )
                .padding(16)
                .style(style::card),
            );
        }
        if self.waiting.is_some() {
            left = left.push(ui::feedback(Tone::Info, t!(lang, "approve-waiting")));
            if ctx.profile.training && !self.answered {
                left = left.push(ui::instruction(t!(lang, "approve-type-hint")));
            }
        }
        match self.outcome {
            Some(ApprovalOutcome::Approved) => {
                left = left.push(ui::feedback(Tone::Success, t!(lang, "approve-approved")));
            }
            Some(ApprovalOutcome::Denied) => {
                left = left.push(ui::feedback(Tone::Error, t!(lang, "approve-denied")));
            }
            Some(ApprovalOutcome::WrongNumber) => {
                left = left.push(ui::feedback(Tone::Error, t!(lang, "approve-wrong-number")));
            }
            Some(ApprovalOutcome::TimedOut) => {
                left = left.push(ui::feedback(Tone::Error, t!(lang, "approve-timed-out")));
            }
            None => {}
        }
        if let Some(problem) = &self.problem {
            left = left.push(ui::feedback(Tone::Error, problem.text(ctx)));
        }
        if self.sending.is_some() || self.waiting.is_some() {
            left = left.push(ui::button(
                t!(lang, "busy-cancel"),
                Some(Message::Cancel),
                Kind::Secondary,
                ctx.focused(CANCEL),
            ));
        } else if !self.approved() {
            left = left.push(ui::button(
                t!(lang, "approve-send"),
                Some(Message::Send),
                Kind::Primary,
                ctx.focused(SEND),
            ));
        }
        let phone = match (&self.request, ctx.profile.training, self.outcome) {
            (Some(request), true, None) => training_phone::notification(
                ctx,
                account,
                request,
                Answers {
                    picked: self.picked,
                    pick: Message::Pick,
                    approve: self.picked.map(|_| Message::PhoneApprove),
                    deny: Some(Message::PhoneDeny),
                    answered: self.answered,
                },
            ),
            _ => training_phone::idle(ctx),
        };
        row![
            left.width(Length::FillPortion(5)),
            container(phone).center_x(Length::FillPortion(4)),
        ]
        .spacing(32)
        .into()
    }
}
