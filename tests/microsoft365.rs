//! The Microsoft 365 provider against a real OAuth 2 / OpenID Connect server
//! (`oidc-provider`, standing in for the tenant's Entra ID) and a Graph
//! fixture that accepts only that server's access tokens and answers with
//! Microsoft's documented JSON (see `tests/common/microsoft365.rs`): signing
//! in, and the methods as a person registers them. The browser is
//! `tests/microsoft365/browser.mjs`, started as `$BROWSER` is. The faults
//! are in `tests/microsoft365_faults.rs`.

#[path = "common/microsoft365.rs"]
mod m365;

use m365::{
    ELS, Harness, JAN, PHONE_MODEL, authenticator, fast, password, phone, progress, signed_in,
};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::microsoft365::{Browser, MethodKind, Microsoft365, Progress};

#[tokio::test]
async fn signs_in_in_the_browser_and_reads_the_methods() {
    let harness = Harness::start();
    let (client, session) = signed_in(&harness, Lang::Nl).await;
    assert_eq!(session.account().name.as_deref(), Some("Jan Jansen"));
    assert_eq!(session.account().username.as_deref(), Some(JAN.0));
    // Debug never shows a token.
    assert!(!format!("{session:?}").contains("eyJ"), "{session:?}");

    let snapshot = client.methods(&session).await.unwrap();
    assert_eq!(snapshot.methods.len(), 1);
    assert_eq!(snapshot.methods[0].kind, MethodKind::Password);
    assert_eq!(harness.graph_stats().await["served"], 1);

    // The browser landed on the assistant's page, in Dutch.
    let reports = harness.await_browser_reports(1).await;
    let landed = &reports[0];
    assert_eq!(landed["status"], 200, "{landed:#}");
    let url = landed["url"].as_str().unwrap();
    assert!(url.starts_with("http://localhost:"), "{url}");
    let body = landed["body"].as_str().unwrap();
    assert!(body.contains("lang=\"nl\""), "{body}");
    assert!(body.contains("Je kunt dit tabblad sluiten"), "{body}");
}

/// `Browser::System` starts what `$BROWSER` names. The variable is set for
/// a child run of this very test (setting it here, with other tests' threads
/// running, would race), which signs in with it.
#[test]
fn the_system_browser_is_whatever_dollar_browser_names() {
    if std::env::var_os("MFA_TEST_CHILD").is_some() {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        return runtime.block_on(async {
            let harness = Harness::start();
            let client = Microsoft365::new(harness.settings()).unwrap();
            let session = client.sign_in(&Browser::System, Lang::En).await.unwrap();
            assert_eq!(session.account().username.as_deref(), Some(JAN.0));
        });
    }
    let browser = m365::install_dir().join("browser.mjs");
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "the_system_browser_is_whatever_dollar_browser_names",
        ])
        .env("MFA_TEST_CHILD", "1")
        .env(
            "BROWSER",
            format!("no-such-browser:node {} %s", browser.display()),
        )
        .status()
        .unwrap();
    assert!(status.success());
}

#[tokio::test]
async fn ticks_appear_as_methods_are_registered_and_not_before() {
    let harness = Harness::start();
    let (client, session) = signed_in(&harness, Lang::En).await;
    let mut watcher = fast(client.watch(session, None));

    // Before: only the password; a few readings later still nothing.
    for _ in 0..3 {
        assert_eq!(progress(&mut watcher).await, Progress::default());
    }
    let before = &watcher.before().unwrap().methods;
    assert_eq!(before.len(), 1, "{before:?}");

    // On Microsoft's page the person adds the app…
    harness
        .add_method(
            JAN,
            authenticator("6c0f4a1e-4c7d-4a8e-9b5f-1d2e3f4a5b6c", PHONE_MODEL),
        )
        .await;
    let now = progress(&mut watcher).await;
    let app = now.authenticator.clone().expect("the app is ticked");
    assert!(app.new);
    assert!(
        matches!(&app.method.kind, MethodKind::Authenticator { display_name: Some(m), .. } if m == PHONE_MODEL)
    );
    assert_eq!(now.mobile_phone, None);
    assert!(!now.complete(false) && now.complete(true));

    // …an office number, which is not the guide's mobile phone…
    harness
        .add_method(JAN, phone("+31 201234567", "office"))
        .await;
    assert_eq!(progress(&mut watcher).await.mobile_phone, None);

    // …and the mobile number.
    harness
        .add_method(JAN, phone("+31 612345678", "mobile"))
        .await;
    let now = progress(&mut watcher).await;
    let mobile = now.mobile_phone.clone().expect("the phone is ticked");
    assert!(mobile.new);
    assert_eq!(
        mobile.method.phone_number().as_deref(),
        Some("+31 6 12345678")
    );
    assert!(now.complete(false));
}

#[tokio::test]
async fn methods_registered_during_sign_in_are_on_record() {
    let harness = Harness::start();
    // Microsoft's "More information required" came during the sign-in
    // itself: the methods exist before the assistant first looks.
    harness
        .set_methods(
            JAN,
            vec![
                password(),
                authenticator("9a8b7c6d-0000-4000-8000-000000000001", PHONE_MODEL),
                phone("+31 612345678", "mobile"),
            ],
        )
        .await;
    let (client, session) = signed_in(&harness, Lang::En).await;
    let mut watcher = fast(client.watch(session, None));
    let now = progress(&mut watcher).await;
    assert!(now.complete(false));
    assert!(!now.authenticator.unwrap().new);
    assert!(!now.mobile_phone.unwrap().new);
}

#[tokio::test]
async fn each_person_sees_their_own_methods() {
    let harness = Harness::start();
    harness
        .set_methods(ELS, vec![password(), phone("+31 687654321", "mobile")])
        .await;
    harness.set_browser("approve", ELS).await;
    let (client, session) = signed_in(&harness, Lang::En).await;
    assert_eq!(session.account().username.as_deref(), Some(ELS.0));
    let snapshot = client.methods(&session).await.unwrap();
    assert_eq!(
        snapshot.methods[1].phone_e164().as_deref(),
        Some("+31687654321")
    );
}

#[tokio::test]
async fn the_device_code_signs_in_on_another_device() {
    let harness = Harness::start();
    let client = Microsoft365::new(harness.settings()).unwrap();
    let code = client.start_device_code().await.unwrap();
    assert!(code.verification_uri.ends_with("/devicelogin"), "{code:?}");
    let mut device = harness.device_browser(&code.verification_uri, &code.user_code);
    let session = client.finish_device_code(&code).await.unwrap();
    assert!(device.wait().unwrap().success());
    assert_eq!(session.account().username.as_deref(), Some(JAN.0));
    assert_eq!(client.methods(&session).await.unwrap().methods.len(), 1);
}
