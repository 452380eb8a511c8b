//! Typing is never lost: after a click elsewhere (no field has focus), what
//! the person types still goes into the screen's field; an empty field is
//! asked for, not lectured on its format.

mod common;

use common::Harness;
use mfa_assistant::app::{Key, Message};
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::sign_in;

fn type_keys(h: &mut Harness, text: &str) {
    for c in text.chars() {
        h.send(Message::Key(Key::Text(c.to_string().into())));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_after_focus_left_the_field_reaches_it() {
    for (lang, empty) in [
        (Lang::En, "Type your name or e-mail address."),
        (Lang::Nl, "Typ je naam of e-mailadres."),
    ] {
        let mut h = Harness::new(lang);
        h.send(Message::Next);
        h.send(Message::Next);
        assert_eq!(h.app.screen(), Screen::SignIn);

        // An empty name is asked for.
        h.send(sign_in::Message::Submit);
        h.settle().await;
        assert!(h.shows(empty), "{lang:?}: empty name message");
        assert_eq!(h.app.screen(), Screen::SignIn);

        h.type_into("sign-in-label", "jan").await;
        // The focus leaves the field (Tab to a button, or a click on the
        // page): typing goes on into the name, nothing is lost.
        h.send(Message::Key(Key::Tab { back: false }));
        type_keys(&mut h, "@rpo.nl");
        assert_eq!(
            h.app.focus().map(|f| f.0),
            Some("sign-in-label"),
            "the field has the keyboard again"
        );
        h.send(Message::Key(Key::Enter));
        h.settle().await;
        assert_eq!(h.app.screen(), Screen::MoreInfo);
        h.send(Message::Next);
        h.send(Message::Next);
        h.settle().await;
        let uri = h.app.scan().uri().expect("QR").to_owned();
        assert!(uri.contains("jan%40rpo.nl"), "{uri}");

        // On the scan step, a code typed with no field focused lands in
        // the field, spaces and all, and verifies.
        let code = totp_rs::Totp::from_url(&uri)
            .unwrap()
            .generate_current()
            .to_string();
        h.send(Message::Key(Key::Tab { back: false }));
        type_keys(&mut h, &format!("{} {}", &code[..3], &code[3..]));
        h.send(Message::Key(Key::Enter));
        h.settle().await;
        assert!(h.app.scan().verified(), "{lang:?}: the typed code verified");
    }
}
