//! The privacyIDEA provider against a real privacyIDEA 3.14 server (see
//! `tests/common/privacyidea.rs`): TOTP and SMS enrolled end to end, with the
//! server's enrollment verification, and the ways it goes wrong. Faults the
//! real server cannot produce on demand (a hang, an HTTP 500) come from a
//! small socket stand-in.

#[path = "common/privacyidea.rs"]
mod pi;

use std::process::Command;
use std::time::Duration;

use mfa_assistant::service::privacyidea::{PrivacyIdeaProvider, Settings};
use mfa_assistant::service::{Code, Country, Error, PhoneNumber, Provider, SignIn, TotpEnrollment};
use pi::{JAN, REALM, Server};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use url::Url;
use zeroize::Zeroizing;

fn settings(url: &str) -> Settings {
    let mut s = Settings::new(Url::parse(url).unwrap(), REALM);
    s.resend_after = Duration::from_secs(1);
    s
}

fn login(user: (&str, &str)) -> SignIn {
    SignIn::UsernamePassword {
        username: user.0.to_owned(),
        password: Zeroizing::new(user.1.to_owned()),
    }
}

/// The current code, from an independent TOTP tool.
fn oathtool(enrollment: &TotpEnrollment, offset: &str) -> Code {
    let secret = enrollment.key.plain();
    let out = Command::new("oathtool")
        .args(["--totp", "-b", secret.as_str(), "-N", offset])
        .output()
        .expect("oathtool (Debian package oathtool; scripts/test installs it)");
    assert!(out.status.success());
    Code::parse(String::from_utf8_lossy(&out.stdout).trim()).unwrap()
}

fn phone() -> PhoneNumber {
    mfa_assistant::service::phone::parse(Country::NETHERLANDS, "06-12345678").unwrap()
}

async fn tokens(p: &PrivacyIdeaProvider) -> Vec<serde_json::Value> {
    let jwt = p.session_jwt().expect("signed in");
    p.client().tokens(&jwt).await.expect("token list")
}

fn last_code(texts: &[String]) -> Code {
    let text = texts.last().expect("an SMS was sent");
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    Code::parse(&digits).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn totp_and_sms_enroll_for_real_and_nothing_else_stays() {
    let server = Server::start();
    let p = PrivacyIdeaProvider::new(&settings(&server.url)).unwrap();
    let account = p.sign_in(login(JAN)).await.unwrap();
    assert_eq!(account.label, "jan@staff");

    // TOTP: the server's QR, refused with a code from long ago, accepted
    // with the current one.
    let enrollment = p.start_totp().await.unwrap();
    assert!(
        enrollment.uri.starts_with("otpauth://totp/"),
        "{}",
        enrollment.uri
    );
    assert_eq!(
        p.start_totp().await.unwrap().uri,
        enrollment.uri,
        "same QR when coming back"
    );
    assert_eq!(
        p.verify_totp(oathtool(&enrollment, "2001-01-01 00:00:00 UTC"))
            .await,
        Err(Error::CodeRejected)
    );
    p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();

    // SMS: the code goes through the server's own gateway.
    let sent = p.send_sms(phone()).await.unwrap();
    assert_eq!(sent.to.e164(), "+31612345678");
    let first = last_code(&server.sms_to("+31612345678").await);
    assert!(matches!(
        p.send_sms(phone()).await,
        Err(Error::ResendTooSoon(_))
    ));
    tokio::time::sleep(Duration::from_millis(1100)).await;
    p.send_sms(phone()).await.expect("resend after the wait");
    let texts = server.sms_to("+31612345678").await;
    assert_eq!(texts.len(), 2, "a second SMS: {texts:?}");
    let second = last_code(&texts);
    let wrong = Code::parse(if second.as_str() == "000000" {
        "111111"
    } else {
        "000000"
    })
    .unwrap();
    assert_eq!(p.verify_sms(wrong).await, Err(Error::CodeRejected));
    if first != second {
        // The first code belonged to the token the resend replaced.
        assert!(p.verify_sms(first).await.is_err());
    }
    p.verify_sms(second).await.unwrap();

    // privacyIDEA lists exactly the two verified tokens, both active.
    let list = tokens(&p).await;
    let mut kinds: Vec<&str> = list
        .iter()
        .filter_map(|t| t["tokentype"].as_str())
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["sms", "totp"], "{list:#?}");
    for t in &list {
        assert_eq!(t["active"], true, "{t:#}");
        assert_eq!(t["rollout_state"], "enrolled", "{t:#}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn cancel_leaves_no_unverified_tokens() {
    let server = Server::start();
    let p = PrivacyIdeaProvider::new(&settings(&server.url)).unwrap();
    p.sign_in(login(JAN)).await.unwrap();
    p.start_totp().await.unwrap();
    p.send_sms(phone()).await.unwrap();
    assert_eq!(tokens(&p).await.len(), 2, "both waiting for verification");
    p.cancel().await.unwrap();
    assert_eq!(tokens(&p).await, Vec::<serde_json::Value>::new());
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_failures_are_told_apart() {
    let mut server = Server::start();
    let p = PrivacyIdeaProvider::new(&settings(&server.url)).unwrap();
    assert_eq!(
        p.sign_in(login((JAN.0, "not-the-password"))).await,
        Err(Error::WrongPassword)
    );
    assert_eq!(
        p.sign_in(login(("nobody", "x"))).await,
        Err(Error::WrongPassword)
    );
    let mut elsewhere = settings(&server.url);
    elsewhere.realm = "sales".to_owned();
    let q = PrivacyIdeaProvider::new(&elsewhere).unwrap();
    assert_eq!(
        q.sign_in(login(JAN)).await,
        Err(Error::UnknownRealm("sales".to_owned()))
    );
    assert_eq!(
        p.start_totp().await,
        Err(Error::OutOfOrder),
        "not signed in"
    );

    // The server goes away mid-flow.
    p.sign_in(login(JAN)).await.unwrap();
    server.stop();
    assert_eq!(p.start_totp().await, Err(Error::Unreachable));
}

/// A socket that accepts and then does `behaviour` with each connection.
async fn stand_in(answer: Option<&'static str>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                match answer {
                    Some(reply) => {
                        let _ = socket.write_all(reply.as_bytes()).await;
                    }
                    // Never answers: a hung server.
                    None => tokio::time::sleep(Duration::from_secs(60)).await,
                }
            });
        }
    });
    url
}

#[tokio::test]
async fn a_hung_server_times_out() {
    let url = stand_in(None).await;
    let mut s = settings(&url);
    s.timeout = Duration::from_millis(500);
    let p = PrivacyIdeaProvider::new(&s).unwrap();
    assert_eq!(p.sign_in(login(JAN)).await, Err(Error::Timeout));
}

#[tokio::test]
async fn a_failing_server_says_so() {
    let url = stand_in(Some(
        "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    ))
    .await;
    let p = PrivacyIdeaProvider::new(&settings(&url)).unwrap();
    assert_eq!(p.sign_in(login(JAN)).await, Err(Error::ServerFault(502)));
}
