//! The key copied with "can't scan?" is a secret: it leaves the clipboard a
//! minute later and when the window closes, but only if it is still the key
//! there (what the person copied since stays). The harness's clipboard
//! stands in for the window system's: the app's own clipboard tasks read
//! and write it.

mod common;

use std::sync::atomic::Ordering;

use common::Harness;
use mfa_assistant::app::Message;
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::{scan_qr, sign_in};

async fn key_copied(h: &mut Harness) -> String {
    h.walk_to_scan("jan@rpo.nl").await;
    assert_eq!(h.app.screen(), Screen::Scan);
    h.send(scan_qr::Message::ToggleKey);
    h.send(scan_qr::Message::Copy);
    h.settle().await;
    let uri = h.app.scan().uri().expect("QR").to_owned();
    let secret = uri
        .split("secret=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let on_clipboard = h.clipboard.lock().unwrap().clone();
    assert_eq!(on_clipboard.as_deref(), Some(secret), "the key was copied");
    secret.to_owned()
}

fn clipboard(h: &Harness) -> Option<String> {
    h.clipboard.lock().unwrap().clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_copied_key_leaves_the_clipboard() {
    let mut h = Harness::new(Lang::En);
    let key = key_copied(&mut h).await;

    // A minute later (the timer's message, sent here rather than waited
    // for): the key goes.
    h.send(Message::ForgetCopy);
    h.settle().await;
    assert_eq!(clipboard(&h).as_deref(), Some(""), "the key is gone");

    // Copied again, then the person copies something else: that stays.
    h.send(scan_qr::Message::Copy);
    h.settle().await;
    assert_eq!(clipboard(&h), Some(key.clone()));
    *h.clipboard.lock().unwrap() = Some("a shopping list".to_owned());
    h.send(Message::ForgetCopy);
    h.settle().await;
    assert_eq!(clipboard(&h).as_deref(), Some("a shopping list"));

    // Copied, then someone else signs in (a new account: the scan screen
    // starts afresh): the key still comes off a minute later.
    h.send(scan_qr::Message::Copy);
    h.settle().await;
    for _ in 0..3 {
        h.send(Message::Back);
    }
    assert_eq!(h.app.screen(), Screen::SignIn);
    h.send(sign_in::Message::Label("piet@rpo.nl".into()));
    h.send(sign_in::Message::Submit);
    h.settle().await;
    h.send(Message::ForgetCopy);
    h.settle().await;
    assert_eq!(
        clipboard(&h).as_deref(),
        Some(""),
        "the old key is gone too"
    );
    h.send(Message::Next);
    h.send(Message::Next);
    h.settle().await;

    // Piet's key copied, and the window closes: the key goes, then the app
    // ends.
    assert_eq!(h.app.screen(), Screen::Scan);
    h.send(scan_qr::Message::ToggleKey);
    h.send(scan_qr::Message::Copy);
    h.settle().await;
    let piet = clipboard(&h).expect("piet's key copied");
    assert!(!piet.is_empty() && piet != key, "a new key for piet");
    h.send(Message::Closing);
    h.settle().await;
    assert_eq!(
        clipboard(&h).as_deref(),
        Some(""),
        "the key is gone at close"
    );
    assert!(h.exited.load(Ordering::SeqCst), "the app ended");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_leaves_what_the_person_copied() {
    let mut h = Harness::new(Lang::Nl);
    let _ = key_copied(&mut h).await;
    *h.clipboard.lock().unwrap() = Some("iets anders".to_owned());
    h.send(Message::Closing);
    h.settle().await;
    assert_eq!(clipboard(&h).as_deref(), Some("iets anders"));
    assert!(h.exited.load(Ordering::SeqCst), "the app ended");
}
