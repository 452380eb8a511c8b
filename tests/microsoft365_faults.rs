//! The Microsoft 365 provider's faults, against the real OAuth 2 server and
//! the Graph fixture of `tests/common/microsoft365.rs`: each from where it
//! really comes (the server's own answers: consent missing, unknown tenant
//! or app, cancelled, expired tokens), except the Graph faults that cannot
//! be caused on demand (429, 5xx, a hang, a dropped connection, a refused
//! token), which the fixture gives by request.

#[path = "common/microsoft365.rs"]
mod m365;

use std::time::Duration;

use m365::{Harness, JAN, fast, phone, progress, signed_in};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Error;
use mfa_assistant::service::microsoft365::{Fault, Microsoft365, Snapshot, Update};
use serde_json::json;

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

/// Conditional Access blocking the assistant comes as
/// `interaction_required`: named as IT's (with its number), not taken for
/// an expired sign-in, which would ask the person to sign in again and
/// again.
#[tokio::test]
async fn conditional_access_is_named_not_a_new_sign_in() {
    let harness = Harness::start();
    harness.set_blocked_by_policy(true).await;
    let client = Microsoft365::new(harness.settings()).unwrap();
    let error = client
        .sign_in(&harness.browser(), Lang::En)
        .await
        .unwrap_err();
    assert_eq!(error, Error::Microsoft365(Fault::BlockedByPolicy(53003)));
    assert!(error.to_string().contains("53003"), "{error}");

    // The device code ends the same way, once the person signed in.
    let code = client.start_device_code().await.unwrap();
    let mut device = harness.device_browser(&code.verification_uri, &code.user_code);
    assert_eq!(
        client.finish_device_code(&code).await.unwrap_err(),
        Error::Microsoft365(Fault::BlockedByPolicy(53003))
    );
    assert!(device.wait().unwrap().success());

    // Lifted: the same sign-in works.
    harness.set_blocked_by_policy(false).await;
    client.sign_in(&harness.browser(), Lang::En).await.unwrap();
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
    let before = Snapshot::default();
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
