//! Guide steps 8–10: a test sign-in with number matching. The PC shows a
//! number; the phone offers three; the person picks it and approves. In
//! training the phone is drawn beside the instructions.

mod answer;
mod push;
mod view;

use answer::Waiting;

use iced::Task;
use iced::widget::qr_code;

use super::code_entry::{self, Check, CodeEntry, Outcome};
use super::training_phone::{ANSWER, APPROVE, CHOICES, DENY};
use super::{Busy, Event, Problem, run};
use crate::service::{
    ApprovalOutcome, ApprovalRequest, Error, Matching, PhoneAnswer, PushSetup, Service,
};
use crate::ui::{FocusId, Target};

const SEND: FocusId = FocusId("approve-send");
/// The code field, where push is not possible.
pub const CODE: FocusId = Check::TestCode.ids()[0];
const CANCEL: FocusId = FocusId("approve-cancel");

/// Where the test sign-in stands.
enum Phase {
    /// Asking the provider what the phone needs; `None` once that failed.
    Preparing(Option<Busy>),
    /// The phone's app must scan the push QR first; waiting for it to
    /// register (`None` once waiting failed).
    Registering {
        uri: String,
        qr: Option<qr_code::Data>,
        busy: Option<Busy>,
    },
    /// The server allows no push: the test is a code from the app.
    ByCode { reason: String, entry: CodeEntry },
    /// Ready for a test sign-in; how the last one ended, if it failed.
    Ready(Option<ApprovalOutcome>),
    /// The provider is creating the challenge.
    Sending { _busy: Busy },
    /// The phone has the challenge.
    Waiting(Waiting),
    /// The phone approved it.
    Approved,
}

