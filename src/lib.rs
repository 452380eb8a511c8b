//! mfa-assistant: takes a person through enrolling two-step verification,
//! one screen per step of the organisation's guide, and checks each step for
//! real as they go.

pub mod app;
pub mod appearance;
pub mod brand;
pub mod config;
pub mod dashboard;
pub mod guide;
pub mod hardening;
pub mod i18n;
pub mod logging;
pub mod private;
pub mod recovery_text;
pub mod room;
pub mod screen;
pub mod service;
pub mod ui;
