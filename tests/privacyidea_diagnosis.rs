//! The diagnosis of refused codes against a real privacyIDEA 3.14 (see
//! `tests/common/privacyidea.rs`): the server decides, the assistant says
//! why, from the otpauth URI's secret and the server's clock (HTTP `Date`).
//! Codes come from oathtool, as an authenticator app would make them.
//!
//! privacyIDEA's default `timeWindow` is 180 s: a TOTP code is checked at
//! the steps -6 to +5 around the server's (`HmacOtp.checkOtp` with a window
//! of 180 / 30), so a phone 2 minutes behind is accepted, 5 minutes is not.

#[path = "common/privacyidea.rs"]
mod pi;

use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mfa_assistant::service::diagnosis::{Amount, ClockOff, HashAlgorithm, Ignored, Way};
use mfa_assistant::service::privacyidea::{PrivacyIdeaProvider, Settings};
use mfa_assistant::service::{Code, Diagnosis, Enroller, Error, PushSetup, SignIn, TotpEnrollment};
use pi::{ANNA, JAN, PIET, REALM, Server};
use secrecy::ExposeSecret;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use url::Url;

fn provider(url: &str) -> PrivacyIdeaProvider {
    PrivacyIdeaProvider::new(&Settings::new(Url::parse(url).unwrap(), REALM)).unwrap()
}

fn login(user: (&str, &str)) -> SignIn {
    SignIn::UsernamePassword {
        username: user.0.to_owned(),
        password: user.1.to_owned().into(),
    }
}

/// A code from oathtool at `when` (a date oathtool reads, "now", "5
/// minutes ago"), with extra options (`--totp=sha256`, `-d 8`, `-s 60s`).
fn oathtool(enrollment: &TotpEnrollment, when: &str, options: &[&str]) -> Code {
    let secret = enrollment.key.plain();
    let out = Command::new("oathtool")
        .args(["-b", secret.as_str(), "-N", when])
        .args(if options.iter().any(|o| o.starts_with("--totp")) {
            &[][..]
        } else {
            &["--totp"][..]
        })
        .args(options)
        .output()
        .expect("oathtool (Debian package oathtool; scripts/test installs it)");
    assert!(out.status.success(), "{out:?}");
    Code::parse(String::from_utf8_lossy(&out.stdout).trim()).unwrap()
}

/// Waits until the clock is at least 2 s into a 30 s step and 8 s before
/// its end, so a code made now and the server's check share a step.
async fn away_from_the_step_edge() {
    let into = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis()
        % 30_000;
    if !(2_000..22_000).contains(&into) {
        tokio::time::sleep(Duration::from_millis(((32_000 - into) % 30_000) as u64)).await;
    }
}

