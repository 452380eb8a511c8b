//! The trainee's link to a training room, inside the assistant: started from
//! the config (`--room`/`--room-code`, `[room]`) or the welcome screen's join
//! form, it tells the trainer which screen opened, which check passed and
//! why a step refused, the name after sign-in and the raised hand, and
//! carries out the trainer's resets. The events are read off the app's own
//! flow (its messages and the screens' state), so no screen knows about the
//! room; and the room's types cannot hold a secret.

mod view;

use iced::Task;

use super::{App, Message};
use crate::config::Config;
use crate::guide::Screen;
use crate::room::client::{Link, Options, Reset, Timing, Trainee};
use crate::room::{DisplayName, EventKind, RoomCode, Step};
use crate::screen::{self, approve, code_entry, phone_number, scan_qr, verify_sms};
use crate::service::ApprovalOutcome;

/// What the room part of the app handles.
#[derive(Debug, Clone)]
pub enum RoomMessage {
    /// The link to the trainer changed.
    Link(Link),
    /// The trainer asks this PC to start over for the next person.
    Reset(Reset),
    /// The raise-hand button: up, or down again.
    Hand,
    /// Show the join form (welcome screen).
    OpenForm,
    /// The join form's address field changed.
    Address(String),
    /// The join form's code field changed.
    Code(String),
    /// Join the room the form names.
    Join,
}

/// What the join form found wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FormProblems {
    address: bool,
    code: bool,
}

/// What the app showed after its last message, to tell what changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    screen: Screen,
    signed_in: bool,
    scan: bool,
    approved: bool,
    passkey_ready: bool,
    passkey: bool,
    old_phone: bool,
    sms_sent: bool,
    sms: bool,
}

impl Seen {
    fn of(app: &App) -> Seen {
        Seen {
            screen: app.screen(),
            signed_in: app.steps.signed_in().is_some(),
            scan: app.steps.scan().verified(),
            approved: app.steps.approval().approved(),
            passkey_ready: app.steps.passkey().ready(),
            passkey: app.steps.passkey().listed().is_some(),
            old_phone: app.steps.old_phone().done(),
            sms_sent: app.steps.sms().sent().is_some(),
            sms: app.steps.sms().verified(),
        }
    }
}

/// The room as the trainee's assistant holds it.
#[derive(Debug)]
pub struct Room {
    /// A practice run (the training provider): the join form may show.
    training: bool,
    /// IT or the flags named the room: no join form.
    configured: Option<(url::Url, RoomCode)>,
    /// IT locked the room's address or code: no other room can be typed in.
    locked: bool,
    trainee: Option<Trainee>,
    link: Link,
    hand: bool,
    seen: Option<Seen>,
    form_open: bool,
    address: String,
    code: String,
    problems: Option<FormProblems>,
}

impl Room {
    /// Not joined yet; `config` may name the room to join at start.
    /// `training`: the join form is offered only to a practice run; a real
    /// enrollment joins a room only where IT's config or the flags name one.
    pub fn new(config: &Config, training: bool) -> Self {
        Self {
            training,
            configured: config.room.join(),
            locked: config.locked(crate::config::Key::RoomAddress)
                || config.locked(crate::config::Key::RoomCode),
            trainee: None,
            link: Link::Joining,
            hand: false,
            seen: None,
            form_open: false,
            address: String::new(),
            code: String::new(),
            problems: None,
        }
    }

    /// Joined (or joining) a room.
    pub(super) fn in_room(&self) -> bool {
        self.trainee.is_some()
    }

    /// A hand can be raised: in a room whose code was right.
    fn can_raise(&self) -> bool {
        self.in_room() && self.link != Link::WrongCode
    }

    /// The welcome screen offers the join form: no room configured or
    /// locked by IT, and none joined (or the code typed was wrong).
    pub(super) fn offers_form(&self) -> bool {
        self.training
            && self.configured.is_none()
            && !self.locked
            && (self.trainee.is_none() || self.link == Link::WrongCode)
    }

