//! The whole guide walked in a headless iced simulator, in Dutch and English:
//! buttons clicked by their visible labels, codes typed into the fields, the
//! TOTP code computed from the QR's URI as a phone would, the SMS code read
//! from the practice phone. One walk runs against a real privacyIDEA (see
//! `tests/common/privacyidea.rs`): a sign-in that runs out midway.

mod common;
#[path = "common/privacyidea.rs"]
mod pi;

use common::Harness;
use mfa_assistant::app::{Key, Message};
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;

struct Words {
    lang: &'static str,
    start: &'static str,
    installed: &'static str,
    next: &'static str,
    verify: &'static str,
    wrong_code: &'static str,
    send_test: &'static str,
    done: &'static str,
    finish_title: &'static str,
}

const NL: Words = Words {
    lang: "Nederlands",
    start: "Beginnen",
    installed: "Ik heb de app geïnstalleerd",
    next: "Volgende",
    verify: "Verifiëren",
    wrong_code: "Die code klopt niet. Controleer de code en probeer het opnieuw. Nog 4 pogingen.",
    send_test: "Test versturen",
    done: "Gereed",
    finish_title: "Tweestapsverificatie is ingesteld",
};

const EN: Words = Words {
    lang: "English",
    start: "Start",
    installed: "I have installed it",
    next: "Next",
    verify: "Verify",
    wrong_code: "That code is not correct. Check the code and try again. 4 attempts left.",
    send_test: "Send test",
    done: "Done",
    finish_title: "Two-step verification is set up",
};

fn other_code(code: &str) -> String {
    // A code that is certainly wrong: each digit shifted by one.
    code.chars()
        .map(|c| char::from(b'0' + (c.to_digit(10).unwrap() as u8 + 1) % 10))
        .collect()
}