fn clock(error: &Error) -> ClockOff {
    match error.diagnosis() {
        Some(Diagnosis::PhoneClock(clock)) => *clock,
        other => panic!("expected a clock diagnosis, got {other:?} for {error:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_five_minutes_behind_is_refused_and_two_minutes_is_accepted_with_a_note() {
    let server = Server::start();
    let p = provider(&server.url);
    p.sign_in(login(JAN)).await.unwrap();
    // The server's clock is read from its answers: this PC's, here.
    let offset = p.client().clock_offset().expect("the server sent a Date");
    assert!(offset.abs() <= 2, "{offset} s");

    let e = p.start_totp().await.unwrap();
    away_from_the_step_edge().await;
    let refused = p
        .verify_totp(oathtool(&e, "5 minutes ago", &[]))
        .await
        .unwrap_err();
    assert_eq!(
        refused.refusal(),
        &Error::CodeRejected,
        "the server decides"
    );
    let five = clock(&refused);
    assert_eq!((five.way, five.amount), (Way::Behind, Amount::Minutes(5)));
    assert_eq!(five.seconds, -300);
    assert!(!five.certain);
    assert_eq!(five.pc_seconds, None, "the PC's clock is right");

    away_from_the_step_edge().await;
    let accepted = p
        .verify_totp(oathtool(&e, "2 minutes ago", &[]))
        .await
        .expect("privacyIDEA accepts up to 3 minutes either way");
    let Some(Diagnosis::PhoneClock(note)) = accepted.note else {
        panic!("expected a clock note, got {accepted:?}");
    };
    assert_eq!((note.way, note.amount), (Way::Behind, Amount::Minutes(2)));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_code_typed_twice_in_one_window_was_used_already() {
    let server = Server::start();
    let p = provider(&server.url);
    p.sign_in(login(PIET)).await.unwrap();
    let e = p.start_totp().await.unwrap();
    away_from_the_step_edge().await;
    let code = oathtool(&e, "now", &[]);
    assert_eq!(p.verify_totp(code.clone()).await.unwrap().note, None);
    let PushSetup::CodeInstead { .. } = p.prepare_approval().await.unwrap() else {
        panic!("piet may not enroll push");
    };
    // The test by code with the code that just enrolled the token:
    // privacyIDEA says "previous otp used again"; the assistant knows it
    // from the secret.
    let refused = p.verify_test_code(code).await.unwrap_err();
    assert_eq!(refused.refusal(), &Error::CodeRejected);
    let Some(Diagnosis::CodeUsed { next_in }) = refused.diagnosis() else {
        panic!("expected 'used already', got {refused:?}");
    };
    // (0 if the step ended meanwhile: still "used", nothing to wait for.)
    assert!(*next_in <= 30, "{next_in} s");

    // The next code counts; typed twice, the test refuses it as used.
    let next = oathtool(&e, "30 seconds", &[]);
    p.verify_test_code(next.clone()).await.unwrap();
    let again = p.verify_test_code(next).await.unwrap_err();
    assert!(
        matches!(again.diagnosis(), Some(Diagnosis::CodeUsed { .. })),
        "{again:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_app_that_ignores_sha256_eight_digits_and_60_seconds_is_named() {
    let server = Server::start();
    let p = provider(&server.url);
    p.sign_in(login(ANNA)).await.unwrap();
    let e = p.start_totp().await.unwrap();
    let uri = e.uri.expose_secret();
    for part in ["algorithm=SHA256", "digits=8", "period=60"] {
        assert!(uri.contains(part), "{part} in {uri}");
    }
    away_from_the_step_edge().await;

    // Microsoft Authenticator's SHA1, 6 digits, 30 s: refused before the
    // server (it cannot be this token's), with every ignored setting.
    let microsoft = oathtool(&e, "now", &[]);
    assert_eq!(
        p.verify_totp(microsoft).await,
        Err(
            Error::CodeRejected.diagnosed(Some(Diagnosis::IgnoredSettings(Ignored {
                algorithm: Some(HashAlgorithm::Sha256),
                digits: Some(8),
                period: Some(60),
            })))
        )
    );
    // An app that followed all but the period: the server refuses it.
    let thirty = oathtool(&e, "now", &["--totp=sha256", "-d", "8"]);
    assert_eq!(
        p.verify_totp(thirty).await,
        Err(
            Error::CodeRejected.diagnosed(Some(Diagnosis::IgnoredSettings(Ignored {
                period: Some(60),
                ..Ignored::default()
            })))
        )
    );
    // An app that follows the QR.
    let right = oathtool(&e, "now", &["--totp=sha256", "-d", "8", "-s", "60s"]);
    p.verify_totp(right).await.unwrap();
}

/// A server whose clock is a day behind this PC's: a privacyIDEA cannot be
/// made to do that on demand, so a socket stand-in answers with that Date.
#[tokio::test]
async fn the_pc_clock_is_measured_against_the_servers_date() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let yesterday = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(86_400));
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let body = r#"{"result":{"status":false,"error":{"code":4031,"message":"wrong"}}}"#;
            let reply = format!(
                "HTTP/1.1 200 OK\r\nDate: {yesterday}\r\nContent-Type: application/json\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(reply.as_bytes()).await;
        }
    });
    let p = provider(&url);
    assert_eq!(p.client().clock_offset(), None, "nothing heard yet");
    assert_eq!(p.sign_in(login(JAN)).await, Err(Error::WrongPassword));
    let offset = p.client().clock_offset().expect("Date read");
    assert!((-86_402..=-86_398).contains(&offset), "{offset}");
}
