//! Training's practice new phone (the welcome's "I have a new phone"),
//! walked in iced's headless simulator in Dutch and English: the welcome
//! offers the guide and a new phone (a lost phone needs the helpdesk's
//! pass, which a practice cannot give); the route adds the new phone as
//! the guide does and only then deletes the old phone's entry, on a drawn
//! practice page whose "Delete" is a real button, reached with Tab; the
//! practice server's list decides, by id. With the practice passkey on,
//! the passkey comes before the old phone goes.

mod common;
#[path = "common/walk_practice_new_phone.rs"]
mod walk;

use common::Harness;
use mfa_assistant::app::{Key, Message};
use mfa_assistant::guide::{Errand, PRACTICE_NEW_PHONE, PRACTICE_NEW_PHONE_PASSKEY, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::welcome;

struct Words {
    new_phone: &'static str,
    lost_phone: &'static str,
    note: &'static str,
    title: &'static str,
    new_listed: &'static str,
    old_listed: &'static str,
    old_gone: &'static str,
    marker: &'static str,
    delete: &'static str,
    done: &'static str,
    finish: &'static str,
}

const NL: Words = Words {
    new_phone: "Ik heb een nieuwe telefoon",
    lost_phone: "Mijn oude telefoon is kwijt",
    note: "Overstappen oefenen: de oefenserver doet alsof je oude telefoon is ingesteld;",
    title: "Oefenen: verwijder je oude telefoon",
    new_listed: "Nieuwe telefoon: Microsoft Authenticator staat bij de oefenserver.",
    old_listed: "Oude telefoon: Microsoft Authenticator staat er nog bij.",
    old_gone: "Oude telefoon: verwijderd, hij staat niet meer bij de oefenserver.",
    marker: "Oefenen: er wordt niets verwijderd bij Microsoft.",
    delete: "Verwijderen",
    done: "De oude telefoon staat niet meer bij de oefenserver; de nieuwe staat er nog.",
    finish: "Overstappen op een nieuwe telefoon, geoefend: eerst heb je de nieuwe toegevoegd en getest, daarna de oude verwijderd.",
};

const EN: Words = Words {
    new_phone: "I have a new phone",
    lost_phone: "My old phone is lost",
    note: "Practise switching phones: the practice server acts as if your old phone is set up;",
    title: "Practice: delete your old phone",
    new_listed: "New phone: Microsoft Authenticator is listed by the practice server.",
    old_listed: "Old phone: Microsoft Authenticator is still listed.",
    old_gone: "Old phone: deleted; the practice server no longer lists it.",
    marker: "Practice: nothing is deleted at Microsoft.",
    delete: "Delete",
    done: "The practice server no longer lists the old phone; the new one is still listed.",
    finish: "Switching to a new phone, practised: first you added and tested the new phone, then deleted the old phone's entry.",
};

fn key(h: &mut Harness, key: Key) {
    h.send(Message::Key(key));
}

async fn walk(lang: Lang, w: &Words) {
    let mut h = walk::harness(lang);
    assert!(h.shows(w.new_phone), "offered in training");
    assert!(!h.shows(w.lost_phone), "a lost phone is not practised");
    h.click(w.new_phone).await;
    assert!(h.text_containing(w.note).is_some(), "{:?}", h.texts());
    assert_eq!(h.app.route(), PRACTICE_NEW_PHONE);
    h.send(Message::Next);
    walk::add_the_new_phone(&mut h).await;
    assert_eq!(h.app.screen(), Screen::OldPhone);
    assert!(h.shows(w.title) && h.shows(w.marker));
    assert!(
        h.shows(w.new_listed) && h.shows(w.old_listed),
        "{:?}",
        h.texts()
    );
    // Not yet: the old phone is still listed.
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::OldPhone);
    // Tab reaches the practice page's one real "Delete": the old phone's.
    key(&mut h, Key::Tab { back: false });
    assert_eq!(h.app.focus(), Some(walk::DELETE_OLD));
    h.click(w.delete).await;
    h.settle().await;
    assert!(h.shows(w.old_gone) && h.shows(w.new_listed));
    // An instruction with a chip ([Next]) is rich text: read as a screen
    // reader hears it.
    let said = format!("{:?}", h.app.describe().parts);
    assert!(said.contains(w.done), "{said}");
    assert!(!h.shows(w.old_listed));
    // Back and forth: the practice server's list is read again, the same.
    h.send(Message::Back);
    assert_eq!(h.app.screen(), Screen::Approve);
    h.send(Message::Next);
    h.settle().await;
    assert!(h.shows(w.old_gone));
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::Finish);
    assert!(h.text_containing(w.finish).is_some(), "{:?}", h.texts());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_phone_practised_in_dutch() {
    walk(Lang::Nl, &NL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_phone_practised_in_english() {
    walk(Lang::En, &EN).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chosen_after_the_app_was_added_the_new_phone_counts() {
    // The person walks the guide, then goes back to the welcome and
    // chooses a new phone: the app's code was accepted already, so the
    // practice server lists the new phone and the old one can go.
    let mut h = walk::harness(Lang::En);
    h.send(Message::Next);
    walk::add_the_new_phone(&mut h).await;
    while h.app.screen() != Screen::Welcome {
        h.send(Message::Back);
    }
    h.send(welcome::Message::Errand(Errand::NewPhone));
    while h.app.screen() != Screen::OldPhone {
        assert!(h.app.screen() != Screen::Finish, "passed the old phone");
        h.send(Message::Next);
        h.settle().await;
    }
    assert!(h.shows(EN.new_listed) && h.shows(EN.old_listed));
    key(&mut h, Key::Enter);
    h.settle().await;
    assert!(h.app.old_phone().done());
    // Back to the guide: the old phone's screen leaves the route.
    while h.app.screen() != Screen::Welcome {
        h.send(Message::Back);
    }
    h.send(welcome::Message::Errand(Errand::Enroll));
    assert_eq!(h.app.route().position(Screen::OldPhone), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_practice_passkey_it_comes_before_the_old_phone_goes() {
    let mut h = Harness::with_service(walk::service(true), Lang::En);
    walk::choose_new_phone(&mut h);
    assert_eq!(h.app.route(), PRACTICE_NEW_PHONE_PASSKEY);
    assert_eq!(
        h.app.route().next(Screen::PasskeyAdd),
        Some(Screen::OldPhone)
    );
    h.send(Message::Next);
    walk::add_the_new_phone(&mut h).await;
    assert_eq!(h.app.screen(), Screen::PasskeyReady);
}
