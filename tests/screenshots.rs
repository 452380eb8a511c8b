//! Renders every screen in Dutch and English with iced's headless renderer
//! (tiny-skia, the same one the app uses without a GPU) and checks that the
//! QR code drawn on the scan screen decodes to the enrollment URI.
//!
//! `UPDATE_SCREENSHOTS=1 cargo test --test screenshots` writes them into
//! `docs/screenshots/`; otherwise they go to `target/screenshots/` and each
//! is compared with its reference in `docs/screenshots/`, with a tolerance:
//! a screen that changed fails the test, naming the files and a diff image.
//! The training provider draws from a fixed seed here, so the QR codes,
//! numbers and codes are the same every run.

mod common;
#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/pixels.rs"]
mod pixels;
#[path = "common/shots.rs"]
mod shots;
#[path = "common/walk_m365.rs"]
mod walk_m365;
#[path = "common/walk_new_phone.rs"]
mod walk_new_phone;
#[path = "common/walk_passkey.rs"]
mod walk_passkey;
#[path = "common/walk_practice_new_phone.rs"]
mod walk_practice_new_phone;

use common::Harness;
use mfa_assistant::app::Message;
use mfa_assistant::i18n::Lang;
use shots::{ALL, Variants, assert_no_changes, decode_qr, shot};