    fn send(&self, kind: EventKind) {
        if let Some(trainee) = &self.trainee {
            trainee.send(kind);
        }
    }
}

impl App {
    /// Starts what runs beside the assistant: the screen reader's adapter
    /// on the window (Windows), the link to the training room when the
    /// config names one. For `iced::application`'s boot.
    pub fn start(mut self) -> (Self, Task<Message>) {
        let room = match self.room.configured.clone() {
            Some((address, code)) => self.join_room(address, code),
            None => Task::none(),
        };
        let screen_reader = self.start_screen_reader();
        let fit = super::window::fit_to_screen(self.text_scale);
        (self, Task::batch([screen_reader, fit, room]))
    }

    /// The link to the training room, if the assistant is in one.
    pub fn room_link(&self) -> Option<Link> {
        self.room.in_room().then_some(self.room.link)
    }

    /// The raise-hand button is on.
    pub fn hand_raised(&self) -> bool {
        self.room.hand
    }

    /// Starts the link: joining, sending, and listening for resets, as
    /// background tasks of the app.
    fn join_room(&mut self, address: url::Url, code: RoomCode) -> Task<Message> {
        let (trainee, link) = Trainee::new(Options {
            address,
            code,
            // Only an assistant that trains obeys a reset.
            training: self.profile.training,
            text_messages: self.route().has_text_messages(),
            timing: Timing::DEFAULT,
        });
        let changes = trainee.link();
        let resets = trainee.resets().into_stream();
        trainee.send(EventKind::StepEntered {
            step: self.screen().into(),
        });
        self.room.trainee = Some(trainee);
        self.room.link = Link::Joining;
        self.room.hand = false;
        self.room.seen = Some(Seen::of(self));
        let links = futures_util::stream::unfold(changes, |mut changes| async move {
            changes.changed().await.ok()?;
            let link = *changes.borrow_and_update();
            Some((link, changes))
        });
        Task::batch([
            Task::future(link).discard(),
            Task::run(links, |l| Message::Room(RoomMessage::Link(l))),
            Task::run(resets, |r| Message::Room(RoomMessage::Reset(r))),
        ])
    }

    /// Handles a room message.
    pub(super) fn room_update(&mut self, message: RoomMessage) -> Task<Message> {
        match message {
            RoomMessage::Link(link) => self.room.link = link,
            RoomMessage::Reset(_) => return self.obey_reset(),
            RoomMessage::Hand => {
                if self.room.can_raise() {
                    self.room.hand = !self.room.hand;
                    self.room.send(EventKind::Hand {
                        raised: self.room.hand,
                    });
                }
            }
            RoomMessage::OpenForm => {
                self.room.form_open = true;
                self.focus = Some(view::ADDRESS);
                return super::keys::focus_task(self.focus);
            }
            RoomMessage::Address(text) => self.room.address = text,
            RoomMessage::Code(text) => self.room.code = text,
            RoomMessage::Join => return self.join_from_form(),
        }
        Task::none()
    }

    /// The join form's Join: both fields checked, each with its own
    /// sentence; the address may leave out `http://`.
    fn join_from_form(&mut self) -> Task<Message> {
        if !self.room.offers_form() {
            return Task::none();
        }
        let typed = self.room.address.trim();
        let with_scheme = if typed.contains("://") {
            typed.to_owned()
        } else {
            format!("http://{typed}")
        };
        let address = crate::config::parse_room_address(&with_scheme).ok();
        let code = RoomCode::parse(self.room.code.trim());
        match (address, code) {
            (Some(address), Some(code)) => {
                self.room.problems = None;
                self.join_room(address, code)
            }
            (address, code) => {
                self.room.problems = Some(FormProblems {
                    address: address.is_none(),
                    code: code.is_none(),
                });
                Task::none()
            }
        }
    }

