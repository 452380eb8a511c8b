//! mfa-assistant: takes a person through enrolling two-step verification,
//! one screen per step of the organisation's guide, and checks each step for
//! real as they go. This crate draws it (the app, its screens, widgets and
//! drawings, the trainer's window); what it checks lives in `mfa-core`, with
//! no UI in it, re-exported here under the same names.

pub mod a11y;
pub mod app;
pub mod brand;
pub mod dashboard;
pub mod hardening;
pub mod logging;
pub mod recovery_text;
pub mod screen;
pub mod trainer;
pub mod ui;

pub use mfa_core::{appearance, config, guide, i18n, private, room, service, t};