async fn every_screen(lang: Lang) {
    let mut h = Harness::seeded(lang, 2026);
    let mut n = 0;
    common::walk::every_screen(&mut h, |h, name| {
        n += 1;
        let written = shot(h, n, name, ALL);
        match name {
            "install" => assert!(
                decode_qr(&written)
                    .iter()
                    .any(|c| c.contains("com.azure.authenticator")),
                "store QR must decode"
            ),
            "scan" => assert_eq!(
                decode_qr(&written),
                vec![h.app.scan().uri().expect("QR").to_owned()],
                "the drawn QR is the enrollment"
            ),
            _ => {}
        }
    })
    .await;
    assert_eq!(n, common::walk::SCREENS.len());

    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_in_dutch() {
    every_screen(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_in_english() {
    every_screen(Lang::En).await;
}

/// The diagnosis panels: a code from a phone 3 minutes behind (the reason,
/// the fix for this phone, its clock setting drawn), and a typo.
async fn diagnosis_panels(lang: Lang) {
    use mfa_assistant::screen::{code_entry, scan_qr};
    let mut h = Harness::seeded(lang, 2026);
    let totp = totp_rs::Totp::from_url(&h.walk_to_scan("jan@rpo.nl").await).unwrap();
    let codes = [
        (
            "scan-clock-off",
            totp.generate(common::SEEDED_TIME - 180).to_string(),
        ),
        ("scan-typo", {
            let mut right: Vec<char> = totp
                .generate(common::SEEDED_TIME)
                .to_string()
                .chars()
                .collect();
            right.swap(1, 2);
            if right[1] == right[2] {
                right[1] = if right[1] == '0' { '1' } else { '0' };
            }
            right.into_iter().collect()
        }),
    ];
    for (n, (name, code)) in codes.into_iter().enumerate() {
        h.send(scan_qr::Message::Entry(code_entry::Message::Changed(code)));
        h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
        h.settle().await;
        shot(&mut h, common::walk::SCREENS.len() + 1 + n, name, ALL);
    }
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnosis_panels_in_dutch() {
    diagnosis_panels(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnosis_panels_in_english() {
    diagnosis_panels(Lang::En).await;
}

/// The organisation's own look: its logo in the header and on its drawn
/// sign-in page, its accent colour on the buttons and the current step.
async fn branded(lang: Lang) {
    use mfa_assistant::app::App;
    use mfa_assistant::brand::{Logo, Rgb};
    use mfa_assistant::config::Config;
    use mfa_assistant::screen::sign_in;
    let logo = Logo::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/acme-logo.svg"),
        640,
        160,
    )
    .expect("the test logo reads");
    let mut config = Config::default();
    config.organisation = Some("Acme".into());
    config.accent = Rgb::parse("#7a1f5c");
    assert!(config.accent().is_some(), "the test colour has contrast");
    let mut h = Harness::seeded(lang, 2026);
    h.app = App::new(h.app.service(), config, lang).with_logo(Some(&logo));
    let base = common::walk::SCREENS.len() + 3;
    shot(&mut h, base, "brand-welcome", ALL);
    h.send(Message::Next);
    h.send(Message::Next);
    h.send(sign_in::Message::Label("jan@acme.example".into()));
    shot(&mut h, base + 1, "brand-sign-in", ALL);
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn branded_in_dutch() {
    branded(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn branded_in_english() {
    branded(Lang::En).await;
}

/// The Microsoft 365 walk: every screen in both languages, at 200 % and
/// dark in Dutch (the browser's pages stay white, as Microsoft's do).
const MICROSOFT365: Variants = Variants {
    large: &[Lang::Nl],
    dark: &[Lang::Nl],
};

/// Microsoft 365's screens are numbered after the training walk's.
const M365_FIRST: usize = 21;

async fn every_microsoft365_screen(lang: Lang) {
    let mut n = M365_FIRST - 1;
    walk_m365::every_screen(lang, |h, name| {
        n += 1;
        shot(h, n, name, MICROSOFT365);
    })
    .await;
    assert_eq!(n + 1 - M365_FIRST, walk_m365::SCREENS.len());
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_microsoft365_screen_in_dutch() {
    every_microsoft365_screen(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_microsoft365_screen_in_english() {
    every_microsoft365_screen(Lang::En).await;
}

/// The end of Microsoft's text messages: the phone screen's notice before
/// the day; after it, the shorter route and the finish naming the backup;
/// and the finish where IT turned text messages off. Light, both languages.
async fn text_messages_screens(lang: Lang) {
    use m365::{JAN, PHONE_MODEL, authenticator, password, phone};
    use mfa_assistant::guide::Page;
    use mfa_assistant::service::text_messages::Sender;
    use walk_m365::{APP_ID, DAY, EVE, app_on, next_to, signed_in, until};
    const LIGHT: Variants = Variants {
        large: &[],
        dark: &[],
    };
    let first = M365_FIRST + walk_m365::SCREENS.len();
    let harness = m365::Harness::start();
    let mut h = app_on(&harness, lang, Sender::Microsoft, EVE).await;
    signed_in(&mut h, lang).await;
    next_to(&mut h, Page::Phone);
    shot(&mut h, first, "m365-phone-text-messages-ending", LIGHT);

    let methods = vec![
        password(),
        authenticator(APP_ID, PHONE_MODEL),
        phone("+31 612345678", "mobile"),
    ];
    for (n, sender, name) in [
        (1, Sender::Microsoft, "m365-finish-text-messages-ended"),
        (2, Sender::Off, "m365-finish-text-messages-off"),
    ] {
        let harness = m365::Harness::start();
        harness.set_methods(JAN, methods.clone()).await;
        let mut h = app_on(&harness, lang, sender, DAY).await;
        signed_in(&mut h, lang).await;
        until(&mut h, "done", |a| a.microsoft365().complete()).await;
        next_to(&mut h, Page::Finish);
        shot(&mut h, first + n, name, LIGHT);
    }
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_messages_screens_in_dutch() {
    text_messages_screens(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_messages_screens_in_english() {
    text_messages_screens(Lang::En).await;
}

/// The passkey's screens (IT's `methods` with "passkey"): is the phone
/// ready (Android, and the iPhone's settings), adding the passkey, what to
/// check when none came, and the tick with a YubiKey named beside it.
/// Light, both languages.
async fn passkey_screens(lang: Lang) {
    use m365::{JAN, passkey_ios, yubikey};
    use mfa_assistant::guide::{Page, Platform};
    use mfa_assistant::screen::welcome;
    use mfa_assistant::service::microsoft365::Choice;
    use walk_m365::{app_with, next_to, signed_in, until};
    const LIGHT: Variants = Variants {
        large: &[],
        dark: &[],
    };
    let first = M365_FIRST + walk_m365::SCREENS.len() + 3;
    let methods = vec![Choice::Authenticator, Choice::Passkey, Choice::Phone];
    let harness = m365::Harness::start();
    let mut settings = harness.settings();
    settings.methods = methods.clone();
    let mut h = app_with(&harness, settings, lang);
    signed_in(&mut h, lang).await;
    next_to(&mut h, Page::PasskeyReady);
    shot(&mut h, first, "m365-passkey-ready", LIGHT);
    next_to(&mut h, Page::PasskeyAdd);
    shot(&mut h, first + 1, "m365-passkey-add", LIGHT);
    until(&mut h, "the checks", |a| a.microsoft365().passkey_overdue()).await;
    shot(&mut h, first + 2, "m365-passkey-add-checks", LIGHT);
    harness.add_method(JAN, yubikey()).await;
    harness.add_method(JAN, passkey_ios("iPhone 15")).await;
    until(&mut h, "the passkey's tick", |a| {
        a.microsoft365().progress().passkeys.len() == 2
    })
    .await;
    shot(&mut h, first + 3, "m365-passkey-add-ticked", LIGHT);

    let harness = m365::Harness::start();
    let mut settings = harness.settings();
    settings.methods = methods;
    let mut h = app_with(&harness, settings, lang);
    h.send(welcome::Message::Platform(Platform::Iphone));
    signed_in(&mut h, lang).await;
    next_to(&mut h, Page::PasskeyReady);
    shot(&mut h, first + 4, "m365-passkey-ready-iphone", LIGHT);
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passkey_screens_in_dutch() {
    passkey_screens(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passkey_screens_in_english() {
    passkey_screens(Lang::En).await;
}

/// A new phone and a lost one (`walk_new_phone.rs`), after the passkey's
/// five: light, both languages.
async fn new_phone_screens(lang: Lang) {
    const LIGHT: Variants = Variants {
        large: &[],
        dark: &[],
    };
    let mut n = M365_FIRST + walk_m365::SCREENS.len() + 3 + 5 - 1;
    walk_new_phone::every_screen(lang, |h, name| {
        n += 1;
        shot(h, n, name, LIGHT);
    })
    .await;
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_phone_screens_in_dutch() {
    new_phone_screens(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_phone_screens_in_english() {
    new_phone_screens(Lang::En).await;
}

/// Training's practice passkey: numbered apart from the other walks (the
/// Microsoft 365 routes' screens come before it), light, and at 200 % in
/// Dutch, where the practice phone goes below the instructions.
const PRACTICE_PASSKEY_FIRST: usize = 70;

async fn training_passkey_screens(lang: Lang) {
    use mfa_assistant::guide::Platform;
    use mfa_assistant::screen::welcome;
    const PASSKEY: Variants = Variants {
        large: &[Lang::Nl],
        dark: &[],
    };
    let mut n = PRACTICE_PASSKEY_FIRST - 1;
    let mut h = walk_passkey::harness(lang);
    walk_passkey::every_screen(&mut h, |h, name| {
        n += 1;
        shot(h, n, name, PASSKEY);
    })
    .await;
    assert_eq!(n + 1 - PRACTICE_PASSKEY_FIRST, walk_passkey::SCREENS.len());
    let mut h = walk_passkey::harness(lang);
    h.send(welcome::Message::Platform(Platform::Iphone));
    walk_passkey::to_passkey(&mut h).await;
    shot(&mut h, n + 1, "training-passkey-ready-iphone", PASSKEY);
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn training_passkey_screens_in_dutch() {
    training_passkey_screens(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn training_passkey_screens_in_english() {
    training_passkey_screens(Lang::En).await;
}

/// Training's practice new phone: numbered after the practice passkey's,
/// light, and at 200 % in Dutch (the practice page below the
/// instructions).
const PRACTICE_NEW_PHONE_FIRST: usize = 76;

async fn training_new_phone_screens(lang: Lang) {
    const NEW_PHONE: Variants = Variants {
        large: &[Lang::Nl],
        dark: &[],
    };
    let mut n = PRACTICE_NEW_PHONE_FIRST - 1;
    let mut h = walk_practice_new_phone::harness(lang);
    walk_practice_new_phone::every_screen(&mut h, |h, name| {
        n += 1;
        shot(h, n, name, NEW_PHONE);
    })
    .await;
    assert_eq!(
        n + 1 - PRACTICE_NEW_PHONE_FIRST,
        walk_practice_new_phone::SCREENS.len()
    );
    assert_no_changes();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn training_new_phone_screens_in_dutch() {
    training_new_phone_screens(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn training_new_phone_screens_in_english() {
    training_new_phone_screens(Lang::En).await;
}
