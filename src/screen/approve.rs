//! Guide steps 8–10: a test sign-in with number matching. The PC shows a
//! number; the phone offers three; the person picks it and approves. In
//! training the phone is drawn beside the instructions.

use iced::widget::{column, container, qr_code, row, text, text_input};
use iced::{Element, Length, Task};

use super::training_phone::{self, APPROVE, Answers, CHOICES, DENY};
use super::{Busy, Ctx, Event, Problem, run};
use crate::service::{
    ApprovalOutcome, ApprovalRequest, Code, Error, PhoneAnswer, PushSetup, Service,
};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone, frame, style};

const SEND: FocusId = FocusId("approve-send");
/// The code field, where push is not possible.
pub const CODE: FocusId = FocusId("approve-code");
const VERIFY: FocusId = FocusId("approve-verify");
const CANCEL: FocusId = FocusId("approve-cancel");

/// The test sign-in and its outcome.
#[derive(Default)]
pub struct State {
    /// What the phone needs first; `None` until the provider said.
    setup: Option<PushSetup>,
    /// The push enrollment QR, while the phone has to scan it.
    push_qr: Option<qr_code::Data>,
    preparing: Option<Busy>,
    registering: Option<Busy>,
    /// The code typed where push is not possible.
    code: String,
    checking: Option<Busy>,
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

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("State")
            .field("setup", &self.setup)
            .field("request", &self.request)
            .field("outcome", &self.outcome)
            .finish_non_exhaustive()
    }
}