async fn walk(start_in: Lang, words: Words) {
    let mut h = Harness::new(start_in);
    // Switch to the language under test with the header's button.
    h.click(words.lang).await;
    assert_eq!(
        h.app.lang().code(),
        if words.lang == "English" { "en" } else { "nl" }
    );

    h.click(words.start).await;
    assert_eq!(h.app.screen(), Screen::Install);
    h.click(words.installed).await;
    assert_eq!(h.app.screen(), Screen::SignIn);

    h.type_into("sign-in-label", "jan@rpo.nl").await;
    h.click(words.next).await;
    assert_eq!(h.app.screen(), Screen::MoreInfo);
    // The drawn browser page also says "Next", so press the footer's button
    // by its message.
    assert!(h.shows(words.next));
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::Prepare);
    h.click(words.next).await;
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::Scan);

    // The phone's view of the QR: its URI, and the code it computes.
    let uri = h.app.scan().uri().expect("QR on screen").to_owned();
    assert!(uri.starts_with("otpauth://totp/RPO:jan%40rpo.nl?"), "{uri}");
    let totp = totp_rs::Totp::from_url(&uri).unwrap();
    let code = totp.generate_current().to_string();

    // Next is refused until a code verifies.
    h.click(words.next).await;
    assert_eq!(h.app.screen(), Screen::Scan);

    h.type_into("scan-code", &other_code(&code)).await;
    h.click(words.verify).await;
    assert!(h.shows(words.wrong_code), "wrong code message");
    assert_eq!(h.app.scan().uri(), Some(uri.as_str()), "QR stays");

    h.clear("scan-code").await;
    h.type_into("scan-code", &format!("{} {}", &code[..3], &code[3..]))
        .await;
    h.click(words.verify).await;
    assert!(h.app.scan().verified());
    h.click(words.next).await;
    assert_eq!(h.app.screen(), Screen::Approve);

    // Back keeps what was done; forward again.
    h.send(Message::Back);
    assert_eq!(h.app.screen(), Screen::Scan);
    assert!(h.app.scan().verified());
    h.click(words.next).await;
    assert_eq!(h.app.screen(), Screen::Approve);

    h.click(words.send_test).await;
    let request = h.app.approval().request().expect("test sent").clone();
    assert!(h.shows(&request.number));
    // With the keyboard: type the number, as into Microsoft Authenticator;
    // it goes into the practice phone, and Enter says [Yes] there.
    for digit in request.number.chars() {
        h.send(Message::Key(Key::Text(digit.to_string().into())));
    }
    assert_eq!(h.app.approval().picked(), Some(request.number.as_str()));
    h.send(Message::Key(Key::Enter));
    h.settle().await;
    assert!(h.app.approval().approved());
    h.click(words.done).await;
    assert_eq!(h.app.screen(), Screen::Phone);

    h.type_into("phone-number", "06-12345678").await;
    assert!(h.shows(if words.lang == "English" {
        "The code goes to +31 6 12345678."
    } else {
        "De code gaat naar +31 6 12345678."
    }));
    h.click(words.next).await;
    assert_eq!(h.app.screen(), Screen::Sms);
    h.settle().await;
    let sms = h
        .app
        .sms()
        .arrived()
        .expect("SMS on the practice phone")
        .code
        .to_string();

    h.type_into("sms-code", &other_code(&sms)).await;
    h.click(words.verify).await;
    assert!(h.shows(words.wrong_code));
    h.clear("sms-code").await;
    h.type_into("sms-code", &sms).await;
    h.click(words.verify).await;
    assert!(h.app.sms().verified());
    h.click(words.done).await;
    assert_eq!(h.app.screen(), Screen::Finish);
    assert!(h.shows(words.finish_title));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whole_guide_in_dutch() {
    walk(Lang::En, NL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whole_guide_in_english() {
    walk(Lang::Nl, EN).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_switch_keeps_progress() {
    let mut h = Harness::new(Lang::Nl);
    h.click("Beginnen").await;
    h.click("Ik heb de app geïnstalleerd").await;
    h.type_into("sign-in-label", "piet").await;
    h.click("English").await;
    assert_eq!(h.app.screen(), Screen::SignIn);
    h.click("Next").await;
    assert_eq!(h.app.screen(), Screen::MoreInfo);
    assert_eq!(h.app.lang(), Lang::En);
    assert!(h.shows("Back to installing the app"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_is_refused_until_the_step_is_done() {
    let mut h = Harness::new(Lang::Nl);
    for _ in 0..7 {
        h.send(Message::Next);
    }
    // Sign-in is needed before the phone step; do it properly.
    assert_eq!(h.app.screen(), Screen::SignIn);
    h.type_into("sign-in-label", "jan").await;
    h.click("Volgende").await;
    for screen in [Screen::Prepare, Screen::Scan] {
        h.send(Message::Next);
        assert_eq!(h.app.screen(), screen);
    }
    // Scan refuses to go on without a verified code.
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::Scan);
}

#[tokio::test]
async fn text_size_goes_from_100_to_200_percent_and_keeps_progress() {
    let mut h = Harness::new(Lang::En);
    h.click("Start").await;
    assert_eq!(h.app.text_percent(), 100);
    assert_eq!(h.app.scale_factor(), 1.0);
    h.click("A+").await;
    assert_eq!(h.app.text_percent(), 125);
    for _ in 0..6 {
        h.send(Message::Key(Key::TextSize(Some(true))));
    }
    assert_eq!(h.app.text_percent(), 200, "200 % is the largest");
    assert_eq!(h.app.scale_factor(), 2.0);
    assert!(h.shows("Text 200%"));
    h.send(Message::Key(Key::TextSize(Some(false))));
    assert_eq!(h.app.text_percent(), 175);
    h.send(Message::Key(Key::TextSize(None)));
    assert_eq!(h.app.text_percent(), 100);
    assert_eq!(h.app.screen(), Screen::Install, "nothing lost");
}

#[tokio::test]
async fn appearance_switches_light_dark_high_contrast_and_keeps_progress() {
    use mfa_assistant::ui::style::Appearance;
    let mut h = Harness::new(Lang::Nl);
    h.click("Beginnen").await;
    assert_eq!(h.app.appearance(), Appearance::Light);
    h.click("Licht").await;
    assert_eq!(h.app.appearance(), Appearance::Dark);
    assert!(h.shows("Donker"), "the switch says what is on");
    h.click("Donker").await;
    assert_eq!(h.app.appearance(), Appearance::HighContrast);
    h.click("Hoog contrast").await;
    assert_eq!(h.app.appearance(), Appearance::Light);
    assert_eq!(h.app.screen(), Screen::Install, "nothing lost");
}

/// Ctrl with + = - 0 changes the text size; in a text field it must not
/// also type the character (iced's text input inserts any key's text).
#[tokio::test]
async fn text_size_shortcuts_type_nothing_into_a_field() {
    let mut h = Harness::new(Lang::En);
    h.send(Message::Next);
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::SignIn);
    h.type_into("sign-in-label", "jan").await;
    h.ui(|ui| {
        let _ = ui.click(iced::widget::Id::new("sign-in-label")).unwrap();
        for c in ["=", "+", "-", "0"] {
            let _ = ui.simulate([ctrl_press(c)]);
        }
        let _ = ui.typewrite("x");
    })
    .await;
    assert!(h.shows("janx"), "the field holds only what was typed");
}

/// Ctrl (Cmd on a Mac) held with the key that types `c`.
fn ctrl_press(c: &str) -> iced::Event {
    use iced::keyboard::{Event, Key, Location, Modifiers, key};
    iced::Event::Keyboard(Event::KeyPressed {
        key: Key::Character(c.into()),
        modified_key: Key::Character(c.into()),
        physical_key: key::Physical::Unidentified(key::NativeCode::Unidentified),
        location: Location::Standard,
        modifiers: Modifiers::COMMAND,
        text: Some(c.into()),
        repeat: false,
    })
}

/// privacyIDEA ends a sign-in after an hour (here: 4 seconds, a
/// `jwt_validity` policy for this user). The step that notices sends the
/// person back to sign in, with the reason, and then back to that step with
/// the same QR code, which their phone already scanned.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_sign_in_comes_back_to_the_same_step() {
    use mfa_assistant::screen::{code_entry, scan_qr, sign_in};
    use mfa_assistant::service::Service;
    use mfa_assistant::service::privacyidea::{PrivacyIdeaProvider, Settings};

    let server = pi::Server::start();
    let settings = Settings::new(url::Url::parse(&server.url).unwrap(), pi::REALM);
    let provider = PrivacyIdeaProvider::new(&settings).unwrap();
    let service = Service::new(
        std::sync::Arc::new(provider),
        std::time::Duration::from_secs(10),
    );
    let mut h = Harness::with_service(service, Lang::En);
    let (user, password) = pi::LIES;
    h.send(Message::Next);
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::SignIn);
    h.send(sign_in::Message::Label(user.into()));
    h.send(sign_in::Message::Password(zeroize::Zeroizing::new(
        password.to_owned(),
    )));
    h.send(sign_in::Message::Submit);
    reach(&mut h, Screen::MoreInfo).await;
    h.send(Message::Next);
    h.send(Message::Next);
    reach(&mut h, Screen::Scan).await;
    while h.app.scan().uri().is_none() {
        h.settle().await;
    }
    let uri = h.app.scan().uri().expect("QR").to_owned();

    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    let code = totp_rs::Totp::from_url_unchecked(&uri)
        .unwrap()
        .generate_current()
        .to_string();
    h.send(scan_qr::Message::Entry(code_entry::Message::Changed(
        code.clone(),
    )));
    h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
    reach(&mut h, Screen::SignIn).await;
    assert!(h.shows("Your sign-in at the server has expired. Sign in again with your password; you then go on where you were."));

    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::SignIn, "no going on unsigned");
    h.send(sign_in::Message::Password(zeroize::Zeroizing::new(
        password.to_owned(),
    )));
    h.send(sign_in::Message::Submit);
    reach(&mut h, Screen::Scan).await;
    assert_eq!(h.app.scan().uri(), Some(uri.as_str()), "the same QR");
    h.send(scan_qr::Message::Entry(code_entry::Message::Changed(code)));
    h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
    for _ in 0..30 {
        if h.app.scan().verified() {
            return;
        }
        h.settle().await;
    }
    panic!("the code was not verified after signing in again");
}

/// Settles until `screen` shows (a real server takes its time), at most ~10 s.
async fn reach(h: &mut Harness, screen: Screen) {
    for _ in 0..30 {
        if h.app.screen() == screen {
            return;
        }
        h.settle().await;
    }
    assert_eq!(h.app.screen(), screen);
}

/// A privacyIDEA that cannot be used as configured is named in the window,
/// in words, and the assistant runs in training mode meanwhile.
#[test]
fn an_unusable_provider_is_named_and_training_runs() {
    use mfa_assistant::app::App;
    use mfa_assistant::config::{Config, SettingsError};
    use mfa_assistant::service::{Error, Service};

    for (problem, words) in [
        (
            SettingsError::MissingServer,
            "privacyIDEA cannot be used: no server is set (--server, or server in the privacyidea part of the settings file). Until that is put right, the assistant runs in training mode: nothing real is set up.",
        ),
        (
            SettingsError::Refused(Error::Insecure),
            "privacyIDEA cannot be used: The server address must start with https:// (only a server on this computer may use http://). Until that is put right, the assistant runs in training mode: nothing real is set up.",
        ),
    ] {
        let app = App::new(Service::training("RPO"), Config::default(), Lang::En)
            .with_provider_problem(Some(problem));
        let mut ui = iced_test::Simulator::with_size(
            mfa_assistant::ui::settings(),
            common::WINDOW,
            app.view(),
        );
        assert!(ui.find(words).is_ok(), "{words}");
        assert!(ui.find("Training: nothing real is set up").is_ok());
    }
}
