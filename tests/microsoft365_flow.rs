//! The Microsoft 365 route in iced's headless simulator, in Dutch and
//! English, against the real OAuth server and the Graph fixture of
//! `tests/common/microsoft365.rs`: the test plays the browser (and, through
//! the fixture, the person registering on Microsoft's page). The ticks
//! appear when Graph lists the methods and not before; methods registered
//! during the sign-in are on record; missing consent walks on "not checked";
//! the sign-in running out goes back to sign in and then to where the
//! person was; and the order where Microsoft interrupts the sign-in itself.

mod common;
#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/walk_m365.rs"]
mod walk_m365;

use std::time::Duration;

use m365::{ELS, JAN, PHONE_MODEL, authenticator, password, phone};
use mfa_assistant::app::Message;
use mfa_assistant::guide::{Page, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen;
use mfa_assistant::service::Service;
use mfa_assistant::service::microsoft365::{Handle, Microsoft365};
use walk_m365::{APP_ID, app, ms, next_to, until};

struct Words {
    start: &'static str,
    installed: &'static str,
    sign_in: &'static str,
    app_waiting: &'static str,
    phone_waiting: &'static str,
    app_new: &'static str,
    phone_new: &'static str,
    app_kept: &'static str,
    phone_kept: &'static str,
    finish: &'static str,
    to_finish: &'static str,
    unchecked: &'static str,
    not_checked: &'static str,
}

const NL: Words = Words {
    start: "Beginnen",
    installed: "Ik heb de app geïnstalleerd",
    sign_in: "Aanmelden bij Microsoft",
    app_waiting: "Microsoft Authenticator: nog niet geregistreerd.",
    phone_waiting: "Mobiele telefoon: nog niet geregistreerd.",
    app_new: "Microsoft Authenticator op SM-G973F (nieuw)",
    phone_new: "Mobiele telefoon +31 6 12345678 (nieuw)",
    app_kept: "Microsoft Authenticator op SM-G973F (was al bekend bij Microsoft)",
    phone_kept: "Mobiele telefoon +31 6 12345678 (was al bekend bij Microsoft)",
    finish: "Tweestapsverificatie is ingesteld",
    to_finish: "Naar het eind",
    unchecked: "Verder zonder controle",
    not_checked: "Niet gecontroleerd: de assistent kon bij Microsoft niet lezen wat je hebt ingesteld. \
                  IT heeft deze assistent nog niet goedgekeurd in Microsoft 365. Je IT-afdeling kan het voor je nakijken.",
};

const EN: Words = Words {
    start: "Start",
    installed: "I have installed it",
    sign_in: "Sign in with Microsoft",
    app_waiting: "Microsoft Authenticator: not registered yet.",
    phone_waiting: "Mobile phone: not registered yet.",
    app_new: "Microsoft Authenticator on SM-G973F (new)",
    phone_new: "Mobile phone +31 6 12345678 (new)",
    app_kept: "Microsoft Authenticator on SM-G973F (already on record)",
    phone_kept: "Mobile phone +31 6 12345678 (already on record)",
    finish: "Two-step verification is set up",
    to_finish: "To the end",
    unchecked: "Go on without checking",
    not_checked: "Not checked: the assistant could not read from Microsoft what you set up. \
                  IT has not yet approved this assistant in Microsoft 365. Your IT department can check it for you.",
};

/// Welcome, install, and the sign-in screen with its button pressed.
async fn to_sign_in(h: &mut common::Harness, w: &Words) {
    h.click(w.start).await;
    h.click(w.installed).await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::SignIn));
    h.click(w.sign_in).await;
}

