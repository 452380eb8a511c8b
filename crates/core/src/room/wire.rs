//! What trainees and the trainer say to each other over HTTP. Nothing here
//! can carry a secret: events are made of enums, flags and ids, and the one
//! piece of text, [`DisplayName`], refuses anything with more than three
//! digits (no code, no phone number fits) and keeps only the part of an
//! account label before the `@`.

use serde::{Deserialize, Serialize};

pub use super::kinds::{Known, Refusal, Step};
use super::secret::Token;

/// How a trainee is shown in the room: a first name or a seat. Never holds
/// more than three digits, so no code or phone number can pass as a name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DisplayName(String);

/// Longest display name, in characters.
pub const NAME_MAX: usize = 32;

impl DisplayName {
    /// From an account label: the part before `@`, cut to [`NAME_MAX`];
    /// `None` if nothing usable is left.
    pub fn from_label(label: &str) -> Option<Self> {
        let local = label.split('@').next().unwrap_or_default();
        let cut: String = local.chars().take(NAME_MAX).collect();
        Self::new(&cut)
    }

    /// Checks a name: 1 to [`NAME_MAX`] characters, no `@`, no control
    /// characters, at most three digits, nothing that hides what it is
    /// (see [`super::names`]). Spaces are collapsed.
    pub fn new(name: &str) -> Option<Self> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let length = name.chars().count();
        let digits = name.chars().filter(|c| c.is_numeric()).count();
        let fine = (1..=NAME_MAX).contains(&length)
            && digits <= 3
            && !name.contains('@')
            && !name.chars().any(char::is_control)
            && super::names::honest(&name);
        fine.then_some(DisplayName(name))
    }

    /// What two names are compared by: equal after NFKC, in any case.
    pub fn same_as(&self) -> String {
        super::names::key(&self.0)
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DisplayName {
    type Error = &'static str;
    fn try_from(name: String) -> Result<Self, Self::Error> {
        Self::new(&name).ok_or("not a display name")
    }
}

impl From<DisplayName> for String {
    fn from(name: DisplayName) -> String {
        name.0
    }
}

/// The public 6-digit code that lets a trainee join (shown on the projector).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RoomCode(String);

impl RoomCode {
    /// A fresh random code.
    pub fn random() -> Self {
        RoomCode(format!("{:06}", rand::random_range(0..1_000_000u32)))
    }

    /// Reads a code as typed: six digits, spaces and dashes allowed.
    pub fn parse(text: &str) -> Option<Self> {
        let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        (digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(RoomCode(digits))
    }

    /// The six digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RoomCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for RoomCode {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or("not a room code")
    }
}

impl From<RoomCode> for String {
    fn from(code: RoomCode) -> String {
        code.0
    }
}

/// A trainee in the room (the trainer's numbering, from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TraineeId(pub i64);

/// A command from the trainer to one trainee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CommandId(pub i64);

/// An event's identity, drawn at random by the trainee: the trainer counts
/// an event once however often it arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EventId(pub u128);

impl EventId {
    /// A fresh random id.
    pub fn random() -> Self {
        EventId(rand::random())
    }
}

impl TryFrom<String> for EventId {
    type Error = &'static str;
    fn try_from(hex: String) -> Result<Self, Self::Error> {
        if hex.len() != 32 {
            return Err("an event id is 32 hex digits");
        }
        u128::from_str_radix(&hex, 16)
            .map(EventId)
            .map_err(|_| "an event id is 32 hex digits")
    }
}

impl From<EventId> for String {
    fn from(id: EventId) -> String {
        format!("{:032x}", id.0)
    }
}

/// What happened on a trainee's PC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// The person signed in under this name (or the seat was named).
    Named {
        /// From the account label, see [`DisplayName::from_label`].
        name: DisplayName,
    },
    /// A step's screen opened.
    StepEntered {
        /// Which one.
        step: Step,
    },
    /// A step's check succeeded (or the person moved on from a step
    /// without a check).
    StepPassed {
        /// Which one.
        step: Step,
    },
    /// A step refused the person.
    Refused {
        /// Where.
        step: Step,
        /// Why.
        reason: Refusal,
    },
    /// The raise-hand button.
    Hand {
        /// Raised (true) or lowered.
        raised: bool,
    },
    /// A reset from the trainer was carried out.
    ResetDone {
        /// The trainer's command.
        command: CommandId,
    },
    /// The person pressed "Start again" at the end: the next person sits
    /// down, as after a reset.
    NextPerson,
    /// The shape of the assistant's route, sent on joining: whether it
    /// has the phone step (text messages on).
    Route {
        /// The phone step is on the route.
        text_messages: bool,
    },
    /// A reset was not carried out: this assistant is not in training.
    ResetDeclined {
        /// The trainer's command.
        command: CommandId,
    },
    /// An event a newer assistant sends that this trainer does not know.
    #[serde(other)]
    Unknown,
}

