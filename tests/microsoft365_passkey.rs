//! The passkey part of the Microsoft 365 route (`methods` with
//! "passkey"), in iced's simulator against the real OAuth server and the
//! Graph fixture serving Microsoft's documented JSON with real AAGUIDs: the
//! tick for a passkey in Microsoft Authenticator, a YubiKey named as what
//! it is and counted only with `passkey_any_key`, a passkey registered
//! during the sign-in, what to check when none appears (and more time),
//! `methods` in any subset and order, and no Graph call beyond the one
//! the route already makes.

mod common;
#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/walk_m365.rs"]
mod walk_m365;

use m365::{JAN, PHONE_MODEL, authenticator, passkey_ios, password, yubikey};
use mfa_assistant::guide::{Page, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::microsoft365::{Choice, Settings};
use walk_m365::{APP_ID, app_with, next_to, signed_in, until};

/// The harness's settings with IT's `methods`.
fn with_methods(harness: &m365::Harness, methods: &[Choice]) -> Settings {
    let mut settings = harness.settings();
    settings.methods = methods.to_vec();
    settings
}

/// The route's screens as the app walks them with Next, from the sign-in.
fn walk(h: &mut common::Harness) -> Vec<Screen> {
    let mut seen = vec![h.app.screen()];
    while h.app.screen() != Screen::Microsoft(Page::Finish) {
        h.send(mfa_assistant::app::Message::Next);
        seen.push(h.app.screen());
    }
    seen
}

/// The app, the passkey, the phone: the passkey's two screens sit between
/// the app's and the phone's. A YubiKey is named as the security key it
/// is and does not count; the passkey in Microsoft Authenticator (its iOS
/// AAGUID) is ticked, new. The assistant asks Graph nothing but the
/// methods it always reads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_authenticator_passkey_is_ticked_and_a_yubikey_is_named() {
    let harness = m365::Harness::start();
    harness
        .set_methods(JAN, vec![password(), authenticator(APP_ID, PHONE_MODEL)])
        .await;
    let methods = [Choice::Authenticator, Choice::Passkey, Choice::Phone];
    let mut h = app_with(&harness, with_methods(&harness, &methods), Lang::En);
    signed_in(&mut h, Lang::En).await;
    next_to(&mut h, Page::TryIt);
    h.send(mfa_assistant::app::Message::Next);
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::PasskeyReady));
    assert!(h.shows("Is your phone ready for a passkey?"));
    assert!(h.shows("Passkey in Microsoft Authenticator: not added yet."));
    h.send(mfa_assistant::app::Message::Next);
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::PasskeyAdd));
    assert!(h.shows("Open My Security info"));
    assert!(!h.app.microsoft365().complete());

    harness.add_method(JAN, yubikey()).await;
    until(&mut h, "the key read", |a| {
        !a.microsoft365().progress().passkeys.is_empty()
    })
    .await;
    assert!(h.shows(
        "Security key YubiKey 5 Series with NFC: on record at Microsoft, but your \
         organisation asks for a passkey in Microsoft Authenticator."
    ));
    assert!(h.shows("Passkey in Microsoft Authenticator: not added yet."));
    assert!(h.app.microsoft365().counted_passkey().is_none());

    harness.add_method(JAN, passkey_ios("iPhone 15")).await;
    until(&mut h, "the passkey's tick", |a| {
        a.microsoft365().counted_passkey().is_some()
    })
    .await;
    assert!(h.shows("Passkey in Microsoft Authenticator on iPhone 15 (new)"));
    assert!(h.text_containing("not added yet").is_none());
    // The app and the passkey are there; the phone is still asked for.
    assert!(!h.app.microsoft365().complete());
    next_to(&mut h, Page::Phone);
    harness
        .add_method(JAN, m365::phone("+31 612345678", "mobile"))
        .await;
    until(&mut h, "done", |a| a.microsoft365().complete()).await;

    let stats = harness.graph_stats().await;
    assert!(stats["requests"].as_u64().unwrap() > 3, "{stats}");
    assert_eq!(stats["fido2"], 0, "only /methods is read: {stats}");
}

