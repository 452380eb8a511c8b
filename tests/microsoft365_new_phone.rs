//! A new phone, and a lost one (`microsoft365`), in iced's simulator
//! against the real OAuth server and the Graph fixture: the welcome's "I
//! have a new phone", the new phone added before the old one is removed,
//! both told apart by Graph's ids only (the same model on both phones), the
//! wrong one deleted and noticed; a passkey of the old phone that does not
//! count for the new; a lost phone's Temporary Access Pass with IT's
//! helpdesk, then on as a new phone.

mod common;
#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/walk_m365.rs"]
mod walk_m365;

use m365::{JAN, PHONE_MODEL, authenticator, password, phone};
use mfa_assistant::app::Message;
use mfa_assistant::config::Config;
use mfa_assistant::guide::{Errand, Page, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::{microsoft365, welcome};
use mfa_assistant::service::microsoft365::Choice;
use walk_m365::{APP_ID, app_with, app_with_config, ms, signed_in, until};

/// The new phone's app: the same model as the old one, another id.
const NEW_APP_ID: &str = "0b5e1f9a-8d3c-4f27-a6b1-7e2c9d4f3a10";

fn next(h: &mut common::Harness) -> Screen {
    h.send(Message::Next);
    h.app.screen()
}

/// The old phone's app and the number at sign-in; the new phone of the
/// same model added, then the wrong one deleted (noticed), then the old
/// one: ticked by Graph's ids, and the route adds before it removes.
async fn new_phone(lang: Lang) {
    let harness = m365::Harness::start();
    let number = phone("+31 612345678", "mobile");
    let old = authenticator(APP_ID, PHONE_MODEL);
    let new = authenticator(NEW_APP_ID, PHONE_MODEL);
    harness
        .set_methods(JAN, vec![password(), old.clone(), number.clone()])
        .await;
    let mut h = app_with(&harness, harness.settings(), lang);
    let (new_phone, still, gone, not_yet, wait, same) = match lang {
        Lang::Nl => (
            "Ik heb een nieuwe telefoon",
            "Oude telefoon: Microsoft Authenticator op SM-G973F, staat er nog",
            "Oude telefoon: Microsoft Authenticator op SM-G973F, verwijderd",
            "Nieuwe telefoon: Microsoft Authenticator staat er nog niet bij.",
            "Microsoft toont je nieuwe telefoon nog niet.",
            "Twee met dezelfde naam?",
        ),
        Lang::En => (
            "I have a new phone",
            "Old phone: Microsoft Authenticator on SM-G973F, still on record",
            "Old phone: Microsoft Authenticator on SM-G973F, deleted",
            "New phone: Microsoft Authenticator not listed yet.",
            "Microsoft does not list your new phone yet.",
            "Two entries with the same name?",
        ),
    };
    h.click(new_phone).await;
    assert_eq!(h.app.microsoft365().errand(), Errand::NewPhone);
    let route: Vec<Screen> = h.app.route().screens().collect();
    let ms_ = Screen::Microsoft;
    assert_eq!(
        route,
        [
            Screen::Welcome,
            Screen::Install,
            ms_(Page::SignIn),
            ms_(Page::NewPhoneAdd),
            ms_(Page::NewPhoneRemove),
            ms_(Page::Finish),
        ]
    );
    signed_in(&mut h, lang).await;
    // What was there is the old phone's: no "to the end" for it.
    assert!(!h.app.microsoft365().on_record_at_sign_in());
    assert!(!h.app.microsoft365().complete());
    h.send(ms(Page::SignIn, microsoft365::Message::Next));
    assert_eq!(h.app.screen(), ms_(Page::NewPhoneAdd));
    h.settle().await;
    for _ in 0..50 {
        if !harness.opened_elsewhere().await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        harness.opened_elsewhere().await,
        ["https://aka.ms/mysecurityinfo"]
    );
    assert!(h.shows(not_yet));
    assert!(h.shows(still));

    // On to removing before the new phone is there: no steps, a warning.
    assert_eq!(next(&mut h), ms_(Page::NewPhoneRemove));
    assert!(h.text_containing(wait).is_some());
    assert!(
        h.text_containing("[Delete]").is_none() && h.text_containing("[Verwijderen]").is_none()
    );
    h.send(Message::Back);

    // The new phone, the same model: new by its id alone.
    harness.add_method(JAN, new.clone()).await;
    until(&mut h, "the new phone", |a| {
        a.microsoft365()
            .replacement()
            .is_some_and(|r| r.new_app().is_some())
    })
    .await;
    let ticked = match lang {
        Lang::Nl => "Nieuwe telefoon: Microsoft Authenticator op SM-G973F",
        Lang::En => "New phone: Microsoft Authenticator on SM-G973F",
    };
    assert!(h.shows(ticked), "{:?}", h.texts());
    assert!(h.shows(still));
    assert_eq!(next(&mut h), ms_(Page::NewPhoneRemove));
    assert!(h.text_containing(wait).is_none());
    assert!(h.text_containing(same).is_some());
    assert!(!h.app.microsoft365().complete());

    // The wrong one deleted: the new phone is missed, the old one stays.
    harness
        .set_methods(JAN, vec![password(), old.clone(), number.clone()])
        .await;
    until(&mut h, "the new phone gone again", |a| {
        a.microsoft365()
            .replacement()
            .is_some_and(|r| r.new_app().is_none())
    })
    .await;
    assert!(h.text_containing(wait).is_some());

    // Added again, and the old one deleted.
    harness
        .set_methods(JAN, vec![password(), new, number])
        .await;
    until(&mut h, "done", |a| a.microsoft365().complete()).await;
    assert!(h.shows(gone));
    let replacement = h.app.microsoft365().replacement().unwrap();
    assert_eq!(replacement.old_gone[0].id, APP_ID);
    assert_eq!(replacement.new_app().unwrap().id, NEW_APP_ID);
    assert_eq!(next(&mut h), ms_(Page::Finish));
    let title = match lang {
        Lang::Nl => "Je nieuwe telefoon is ingesteld",
        Lang::En => "Your new phone is set up",
    };
    assert!(h.shows(title));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_phone_is_added_then_the_old_one_removed_by_id_in_dutch() {
    new_phone(Lang::Nl).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_phone_is_added_then_the_old_one_removed_by_id_in_english() {
    new_phone(Lang::En).await;
}

/// With a passkey in IT's `methods`: the old phone's passkey is on record
/// but is not the new phone's; a new one (another id) is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_old_phones_passkey_does_not_count_for_the_new_one() {
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
    let mut settings = harness.settings();
    settings.methods = vec![Choice::Authenticator, Choice::Passkey];
    let mut h = app_with(&harness, settings, Lang::En);
    h.send(welcome::Message::Errand(Errand::NewPhone));
    signed_in(&mut h, Lang::En).await;
    h.send(ms(Page::SignIn, microsoft365::Message::Next));
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::NewPhoneAdd));
    assert_eq!(next(&mut h), Screen::Microsoft(Page::PasskeyReady));
    assert_eq!(next(&mut h), Screen::Microsoft(Page::PasskeyAdd));
    assert!(h.app.microsoft365().counted_passkey().is_none());
    assert!(h.shows("Passkey in Microsoft Authenticator: not added yet."));
    harness
        .add_method(JAN, authenticator(NEW_APP_ID, "Pixel 9"))
        .await;
    harness.add_method(JAN, m365::passkey_ios("Pixel 9")).await;
    until(&mut h, "the new passkey", |a| {
        a.microsoft365().counted_passkey().is_some()
    })
    .await;
    assert!(h.shows("Passkey in Microsoft Authenticator on Pixel 9 (new)"));
    assert_eq!(next(&mut h), Screen::Microsoft(Page::NewPhoneRemove));
    assert!(h.shows("Old phone: Passkey in Microsoft Authenticator on Pixel 8, still on record"));
    assert!(!h.app.microsoft365().complete());
}