impl EventKind {
    /// The same event for a trainer that knows only `known` of the later
    /// steps.
    pub fn for_trainer(self, known: Known) -> EventKind {
        match self {
            EventKind::StepEntered { step } => EventKind::StepEntered {
                step: step.for_trainer(known),
            },
            EventKind::StepPassed { step } => EventKind::StepPassed {
                step: step.for_trainer(known),
            },
            EventKind::Refused { step, reason } => EventKind::Refused {
                step: step.for_trainer(known),
                reason,
            },
            other => other,
        }
    }
}

/// One event as sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Drawn by the trainee; the same on every re-send.
    pub id: EventId,
    /// How long ago it happened, when sent (the trainee's clock need not
    /// agree with the trainer's).
    pub age_ms: u64,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// `POST /v1/join`. The trainee draws its own token, so joining again
/// after an answer got lost is the same trainee, not a second one.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JoinRequest {
    /// The room code from the projector.
    pub code: RoomCode,
    /// Whether this assistant runs the training provider (obeys resets).
    pub training: bool,
    /// Drawn at random by the trainee; carried as a bearer token on every
    /// later request. The trainer keeps only its hash.
    pub token: Token,
}

/// The answer to a join.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct JoinResponse {
    /// The trainee's number in the room.
    pub trainee: TraineeId,
    /// This trainer counts the passkey's own steps (`passkey_ready`,
    /// `passkey_add`). An older trainer does not say so, and refuses a
    /// batch with a step it does not know: the trainee then sends those
    /// steps as the ones such a trainer knows ([`Step::for_trainer`]).
    #[serde(default)]
    pub passkey_steps: bool,
    /// This trainer counts a new phone's own step (`old_phone`); as
    /// above, a trainer that does not say so gets it as `approve`.
    #[serde(default)]
    pub old_phone_step: bool,
}

impl JoinResponse {
    /// This trainer's answer to the trainee `trainee`: every step known.
    pub fn new(trainee: TraineeId) -> Self {
        JoinResponse {
            trainee,
            passkey_steps: true,
            old_phone_step: true,
        }
    }

    /// The later steps the trainer knows.
    pub fn known(&self) -> Known {
        Known {
            passkey: self.passkey_steps,
            old_phone: self.old_phone_step,
        }
    }
}

/// `POST /v1/events`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventsRequest {
    /// In the order they happened.
    pub events: Vec<Event>,
}

/// The answer to `POST /v1/events`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct EventsResponse {
    /// Events counted now.
    pub new: u32,
    /// Events counted before (re-sent).
    pub repeated: u32,
}

/// A command waiting for the trainee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Command {
    /// Confirmed with this id.
    pub id: CommandId,
    /// What to do.
    pub action: Action,
}

/// What the trainer asks of a trainee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Start over for the next person, with a fresh practice secret.
    Reset,
}

/// The answer to `POST /v1/heartbeat`: the commands not yet confirmed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HeartbeatResponse {
    /// Oldest first.
    pub commands: Vec<Command>,
}

/// The answer to `POST /v1/code` (admin).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewCode {
    /// The room's code from now on.
    pub code: RoomCode,
}

/// An error answer: a fixed key for programs, never a sentence.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Problem {
    /// `wrong_code`, `room_full`, `slow_down`, `events_too_fast`,
    /// `too_many_events`, `token_of_another_room`, `unauthorized`,
    /// `not_found`, `storage`.
    pub error: String,
    /// With `slow_down`, `events_too_fast`, `too_many_events`: seconds to
    /// wait before trying again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod tests;
