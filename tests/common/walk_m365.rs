//! The Microsoft 365 route against the harness of `microsoft365.rs` (real
//! OAuth server, Graph fixture), stopping at every screen worth a picture:
//! the screenshot test's second walk. Its helpers (the app on the harness,
//! waiting for a state) serve the simulator tests too. Everything drawn is
//! fixed: the harness's person, a fixed set of methods, no clock.
//!
//! Declared by the test crates that use it, beside `mod common` and
//! `mod m365` (`#[path = "common/microsoft365.rs"]`).

#![allow(dead_code)]

use std::time::Duration;

use mfa_assistant::app::{App, Message};
use mfa_assistant::guide::{Page, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen;
use mfa_assistant::service::microsoft365::{Browser, Handle, Microsoft365, WatchTiming};
use mfa_assistant::service::text_messages::Sender;
use mfa_assistant::service::{Service, TextMessages};

use crate::common::Harness;
use crate::m365::{self, JAN, PHONE_MODEL, authenticator, password, phone};

/// The screens `every_screen` stops at, in order.
pub const SCREENS: [&str; 20] = [
    "m365-welcome",
    "m365-install",
    "m365-sign-in",
    "m365-signing-in",
    "m365-signed-in",
    "m365-more-info",
    "m365-get-app",
    "m365-set-up",
    "m365-scan",
    "m365-try-it",
    "m365-try-it-ticked",
    "m365-phone",
    "m365-code",
    "m365-code-ticked",
    "m365-success",
    "m365-finish",
    "m365-sign-in-on-record",
    "m365-finish-on-record",
    "m365-sign-in-not-checked",
    "m365-finish-not-checked",
];

/// A minute before the day Microsoft's text messages end, and the day
/// itself (UTC): an ISO time and its Unix seconds.
pub const EVE: (&str, u64) = ("2027-01-31T23:59:00Z", 1_801_439_940);
/// See [`EVE`].
pub const DAY: (&str, u64) = ("2027-02-01T00:00:00Z", 1_801_440_000);

/// The Authenticator's id in Graph in these walks.
pub const APP_ID: &str = "6c0f4a1e-4c7d-4a8e-9b5f-1d2e3f4a5b6c";

/// The app on `harness` with `browser`, reading Graph every 100 ms, on
/// [`m365::TODAY`] with Microsoft's own text messages.
pub fn app(harness: &m365::Harness, browser: Browser, lang: Lang) -> Harness {
    let service = m365::on_day(service(harness, browser), m365::TODAY_UNIX);
    Harness::with_service(service, lang)
}

/// The app on `harness` with IT's `sender` of text messages, the PC's
/// clock and Graph's both on `when` (an ISO time and its Unix seconds).
pub async fn app_on(
    harness: &m365::Harness,
    lang: Lang,
    sender: Sender,
    when: (&str, u64),
) -> Harness {
    harness.set_graph_date(when.0).await;
    let service = service(harness, harness.browser()).with_text_messages(TextMessages::new(sender));
    Harness::with_service(m365::on_day(service, when.1), lang)
}

/// The app on `harness` with IT's `settings` (its `methods`, say), the
/// test's browser, reading Graph every 100 ms, on [`m365::TODAY`].
pub fn app_with(
    harness: &m365::Harness,
    settings: mfa_assistant::service::microsoft365::Settings,
    lang: Lang,
) -> Harness {
    let service = service_with(settings, harness.browser());
    Harness::with_service(m365::on_day(service, m365::TODAY_UNIX), lang)
}

/// [`app_with`], with the assistant's own `config` too (its `helpdesk`,
/// say).
pub fn app_with_config(
    harness: &m365::Harness,
    settings: mfa_assistant::service::microsoft365::Settings,
    config: mfa_assistant::config::Config,
    lang: Lang,
) -> Harness {
    let service = m365::on_day(service_with(settings, harness.browser()), m365::TODAY_UNIX);
    Harness::with_app(App::new(service, config, lang), iced::Task::none())
}

/// [`app_with`], with IT's `sender` of text messages and the PC's clock
/// and Graph's both on `when` (an ISO time and its Unix seconds).
pub async fn app_with_on(
    harness: &m365::Harness,
    settings: mfa_assistant::service::microsoft365::Settings,
    lang: Lang,
    sender: Sender,
    when: (&str, u64),
) -> Harness {
    harness.set_graph_date(when.0).await;
    let service =
        service_with(settings, harness.browser()).with_text_messages(TextMessages::new(sender));
    Harness::with_service(m365::on_day(service, when.1), lang)
}

/// The service on `harness` with `browser`, reading Graph every 100 ms.
fn service(harness: &m365::Harness, browser: Browser) -> Service {
    service_with(harness.settings(), browser)
}

/// The service with `settings` and `browser`, reading Graph every 100 ms.
fn service_with(
    settings: mfa_assistant::service::microsoft365::Settings,
    browser: Browser,
) -> Service {
    let client = Microsoft365::new(settings).unwrap();
    let handle = Handle::new(client)
        .with_browser(browser)
        .with_timing(WatchTiming {
            every: Duration::from_millis(100),
            max_backoff: Duration::from_secs(1),
        });
    Service::for_microsoft365(handle)
}

/// Welcome, install, signed in with the browser and read, in `lang`.
pub async fn signed_in(h: &mut Harness, lang: Lang) {
    let (start, installed, sign_in) = match lang {
        Lang::Nl => (
            "Beginnen",
            "Ik heb de app geïnstalleerd",
            "Aanmelden bij Microsoft",
        ),
        Lang::En => ("Start", "I have installed it", "Sign in with Microsoft"),
    };
    h.click(start).await;
    h.click(installed).await;
    h.click(sign_in).await;
    until(h, "signed in and read", |a| {
        a.microsoft365().before().is_some()
    })
    .await;
}

/// A message for the Microsoft 365 screen `page`.
pub fn ms(page: Page, m: screen::microsoft365::Message) -> Message {
    Message::Screen(screen::Message::Microsoft(page, m))
}

/// Lets the app work until `done` holds (20 s at most).
pub async fn until(h: &mut Harness, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..100 {
        if done(&h.app) {
            return;
        }
        h.settle().await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("never: {what}: {:#?}", h.app.microsoft365());
}

/// On along the route with the footer's button, to `page`.
pub fn next_to(h: &mut Harness, page: Page) {
    while h.app.screen() != Screen::Microsoft(page) {
        let before = h.app.screen();
        h.send(Message::Next);
        assert_ne!(h.app.screen(), before, "Next refused on {before:?}");
    }
}

/// Presses "Sign in with Microsoft".
fn sign_in(h: &mut Harness) {
    h.send(ms(Page::SignIn, screen::microsoft365::Message::SignIn));
}

/// Walks the route in `lang` three times, calling `at(harness, name)` on
/// each of [`SCREENS`]: the whole way with the methods registered as the
/// person goes (the sign-in waiting in the browser first); signed in with
/// everything already registered; and without IT's consent.
pub async fn every_screen(lang: Lang, mut at: impl FnMut(&mut Harness, &str)) {
    let harness = m365::Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let mut h = app(&harness, harness.browser_waiting_for(&go), lang);
    at(&mut h, "m365-welcome");
    h.send(Message::Next);
    at(&mut h, "m365-install");
    h.send(Message::Next);
    at(&mut h, "m365-sign-in");
    sign_in(&mut h);
    h.settle().await;
    at(&mut h, "m365-signing-in");
    std::fs::write(&go, "").unwrap();
    until(&mut h, "signed in and read", |a| {
        a.microsoft365().before().is_some()
    })
    .await;
    at(&mut h, "m365-signed-in");
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    h.settle().await;
    for (page, name) in [
        (Page::MoreInfo, "m365-more-info"),
        (Page::GetApp, "m365-get-app"),
        (Page::SetUp, "m365-set-up"),
        (Page::Scan, "m365-scan"),
        (Page::TryIt, "m365-try-it"),
    ] {
        next_to(&mut h, page);
        at(&mut h, name);
    }
    harness
        .add_method(JAN, authenticator(APP_ID, PHONE_MODEL))
        .await;
    until(&mut h, "the app's tick", |a| {
        a.microsoft365().progress().authenticator.is_some()
    })
    .await;
    at(&mut h, "m365-try-it-ticked");
    next_to(&mut h, Page::Phone);
    at(&mut h, "m365-phone");
    next_to(&mut h, Page::Code);
    at(&mut h, "m365-code");
    harness
        .add_method(JAN, phone("+31 612345678", "mobile"))
        .await;
    until(&mut h, "the phone's tick", |a| a.microsoft365().complete()).await;
    at(&mut h, "m365-code-ticked");
    next_to(&mut h, Page::Success);
    at(&mut h, "m365-success");
    next_to(&mut h, Page::Finish);
    at(&mut h, "m365-finish");

    let harness = m365::Harness::start();
    harness
        .set_methods(
            JAN,
            vec![
                password(),
                authenticator(APP_ID, PHONE_MODEL),
                phone("+31 612345678", "mobile"),
            ],
        )
        .await;
    let mut h = app(&harness, harness.browser(), lang);
    h.send(Message::Next);
    h.send(Message::Next);
    sign_in(&mut h);
    until(&mut h, "read", |a| a.microsoft365().before().is_some()).await;
    at(&mut h, "m365-sign-in-on-record");
    h.send(ms(Page::SignIn, screen::microsoft365::Message::ToFinish));
    at(&mut h, "m365-finish-on-record");

    let harness = m365::Harness::start();
    harness.set_admin_consent(false).await;
    let mut h = app(&harness, harness.browser(), lang);
    h.send(Message::Next);
    h.send(Message::Next);
    sign_in(&mut h);
    until(&mut h, "consent missing", |a| {
        a.microsoft365().not_checked().is_some()
    })
    .await;
    at(&mut h, "m365-sign-in-not-checked");
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    next_to(&mut h, Page::Finish);
    at(&mut h, "m365-finish-not-checked");
}
