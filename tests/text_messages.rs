//! The end of Microsoft's text messages (2027-02-01) in iced's simulator,
//! against the real OAuth server and the Graph fixture: IT's three values
//! on both sides of the day, the PC's clock and Graph's pinned; Graph's
//! date beating a wrong PC clock; the finish's words in Dutch and English;
//! and the training route with its text messages turned off.

mod common;
#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/walk_m365.rs"]
mod walk_m365;

use std::sync::Arc;
use std::time::Duration;

use m365::{JAN, PHONE_MODEL, authenticator, password, phone};
use mfa_assistant::guide::{Page, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::text_messages::Sender;
use mfa_assistant::service::training::TrainingProvider;
use mfa_assistant::service::{PhoneStep, Service};
use walk_m365::{APP_ID, DAY, EVE, app_on, next_to, signed_in, until};

/// The route's length, as the window title says it: "… (3/12) – …".
fn total(h: &common::Harness) -> usize {
    let title = h.app.title();
    let inside = title.split('(').nth(1).and_then(|t| t.split(')').next());
    let total = inside.and_then(|t| t.split('/').nth(1));
    total.and_then(|t| t.parse().ok()).expect(&title)
}

/// "microsoft" before the day: the phone screens stay, and both say when
/// Microsoft stops and what the person uses then.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn before_the_day_the_phone_screens_say_when_microsoft_stops() {
    for (lang, notice) in [
        (
            Lang::En,
            "Microsoft stops sending these codes by text message on 1 February 2027.",
        ),
        (
            Lang::Nl,
            "Microsoft stuurt deze codes per sms nog tot 1 februari 2027.",
        ),
    ] {
        let harness = m365::Harness::start();
        let mut h = app_on(&harness, lang, Sender::Microsoft, EVE).await;
        assert_eq!(total(&h), 12);
        signed_in(&mut h, lang).await;
        assert_eq!(
            h.app.service().phone_step(),
            PhoneStep::Ending(mfa_assistant::service::text_messages::MICROSOFT_END)
        );
        next_to(&mut h, Page::TryIt);
        assert!(
            h.text_containing(notice).is_none(),
            "only on the phone screens"
        );
        for page in [Page::Phone, Page::Code] {
            next_to(&mut h, page);
            let shown = h.text_containing(notice);
            assert!(shown.is_some_and(|s| s.contains("passkey")), "{page:?}");
        }
        assert_eq!(total(&h), 12);
    }
}

/// "microsoft" from the day on: no phone screens; "Let's try it out" goes
/// on to "Success!"; the app alone is done; the number Microsoft has is on
/// record but no backup; the finish names the app and the passkey.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_the_day_on_the_route_has_no_phone_screens_and_the_finish_says_why() {
    struct Words {
        lang: Lang,
        ended: &'static str,
        app: &'static str,
        not_backup: &'static str,
        done: &'static str,
    }
    for w in [
        Words {
            lang: Lang::En,
            ended: "Since 1 February 2027 Microsoft no longer sends sign-in codes by text message, \
                    so this guide skipped the phone number. If a notification does not arrive, sign in \
                    with the code Microsoft Authenticator shows: that is your backup now.",
            app: "Microsoft Authenticator on SM-G973F (new)",
            not_backup: "Mobile phone +31 6 12345678: on record at Microsoft, but Microsoft no longer \
                         sends codes to it, so it does not count as your backup.",
            done: "Two-step verification is set up",
        },
        Words {
            lang: Lang::Nl,
            ended: "Sinds 1 februari 2027 stuurt Microsoft geen aanmeldcodes meer per sms. Daarom \
                    slaat deze handleiding het telefoonnummer over. Komt een melding niet aan, meld je \
                    dan aan met de code die Microsoft Authenticator toont: dat is nu je reserve.",
            app: "Microsoft Authenticator op SM-G973F (nieuw)",
            not_backup: "Mobiele telefoon +31 6 12345678: bekend bij Microsoft, maar Microsoft stuurt \
                         er geen codes meer naartoe. Hij telt dus niet als je reserve.",
            done: "Tweestapsverificatie is ingesteld",
        },
    ] {
        let harness = m365::Harness::start();
        harness
            .set_methods(JAN, vec![password(), phone("+31 612345678", "mobile")])
            .await;
        let mut h = app_on(&harness, w.lang, Sender::Microsoft, DAY).await;
        assert_eq!(total(&h), 10, "the PC's clock before signing in");
        signed_in(&mut h, w.lang).await;
        assert!(
            !h.app.microsoft365().complete(),
            "a phone alone is not done"
        );
        next_to(&mut h, Page::TryIt);
        harness
            .add_method(JAN, authenticator(APP_ID, PHONE_MODEL))
            .await;
        until(&mut h, "the app's tick", |a| a.microsoft365().complete()).await;
        h.send(mfa_assistant::app::Message::Next);
        assert_eq!(h.app.screen(), Screen::Microsoft(Page::Success));
        h.send(mfa_assistant::app::Message::Back);
        assert_eq!(h.app.screen(), Screen::Microsoft(Page::TryIt));
        next_to(&mut h, Page::Finish);
        assert_eq!(total(&h), 10);
        assert!(h.shows(w.done), "{}", w.done);
        assert!(h.shows(w.app));
        assert!(h.shows(w.not_backup), "{}", w.not_backup);
        assert_eq!(h.text_containing(w.ended).as_deref(), Some(w.ended));
    }
}

