//! Training's practice new phone (the welcome's "I have a new phone")
//! walked with a seeded provider: the practice sign-in (the practice
//! server lists the old phone's app), the new phone scanned and tested as
//! in the guide, then the old phone's entry deleted on the practice page,
//! stopping where a picture is worth it. Shared by the simulator walk, the
//! screenshots, the accessibility tree and the room.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use mfa_assistant::app::{Key, Message};
use mfa_assistant::guide::{Errand, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::{practice_new_phone, sign_in, welcome};
use mfa_assistant::service::Service;
use mfa_assistant::service::clock::ManualClock;
use mfa_assistant::service::training::{Delays, TrainingProvider};

use crate::common::{Harness, SEEDED_TIME};

/// The stops of [`every_screen`], in order.
pub const SCREENS: [&str; 4] = [
    "training-new-phone-welcome",
    "training-new-phone-old-phone",
    "training-new-phone-deleted",
    "training-new-phone-finish",
];

/// The training provider from a fixed seed, its clock still at
/// [`SEEDED_TIME`]; with the practice passkey or not.
pub fn service(passkey: bool) -> Service {
    let clock = Arc::new(ManualClock::at(SEEDED_TIME));
    let provider = TrainingProvider::with_delays("Training", clock, Delays::NONE)
        .with_seed(7)
        .with_passkey(passkey);
    Service::practice(provider, Duration::from_secs(5))
}

/// The app on [`service`] without the passkey.
pub fn harness(lang: Lang) -> Harness {
    Harness::with_service(service(false), lang)
}

/// "I have a new phone" on the welcome screen.
pub fn choose_new_phone(h: &mut Harness) {
    h.send(welcome::Message::Errand(Errand::NewPhone));
}

/// From the install step through the approval on the new phone (or, on
/// the guide's route, the app), signed in as `jan`: on to the screen
/// after the approval.
pub async fn add_the_new_phone(h: &mut Harness) {
    assert_eq!(h.app.screen(), Screen::Install);
    h.send(Message::Next);
    h.send(sign_in::Message::Label("jan@contoso.example".into()));
    h.send(sign_in::Message::Submit);
    h.settle().await;
    // "More information" only on the guide's route: on a new phone's the
    // account has a method already.
    if h.app.route().position(Screen::MoreInfo).is_some() {
        h.send(Message::Next);
    }
    assert_eq!(h.app.screen(), Screen::Prepare);
    h.send(Message::Next);
    h.settle().await;
    h.verify_and_approve().await;
    h.send(Message::Next);
    h.settle().await;
}

/// The whole practice, calling `at(harness, name)` on each of
/// [`SCREENS`]; ends on the finish.
pub async fn every_screen(h: &mut Harness, mut at: impl FnMut(&mut Harness, &str)) {
    choose_new_phone(h);
    at(h, "training-new-phone-welcome");
    h.send(Message::Next);
    add_the_new_phone(h).await;
    assert_eq!(h.app.screen(), Screen::OldPhone);
    at(h, "training-new-phone-old-phone");
    // By keyboard: Tab to the old phone's "Delete" (wherever `at` left the
    // focus), then Enter.
    for _ in 0..40 {
        if h.app.focus() == Some(DELETE_OLD) {
            break;
        }
        h.send(Message::Key(Key::Tab { back: false }));
    }
    h.send(Message::Key(Key::Enter));
    h.settle().await;
    assert!(h.app.old_phone().done(), "the old phone's entry deleted");
    at(h, "training-new-phone-deleted");
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::Finish);
    at(h, "training-new-phone-finish");
}

/// The old phone's "Delete" as Tab reaches it.
pub const DELETE_OLD: mfa_assistant::ui::FocusId = practice_new_phone::DELETE_OLD;