async fn walk(lang: Lang, w: Words) {
    let harness = m365::Harness::start();
    let mut h = app(&harness, harness.browser(), lang);
    to_sign_in(&mut h, &w).await;
    until(&mut h, "signed in and read", |a| {
        a.microsoft365().before().is_some()
    })
    .await;
    assert!(h.shows(w.app_waiting) && h.shows(w.phone_waiting));
    // The footer's Next on the sign-in screen; Microsoft's page opens on
    // the way into "More information required".
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::MoreInfo));
    for _ in 0..50 {
        if !harness.opened_elsewhere().await.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        harness.opened_elsewhere().await,
        ["https://aka.ms/mfasetup"]
    );

    // Reading on and on, nothing to tick while nothing is registered.
    next_to(&mut h, Page::TryIt);
    let served = harness.graph_stats().await["served"].as_u64().unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    h.settle().await;
    assert!(harness.graph_stats().await["served"].as_u64().unwrap() >= served + 3);
    assert!(h.app.microsoft365().progress().authenticator.is_none());
    assert!(h.shows(w.app_waiting));

    // On Microsoft's page the app is registered: the tick, marked new.
    harness
        .add_method(JAN, authenticator(APP_ID, PHONE_MODEL))
        .await;
    until(&mut h, "the app's tick", |a| {
        a.microsoft365().progress().authenticator.is_some()
    })
    .await;
    assert!(h.shows(w.app_new), "{}", w.app_new);
    assert!(!h.app.microsoft365().complete());

    next_to(&mut h, Page::Code);
    assert!(h.shows(w.phone_waiting));
    harness
        .add_method(JAN, phone("+31 612345678", "mobile"))
        .await;
    until(&mut h, "the phone's tick", |a| a.microsoft365().complete()).await;
    assert!(h.shows(w.phone_new), "{}", w.phone_new);

    next_to(&mut h, Page::Finish);
    assert!(h.shows(w.finish));
    assert!(h.shows(w.app_new) && h.shows(w.phone_new));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_route_in_dutch_ticks_as_microsoft_shows_it() {
    walk(Lang::Nl, NL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_route_in_english_ticks_as_microsoft_shows_it() {
    walk(Lang::En, EN).await;
}

/// Microsoft's "More information required" came during the sign-in: both
/// methods are there at the first reading, on record, and the finish is
/// one button away.
async fn registered_during_sign_in(lang: Lang, w: Words) {
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
    to_sign_in(&mut h, &w).await;
    until(&mut h, "read", |a| a.microsoft365().before().is_some()).await;
    assert!(h.app.microsoft365().on_record_at_sign_in());
    assert!(h.shows(w.app_kept) && h.shows(w.phone_kept));
    h.click(w.to_finish).await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::Finish));
    assert!(h.shows(w.finish) && h.shows(w.app_kept) && h.shows(w.phone_kept));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registered_during_sign_in_is_on_record_in_dutch() {
    registered_during_sign_in(Lang::Nl, NL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registered_during_sign_in_is_on_record_in_english() {
    registered_during_sign_in(Lang::En, EN).await;
}

/// Without IT's admin consent nothing can be read: the guide runs on,
/// and the finish says plainly "not checked".
async fn without_consent(lang: Lang, w: Words) {
    let harness = m365::Harness::start();
    harness.set_admin_consent(false).await;
    let mut h = app(&harness, harness.browser(), lang);
    to_sign_in(&mut h, &w).await;
    until(&mut h, "consent missing", |a| {
        a.microsoft365().not_checked().is_some()
    })
    .await;
    assert!(!h.app.microsoft365().signed_in());
    h.click(w.unchecked).await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::MoreInfo));
    next_to(&mut h, Page::Finish);
    assert!(h.shows(w.not_checked));
    assert!(!h.shows(w.finish));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_consent_walks_on_not_checked_in_dutch() {
    without_consent(Lang::Nl, NL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_consent_walks_on_not_checked_in_english() {
    without_consent(Lang::En, EN).await;
}

/// Microsoft interrupts the sign-in itself: the person goes on beside its
/// pages while the sign-in waits, registers there, and only then lands
/// back; what they registered is on record.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sign_in_may_come_last() {
    let harness = m365::Harness::start();
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let mut h = app(&harness, harness.browser_waiting_for(&go), Lang::En);
    to_sign_in(&mut h, &EN).await;
    assert!(h.app.microsoft365().signing_in());
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::MoreInfo));
    next_to(&mut h, Page::Success);
    // Registered inside the sign-in; then Microsoft lets it finish.
    harness
        .add_method(JAN, authenticator(APP_ID, PHONE_MODEL))
        .await;
    harness
        .add_method(JAN, phone("+31 612345678", "mobile"))
        .await;
    std::fs::write(&go, "").unwrap();
    until(&mut h, "signed in and read", |a| {
        a.microsoft365().before().is_some()
    })
    .await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::Success), "no jump");
    assert!(h.app.microsoft365().on_record_at_sign_in());
    assert!(h.shows(EN.app_kept) && h.shows(EN.phone_kept));
    // Microsoft's page was never opened a second time.
    assert!(harness.opened_elsewhere().await.is_empty());
    next_to(&mut h, Page::Finish);
    assert!(h.shows(EN.finish));
}

/// The sign-in runs out while the person is on Microsoft's pages: back to
/// sign in (saying why), and after signing in back to the same screen,
/// with the same "before".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_sign_in_comes_back_to_the_same_screen() {
    // Access tokens for 4 s (renewed after 3 s), the refresh token for 2 s:
    // the first renewal finds the sign-in run out.
    let harness = m365::Harness::with_ttl(4, 2);
    let mut h = app(&harness, harness.browser(), Lang::En);
    to_sign_in(&mut h, &EN).await;
    until(&mut h, "read", |a| a.microsoft365().before().is_some()).await;
    let before = h.app.microsoft365().before().cloned();
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    next_to(&mut h, Page::Scan);
    until(&mut h, "sent back to sign in", |a| {
        a.screen() == Screen::Microsoft(Page::SignIn)
    })
    .await;
    assert!(h.shows(
        "Your sign-in with Microsoft has expired. Sign in again; you then go on where you were."
    ));
    h.click(EN.sign_in).await;
    until(&mut h, "signed in again", |a| a.microsoft365().signed_in()).await;
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::Scan));
    assert_eq!(h.app.microsoft365().before().cloned(), before);
}