/// "own-provider" keeps the phone screens after the day and says nothing
/// about an end; "off" drops them before it, and the finish says the
/// organisation does not use text messages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn own_provider_keeps_text_messages_and_off_drops_them_on_either_side() {
    for when in [EVE, DAY] {
        let harness = m365::Harness::start();
        let mut h = app_on(&harness, Lang::En, Sender::OwnProvider, when).await;
        signed_in(&mut h, Lang::En).await;
        assert_eq!(h.app.service().phone_step(), PhoneStep::Offered);
        next_to(&mut h, Page::Phone);
        assert_eq!(total(&h), 12);
        assert!(h.text_containing("stops sending").is_none());
        assert!(h.shows("Mobile phone: not registered yet."));

        let harness = m365::Harness::start();
        harness
            .set_methods(JAN, vec![password(), authenticator(APP_ID, PHONE_MODEL)])
            .await;
        let mut h = app_on(&harness, Lang::En, Sender::Off, when).await;
        assert_eq!(total(&h), 10);
        signed_in(&mut h, Lang::En).await;
        assert!(h.app.microsoft365().complete(), "the app alone is done");
        h.click("To the end").await;
        assert_eq!(h.app.screen(), Screen::Microsoft(Page::Finish));
        assert!(h.shows("Two-step verification is set up"));
        assert!(
            h.text_containing("Your organisation does not use text messages for signing in")
                .is_some()
        );
        assert!(
            h.text_containing("Mobile phone").is_none(),
            "nothing to tick"
        );
    }
}

/// After the day, a passkey Microsoft already lists is named on the finish
/// as the backup it is, instead of the passkey route to come.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passkey_on_record_is_named_as_the_backup() {
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
    let mut h = app_on(&harness, Lang::En, Sender::Microsoft, DAY).await;
    signed_in(&mut h, Lang::En).await;
    h.click("To the end").await;
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::Finish));
    assert!(h.shows("Passkey in Microsoft Authenticator on Pixel 8 (already on record)"));
    assert!(
        h.text_containing("Your passkey, listed above, is a backup too")
            .is_some()
    );
    assert!(
        h.text_containing("a coming version of this assistant")
            .is_none()
    );
}

/// A PC whose clock is a week behind still follows Microsoft: once Graph
/// answered, its `Date` decides, and the phone screens leave the route.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphs_date_beats_a_pc_clock_that_is_behind() {
    let harness = m365::Harness::start();
    let mut h = app_on(&harness, Lang::En, Sender::Microsoft, EVE).await;
    harness.set_graph_date("2027-02-08T10:00:00Z").await;
    assert_eq!(total(&h), 12, "the PC's clock until Graph answers");
    signed_in(&mut h, Lang::En).await;
    assert!(matches!(h.app.service().phone_step(), PhoneStep::Ended(_)));
    assert_eq!(total(&h), 10);
    next_to(&mut h, Page::TryIt);
    h.send(mfa_assistant::app::Message::Next);
    assert_eq!(h.app.screen(), Screen::Microsoft(Page::Success));
}

/// Training with `text_messages = "off"`: eight screens, walked from
/// welcome to finish; the approval goes on to the finish, which names the
/// app and no phone. With them on, the usual ten.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn training_with_text_messages_off_rehearses_the_shorter_route() {
    use mfa_assistant::app::Message;
    use mfa_assistant::service::text_messages::Switch;
    use mfa_assistant::service::training::Delays;
    for (switch, screens) in [(Switch::On, 10), (Switch::Off, 8)] {
        let clock = Arc::new(mfa_assistant::service::clock::ManualClock::at(
            common::SEEDED_TIME,
        ));
        let provider = TrainingProvider::with_delays("RPO", clock, Delays::NONE).with_seed(3);
        let service =
            Service::practice(provider, Duration::from_secs(5)).with_text_messages(switch.into());
        let mut h = common::Harness::with_service(service, Lang::En);
        assert_eq!(total(&h), screens);
        h.walk_to_scan("jan@rpo.nl").await;
        h.verify_and_approve().await;
        assert_eq!(h.app.screen(), Screen::Approve);
        h.send(Message::Next);
        match switch {
            Switch::Off => {
                assert_eq!(h.app.screen(), Screen::Finish);
                assert!(h.shows("Two-step verification is set up"));
                assert!(
                    h.text_containing("Microsoft Authenticator on your phone")
                        .is_some()
                );
                assert!(h.text_containing("Text messages").is_none());
                assert!(h.app.title().contains("(8/8)"), "{}", h.app.title());
            }
            Switch::On => assert_eq!(h.app.screen(), Screen::Phone),
        }
    }
}