/// Where IT lets any key count (`passkey_any_key = true`), the YubiKey is
/// the passkey, ticked as the security key it is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_yubikey_counts_only_where_it_allows_any_key() {
    for any_key in [false, true] {
        let harness = m365::Harness::start();
        let mut settings = with_methods(&harness, &[Choice::Passkey]);
        settings.passkey_any_key = any_key;
        let mut h = app_with(&harness, settings, Lang::En);
        signed_in(&mut h, Lang::En).await;
        next_to(&mut h, Page::PasskeyAdd);
        harness.add_method(JAN, yubikey()).await;
        until(&mut h, "the key read", |a| {
            !a.microsoft365().progress().passkeys.is_empty()
        })
        .await;
        assert_eq!(h.app.microsoft365().complete(), any_key);
        assert_eq!(
            h.shows("Security key YubiKey 5 Series with NFC (new)"),
            any_key
        );
        assert_eq!(
            h.shows("Passkey in Microsoft Authenticator: not added yet."),
            !any_key
        );
    }
}

/// A passkey registered while signing in (Microsoft's nudge after the
/// sign-in) is on record at the first reading: the footer goes straight to
/// the end, which shows it as already on record.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passkey_registered_during_sign_in_is_on_record() {
    let harness = m365::Harness::start();
    harness
        .set_methods(
            JAN,
            vec![
                password(),
                authenticator(APP_ID, PHONE_MODEL),
                m365::passkey("Pixel 8"),
            ],
        )
        .await;
    let methods = [Choice::Authenticator, Choice::Passkey];
    let mut h = app_with(&harness, with_methods(&harness, &methods), Lang::En);
    signed_in(&mut h, Lang::En).await;
    assert!(h.app.microsoft365().on_record_at_sign_in());
    h.click("To the end").await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::Finish));
    assert!(h.shows("Two-step verification is set up"));
    assert!(h.shows("Passkey in Microsoft Authenticator on Pixel 8 (already on record)"));
}

/// No passkey after the pause (forty readings: 4 s at the tests' 100 ms):
/// what to check, in order, with the Android profile last; "Give me more
/// time" hides it for another pause. Keyboard: Tab reaches both buttons.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_passkey_the_checks_come_after_a_pause_that_can_be_lengthened() {
    use mfa_assistant::a11y::Part;
    use mfa_assistant::app::{Key, Message};
    use mfa_assistant::ui::FocusId;
    let harness = m365::Harness::start();
    let mut h = app_with(
        &harness,
        with_methods(&harness, &[Choice::Passkey]),
        Lang::En,
    );
    signed_in(&mut h, Lang::En).await;
    next_to(&mut h, Page::PasskeyAdd);
    let started = std::time::Instant::now();
    assert!(!h.shows("Give me more time"));
    until(&mut h, "the checks", |a| a.microsoft365().passkey_overdue()).await;
    assert!(started.elapsed() >= std::time::Duration::from_secs(4));
    // What a screen reader reads: one heading, the drawings named, the
    // checks as one list in order.
    let parts = h.app.describe().parts;
    let headings: Vec<&Part> = parts
        .iter()
        .filter(|p| matches!(p, Part::Heading(_)))
        .collect();
    assert_eq!(headings, [&Part::Heading("Add the passkey".into())]);
    let images: Vec<&String> = parts
        .iter()
        .filter_map(|p| match p {
            Part::Image(i) => Some(i),
            _ => None,
        })
        .collect();
    assert!(
        images
            .iter()
            .any(|i| i.contains("https://aka.ms/mysecurityinfo"))
            && images.iter().any(|i| i.contains("two ways in")),
        "{images:?}"
    );
    let checks = parts
        .iter()
        .find_map(|p| match p {
            Part::List(items) if items.iter().any(|i| i.contains("passkey provider")) => {
                Some(items.clone())
            }
            _ => None,
        })
        .expect("the checks, as a list");
    let order = [
        "passkey provider",
        "camera app",
        "Bluetooth on",
        "Android 14 or newer?",
        "work profile",
    ];
    assert_eq!(checks.len(), order.len(), "{checks:?}");
    for (check, part) in checks.iter().zip(order) {
        assert!(check.contains(part), "{check:?} is not about {part:?}");
    }
    // Tab: the page's button, then more time; Enter presses it.
    h.send(Message::Key(Key::Tab { back: false }));
    assert_eq!(h.app.focus(), Some(FocusId("m365-open-security-info")));
    h.send(Message::Key(Key::Tab { back: false }));
    assert_eq!(h.app.focus(), Some(FocusId("m365-passkey-more-time")));
    h.send(Message::Key(Key::Enter));
    assert!(!h.app.microsoft365().passkey_overdue());
    assert!(!h.shows("Give me more time"));
    until(&mut h, "the checks again", |a| {
        a.microsoft365().passkey_overdue()
    })
    .await;
    // Once the passkey is there, the checks go.
    harness.add_method(JAN, m365::passkey("Pixel 8")).await;
    until(&mut h, "the tick", |a| {
        a.microsoft365().counted_passkey().is_some()
    })
    .await;
    assert!(!h.app.microsoft365().passkey_overdue());
    assert!(h.text_containing("work profile").is_none());
}

