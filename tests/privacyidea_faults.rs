//! Server faults the real privacyIDEA cannot produce on demand, from a
//! stand-in in front of it (`tests/common/fault_proxy.rs`): a hang, a 502,
//! a busy server's 429 and 503 with `Retry-After`, a connection cut in the
//! middle of an answer, a web page where JSON was due, a failed TLS
//! handshake. Each is its own typed error; the retry goes to the real
//! server and works, and nothing is lost or left behind on it.

#[path = "common/fault_proxy.rs"]
mod fault_proxy;
#[path = "common/privacyidea.rs"]
mod pi;

use std::time::{Duration, Instant, SystemTime};

use fault_proxy::{Fault, FaultProxy};
use mfa_assistant::service::privacyidea::PrivacyIdeaProvider;
use mfa_assistant::service::{Enroller, Error};
use pi::{JAN, Server, login, oathtool, settings};

fn provider_for(url: &str) -> PrivacyIdeaProvider {
    PrivacyIdeaProvider::new(&settings(url)).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hung_server_times_out_and_the_retry_works() {
    let server = Server::start();
    let proxy = FaultProxy::start(&server.url, Fault::Hang, 1, "POST /auth").await;
    let mut s = settings(&proxy.url);
    // Long enough for a real sign-in on a busy machine.
    s.timeout = Duration::from_secs(5);
    let p = PrivacyIdeaProvider::new(&s).unwrap();
    assert_eq!(p.sign_in(login(JAN)).await, Err(Error::Timeout));
    p.sign_in(login(JAN))
        .await
        .expect("the retry reaches the server");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_server_or_its_proxy_says_so() {
    let server = Server::start();
    let proxy = FaultProxy::start(
        &server.url,
        Fault::Reply(
            "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html",
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        ),
        1,
        "POST /auth",
    )
    .await;
    let p = provider_for(&proxy.url);
    assert_eq!(p.sign_in(login(JAN)).await, Err(Error::ServerFault(502)));
    p.sign_in(login(JAN)).await.expect("the retry works");
}

/// 429 with `Retry-After` in seconds: the wait is the error, requests in
/// that time are not even sent, and after it the same call works.
#[tokio::test(flavor = "multi_thread")]
async fn too_many_requests_is_a_wait_that_is_honoured() {
    let server = Server::start();
    let proxy = FaultProxy::start(
        &server.url,
        Fault::Reply("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2", ""),
        1,
        "POST /auth",
    )
    .await;
    let p = provider_for(&proxy.url);
    assert_eq!(
        p.sign_in(login(JAN)).await,
        Err(Error::ServerBusy(Duration::from_secs(2)))
    );
    let seen = proxy.seen();
    let Err(Error::ServerBusy(left)) = p.sign_in(login(JAN)).await else {
        panic!("a retry within the wait is refused with the wait left");
    };
    assert!(
        left <= Duration::from_secs(2) && left > Duration::from_millis(500),
        "{left:?}"
    );
    assert_eq!(proxy.seen(), seen, "nothing was sent during the wait");
    tokio::time::sleep(left).await;
    p.sign_in(login(JAN))
        .await
        .expect("after the wait it works");
}

/// 503 with `Retry-After` as an HTTP date, while a token is being created:
/// nothing was created, and after the wait exactly one token is.
#[tokio::test(flavor = "multi_thread")]
async fn unavailable_with_a_date_is_a_wait_too_and_nothing_is_doubled() {
    let server = Server::start();
    let made = Instant::now();
    let when = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3));
    let head: &'static str =
        format!("HTTP/1.1 503 Service Unavailable\r\nRetry-After: {when}").leak();
    let proxy = FaultProxy::start(&server.url, Fault::Reply(head, ""), 1, "POST /token/init").await;
    let p = provider_for(&proxy.url);
    p.sign_in(login(JAN)).await.unwrap();
    let Err(Error::ServerBusy(wait)) = p.start_totp().await else {
        panic!("503 with Retry-After is a wait");
    };
    // Whole seconds in the date: it ends 2 to 3 seconds after it was made
    // (give or take the server clock's second). What is left is that less
    // the time signing in took (long on a loaded machine), so the two
    // together are checked.
    let since = made.elapsed();
    assert!(
        wait <= Duration::from_secs(3) && since + wait >= Duration::from_secs(1),
        "{wait:?} left, {since:?} after the date was made"
    );
    tokio::time::sleep(wait).await;
    let enrollment = p.start_totp().await.expect("after the wait it works");
    p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();
    assert_eq!(server.token_types(JAN).await, ["totp"]);
}

