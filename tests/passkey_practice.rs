//! Training's practice passkey (`[training] passkey = true`) walked in
//! iced's headless simulator, in Dutch and English: Next refuses until the
//! practice phone has Authenticator as its passkey provider and the
//! practice provider lists the passkey; the practice phone's buttons are
//! clicked by their labels and reached with Tab and Enter; Back keeps what
//! was done. Without the setting, the route has no passkey.

mod common;
#[path = "common/walk_passkey.rs"]
mod walk_passkey;

use common::Harness;
use mfa_assistant::app::{Key, Message};
use mfa_assistant::config::Config;
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::practice_passkey::{CANCEL, CONTINUE, WAY_AUTHENTICATOR, WAY_CAMERA};
use mfa_assistant::service::Service;

struct Words {
    ready_title: &'static str,
    turn_on: &'static str,
    provider_on: &'static str,
    next: &'static str,
    add_title: &'static str,
    not_yet: &'static str,
    camera: &'static str,
    sheet: &'static str,
    cancel: &'static str,
    listed: &'static str,
    marker: &'static str,
    finish: &'static str,
}

const NL: Words = Words {
    ready_title: "Oefenen: is de telefoon klaar voor een passkey?",
    turn_on: "Aanzetten",
    provider_on: "Authenticator is nu de passkeyprovider van de oefentelefoon. Kies Volgende.",
    next: "Volgende",
    add_title: "Oefenen: voeg de passkey toe",
    not_yet: "Oefenpasskey in Microsoft Authenticator: nog niet toegevoegd.",
    camera: "QR-code van de pc scannen",
    sheet: "Toegangssleutel bewaren?",
    cancel: "Annuleren",
    listed: "Oefenpasskey in Microsoft Authenticator, voor jan@rpo.nl: staat bij de oefenserver.",
    marker: "Oefenen: er wordt geen echte passkey gemaakt.",
    finish: "Een passkey in Microsoft Authenticator, geoefend op de oefentelefoon. Op je eigen telefoon gaat het net zo.",
};

const EN: Words = Words {
    ready_title: "Practice: is the phone ready for a passkey?",
    turn_on: "Turn on",
    provider_on: "Authenticator is now the practice phone's passkey provider. Choose Next.",
    next: "Next",
    add_title: "Practice: add the passkey",
    not_yet: "Practice passkey in Microsoft Authenticator: not added yet.",
    camera: "Scan the PC's QR code",
    sheet: "Save a passkey?",
    cancel: "Cancel",
    listed: "Practice passkey in Microsoft Authenticator, for jan@rpo.nl: listed by the practice server.",
    marker: "Practice: no real passkey is made.",
    finish: "A passkey in Microsoft Authenticator, practised on the practice phone. On your own phone it goes the same way.",
};

fn key(h: &mut Harness, key: Key) {
    h.send(Message::Key(key));
}

async fn walk(lang: Lang, w: &Words) {
    let mut h = walk_passkey::harness(lang);
    walk_passkey::to_passkey(&mut h).await;
    assert!(h.shows(w.ready_title));
    assert!(h.shows(w.marker), "marked as practice");
    // Not ready yet: Next goes nowhere.
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::PasskeyReady);
    h.click(w.turn_on).await;
    assert!(h.shows(w.provider_on));
    h.click(w.next).await;
    assert_eq!(h.app.screen(), Screen::PasskeyAdd);
    assert!(h.shows(w.add_title) && h.shows(w.not_yet));
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::PasskeyAdd, "no passkey listed yet");

    // The keyboard: Tab reaches the two ways in, in order; Enter chooses.
    key(&mut h, Key::Tab { back: false });
    assert_eq!(h.app.focus(), Some(WAY_AUTHENTICATOR));
    key(&mut h, Key::Tab { back: false });
    assert_eq!(h.app.focus(), Some(WAY_CAMERA));
    key(&mut h, Key::Enter);
    assert!(h.shows(w.sheet));
    // The sheet: Cancel first, then Continue; Cancel goes back to the ways.
    key(&mut h, Key::Tab { back: false });
    assert_eq!(h.app.focus(), Some(CANCEL));
    key(&mut h, Key::Tab { back: false });
    assert_eq!(h.app.focus(), Some(CONTINUE));
    h.click(w.cancel).await;
    assert!(!h.shows(w.sheet));
    assert!(h.app.practice_passkey().listed().is_none());

    // By the camera, with the mouse; Enter is the sheet's Continue.
    h.click(w.camera).await;
    assert!(h.shows(w.sheet));
    key(&mut h, Key::Enter);
    h.settle().await;
    assert!(
        h.shows(w.listed),
        "the practice provider lists it: {:?}",
        h.texts()
    );

    // Back and forth: nothing lost.
    h.send(Message::Back);
    assert_eq!(h.app.screen(), Screen::PasskeyReady);
    assert!(h.shows(w.provider_on));
    h.click(w.next).await;
    h.settle().await;
    assert!(h.shows(w.listed));
    h.click(w.next).await;
    assert_eq!(h.app.screen(), Screen::Phone);

    // The rest of the route as ever; the finish names what was practised.
    use mfa_assistant::screen::{code_entry, phone_number, verify_sms};
    h.send(phone_number::Message::Number("06-12345678".into()));
    h.send(phone_number::Message::Send);
    h.settle().await;
    let sms = h.app.sms().arrived().unwrap().code.to_string();
    h.send(verify_sms::Message::Entry(code_entry::Message::Changed(
        sms,
    )));
    h.send(verify_sms::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::Finish);
    assert!(h.shows(w.finish));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_practice_passkey_in_dutch() {
    walk(Lang::Nl, &NL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_practice_passkey_in_english() {
    walk(Lang::En, &EN).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn by_authenticator_too_and_only_where_it_is_set() {
    use mfa_assistant::screen::practice_passkey::Message as Passkey;
    use mfa_assistant::service::training::PasskeyWay;
    let mut h = walk_passkey::harness(Lang::En);
    walk_passkey::to_passkey(&mut h).await;
    h.send(Passkey::TurnOnProvider);
    h.send(Message::Next);
    h.settle().await;
    h.send(Passkey::Way(PasskeyWay::Authenticator));
    assert!(h.shows("Work or school account: signed in."));
    h.send(Passkey::Continue);
    h.settle().await;
    let listed = h.app.practice_passkey().listed().expect("listed").clone();
    assert_eq!(listed.way, PasskeyWay::Authenticator);

    // The setting decides: off by default, on with `[training] passkey`.
    let mut config = Config::default();
    assert_eq!(
        Service::training_for(&config)
            .route()
            .position(Screen::PasskeyAdd),
        None
    );
    config.training.passkey = Some(true);
    let route = Service::training_for(&config).route();
    assert_eq!(route.next(Screen::Approve), Some(Screen::PasskeyReady));
}