/// After Microsoft's text messages end, the finish names the backup; on a
/// route with the passkey it sends the person back to that step instead of
/// promising it for a coming version.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_texts_end_the_finish_points_to_the_passkey_step() {
    use mfa_assistant::service::text_messages::Sender;
    let harness = m365::Harness::start();
    harness
        .set_methods(JAN, vec![password(), authenticator(APP_ID, PHONE_MODEL)])
        .await;
    let methods = [Choice::Authenticator, Choice::Passkey, Choice::Phone];
    let settings = with_methods(&harness, &methods);
    let mut h = walk_m365::app_with_on(
        &harness,
        settings,
        Lang::En,
        Sender::Microsoft,
        walk_m365::DAY,
    )
    .await;
    signed_in(&mut h, Lang::En).await;
    next_to(&mut h, Page::Finish);
    assert!(!h.app.microsoft365().complete(), "no passkey yet");
    assert!(h.text_containing("go back to the passkey step").is_some());
    assert!(h.text_containing("a coming version").is_none());
    assert!(h.shows("Passkey in Microsoft Authenticator: not added yet."));
}

/// `methods` in any subset and order: the app walks exactly those parts,
/// in IT's order, and the phone's only where text messages are on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn methods_choose_the_routes_parts_and_their_order() {
    let ms = Screen::Microsoft;
    let app = [
        ms(Page::GetApp),
        ms(Page::SetUp),
        ms(Page::Scan),
        ms(Page::TryIt),
    ];
    let passkey = [ms(Page::PasskeyReady), ms(Page::PasskeyAdd)];
    let phone = [ms(Page::Phone), ms(Page::Code)];
    let head = [ms(Page::SignIn), ms(Page::MoreInfo)];
    let (success, finish) = ([ms(Page::Success)], [ms(Page::Finish)]);
    let cases: Vec<(Vec<Choice>, Vec<Screen>)> = vec![
        (
            vec![Choice::Passkey, Choice::Authenticator],
            [&head[..], &passkey, &app, &success, &finish].concat(),
        ),
        (
            vec![Choice::Phone, Choice::Passkey, Choice::Authenticator],
            [&head[..], &phone, &passkey, &app, &success, &finish].concat(),
        ),
        (
            vec![Choice::Passkey],
            [&head[..], &passkey, &finish].concat(),
        ),
        (
            vec![Choice::Authenticator, Choice::Phone],
            [&head[..], &app, &phone, &success, &finish].concat(),
        ),
    ];
    for (methods, want) in cases {
        let harness = m365::Harness::start();
        let mut h = app_with(&harness, with_methods(&harness, &methods), Lang::En);
        signed_in(&mut h, Lang::En).await;
        assert_eq!(walk(&mut h), want, "{methods:?}");
    }
    // The phone alone: no app to install, straight to the sign-in.
    let harness = m365::Harness::start();
    let mut h = app_with(&harness, with_methods(&harness, &[Choice::Phone]), Lang::En);
    h.click("Start").await;
    assert_eq!(h.app.screen(), ms(Page::SignIn));
}

