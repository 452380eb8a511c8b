//! The Microsoft 365 provider against a real OAuth 2 / OpenID Connect server
//! (`oidc-provider`, standing in for the tenant's Entra ID) and a Graph
//! fixture that accepts only that server's access tokens and answers with
//! Microsoft's documented JSON (see `tests/common/microsoft365.rs`). The
//! browser is `tests/microsoft365/browser.mjs`, started as `$BROWSER` is.
//! Graph faults that cannot be caused on demand (429, 5xx, a hang, a
//! dropped connection, a refused token) are the fixture's, by request.

#[path = "common/microsoft365.rs"]
mod m365;

use std::time::Duration;

use m365::{ELS, Harness, JAN, authenticator, password, phone};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Error;
use mfa_assistant::service::microsoft365::{
    Browser, Fault, MethodKind, Microsoft365, Progress, Session, Update, WatchTiming, Watcher,
};
use serde_json::json;

const PHONE_MODEL: &str = "SM-G973F";

fn fast(watcher: Watcher) -> Watcher {
    watcher.with_timing(WatchTiming {
        every: Duration::from_millis(100),
        max_backoff: Duration::from_secs(2),
    })
}

async fn signed_in(harness: &Harness, lang: Lang) -> (Microsoft365, Session) {
    let client = Microsoft365::new(harness.settings()).unwrap();
    let session = client
        .sign_in(&harness.browser(), lang)
        .await
        .expect("signed in");
    (client, session)
}

/// The next reading that is not a retry.
async fn progress(watcher: &mut Watcher) -> Progress {
    for _ in 0..20 {
        match watcher.next().await.expect("watching") {
            Update::Methods { progress, .. } => return progress,
            Update::Retrying { .. } => {}
        }
    }
    panic!("Graph never answered");
}

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
async fn missing_admin_consent_is_named() {
    let harness = Harness::start();
    harness.set_admin_consent(false).await;
    let client = Microsoft365::new(harness.settings()).unwrap();
    let error = client
        .sign_in(&harness.browser(), Lang::En)
        .await
        .unwrap_err();
    assert_eq!(error, Error::Microsoft365(Fault::ConsentMissing));
    // The browser's page says to go back to the assistant.
    let reports = harness.await_browser_reports(1).await;
    let body = reports[0]["body"].as_str().unwrap();
    assert!(body.contains("Signing in did not work"), "{body}");
}

#[tokio::test]
async fn a_wrong_tenant_is_named_before_any_browser_opens() {
    let harness = Harness::start();
    let mut settings = harness.settings();
    settings.tenant = "contoso-typo.example".into();
    let client = Microsoft365::new(settings).unwrap();
    let unknown = Error::Microsoft365(Fault::UnknownTenant);
    assert_eq!(
        client
            .sign_in(&harness.browser(), Lang::En)
            .await
            .unwrap_err(),
        unknown
    );
    assert_eq!(client.start_device_code().await.unwrap_err(), unknown);
    assert!(harness.browser_reports().await.is_empty());
}

#[tokio::test]
async fn cancelling_in_the_browser_is_named() {
    let harness = Harness::start();
    harness.set_browser("cancel", JAN).await;
    let client = Microsoft365::new(harness.settings()).unwrap();
    assert_eq!(
        client
            .sign_in(&harness.browser(), Lang::En)
            .await
            .unwrap_err(),
        Error::Microsoft365(Fault::Cancelled)
    );
}

