//! What a screen reader would be told on every screen of the training and
//! Microsoft 365 routes (the privacyIDEA route has the training route's
//! screens; its sign-in is read over AT-SPI in `tests/screen_reader.rs`),
//! read from the tree the app builds, in the simulator: one heading, the
//! screen's title, shown on screen; every button and field named; after
//! Tab, a focused node; every node in the window's language. The same tree
//! on the real accessibility bus is `tests/screen_reader.rs`.

mod common;
#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/walk_m365.rs"]
mod walk_m365;
#[path = "common/walk_new_phone.rs"]
mod walk_new_phone;
#[path = "common/walk_passkey.rs"]
mod walk_passkey;
#[path = "common/walk_practice_new_phone.rs"]
mod walk_practice_new_phone;

use accesskit::Role;
use common::Harness;
use mfa_assistant::a11y::Part;
use mfa_assistant::app::{Key, Message};
use mfa_assistant::guide::Page;
use mfa_assistant::i18n::Lang;

/// What every screen must tell, checked at `name`.
fn check(h: &mut Harness, name: &str, lang: Lang) {
    let description = h.app.describe();
    let headings: Vec<&String> = description
        .parts
        .iter()
        .filter_map(|p| match p {
            Part::Heading(h) => Some(h),
            _ => None,
        })
        .collect();
    assert_eq!(headings.len(), 1, "{name}: headings {headings:?}");
    let heading = headings[0].clone();
    assert!(
        h.shows(&heading),
        "{name}: heading {heading:?} not on screen"
    );
    for part in &description.parts {
        match part {
            Part::Button { name: label, .. } => {
                assert!(!label.trim().is_empty(), "{name}: a button without a name")
            }
            Part::Field(f) => assert!(!f.label.trim().is_empty(), "{name}: unlabelled field"),
            Part::Alert(t) | Part::Status(t) | Part::Text(t) | Part::Image(t) => {
                assert!(!t.trim().is_empty(), "{name}: an empty {part:?}")
            }
            _ => {}
        }
    }
    // The stepper says where the person is.
    assert!(
        description.parts.iter().any(|p| matches!(p,
            Part::Text(t) if t.starts_with(match lang { Lang::Nl => "Stap ", Lang::En => "Step " }))),
        "{name}: no stepper"
    );
    let nodes = description.nodes();
    let heading_nodes = nodes
        .nodes
        .iter()
        .filter(|(_, n)| n.role() == Role::Heading)
        .count();
    assert_eq!(heading_nodes, 1, "{name}");
    assert!(
        nodes
            .nodes
            .iter()
            .all(|(_, n)| n.language() == Some(lang.code())),
        "{name}: a node in another language"
    );
    assert_eq!(nodes.nodes[0].1.role(), Role::Window);
    assert_eq!(nodes.nodes[0].1.label(), Some(h.app.title().as_str()));

    // After Tab, something has focus, and the tree says which.
    h.send(Message::Key(Key::Tab { back: false }));
    let nodes = h.app.describe().nodes();
    let focused = nodes.nodes.iter().find(|(id, _)| Some(*id) == nodes.focus);
    let role = focused.map(|(_, n)| n.role());
    assert!(
        matches!(
            role,
            Some(Role::Button | Role::TextInput | Role::PasswordInput)
        ),
        "{name}: after Tab the focus is on {role:?}"
    );
    h.send(Message::Key(Key::Tab { back: true }));
}

