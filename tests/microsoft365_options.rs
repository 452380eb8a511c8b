//! The Microsoft 365 screens with IT's options, against the real OAuth
//! server and the Graph fixture: signing in with a code on another device
//! (`device_code = true`), and the app alone counting as done
//! (`phone_optional = true`).

mod common;
#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/walk_m365.rs"]
mod walk_m365;

use m365::{JAN, PHONE_MODEL, authenticator, password};
use mfa_assistant::guide::{Page, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Service;
use mfa_assistant::service::microsoft365::{Handle, Microsoft365, Settings};
use walk_m365::{APP_ID, until};

/// The app on the harness with `settings`.
fn app(harness: &m365::Harness, settings: Settings) -> common::Harness {
    let handle = Handle::new(Microsoft365::new(settings).unwrap()).with_browser(harness.browser());
    common::Harness::with_service(
        m365::on_day(Service::for_microsoft365(handle), m365::TODAY_UNIX),
        Lang::En,
    )
}

/// Where IT allows it, a code for another device: shown large with the
/// address, and the sign-in there counts here.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_device_code_signs_in_from_another_device() {
    let harness = m365::Harness::start();
    let mut settings = harness.settings();
    settings.device_code = true;
    let mut h = app(&harness, settings);
    h.click("Start").await;
    h.click("I have installed it").await;
    h.click("Sign in on another device").await;
    until(&mut h, "the code", |a| {
        a.microsoft365().device_code().is_some()
    })
    .await;
    let code = h.app.microsoft365().device_code().unwrap().clone();
    assert!(h.shows(&code.user_code));
    let mut device = harness.device_browser(&code.verification_uri, &code.user_code);
    until(&mut h, "signed in", |a| a.microsoft365().signed_in()).await;
    assert!(device.wait().unwrap().success());
    assert!(h.app.microsoft365().device_code().is_none());
    assert_eq!(
        harness.browser_reports().await.len(),
        1,
        "only the device's browser"
    );
}

/// With the phone optional, the app alone is "set up"; the phone's line
/// says it is not required. Without the option the same methods are not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_alone_is_done_where_the_phone_is_optional() {
    for optional in [true, false] {
        let harness = m365::Harness::start();
        harness
            .set_methods(JAN, vec![password(), authenticator(APP_ID, PHONE_MODEL)])
            .await;
        let mut settings = harness.settings();
        settings.phone_optional = optional;
        let mut h = app(&harness, settings);
        h.click("Start").await;
        h.click("I have installed it").await;
        h.click("Sign in with Microsoft").await;
        until(&mut h, "read", |a| a.microsoft365().before().is_some()).await;
        assert_eq!(h.app.microsoft365().complete(), optional);
        if optional {
            h.click("To the end").await;
            assert_eq!(h.app.screen(), Screen::Microsoft(Page::Finish));
            assert!(h.shows("Two-step verification is set up"));
            assert!(h.shows(
                "Mobile phone: not registered yet (your organisation does not require it)."
            ));
        } else {
            assert!(!h.shows("To the end"));
            assert!(h.shows("Mobile phone: not registered yet."));
        }
    }
}