/// The test sign-in and its outcome.
pub struct State {
    phase: Phase,
    problem: Option<Problem>,
    /// The push token's name as the phone's app shows it, from its
    /// enrollment QR (privacyIDEA's `tokenlabel`, or the serial).
    push_account: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            phase: Phase::Preparing(None),
            problem: None,
            push_account: None,
        }
    }
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("approve::State")
            .field("request", &self.request())
            .field("approved", &self.approved())
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
    /// The code from the app, where push is not possible.
    Entry(code_entry::Message),
    /// Send a test sign-in.
    Send,
    /// The provider created the challenge.
    Sent(Result<ApprovalRequest, Error>),
    /// The phone answered the challenge with this id, or time ran out.
    Outcome(u64, Result<ApprovalOutcome, Error>),
    /// On the practice phone: a choice was picked.
    Pick(String),
    /// On the practice phone: its number field changed.
    Typed(String),
    /// Typed on the keyboard outside any field: it goes to the practice
    /// phone (its number field, or the choice that reads so), for people
    /// who do not use a mouse.
    Keys(String),
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
    /// Starts what the phone needs before a test sign-in, once.
    /// Back on the screen after a wait was cut off (the sign-in ran out,
    /// say): the wait starts again.
    pub fn enter(&mut self, service: &Service) -> Task<Message> {
        match &mut self.phase {
            Phase::Preparing(None) => {
                self.problem = None;
                self.prepare(service)
            }
            Phase::Registering {
                uri,
                qr,
                busy: None,
            } => {
                let (uri, qr) = (std::mem::take(uri), qr.take());
                self.problem = None;
                self.await_registration(uri, qr, service)
            }
            _ => Task::none(),
        }
    }

    fn prepare(&mut self, service: &Service) -> Task<Message> {
        let (task, busy) = run(service.prepare_approval(), Message::Prepared);
        self.phase = Phase::Preparing(Some(busy));
        task
    }

    fn await_registration(
        &mut self,
        uri: String,
        qr: Option<qr_code::Data>,
        service: &Service,
    ) -> Task<Message> {
        let (task, busy) = run(service.await_registration(), Message::Registered);
        self.phase = Phase::Registering {
            uri,
            qr,
            busy: Some(busy),
        };
        task
    }

    /// Text typed outside any field while the test is a code: into the
    /// code field.
    pub fn typed_code(&self, text: &str) -> Option<Message> {
        match &self.phase {
            Phase::ByCode { entry, .. } => entry.appended(text).map(Message::Entry),
            _ => None,
        }
    }

    /// True when the test is a typed code rather than an approval.
    pub fn by_code(&self) -> bool {
        matches!(self.phase, Phase::ByCode { .. })
    }

    /// True once the test sign-in was approved (or its code accepted).
    pub fn approved(&self) -> bool {
        match &self.phase {
            Phase::Approved => true,
            Phase::ByCode { entry, .. } => entry.verified(),
            _ => false,
        }
    }

    /// The challenge on screen (tests read the number like a person would).
    pub fn request(&self) -> Option<&ApprovalRequest> {
        match &self.phase {
            Phase::Waiting(w) => Some(&w.request),
            _ => None,
        }
    }

    /// The answer typed or picked on the practice phone, once complete.
    pub fn picked(&self) -> Option<&str> {
        match &self.phase {
            Phase::Waiting(w) => w.ready(),
            _ => None,
        }
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Prepared(Ok(PushSetup::Scan { uri })) => {
                self.problem = None;
                self.push_account = push::uri_account(&uri);
                let qr = qr_code::Data::new(uri.as_bytes()).ok();
                return (self.await_registration(uri, qr, service), None);
            }
            Message::Prepared(Ok(PushSetup::CodeInstead { reason })) => {
                let entry = CodeEntry::new(Check::TestCode);
                self.phase = Phase::ByCode { reason, entry };
                // Where push is not possible the test is a code: type it.
                return (Task::none(), Some(Event::Focus(CODE)));
            }
            Message::Prepared(Ok(PushSetup::Ready)) => self.phase = Phase::Ready(None),
            Message::Prepared(Err(e)) => {
                self.phase = Phase::Preparing(None);
                return self.refused(e);
            }
            Message::Registered(result) => match result {
                Ok(()) => {
                    self.phase = Phase::Ready(None);
                    self.problem = None;
                }
                Err(e) => {
                    if let Phase::Registering { busy, .. } = &mut self.phase {
                        *busy = None;
                    }
                    return self.refused(e);
                }
            },
            // The same as coming back to the screen: ask again what failed.
            Message::Retry => return (self.enter(service), None),
            Message::Entry(m) => {
                let Phase::ByCode { entry, .. } = &mut self.phase else {
                    return (Task::none(), None);
                };
                let (task, outcome) = entry.update(m, service);
                return (task.map(Message::Entry), Outcome::event(outcome));
            }
            Message::Send => {
                if matches!(self.phase, Phase::Ready(_)) {
                    self.problem = None;
                    let (task, busy) = run(service.start_approval(), Message::Sent);
                    self.phase = Phase::Sending { _busy: busy };
                    return (task, None);
                }
            }
            // Answers that arrive after Cancel count for nothing.
            Message::Sent(_) if !matches!(self.phase, Phase::Sending { .. }) => {}
            Message::Outcome(id, _) if self.request().is_none_or(|r| r.id != id) => {}
            Message::Sent(Ok(request)) => {
                let id = request.id;
                let (task, busy) = run(service.await_approval(id), move |outcome| {
                    Message::Outcome(id, outcome)
                });
                self.phase = Phase::Waiting(Waiting::new(request, busy));
                return (task, None);
            }
            Message::Sent(Err(e)) | Message::Outcome(_, Err(e)) => {
                self.phase = Phase::Ready(None);
                return self.refused(e);
            }
            Message::Outcome(_, Ok(ApprovalOutcome::Approved)) => self.phase = Phase::Approved,
            Message::Outcome(_, Ok(outcome)) => self.phase = Phase::Ready(Some(outcome)),
            Message::Pick(choice) => return (Task::none(), self.answer_with(|w| w.pick(&choice))),
            Message::Typed(text) => return (Task::none(), self.answer_with(|w| w.typed(&text))),
            Message::Keys(text) => return (Task::none(), self.answer_with(|w| w.keys(&text))),
            Message::PhoneApprove | Message::PhoneDeny => self.answer(&message, service),
            Message::Cancel => {
                if matches!(self.phase, Phase::Sending { .. } | Phase::Waiting(_)) {
                    self.phase = Phase::Ready(None);
                    self.problem = Some(Problem::Cancelled);
                }
            }
            Message::Done => {
                if self.approved() {
                    return (Task::none(), Some(Event::Continue));
                }
            }
        }
        (Task::none(), None)
    }

    /// A refusal: shown here, unless the sign-in ran out (the app sends the
    /// person to sign in again).
    fn refused(&mut self, e: Error) -> (Task<Message>, Option<Event>) {
        if e == Error::SessionExpired {
            return (Task::none(), Some(Event::SessionExpired));
        }
        self.problem = Some(Problem::service(e));
        (Task::none(), None)
    }

    /// Works `change` into the answer on the practice phone; once the
    /// answer is complete the focus goes to its approve button.
    fn answer_with(&mut self, change: impl FnOnce(&mut Waiting)) -> Option<Event> {
        let Phase::Waiting(w) = &mut self.phase else {
            return None;
        };
        if w.answered {
            return None;
        }
        change(w);
        w.ready().map(|_| Event::Focus(APPROVE))
    }

    fn answer(&mut self, message: &Message, service: &Service) {
        let Phase::Waiting(w) = &mut self.phase else {
            return;
        };
        let answer = match (message, w.ready()) {
            (Message::PhoneApprove, Some(answer)) => PhoneAnswer::Approve(answer.to_owned()),
            (Message::PhoneApprove, None) => return,
            _ => PhoneAnswer::Deny,
        };
        if let Some(phone) = service.training_phone() {
            match phone.answer(w.request.id, answer) {
                Ok(()) => w.answered = true,
                Err(e) => self.problem = Some(Problem::service(e)),
            }
        }
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        match &self.phase {
            _ if self.approved() => Some(Message::Done),
            Phase::ByCode { entry, .. } => {
                (!entry.busy()).then_some(Message::Entry(code_entry::Message::Verify))
            }
            Phase::Preparing(_) | Phase::Registering { .. } => {
                self.problem.is_some().then_some(Message::Retry)
            }
            Phase::Ready(_) => Some(Message::Send),
            Phase::Sending { .. } | Phase::Waiting(_) | Phase::Approved => None,
        }
    }

    /// Where typing goes when the screen opens.
    pub fn first_input(&self) -> Option<FocusId> {
        (self.by_code() && !self.approved()).then_some(CODE)
    }

    /// Tab order: the PC's controls, then the practice phone's.
    pub fn targets(&self, training: bool) -> Vec<Target<Message>> {
        let mut t = Vec::new();
        match &self.phase {
            Phase::ByCode { entry, .. } => {
                t.extend(entry.targets(Message::Entry));
            }
            Phase::Preparing(_) | Phase::Registering { .. } => {
                if self.problem.is_some() {
                    t.push(Target::Button(SEND, Message::Retry));
                }
            }
            Phase::Ready(_) => t.push(Target::Button(SEND, Message::Send)),
            Phase::Sending { .. } => t.push(Target::Button(CANCEL, Message::Cancel)),
            Phase::Waiting(w) => {
                t.push(Target::Button(CANCEL, Message::Cancel));
                if training && !w.answered {
                    match &w.request.matching {
                        Matching::Type => t.push(Target::Input(ANSWER)),
                        Matching::Pick(choices) => {
                            for (choice, id) in choices.iter().zip(CHOICES) {
                                t.push(Target::Button(id, Message::Pick(choice.clone())));
                            }
                        }
                        Matching::None => {}
                    }
                    t.push(Target::Button(DENY, Message::PhoneDeny));
                    if w.ready().is_some() {
                        t.push(Target::Button(APPROVE, Message::PhoneApprove));
                    }
                }
            }
            Phase::Approved => {}
        }
        t
    }
}