/// The answer to "create a TOTP token" is cut off halfway: the server made
/// the token, the assistant never learnt its serial. That is its own error,
/// the retry works, and the half-made token is gone from the server.
#[tokio::test(flavor = "multi_thread")]
async fn a_connection_cut_mid_answer_loses_nothing_and_leaves_nothing() {
    let server = Server::start();
    let proxy = FaultProxy::start(&server.url, Fault::CutAnswer, 1, "POST /token/init").await;
    let p = provider_for(&proxy.url);
    p.sign_in(login(JAN)).await.unwrap();
    assert_eq!(p.start_totp().await.err(), Some(Error::ConnectionLost));
    let orphan = server.token_states(JAN).await;
    assert_eq!(orphan.len(), 1, "the server did create it: {orphan:?}");
    assert_eq!(orphan[0].2, "verify");

    let enrollment = p.start_totp().await.expect("the retry works");
    p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();
    let states = server.token_states(JAN).await;
    assert_eq!(states.len(), 1, "{states:?}");
    assert_ne!(states[0].0, orphan[0].0, "the half-made one was removed");
    assert_eq!((states[0].2.as_str(), states[0].3), ("enrolled", true));
}

/// The connection closes before any answer to the code check: its own
/// error, and checking again works.
#[tokio::test(flavor = "multi_thread")]
async fn a_connection_closed_before_the_answer_is_told_and_retried() {
    let server = Server::start();
    let proxy = FaultProxy::start(&server.url, Fault::CutBeforeAnswer, 1, "POST /auth").await;
    let p = provider_for(&proxy.url);
    assert_eq!(p.sign_in(login(JAN)).await, Err(Error::ConnectionLost));
    p.sign_in(login(JAN)).await.expect("the retry works");
}

/// A web page where privacyIDEA's JSON was due: a proxy's or firewall's
/// refusal (403) or a network's sign-in portal (200).
#[tokio::test(flavor = "multi_thread")]
async fn a_web_page_instead_of_privacyidea_is_told() {
    let server = Server::start();
    for (status, head, body) in [
        (
            403,
            "HTTP/1.1 403 Forbidden\r\nContent-Type: text/html; charset=utf-8",
            "<html><body>Access denied by proxy</body></html>",
        ),
        // No type; the page tells itself.
        (
            200,
            "HTTP/1.1 200 OK",
            "\n  <!DOCTYPE html><title>Sign in to the Wi-Fi</title>",
        ),
    ] {
        let proxy = FaultProxy::start(&server.url, Fault::Reply(head, body), 1, "POST /auth").await;
        let p = provider_for(&proxy.url);
        assert_eq!(p.sign_in(login(JAN)).await, Err(Error::WebPage(status)));
        p.sign_in(login(JAN)).await.expect("the retry works");
    }
}

/// The TLS handshake fails (a fatal alert): its own error, not "unreachable"
/// nor "untrusted"; the retry works. Something other than TLS answering on
/// the HTTPS port is a TLS failure too.
#[tokio::test(flavor = "multi_thread")]
async fn a_failed_tls_handshake_is_told_and_retried() {
    let server = Server::start_tls();
    let proxy = FaultProxy::start(&server.url, Fault::TlsAlert, 1, "").await;
    let mut s = settings(&proxy.url);
    s.ca_file = Some(server.ca_file());
    let p = PrivacyIdeaProvider::new(&s).unwrap();
    let started = Instant::now();
    match p.sign_in(login(JAN)).await {
        Err(Error::TlsFailed(detail)) => assert!(!detail.is_empty()),
        other => panic!("expected a TLS failure, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(5), "told at once");
    p.sign_in(login(JAN)).await.expect("the retry works");

    // Plain HTTP where HTTPS was expected.
    let plain = Server::start();
    let https = plain.url.replace("http://", "https://");
    let p = provider_for(&https);
    assert!(
        matches!(p.sign_in(login(JAN)).await, Err(Error::TlsFailed(_))),
        "plain HTTP on an https:// address"
    );
}

/// Each fault is a sentence in both languages, the wait in seconds.
#[test]
fn each_fault_has_its_own_sentence() {
    use mfa_assistant::i18n::Lang;
    use mfa_assistant::screen::error_text;
    let busy = Error::ServerBusy(Duration::from_secs(7));
    assert!(error_text(Lang::En, &busy, 7).contains("Try again in 7 seconds."));
    assert!(error_text(Lang::Nl, &busy, 7).contains("over 7 seconden"));
    assert!(error_text(Lang::En, &busy, 0).contains("try again now"));
    for lang in Lang::ALL {
        let sentences = [
            error_text(lang, &busy, 7),
            error_text(lang, &Error::ConnectionLost, 0),
            error_text(lang, &Error::TlsFailed("received fatal alert".into()), 0),
            error_text(lang, &Error::WebPage(403), 0),
            error_text(lang, &Error::Unreachable, 0),
        ];
        for (i, a) in sentences.iter().enumerate() {
            assert!(sentences[i + 1..].iter().all(|b| a != b), "{lang:?}: {a}");
        }
        assert!(sentences[2].contains("received fatal alert"));
        assert!(sentences[3].contains("403"));
    }
}