/// A lost phone: the Temporary Access Pass first, with IT's helpdesk (or
/// plainly no number where IT named none), Microsoft's labels for the pass;
/// then on as a new phone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_phone_asks_the_helpdesk_for_a_temporary_access_pass() {
    for (lang, helpdesk) in [(Lang::En, true), (Lang::Nl, true), (Lang::En, false)] {
        let harness = m365::Harness::start();
        harness
            .set_methods(JAN, vec![password(), authenticator(APP_ID, PHONE_MODEL)])
            .await;
        let mut config = Config::default();
        config.helpdesk = helpdesk.then(|| "088 123 4567 (servicedesk@contoso.example)".to_owned());
        let mut h = app_with_config(&harness, harness.settings(), config, lang);
        let (lost, title, tap, start) = match lang {
            Lang::Nl => (
                "Mijn oude telefoon is kwijt",
                "Telefoon kwijt: eerst een tijdelijke toegangspas",
                "Tijdelijke toegangspas invoeren",
                "Beginnen",
            ),
            Lang::En => (
                "My old phone is lost",
                "Phone lost: first a Temporary Access Pass",
                "Enter Temporary Access Pass",
                "Start",
            ),
        };
        h.click(lost).await;
        h.click(start).await;
        assert_eq!(h.app.screen(), Screen::Microsoft(Page::LostPhone));
        assert!(h.shows(title));
        assert!(h.shows(tap), "the drawn sign-in asks for the pass");
        let line = h.text_containing("088 123 4567");
        assert_eq!(line.is_some(), helpdesk, "{:?}", h.texts());
        if let Some(line) = line {
            assert!(line.contains("servicedesk@contoso.example"), "{line}");
        } else {
            assert!(
                h.text_containing("Only your organisation's helpdesk can give you the pass")
                    .is_some()
            );
        }
        // Named as Microsoft names it, and its short form the helpdesk knows.
        assert!(
            h.text_containing("Temporary Access Pass, TAP)").is_some()
                || h.text_containing("Temporary Access Pass (TAP)").is_some()
        );
        // Then on as a new phone: install, sign in (with the pass), add.
        assert_eq!(next(&mut h), Screen::Install);
        assert_eq!(next(&mut h), Screen::Microsoft(Page::SignIn));
        h.send(ms(Page::SignIn, microsoft365::Message::SignIn));
        until(&mut h, "read", |a| a.microsoft365().before().is_some()).await;
        h.send(ms(Page::SignIn, microsoft365::Message::Next));
        assert_eq!(h.app.screen(), Screen::Microsoft(Page::NewPhoneAdd));
        assert!(!h.app.microsoft365().complete());
    }
}
