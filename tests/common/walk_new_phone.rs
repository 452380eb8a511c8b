//! A new phone, and a lost one, against the Microsoft 365 harness,
//! stopping at every screen worth a picture: the screenshot test's walk of
//! the new-phone route. The old phone and the new are the same model (the
//! page cannot tell them apart; Graph's ids can). Declared beside `mod
//! common`, `mod m365` and `mod walk_m365`.

#![allow(dead_code)]

use mfa_assistant::app::Message;
use mfa_assistant::config::Config;
use mfa_assistant::guide::{Errand, Page};
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::{microsoft365, welcome};

use crate::common::Harness;
use crate::m365::{self, JAN, PHONE_MODEL, authenticator, password, phone};
use crate::walk_m365::{APP_ID, app_with_config, ms, next_to, signed_in, until};

/// The screens `every_screen` stops at, in order.
pub const SCREENS: [&str; 9] = [
    "m365-new-phone-welcome",
    "m365-new-phone-sign-in",
    "m365-new-phone-add",
    "m365-new-phone-remove-wait",
    "m365-new-phone-add-ticked",
    "m365-new-phone-remove",
    "m365-new-phone-removed",
    "m365-new-phone-finish",
    "m365-new-phone-lost",
];

/// The new phone's Microsoft Authenticator in Graph.
pub const NEW_APP_ID: &str = "0b5e1f9a-8d3c-4f27-a6b1-7e2c9d4f3a10";

/// The helpdesk IT names in these walks.
pub const HELPDESK: &str = "088 123 4567 (servicedesk@contoso.example)";

/// Walks the new phone's route in `lang` and then a lost phone's first
/// screen, calling `at(harness, name)` on each of [`SCREENS`].
pub async fn every_screen(lang: Lang, mut at: impl FnMut(&mut Harness, &str)) {
    let harness = m365::Harness::start();
    let number = phone("+31 612345678", "mobile");
    let new = authenticator(NEW_APP_ID, PHONE_MODEL);
    harness
        .set_methods(
            JAN,
            vec![
                password(),
                authenticator(APP_ID, PHONE_MODEL),
                number.clone(),
            ],
        )
        .await;
    let mut config = Config::default();
    config.helpdesk = Some(HELPDESK.to_owned());
    let mut h = app_with_config(&harness, harness.settings(), config.clone(), lang);
    h.send(welcome::Message::Errand(Errand::NewPhone));
    at(&mut h, "m365-new-phone-welcome");
    signed_in(&mut h, lang).await;
    at(&mut h, "m365-new-phone-sign-in");
    h.send(ms(Page::SignIn, microsoft365::Message::Next));
    h.settle().await;
    at(&mut h, "m365-new-phone-add");
    next_to(&mut h, Page::NewPhoneRemove);
    at(&mut h, "m365-new-phone-remove-wait");
    h.send(Message::Back);
    harness.add_method(JAN, new.clone()).await;
    until(&mut h, "the new phone", |a| {
        a.microsoft365().new_phone_listed()
    })
    .await;
    at(&mut h, "m365-new-phone-add-ticked");
    next_to(&mut h, Page::NewPhoneRemove);
    at(&mut h, "m365-new-phone-remove");
    harness
        .set_methods(JAN, vec![password(), new, number])
        .await;
    until(&mut h, "the old phone gone", |a| {
        a.microsoft365().complete()
    })
    .await;
    at(&mut h, "m365-new-phone-removed");
    next_to(&mut h, Page::Finish);
    at(&mut h, "m365-new-phone-finish");

    let mut h = app_with_config(&harness, harness.settings(), config, lang);
    h.send(welcome::Message::Errand(Errand::LostPhone));
    h.send(Message::Next);
    assert_eq!(
        h.app.screen(),
        mfa_assistant::guide::Screen::Microsoft(Page::LostPhone)
    );
    at(&mut h, "m365-new-phone-lost");
}