#[tokio::test]
async fn a_sign_in_left_alone_times_out_and_can_be_dropped() {
    let harness = Harness::start();
    harness.set_browser("ignore", JAN).await;
    let mut settings = harness.settings();
    settings.sign_in_wait = Duration::from_secs(2);
    let client = Microsoft365::new(settings).unwrap();
    assert_eq!(
        client
            .sign_in(&harness.browser(), Lang::En)
            .await
            .unwrap_err(),
        Error::Microsoft365(Fault::SignInTimedOut)
    );

    // Dropped midway (the person pressed Cancel in the assistant): the
    // loopback port closes with it.
    let browser = harness.browser();
    let waiting = tokio::time::timeout(Duration::from_secs(3), client.sign_in(&browser, Lang::En));
    let reports = tokio::join!(waiting, harness.await_browser_reports(2)).1;
    let start = url::Url::parse(reports[1]["start"].as_str().unwrap()).unwrap();
    let redirect = start
        .query_pairs()
        .find(|(k, _)| k == "redirect_uri")
        .map(|(_, v)| url::Url::parse(&v).unwrap())
        .unwrap();
    assert_eq!(redirect.path(), "/");
    let port = redirect.port().unwrap();
    assert!(
        tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
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

#[tokio::test]
async fn the_device_code_names_refusals() {
    let harness = Harness::start();
    let client = Microsoft365::new(harness.settings()).unwrap();

    harness.set_browser("cancel", JAN).await;
    let code = client.start_device_code().await.unwrap();
    let mut device = harness.device_browser(&code.verification_uri, &code.user_code);
    assert_eq!(
        client.finish_device_code(&code).await.unwrap_err(),
        Error::Microsoft365(Fault::Cancelled)
    );
    assert!(device.wait().unwrap().success());

    harness.set_browser("approve", JAN).await;
    harness.set_admin_consent(false).await;
    let code = client.start_device_code().await.unwrap();
    let mut device = harness.device_browser(&code.verification_uri, &code.user_code);
    assert_eq!(
        client.finish_device_code(&code).await.unwrap_err(),
        Error::Microsoft365(Fault::ConsentMissing)
    );
    assert!(device.wait().unwrap().success());

    let mut settings = harness.settings();
    settings.client_id = "00000000-0000-0000-0000-000000000000".into();
    let unregistered = Microsoft365::new(settings).unwrap();
    assert_eq!(
        unregistered.start_device_code().await.unwrap_err(),
        Error::Microsoft365(Fault::AppNotRegistered)
    );
}

#[tokio::test]
async fn expired_tokens_are_renewed_until_the_sign_in_runs_out() {
    // Access tokens for 2 s, refresh tokens for 6 s.
    let harness = Harness::with_ttl(2, 6);
    let (client, session) = signed_in(&harness, Lang::En).await;
    client.methods(&session).await.unwrap();
    tokio::time::sleep(Duration::from_millis(2500)).await;
    // Renewed before use: Graph never saw the expired token.
    client.methods(&session).await.unwrap();
    assert_eq!(harness.graph_stats().await["refused"], 0);

    // Graph refuses a token once (revoked): a new one, and on.
    harness.graph_faults(vec![json!({ "status": 401 })]).await;
    client.methods(&session).await.unwrap();

    // Nothing for longer than the refresh token lasts: sign in again.
    tokio::time::sleep(Duration::from_secs(7)).await;
    assert_eq!(
        client.methods(&session).await.unwrap_err(),
        Error::SessionExpired
    );
    let mut watcher = client.watch(session, None);
    assert_eq!(watcher.next().await.unwrap_err(), Error::SessionExpired);

    // Signed in again, the watch goes on with the same "before".
    let before = mfa_assistant::service::microsoft365::Snapshot::default();
    let session = client.sign_in(&harness.browser(), Lang::En).await.unwrap();
    let mut watcher = fast(client.watch(session, Some(before.clone())));
    progress(&mut watcher).await;
    assert_eq!(watcher.before(), Some(&before));
}

#[tokio::test]
async fn graph_throttling_is_honoured() {
    let harness = Harness::start();
    let (client, session) = signed_in(&harness, Lang::En).await;
    let mut watcher = fast(client.watch(session, None));
    harness
        .graph_faults(vec![json!({ "status": 429, "retryAfter": 1 })])
        .await;
    let update = watcher.next().await.unwrap();
    let Update::Retrying { error, retry_in } = update else {
        panic!("{update:?}");
    };
    assert_eq!(
        error,
        Error::Microsoft365(Fault::Throttled(Duration::from_secs(1)))
    );
    assert_eq!(retry_in, Duration::from_secs(1));
    assert!(matches!(
        watcher.next().await.unwrap(),
        Update::Methods { .. }
    ));
    // Graph counts requests that came before Retry-After had passed.
    assert_eq!(harness.graph_stats().await["early"], 0);
}

#[tokio::test]
async fn graph_failures_back_off_and_recover() {
    let harness = Harness::start();
    let (client, session) = signed_in(&harness, Lang::En).await;
    let mut watcher = fast(client.watch(session, None));
    harness
        .graph_faults(vec![
            json!({ "status": 503 }),
            json!({ "status": 502 }),
            json!({ "hang": true }),
            json!({ "drop": true }),
        ])
        .await;
    let mut seen = Vec::new();
    while let Update::Retrying { error, retry_in } = watcher.next().await.unwrap() {
        seen.push((error, retry_in));
    }
    let ms = |n| Duration::from_millis(n);
    assert_eq!(
        seen,
        vec![
            (Error::ServerFault(503), ms(200)),
            (Error::ServerFault(502), ms(400)),
            (Error::Timeout, ms(800)),
            (Error::Unreachable, ms(1600)),
        ]
    );
    // Back to the usual pace once Graph answers.
    harness
        .add_method(JAN, phone("+31 612345678", "mobile"))
        .await;
    assert!(progress(&mut watcher).await.mobile_phone.unwrap().new);
}

#[tokio::test]
async fn graph_refusing_access_ends_the_watch() {
    let harness = Harness::start();
    let (client, session) = signed_in(&harness, Lang::En).await;
    harness.graph_faults(vec![json!({ "status": 403 })]).await;
    let mut watcher = fast(client.watch(session, None));
    assert_eq!(
        watcher.next().await.unwrap_err(),
        Error::Microsoft365(Fault::Forbidden)
    );
}

#[tokio::test]
async fn an_offline_graph_is_unreachable() {
    let harness = Harness::start();
    let (_, session) = signed_in(&harness, Lang::En).await;
    // A port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut settings = harness.settings();
    settings.graph = url::Url::parse(&format!("http://127.0.0.1:{port}")).unwrap();
    let offline = Microsoft365::new(settings).unwrap();
    assert_eq!(
        offline.methods(&session).await.unwrap_err(),
        Error::Unreachable
    );
    let mut watcher = fast(offline.watch(session, None));
    assert!(matches!(
        watcher.next().await.unwrap(),
        Update::Retrying {
            error: Error::Unreachable,
            ..
        }
    ));
}