/// Approval screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// The provider said what the phone needs first.
    Prepared(Result<PushSetup, Error>),
    /// The phone registered the push token.
    Registered(Result<(), Error>),
    /// Ask the provider again after a failure.
    Retry,
    /// The code field changed (no push).
    Code(String),
    /// Check the typed code (no push).
    Verify,
    /// The provider checked the code.
    Checked(Result<(), Error>),
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
    /// True (once) when a call found the sign-in expired; see
    /// [`Problem::take_expired`].
    pub fn take_expired(&mut self) -> bool {
        Problem::take_expired(&mut self.problem)
    }

    /// Starts what the phone needs before a test sign-in, once.
    pub fn enter(&mut self, service: &Service) -> Task<Message> {
        if self.setup.is_some() || self.preparing.is_some() || self.approved() {
            return Task::none();
        }
        let (task, busy) = run(service.prepare_approval(), Message::Prepared);
        self.preparing = Some(busy);
        task
    }

    /// True when the test is a typed code rather than an approval.
    pub fn by_code(&self) -> bool {
        matches!(self.setup, Some(PushSetup::CodeInstead { .. }))
    }

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
            Message::Prepared(result) => {
                self.preparing = None;
                match result {
                    Ok(PushSetup::Scan { uri }) => {
                        self.push_qr = qr_code::Data::new(uri.as_bytes()).ok();
                        self.setup = Some(PushSetup::Scan { uri });
                        let (task, busy) = run(service.await_registration(), Message::Registered);
                        self.registering = Some(busy);
                        return (task, None);
                    }
                    Ok(setup) => self.setup = Some(setup),
                    Err(e) => self.problem = Some(Problem::service(e)),
                }
            }
            Message::Registered(result) => {
                self.registering = None;
                match result {
                    Ok(()) => {
                        self.setup = Some(PushSetup::Ready);
                        self.push_qr = None;
                        self.problem = None;
                    }
                    Err(e) => self.problem = Some(Problem::service(e)),
                }
            }
            Message::Retry => {
                self.problem = None;
                if matches!(self.setup, Some(PushSetup::Scan { .. })) {
                    let (task, busy) = run(service.await_registration(), Message::Registered);
                    self.registering = Some(busy);
                    return (task, None);
                }
                self.setup = None;
                return (self.enter(service), None);
            }
            Message::Code(code) => {
                self.code = code;
                self.problem = None;
            }
            Message::Verify => {
                if self.approved() {
                    return (Task::none(), Some(Event::Continue));
                }
                if self.checking.is_some() {
                    return (Task::none(), None);
                }
                match Code::parse(&self.code) {
                    Ok(code) => {
                        let (task, busy) = run(service.verify_test_code(code), Message::Checked);
                        self.checking = Some(busy);
                        self.problem = None;
                        return (task, None);
                    }
                    Err(e) => self.problem = Some(Problem::Code(e)),
                }
            }
            Message::Checked(result) => {
                self.checking = None;
                match result {
                    Ok(()) => {
                        self.outcome = Some(ApprovalOutcome::Approved);
                        self.code.clear();
                    }
                    Err(e) => self.problem = Some(Problem::service(e)),
                }
            }
            Message::Send => {
                if self.approved() || self.sending.is_some() {
                    return (Task::none(), None);
                }
                if self.setup != Some(PushSetup::Ready) {
                    return (Task::none(), None);
                }
                let setup = self.setup.take();
                *self = State::default();
                self.setup = setup;
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
        } else if self.by_code() {
            self.checking.is_none().then_some(Message::Verify)
        } else if self.setup != Some(PushSetup::Ready) {
            self.problem.is_some().then_some(Message::Retry)
        } else if self.sending.is_none() && self.waiting.is_none() {
            Some(Message::Send)
        } else {
            None
        }
    }

    /// Tab order: the PC's controls, then the practice phone's.
    pub fn targets(&self, training: bool) -> Vec<Target<Message>> {
        let mut t = Vec::new();
        if self.by_code() && !self.approved() {
            t.push(Target::Input(CODE));
            t.push(Target::Button(VERIFY, Message::Verify));
            return t;
        }
        if self.setup != Some(PushSetup::Ready) {
            if self.problem.is_some() {
                t.push(Target::Button(SEND, Message::Retry));
            }
            return t;
        }
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

    /// Before a test sign-in: the push QR, or the code instead, or a
    /// problem getting there. `None` once the phone is ready.
    fn setup_view<'a>(&'a self, ctx: &Ctx<'_>, account: &str) -> Option<Element<'a, Message>> {
        let lang = ctx.lang;
        let mut left = column![ui::title(t!(lang, "approve-title"))].spacing(20);
        let mut right: Option<Element<'a, Message>> = None;
        match &self.setup {
            Some(PushSetup::Ready) => return None,
            None => {
                if self.preparing.is_some() {
                    left = left.push(ui::feedback(Tone::Info, t!(lang, "approve-preparing")));
                }
            }
            Some(PushSetup::Scan { .. }) => {
                left = left.push(ui::steps(vec![
                    t!(lang, "approve-push-1", app = ctx.profile.app.name()),
                    t!(lang, "approve-push-2"),
                    t!(lang, "approve-push-3"),
                ]));
                if self.registering.is_some() {
                    left = left.push(ui::feedback(Tone::Info, t!(lang, "approve-push-waiting")));
                }
                if let Some(data) = &self.push_qr {
                    right = Some(
                        column![
                            text(t!(lang, "approve-push-qr-label"))
                                .size(ui::TEXT)
                                .font(ui::BOLD),
                            container(qr_code(data).cell_size(6).style(ui::style::qr))
                                .padding(20)
                                .style(|_| {
                                    container::Style::default().background(iced::Color::WHITE)
                                }),
                        ]
                        .spacing(8)
                        .align_x(iced::Center)
                        .into(),
                    );
                }
            }
            Some(PushSetup::CodeInstead { reason }) => {
                left = left.push(ui::feedback(
                    Tone::Info,
                    t!(lang, "approve-code-instead", reason = reason.as_str()),
                ));
                left = left.push(ui::instruction(t!(
                    lang,
                    "approve-code-step",
                    account = account
                )));
                if self.approved() {
                    left = left.push(ui::feedback(Tone::Success, t!(lang, "approve-code-ok")));
                } else {
                    left = left.push(
                        row![
                            text_input(&t!(lang, "scan-code-placeholder"), &self.code)
                                .id(CODE.widget())
                                .on_input_maybe(self.checking.is_none().then_some(Message::Code))
                                .on_submit(Message::Verify)
                                .size(ui::TEXT * 1.2)
                                .padding(10)
                                .width(200),
                            ui::button(
                                t!(lang, "scan-verify"),
                                Some(Message::Verify),
                                Kind::Primary,
                                ctx.focused(VERIFY),
                            ),
                        ]
                        .spacing(12)
                        .align_y(iced::Center),
                    );
                }
            }
        }
        if let Some(problem) = &self.problem {
            left = left.push(ui::feedback(Tone::Error, problem.text(ctx)));
            if !self.by_code() {
                left = left.push(ui::button(
                    t!(lang, "approve-retry"),
                    Some(Message::Retry),
                    Kind::Primary,
                    ctx.focused(SEND),
                ));
            }
        }
        Some(match right {
            Some(right) => ui::split(
                ctx.narrow,
                left.width(Length::FillPortion(5)),
                container(right).center_x(Length::FillPortion(4)),
            ),
            None => left.into(),
        })
    }

    /// The approval screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, account: &str) -> Element<'a, Message> {
        if let Some(setup) = self.setup_view(ctx, account) {
            return setup;
        }
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
        if let (Some(request), true) = (
            self.request.as_ref().filter(|r| r.matching),
            self.outcome.is_none(),
        ) {
            left = left.push(
                container(
                    column![
                        text(t!(lang, "approve-number-label")).size(ui::TEXT),
                        text(format!("{:02}", request.number))
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
                left = left.push(ui::feedback(
                    Tone::Success,
                    t!(lang, "approve-approved", app = ctx.profile.app.name()),
                ));
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
            (_, true, _) => training_phone::idle(ctx),
            // A real phone: draw what it will show, with the number to pick.
            (request, false, _) => {
                let mut screen = column![
                    text(ctx.profile.app.name())
                        .size(ui::TEXT * 0.85)
                        .style(style::muted),
                    text(t!(lang, "phone-notification-title"))
                        .size(ui::TEXT * 1.1)
                        .font(ui::BOLD),
                    text(t!(lang, "phone-notification-body", account = account))
                        .size(ui::TEXT * 0.9),
                ]
                .spacing(10);
                if let Some(request) = request
                    .as_ref()
                    .filter(|r| r.matching && self.outcome.is_none())
                {
                    screen = screen
                        .push(text(t!(lang, "phone-notification-hint")).size(ui::TEXT * 0.9))
                        .push(frame::highlighted(format!("{:02}", request.number)));
                }
                frame::phone(ctx.platform, None, screen)
            }
        };
        ui::split(
            ctx.narrow,
            left.width(Length::FillPortion(5)),
            container(phone).center_x(Length::FillPortion(4)),
        )
    }
}