/// The older `phone_optional` folds into `methods`: read as before where
/// `methods` is not set, not used beside it; the window says so on the
/// first screen (both languages) and `--print-config` in a comment.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_optional_folds_into_methods_with_a_notice() {
    use mfa_assistant::app::{App, Notices};
    use mfa_assistant::config::{Flags, Paths, describe, load};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let cases = [
        ("phone_optional = true\n", true, "is older: it still counts"),
        (
            "phone_optional = true\nmethods = [\"authenticator\", \"passkey\"]\n",
            false,
            "is not used: methods says",
        ),
    ];
    for (table, optional, said) in cases {
        std::fs::write(
            &file,
            format!(
                "provider = \"microsoft365\"\n[microsoft365]\ntenant = \"contoso.com\"\n\
                 client_id = \"0b5e7c2d\"\n{table}"
            ),
        )
        .unwrap();
        let paths = Paths {
            machine: None,
            person: Some(file.clone()),
        };
        let loaded = load(&paths, &Flags::default());
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        let settings = loaded.config.microsoft365.settings().unwrap();
        assert_eq!(settings.phone_optional, optional, "{table}");
        assert!(describe(&loaded).contains("# folded: microsoft365.phone_optional"));
        for lang in [Lang::En, Lang::Nl] {
            let service = common::Harness::new(lang).app.service();
            let app = App::new(service, loaded.config.clone(), lang)
                .with_notices(Notices::default().loaded(loaded.clone()));
            let mut h = common::Harness::with_app(app, iced::Task::none());
            let line = match lang {
                Lang::En => said.to_owned(),
                Lang::Nl if optional => "is ouder: ze telt nog".to_owned(),
                Lang::Nl => "wordt niet gebruikt: methods zegt".to_owned(),
            };
            assert!(h.text_containing(&line).is_some(), "{lang:?}: {line}");
            // Said at the start only.
            h.send(mfa_assistant::app::Message::Next);
            assert!(h.text_containing(&line).is_none(), "{lang:?}: still there");
        }
    }
    // Without the older key nothing is said.
    std::fs::write(&file, "provider = \"microsoft365\"\n").unwrap();
    let loaded = load(
        &Paths {
            machine: None,
            person: Some(file),
        },
        &Flags::default(),
    );
    assert!(!describe(&loaded).contains("# folded"));
}

/// `methods` is IT's to lock: the person's own list is not used, and
/// `--print-config` says so; unset, it prints the default as the default.
#[test]
fn methods_are_locked_and_printed() {
    use mfa_assistant::config::{Flags, Key, Paths, describe, load};
    let dir = tempfile::tempdir().unwrap();
    let (machine, person) = (
        dir.path().join("machine.toml"),
        dir.path().join("person.toml"),
    );
    let paths = Paths {
        machine: Some(machine.clone()),
        person: Some(person.clone()),
    };
    std::fs::write(&machine, "provider = \"microsoft365\"\n").unwrap();
    let text = describe(&load(&paths, &Flags::default()));
    assert!(
        text.contains("\nmethods = [\"authenticator\", \"phone\"]  # default\n"),
        "{text}"
    );
    assert!(text.contains("# passkey_any_key (not set)\n"), "{text}");
    std::fs::write(
        &machine,
        "provider = \"microsoft365\"\nlocked = [\"microsoft365.methods\"]\n\
         [microsoft365]\nmethods = [\"passkey\", \"authenticator\"]\n",
    )
    .unwrap();
    std::fs::write(
        &person,
        "[microsoft365]\nmethods = [\"authenticator\"]\npasskey_any_key = true\n",
    )
    .unwrap();
    let loaded = load(&paths, &Flags::default());
    assert_eq!(
        loaded.config.microsoft365.methods,
        Some(vec![Choice::Passkey, Choice::Authenticator])
    );
    assert_eq!(loaded.config.microsoft365.passkey_any_key, Some(true));
    assert_eq!(loaded.ignored.len(), 1, "{:?}", loaded.ignored);
    assert_eq!(loaded.ignored[0].key, Key::Microsoft365Methods);
    let text = describe(&loaded);
    assert!(
        text.contains("methods = [\"passkey\", \"authenticator\"]  # locked by IT\n"),
        "{text}"
    );
    assert!(text.contains("passkey_any_key = true\n"), "{text}");
}