/// Someone else signs in after the sign-in ran out: a new start after the
/// sign-in screen, not the last person's screen or "before".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_person_after_an_expired_sign_in_starts_afresh() {
    let harness = m365::Harness::with_ttl(4, 2);
    let mut h = app(&harness, harness.browser(), Lang::En);
    to_sign_in(&mut h, &EN).await;
    until(&mut h, "read", |a| a.microsoft365().before().is_some()).await;
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    next_to(&mut h, Page::Scan);
    until(&mut h, "sent back to sign in", |a| {
        a.screen() == Screen::Microsoft(Page::SignIn)
    })
    .await;
    harness
        .set_methods(ELS, vec![password(), phone("+31 687654321", "mobile")])
        .await;
    harness.set_browser("approve", ELS).await;
    h.click(EN.sign_in).await;
    until(&mut h, "Els signed in and read", |a| {
        a.microsoft365().signed_in() && a.microsoft365().before().is_some()
    })
    .await;
    h.send(ms(Page::SignIn, screen::microsoft365::Message::Next));
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::MoreInfo));
}

/// Graph in trouble is a calm line that goes away by itself; Graph
/// refusing for good (403) ends the checking, said plainly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graph_trouble_is_a_calm_line_and_a_refusal_is_not_checked() {
    let harness = m365::Harness::start();
    let mut h = app(&harness, harness.browser(), Lang::En);
    to_sign_in(&mut h, &EN).await;
    until(&mut h, "read", |a| a.microsoft365().before().is_some()).await;
    // Four failures: pauses of 0.2, 0.4, 0.8 and 1 s, long enough to see.
    harness
        .graph_faults(vec![serde_json::json!({ "status": 503 }); 4])
        .await;
    let calm = "Microsoft is not answering just now; the assistant checks again in 1 second. You can carry on.";
    for _ in 0..100 {
        if h.shows(calm) {
            break;
        }
        h.settle().await;
    }
    assert!(h.shows(calm), "the calm line");
    assert!(h.app.microsoft365().not_checked().is_none());
    harness
        .add_method(JAN, authenticator(APP_ID, PHONE_MODEL))
        .await;
    until(&mut h, "read again", |a| {
        a.microsoft365().progress().authenticator.is_some()
    })
    .await;
    assert!(!h.shows(calm), "gone once Graph answers");

    harness
        .graph_faults(vec![serde_json::json!({ "status": 403 })])
        .await;
    until(&mut h, "refused", |a| {
        a.microsoft365().not_checked().is_some()
    })
    .await;
    assert!(h.shows(
        "Not checked: Microsoft does not let this assistant read your sign-in methods; \
         tell your IT department. Follow the steps anyway: they work the same."
    ));
}

/// Cancelled in the browser: said so, no way on but signing in again,
/// which then works. A wrong tenant is IT's to fix: said so, and the guide
/// runs on unchecked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_at_sign_in_are_named_with_a_way_on() {
    let harness = m365::Harness::start();
    harness.set_browser("cancel", JAN).await;
    let mut h = app(&harness, harness.browser(), Lang::En);
    to_sign_in(&mut h, &EN).await;
    let cancelled =
        "Signing in was cancelled in the browser. Nothing was changed; you can sign in again.";
    for _ in 0..100 {
        if h.shows(cancelled) {
            break;
        }
        h.settle().await;
    }
    assert!(h.shows(cancelled));
    h.send(Message::Next);
    assert_eq!(
        h.app.screen(),
        Screen::Microsoft(Page::SignIn),
        "no way past"
    );
    harness.set_browser("approve", JAN).await;
    h.click(EN.sign_in).await;
    until(&mut h, "signed in", |a| a.microsoft365().signed_in()).await;

    let mut settings = harness.settings();
    settings.tenant = "contoso-typo.example".into();
    let handle = Handle::new(Microsoft365::new(settings).unwrap()).with_browser(harness.browser());
    let mut h = common::Harness::with_service(
        m365::on_day(Service::for_microsoft365(handle), m365::TODAY_UNIX),
        Lang::Nl,
    );
    to_sign_in(&mut h, &NL).await;
    until(&mut h, "unknown tenant", |a| {
        a.microsoft365().not_checked().is_some()
    })
    .await;
    assert!(h.shows(
        "Microsoft kent de organisatie niet die voor deze assistent is ingesteld (tenant). \
         Vraag je IT-afdeling de instellingen na te kijken."
    ));
    h.click(NL.unchecked).await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::MoreInfo));
}
