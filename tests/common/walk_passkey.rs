//! Training's practice passkey (`[training] passkey = true`) walked with a
//! seeded provider: through the approval, then the passkey's two screens
//! on the practice phone, stopping where a picture is worth it. Shared by
//! the simulator walk, the screenshots, the accessibility tree and the
//! room.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use mfa_assistant::app::Message;
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::practice_passkey;
use mfa_assistant::screen::sign_in;
use mfa_assistant::service::Service;
use mfa_assistant::service::clock::ManualClock;
use mfa_assistant::service::training::{Delays, PasskeyWay, TrainingProvider};

use crate::common::{Harness, SEEDED_TIME};

/// The stops of [`every_screen`], in order.
pub const SCREENS: [&str; 5] = [
    "training-passkey-ready",
    "training-passkey-ready-on",
    "training-passkey-add",
    "training-passkey-save-camera",
    "training-passkey-listed",
];

/// The training provider with the practice passkey, from a fixed seed,
/// its clock still at [`SEEDED_TIME`].
pub fn service() -> Service {
    let clock = Arc::new(ManualClock::at(SEEDED_TIME));
    let provider = TrainingProvider::with_delays("RPO", clock, Delays::NONE)
        .with_seed(7)
        .with_passkey(true);
    Service::practice(provider, Duration::from_secs(5))
}

/// The app on [`service`].
pub fn harness(lang: Lang) -> Harness {
    Harness::with_service(service(), lang)
}

/// From the welcome screen through the approval, signed in as `jan`, onto
/// the passkey's first screen.
pub async fn to_passkey(h: &mut Harness) {
    h.send(Message::Next);
    h.send(Message::Next);
    h.send(sign_in::Message::Label("jan@rpo.nl".into()));
    h.send(sign_in::Message::Submit);
    h.settle().await;
    h.send(Message::Next);
    h.send(Message::Next);
    h.settle().await;
    h.verify_and_approve().await;
    h.send(Message::Next);
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::PasskeyReady);
}

/// The passkey's two screens by the camera's way, calling `at(harness,
/// name)` on each of [`SCREENS`]; ends on the passkey listed.
pub async fn every_screen(h: &mut Harness, mut at: impl FnMut(&mut Harness, &str)) {
    to_passkey(h).await;
    at(h, "training-passkey-ready");
    h.send(practice_passkey::Message::TurnOnProvider);
    at(h, "training-passkey-ready-on");
    h.send(Message::Next);
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::PasskeyAdd);
    at(h, "training-passkey-add");
    h.send(practice_passkey::Message::Way(PasskeyWay::Camera));
    at(h, "training-passkey-save-camera");
    h.send(practice_passkey::Message::Continue);
    h.settle().await;
    assert!(h.app.practice_passkey().listed().is_some(), "listed");
    at(h, "training-passkey-listed");
}
