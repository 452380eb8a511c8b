//! The privacyIDEA provider against a real privacyIDEA 3.14 server (see
//! `tests/common/privacyidea.rs`): TOTP and SMS enrolled end to end, with the
//! server's enrollment verification, and the ways it goes wrong (faults the
//! real server cannot produce on demand are in `tests/privacyidea_faults.rs`).

#[path = "common/privacyidea.rs"]
mod pi;
#[path = "common/test_phone.rs"]
mod test_phone;

use std::time::Duration;

use mfa_assistant::service::privacyidea::PrivacyIdeaProvider;
use mfa_assistant::service::{ApprovalOutcome, Code, Enroller, Error, PushSetup};
use pi::{JAN, Server, last_code, login, mobile, oathtool, provider, settings, tokens};
use secrecy::ExposeSecret;
use test_phone::TestPhone;

#[tokio::test(flavor = "multi_thread")]
async fn totp_push_and_sms_enroll_for_real_and_nothing_else_stays() {
    let server = Server::start();
    let p = provider(&server.url);
    let account = p.sign_in(login(JAN)).await.unwrap();
    assert_eq!(account.label, "jan@staff");

    // TOTP: the server's QR, refused with a code from long ago, accepted
    // with the current one.
    let enrollment = p.start_totp().await.unwrap();
    let uri = enrollment.uri.expose_secret();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert_eq!(
        p.start_totp().await.unwrap().uri.expose_secret(),
        uri,
        "same QR when coming back"
    );
    // (Refused by the server; a diagnosis, if any, rides along: see
    // tests/privacyidea_diagnosis.rs.)
    assert_eq!(
        p.verify_totp(oathtool(&enrollment, "2001-01-01 00:00:00 UTC"))
            .await
            .unwrap_err()
            .refusal(),
        &Error::CodeRejected
    );
    p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();

    // Push: the phone scans its own QR and registers; then a real test
    // sign-in with the number check, approved on the phone; then one denied.
    let PushSetup::Scan { uri } = p.prepare_approval().await.unwrap() else {
        panic!("jan may enroll push: expected a QR");
    };
    assert!(uri.starts_with("otpauth://pipush/"), "{uri}");
    let registered = tokio::spawn(p.await_registration());
    let phone = TestPhone::register(&uri).await;
    registered.await.unwrap().unwrap();
    assert_eq!(p.prepare_approval().await.unwrap(), PushSetup::Ready);

    let request = p.start_approval().await.unwrap();
    let outcome = tokio::spawn(p.await_approval(request.id));
    let challenge = phone.wait_for_challenge().await;
    let shown = request.number.clone();
    assert!(
        challenge.options.contains(&shown),
        "{shown} among {:?}",
        challenge.options
    );
    phone.answer(&challenge, Some(&shown), false).await;
    assert_eq!(outcome.await.unwrap(), Ok(ApprovalOutcome::Approved));

    let request = p.start_approval().await.unwrap();
    let outcome = tokio::spawn(p.await_approval(request.id));
    let challenge = phone.wait_for_challenge().await;
    phone.answer(&challenge, None, true).await;
    assert_eq!(outcome.await.unwrap(), Ok(ApprovalOutcome::Denied));

    // SMS: the code goes through the server's own gateway.
    let sent = p.send_sms(mobile()).await.unwrap();
    assert_eq!(sent.to.e164(), "+31612345678");
    let first = last_code(&server.sms_to("+31612345678").await);
    assert!(matches!(
        p.send_sms(mobile()).await,
        Err(Error::ResendTooSoon(_))
    ));
    tokio::time::sleep(Duration::from_millis(1100)).await;
    p.send_sms(mobile()).await.expect("resend after the wait");
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

    // privacyIDEA lists exactly the three tokens, all active.
    let list = tokens(&p).await;
    let mut kinds: Vec<&str> = list
        .iter()
        .filter_map(|t| t["tokentype"].as_str())
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["push", "sms", "totp"], "{list:#?}");
    for t in &list {
        assert_eq!(t["active"], true, "{t:#}");
        assert_eq!(t["rollout_state"], "enrolled", "{t:#}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_push_the_test_is_a_code_from_the_app() {
    let server = Server::start();
    let p = provider(&server.url);
    p.sign_in(login(pi::PIET)).await.unwrap();
    let enrollment = p.start_totp().await.unwrap();
    p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();
    let PushSetup::CodeInstead { reason } = p.prepare_approval().await.unwrap() else {
        panic!("piet may not enroll push");
    };
    assert!(!reason.is_empty());
    assert_eq!(
        p.verify_test_code(oathtool(&enrollment, "2001-01-01 00:00:00 UTC"))
            .await
            .unwrap_err()
            .refusal(),
        &Error::CodeRejected
    );
    // The code from enrollment is used; the next one counts.
    let next = oathtool(&enrollment, "30 seconds");
    p.verify_test_code(next).await.unwrap();
    assert_eq!(tokens(&p).await.len(), 1, "no push token was left behind");
}

#[tokio::test(flavor = "multi_thread")]
async fn cancel_leaves_no_unverified_tokens() {
    let server = Server::start();
    let p = PrivacyIdeaProvider::new(&settings(&server.url)).unwrap();
    p.sign_in(login(JAN)).await.unwrap();
    p.start_totp().await.unwrap();
    p.send_sms(mobile()).await.unwrap();
    assert!(matches!(
        p.prepare_approval().await,
        Ok(PushSetup::Scan { .. })
    ));
    assert_eq!(tokens(&p).await.len(), 3, "all waiting for the phone");
    p.cancel().await.unwrap();
    assert_eq!(tokens(&p).await, Vec::<serde_json::Value>::new());
}

/// A sign-in that runs out midway is its own error, and signing in again
/// carries on with the same token: the phone already holds it.
#[tokio::test(flavor = "multi_thread")]
async fn an_expired_sign_in_is_told_and_signing_in_again_resumes() {
    let server = Server::start();
    let p = provider(&server.url);
    p.sign_in(login(pi::LIES)).await.unwrap();
    let enrollment = p.start_totp().await.unwrap();
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(
        p.verify_totp(oathtool(&enrollment, "now")).await,
        Err(Error::SessionExpired)
    );
    p.sign_in(login(pi::LIES)).await.unwrap();
    let again = p.start_totp().await.unwrap();
    assert_eq!(
        again.uri.expose_secret(),
        enrollment.uri.expose_secret(),
        "the same token, not a second one"
    );
    p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();
    let listed = tokens(&p).await;
    assert_eq!(listed.len(), 1, "{listed:#?}");
    assert_eq!(listed[0]["rollout_state"], "enrolled");
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
    assert_eq!(p.sign_in(login(pi::KEES)).await, Err(Error::AccountLocked));
    let mut elsewhere = settings(&server.url);
    elsewhere.realm = "sales".to_owned();
    let q = PrivacyIdeaProvider::new(&elsewhere).unwrap();
    assert_eq!(
        q.sign_in(login(JAN)).await,
        Err(Error::UnknownRealm("sales".to_owned()))
    );
    assert_eq!(
        p.start_totp().await.err(),
        Some(Error::OutOfOrder),
        "not signed in"
    );

    // The server goes away mid-flow.
    p.sign_in(login(JAN)).await.unwrap();
    server.stop();
    assert_eq!(p.start_totp().await.err(), Some(Error::Unreachable));
}

#[tokio::test(flavor = "multi_thread")]
async fn https_with_an_internal_ca() {
    let server = Server::start_tls();
    assert!(server.url.starts_with("https://"));
    // Without the organisation's CA the certificate is not trusted.
    let p = PrivacyIdeaProvider::new(&settings(&server.url)).unwrap();
    assert_eq!(p.sign_in(login(JAN)).await, Err(Error::Untrusted));
    // With it (ca_file in the config) everything works.
    let mut s = settings(&server.url);
    s.ca_file = Some(server.ca_file());
    let p = PrivacyIdeaProvider::new(&s).unwrap();
    p.sign_in(login(JAN)).await.unwrap();
    assert!(
        p.start_totp()
            .await
            .unwrap()
            .uri
            .expose_secret()
            .starts_with("otpauth://totp/")
    );
    p.cancel().await.unwrap();
}