async fn training(lang: Lang) {
    let mut h = Harness::seeded(lang, 2026);
    let mut refused = false;
    common::walk::every_screen(&mut h, |h, name| {
        check(h, name, lang);
        if name == "scan-key-and-error" {
            let parts = h.app.describe().parts;
            // The refusal is an alert, and the field reads it again.
            let alert = parts.iter().find_map(|p| match p {
                Part::Alert(a) => Some(a.clone()),
                _ => None,
            });
            let alert = alert.expect("a refused code is an alert");
            let nodes = h.app.describe().nodes();
            assert!(nodes.nodes.iter().any(
                |(_, n)| n.role() == Role::TextInput && n.description() == Some(alert.as_str())
            ));
            // The key, in groups of four.
            let groups = parts.iter().find_map(|p| match p {
                Part::Key { groups, .. } => Some(groups.clone()),
                _ => None,
            });
            let groups = groups.expect("the key, in groups");
            let key = h.app.scan().uri().expect("QR").to_owned();
            assert!(
                key.contains(&format!("secret={}", groups.concat())),
                "{key}"
            );
            assert!(groups.iter().all(|g| g.chars().count() <= 4));
            refused = true;
        }
    })
    .await;
    assert!(refused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_training_screen_in_dutch() {
    training(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_training_screen_in_english() {
    training(Lang::En).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_microsoft365_screen() {
    for lang in Lang::ALL {
        let mut seen = 0;
        walk_m365::every_screen(lang, |h, name| {
            check(h, name, lang);
            seen += 1;
        })
        .await;
        assert_eq!(seen, walk_m365::SCREENS.len());
    }
}

/// A new phone's screens and a lost one's: the same, and the drawn pages
/// say what they show (the pass's sign-in, Security info's "Delete").
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_new_phone_screen() {
    for lang in Lang::ALL {
        let mut seen = 0;
        walk_new_phone::every_screen(lang, |h, name| {
            check(h, name, lang);
            let images: Vec<String> = h
                .app
                .describe()
                .parts
                .into_iter()
                .filter_map(|p| match p {
                    Part::Image(t) => Some(t),
                    _ => None,
                })
                .collect();
            let drawn = match (name, lang) {
                ("m365-new-phone-lost", Lang::En) => Some("Enter Temporary Access Pass"),
                ("m365-new-phone-lost", Lang::Nl) => Some("Tijdelijke toegangspas invoeren"),
                ("m365-new-phone-remove", Lang::En) => Some("each with Delete beside it"),
                ("m365-new-phone-remove", Lang::Nl) => Some("elk met Verwijderen ernaast"),
                _ => None,
            };
            if let Some(drawn) = drawn {
                assert!(
                    images.iter().any(|i| i.contains(drawn)),
                    "{name}: {images:?}"
                );
            }
            seen += 1;
        })
        .await;
        assert_eq!(seen, walk_new_phone::SCREENS.len());
    }
}

/// The passkey's screens (IT's `methods` with "passkey"): the same, and
/// what the person waits for is said: the checks once the pause ran out,
/// "Give me more time" as a button, the passkey's tick once Graph lists it;
/// the iPhone's settings drawn as the iPhone's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_passkey_screen() {
    use m365::{JAN, passkey_ios};
    use mfa_assistant::guide::Platform;
    use mfa_assistant::screen::welcome;
    use mfa_assistant::service::microsoft365::Choice;
    use mfa_assistant::t;
    use walk_m365::{next_to, signed_in, until};
    let text = |h: &Harness| -> String {
        h.app
            .describe()
            .parts
            .iter()
            .map(|p| format!("{p:?}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for lang in Lang::ALL {
        for platform in [Platform::Android, Platform::Iphone] {
            let harness = m365::Harness::start();
            let mut settings = harness.settings();
            settings.methods = vec![Choice::Authenticator, Choice::Passkey, Choice::Phone];
            let mut h = walk_m365::app_with(&harness, settings, lang);
            h.send(welcome::Message::Platform(platform));
            signed_in(&mut h, lang).await;
            next_to(&mut h, Page::PasskeyReady);
            check(&mut h, "m365-passkey-ready", lang);
            let ready = text(&h);
            assert!(
                ready.contains(&t!(lang, "m365-passkey-ready-title")),
                "{ready}"
            );
            let os = match platform {
                Platform::Iphone => "iOS 17",
                _ => "Android 14",
            };
            assert!(ready.contains(os), "{platform:?}: {ready}");
            if platform == Platform::Iphone {
                continue;
            }
            next_to(&mut h, Page::PasskeyAdd);
            check(&mut h, "m365-passkey-add", lang);
            until(&mut h, "the checks", |a| a.microsoft365().passkey_overdue()).await;
            let checks = text(&h);
            let camera = t!(lang, "m365-passkey-check-camera");
            assert!(checks.contains(&camera), "{checks}");
            let more = t!(lang, "m365-passkey-more-time");
            assert!(
                h.app.describe().parts.iter().any(
                    |p| matches!(p, Part::Button { name, enabled: true, .. } if *name == more)
                ),
                "{checks}"
            );
            harness.add_method(JAN, passkey_ios("iPhone 15")).await;
            until(&mut h, "the passkey's tick", |a| {
                a.microsoft365().counted_passkey().is_some()
            })
            .await;
            let ticked = text(&h);
            assert!(ticked.contains("iPhone 15"), "{ticked}");
            assert!(!ticked.contains(&camera), "{ticked}");
        }
    }
}

/// Training's practice passkey: every stop as above; the practice phone
/// said to be the practice phone, its buttons named as drawn, the tick a
/// status the reader says when the person pauses.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_practice_passkey_screen() {
    for lang in Lang::ALL {
        let (practice, buttons, listed) = match lang {
            Lang::Nl => (
                "De oefentelefoon",
                ["Aanzetten", "Aanmelden in Authenticator", "Doorgaan"],
                "Oefenpasskey in Microsoft Authenticator, voor jan@rpo.nl",
            ),
            Lang::En => (
                "The practice phone",
                ["Turn on", "Sign in in Authenticator", "Continue"],
                "Practice passkey in Microsoft Authenticator, for jan@rpo.nl",
            ),
        };
        let mut h = walk_passkey::harness(lang);
        let mut seen = Vec::new();
        walk_passkey::every_screen(&mut h, |h, name| {
            check(h, name, lang);
            let parts = h.app.describe().parts;
            let image = parts
                .iter()
                .any(|p| matches!(p, Part::Image(t) if t.starts_with(practice)));
            assert!(image, "{name}: the practice phone is not said: {parts:?}");
            for part in parts {
                match part {
                    Part::Button { name, .. } => seen.push(name),
                    Part::Status(t) if t.starts_with(listed) => seen.push(t),
                    _ => {}
                }
            }
        })
        .await;
        for button in buttons {
            assert!(
                seen.iter().any(|s| s == button),
                "{lang:?}: {button} not named"
            );
        }
        assert!(
            seen.iter().any(|s| s.starts_with(listed)),
            "{lang:?}: the tick"
        );
    }
}

/// Every screen of the practice new phone heard: one heading each, the
/// practice page said to be the practice server's, its one real button
/// named and focused by Tab, the ticks statuses.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_practice_new_phone_screen() {
    for lang in Lang::ALL {
        let (page, delete, gone) = match lang {
            Lang::Nl => (
                "Tekening van Beveiligingsgegevens op de oefenserver, met",
                "Verwijderen",
                "Oude telefoon: verwijderd",
            ),
            Lang::En => (
                "Drawing of the practice server's Security info",
                "Delete",
                "Old phone: deleted;",
            ),
        };
        let mut h = walk_practice_new_phone::harness(lang);
        let mut heard = Vec::new();
        walk_practice_new_phone::every_screen(&mut h, |h, name| {
            check(h, name, lang);
            let parts = h.app.describe().parts;
            if name == "training-new-phone-old-phone" {
                let image = parts
                    .iter()
                    .any(|p| matches!(p, Part::Image(t) if t.starts_with(page)));
                assert!(image, "{name}: the practice page is not said: {parts:?}");
                let button = parts.iter().any(
                    |p| matches!(p, Part::Button { name, enabled: true, .. } if name == delete),
                );
                assert!(button, "{name}: {delete} not a button: {parts:?}");
            }
            heard.extend(parts.into_iter().filter_map(|p| match p {
                Part::Status(t) => Some(t),
                _ => None,
            }));
        })
        .await;
        assert!(
            heard.iter().any(|t| t.starts_with(gone)),
            "{lang:?}: the tick: {heard:?}"
        );
    }
}

/// The language switch renames everything: the tree after switching is the
/// tree of an assistant started in that language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_switch_renames_everything() {
    let mut h = Harness::seeded(Lang::Nl, 2026);
    let dutch = h.app.describe();
    h.send(Message::Language(Lang::En));
    let switched = h.app.describe();
    let english = Harness::seeded(Lang::En, 2026).app.describe();
    assert_eq!(switched.parts, english.parts);
    assert_eq!(switched.title, english.title);
    assert_ne!(dutch.title, english.title);
    let changed = dutch
        .parts
        .iter()
        .zip(&switched.parts)
        .filter(|(a, b)| a != b)
        .count();
    // All but the names that are the same in both languages: A−, A+,
    // "Nederlands", "English", "Android", "iPhone".
    let same: Vec<&Part> = dutch
        .parts
        .iter()
        .zip(&switched.parts)
        .filter(|(a, b)| a == b)
        .map(|(a, _)| a)
        .collect();
    assert_eq!(changed + same.len(), dutch.parts.len());
    for part in same {
        let Part::Button { name, .. } = part else {
            panic!("not renamed: {part:?}")
        };
        assert!(
            ["A−", "A+", "Nederlands", "English", "Android", "iPhone"].contains(&name.as_str()),
            "not renamed: {name}"
        );
    }
}

/// The lines a screen reader says by themselves, now.
fn said(h: &Harness) -> Vec<String> {
    h.app
        .describe()
        .parts
        .into_iter()
        .filter_map(|p| match p {
            Part::Status(text) | Part::Alert(text) => Some(text),
            _ => None,
        })
        .collect()
}

/// A tick that arrived while the person was in the browser is summed up
/// once the assistant's window has the focus again, and only then; the
/// next screen does not repeat it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_changed_while_in_the_browser_is_said_on_return() {
    let harness = m365::Harness::start();
    let mut h = walk_m365::app(&harness, harness.browser(), Lang::En);
    walk_m365::signed_in(&mut h, Lang::En).await;
    walk_m365::next_to(&mut h, Page::TryIt);
    let away = "While you were in another window:";
    h.send(Message::WindowFocus(false));
    harness
        .add_method(
            m365::JAN,
            m365::authenticator(walk_m365::APP_ID, m365::PHONE_MODEL),
        )
        .await;
    walk_m365::until(&mut h, "the app's tick", |a| {
        a.microsoft365().progress().authenticator.is_some()
    })
    .await;
    assert!(
        !said(&h).iter().any(|s| s.starts_with(away)),
        "{:?}",
        said(&h)
    );

    h.send(Message::WindowFocus(true));
    let summary: Vec<String> = said(&h)
        .into_iter()
        .filter(|s| s.starts_with(away))
        .collect();
    assert_eq!(summary.len(), 1, "{summary:?}");
    assert!(summary[0].contains("SM-G973F"), "{summary:?}");
    // Away and back with nothing new: nothing to sum up.
    h.send(Message::WindowFocus(false));
    h.send(Message::WindowFocus(true));
    assert!(
        !said(&h).iter().any(|s| s.starts_with(away)),
        "{:?}",
        said(&h)
    );

    h.send(Message::WindowFocus(false));
    h.send(Message::WindowFocus(true));
    walk_m365::next_to(&mut h, Page::Phone);
    assert!(
        !said(&h).iter().any(|s| s.starts_with(away)),
        "{:?}",
        said(&h)
    );
}
