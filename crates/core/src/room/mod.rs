//! Trainer mode: a trainer runs a room (an HTTP server with the room in
//! SQLite), every trainee's assistant joins it with the room code and sends
//! what happens on its screens; the trainer sees who is stuck where, and
//! resets a PC for the next person. No iced in here: the dashboard and the
//! trainee's screens use [`server::Running`] and [`client::Trainee`].
//!
//! Trainees send step events, refusals by kind and a raised hand, never a
//! secret, a code, a phone number or a password: the types in [`wire`]
//! cannot hold one.

pub mod accept;
pub mod client;
mod gate;
mod handlers;
mod kinds;
pub mod limits;
mod link;
pub mod model;
mod names;
mod outbox;
mod person;
pub mod report;
mod secret;
pub mod server;
mod shared;
pub mod snapshot;
pub mod store;
pub mod text;
pub mod wire;

pub use secret::Token;
pub use snapshot::{Door, Row, Snapshot, StepStats, Stuck};
pub use wire::{CommandId, DisplayName, EventKind, Refusal, RoomCode, Step, TraineeId};