    /// The trainer's reset: the provider's session is cancelled, the app
    /// starts afresh on the welcome screen for the next person, and the
    /// trainer is told it was done. Only delivered to a training assistant
    /// (any other declines by itself).
    fn obey_reset(&mut self) -> Task<Message> {
        let restart = self.restart();
        self.room.hand = false;
        self.room.seen = Some(Seen::of(self));
        if let Some(trainee) = &self.room.trainee {
            trainee.confirm_reset();
        }
        restart
    }

    /// "Start again" at the end: the next person sits down at this PC, and
    /// the trainer's row starts afresh for them, hand down.
    pub(super) fn start_again(&mut self) -> Task<Message> {
        let restart = self.restart();
        self.room.hand = false;
        self.room.seen = Some(Seen::of(self));
        self.room.send(EventKind::NextPerson);
        restart
    }

    /// Reports what `message` refuses, read before the app handles it (a
    /// late answer to an earlier test sign-in counts for nothing, as on the
    /// screen). Passes are read from the screens' state afterwards.
    pub(super) fn room_before(&self, message: &Message) {
        use code_entry::Message::Checked;
        let (Some(trainee), Message::Screen(message)) = (&self.room.trainee, message) else {
            return;
        };
        let (step, error) = match message {
            screen::Message::Scan(scan_qr::Message::Entry(Checked(Err(e)))) => (Step::Scan, e),
            screen::Message::Sms(
                verify_sms::Message::Entry(Checked(Err(e))) | verify_sms::Message::Resent(Err(e)),
            ) => (Step::Sms, e),
            screen::Message::Phone(phone_number::Message::Sent(Err(e))) => (Step::Phone, e),
            screen::Message::Approve(approve::Message::Entry(Checked(Err(e)))) => {
                (Step::Approve, e)
            }
            screen::Message::Approve(approve::Message::Outcome(id, outcome))
                if self.steps.approval().request().is_some_and(|r| r.id == *id) =>
            {
                match outcome {
                    Ok(ApprovalOutcome::Approved) => return,
                    Ok(outcome) => return trainee.report_approval(*outcome),
                    Err(e) => (Step::Approve, e),
                }
            }
            _ => return,
        };
        // Only refusals of the person count, never a server's failure.
        trainee.report_error(step, error);
    }

    /// After each message: the screen that opened, the checks that passed,
    /// the name after sign-in.
    pub(super) fn room_after(&mut self) {
        let Some(before) = self.room.seen else {
            return;
        };
        let now = Seen::of(self);
        if now == before {
            return;
        }
        self.room.seen = Some(now);
        let route = self.route();
        let forward = route.position(now.screen) > route.position(before.screen);
        let no_check = matches!(
            before.screen,
            Screen::Welcome | Screen::Install | Screen::MoreInfo | Screen::Prepare
        );
        let mut events = Vec::new();
        if now.screen != before.screen && forward && no_check {
            // A step without a check passes with Next.
            events.push(EventKind::StepPassed {
                step: before.screen.into(),
            });
        }
        if now.signed_in && !before.signed_in {
            events.push(EventKind::StepPassed { step: Step::SignIn });
            // Only the part of the account label before any `@`, and
            // never one with a number in it.
            let name = self
                .steps
                .signed_in()
                .and_then(|a| DisplayName::from_label(&a.label));
            if let Some(name) = name {
                events.push(EventKind::Named { name });
            }
        }
        let passes = [
            (now.scan && !before.scan, Step::Scan),
            (now.approved && !before.approved, Step::Approve),
            (
                now.passkey_ready && !before.passkey_ready,
                Step::PasskeyReady,
            ),
            (now.passkey && !before.passkey, Step::PasskeyAdd),
            (now.old_phone && !before.old_phone, Step::OldPhone),
            (now.sms_sent && !before.sms_sent, Step::Phone),
            (now.sms && !before.sms, Step::Sms),
        ];
        for (passed, step) in passes {
            if passed {
                events.push(EventKind::StepPassed { step });
            }
        }
        if now.screen != before.screen {
            events.push(EventKind::StepEntered {
                step: now.screen.into(),
            });
        }
        for event in events {
            self.room.send(event);
        }
    }
}
