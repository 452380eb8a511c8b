//! The training provider against its own rules: codes, the practice
//! phone, text messages and cancelling.

use super::*;
use crate::service::clock::ManualClock;
use crate::service::phone::{Country, parse};
use secrecy::ExposeSecret;

const T0: u64 = 1_800_000_000;

fn provider() -> (TrainingProvider, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(T0));
    let provider = TrainingProvider::with_delays("RPO", clock.clone(), Delays::NONE);
    (provider, clock)
}

fn totp_code(enrollment: &TotpEnrollment, now: u64) -> Code {
    let totp = totp_rs::Totp::from_url(enrollment.uri.expose_secret()).unwrap();
    Code::parse(&totp.generate(now).to_string()).unwrap()
}

#[tokio::test]
async fn steps_out_of_order_are_refused() {
    let (p, _) = provider();
    assert_eq!(p.start_totp().await.unwrap_err(), Error::OutOfOrder);
    assert_eq!(
        p.verify_totp(Code::parse("123456").unwrap()).await,
        Err(Error::OutOfOrder)
    );
    assert_eq!(
        p.sign_in(SignIn::Label("a:b".into())).await,
        Err(Error::InvalidAccount)
    );
}

#[tokio::test]
async fn totp_enrollment_verifies_a_real_code_once() {
    let (p, clock) = provider();
    p.sign_in(SignIn::Label("jan@rpo.nl".into())).await.unwrap();
    let e = p.start_totp().await.unwrap();
    let uri = e.uri.expose_secret();
    assert!(uri.contains("issuer=RPO"), "{uri}");
    // The same secret when the person comes back to the screen.
    assert_eq!(p.start_totp().await.unwrap().uri.expose_secret(), uri);
    let code = totp_code(&e, T0);
    assert_eq!(p.verify_totp(code.clone()).await, Ok(Accepted::default()));
    // Typed again in the same window: used already, the next code in
    // 30 seconds (T0 starts a window).
    assert_eq!(
        p.verify_totp(code).await,
        Err(Error::CodeReused.diagnosed(Some(Diagnosis::CodeUsed { next_in: 30 })))
    );
    clock.advance(30);
    assert_eq!(
        p.verify_totp(totp_code(&e, T0 + 30)).await,
        Ok(Accepted::default())
    );
}

#[tokio::test]
async fn five_wrong_totp_codes_cool_down_then_recover() {
    let (p, clock) = provider();
    p.sign_in(SignIn::Label("jan".into())).await.unwrap();
    let e = p.start_totp().await.unwrap();
    let right = totp_code(&e, T0);
    let wrong = Code::parse(if right.as_str() == "000000" {
        "111111"
    } else {
        "000000"
    })
    .unwrap();
    // From the third on, the refusal also says "an older account?".
    for left in (1..=4).rev() {
        assert_eq!(
            p.verify_totp(wrong.clone()).await.unwrap_err().refusal(),
            &Error::WrongCode {
                attempts_left: left
            }
        );
    }
    // The cool-down itself comes bare: the screens lock entry on it.
    assert_eq!(
        p.verify_totp(wrong).await,
        Err(Error::CoolDown(Duration::from_secs(30)))
    );
    // Even the right code waits out the cool-down.
    clock.advance(10);
    assert_eq!(
        p.verify_totp(right).await,
        Err(Error::CoolDown(Duration::from_secs(20)))
    );
    clock.advance(20);
    assert_eq!(
        p.verify_totp(totp_code(&e, T0 + 30)).await,
        Ok(Accepted::default())
    );
}

#[tokio::test]
async fn approval_with_number_matching() {
    let (p, _) = provider();
    let phone = p.phone();
    p.sign_in(SignIn::Label("jan".into())).await.unwrap();

    let r = p.start_approval().await.unwrap();
    assert!((10..100).contains(&r.number.parse::<u8>().unwrap()));
    assert_eq!(r.matching, Matching::Type);
    let waiting = p.await_approval(r.id);
    phone
        .answer(r.id, PhoneAnswer::Approve(r.number.clone()))
        .unwrap();
    assert_eq!(waiting.await, Ok(ApprovalOutcome::Approved));
    // An answer counts once.
    assert!(phone.answer(r.id, PhoneAnswer::Deny).is_err());

    let r = p.start_approval().await.unwrap();
    let wrong = if r.number == "10" { "11" } else { "10" }.to_owned();
    let waiting = p.await_approval(r.id);
    phone.answer(r.id, PhoneAnswer::Approve(wrong)).unwrap();
    assert_eq!(waiting.await, Ok(ApprovalOutcome::WrongNumber));

    let r = p.start_approval().await.unwrap();
    let waiting = p.await_approval(r.id);
    phone.answer(r.id, PhoneAnswer::Deny).unwrap();
    assert_eq!(waiting.await, Ok(ApprovalOutcome::Denied));
}

#[tokio::test(start_paused = true)]
async fn unanswered_approval_times_out() {
    let (p, _) = provider();
    p.sign_in(SignIn::Label("jan".into())).await.unwrap();
    let r = p.start_approval().await.unwrap();
    assert_eq!(p.await_approval(r.id).await, Ok(ApprovalOutcome::TimedOut));
}

#[tokio::test]
async fn sms_code_arrives_verifies_once_and_expires() {
    let (p, clock) = provider();
    let phone = p.phone();
    p.sign_in(SignIn::Label("jan".into())).await.unwrap();
    let number = parse(Country::NETHERLANDS, "06-12345678").unwrap();

    let sent = p.send_sms(number.clone()).await.unwrap();
    assert_eq!(sent.valid_for, Duration::from_secs(300));
    let sms = phone.receive_sms(0).await.unwrap();
    assert_eq!(sms.code.len(), 6);
    assert_eq!(sms.to, number);
    let code = Code::parse(&sms.code).unwrap();
    assert_eq!(p.verify_sms(code.clone()).await, Ok(Accepted::default()));
    assert_eq!(p.verify_sms(code).await, Err(Error::CodeReused));

    // Resend only after the cool-down; then the code expires after 5 minutes.
    assert_eq!(
        p.send_sms(number.clone()).await,
        Err(Error::ResendTooSoon(Duration::from_secs(30)))
    );
    clock.advance(30);
    p.send_sms(number).await.unwrap();
    let sms = phone.receive_sms(sms.sequence).await.unwrap();
    assert_eq!(sms.sequence, 2);
    clock.advance(301);
    assert_eq!(
        p.verify_sms(Code::parse(&sms.code).unwrap()).await,
        Err(Error::CodeExpired.diagnosed(Some(Diagnosis::ExpiredText { valid_minutes: 5 })))
    );
}

#[tokio::test]
async fn wrong_sms_codes_cool_down() {
    let (p, _) = provider();
    let phone = p.phone();
    p.sign_in(SignIn::Label("jan".into())).await.unwrap();
    p.send_sms(parse(Country::NETHERLANDS, "0612345678").unwrap())
        .await
        .unwrap();
    let sms = phone.receive_sms(0).await.unwrap();
    let wrong = Code::parse(if sms.code.as_str() == "000000" {
        "111111"
    } else {
        "000000"
    })
    .unwrap();
    for _ in 0..4 {
        assert!(matches!(
            p.verify_sms(wrong.clone()).await,
            Err(Error::WrongCode { .. })
        ));
    }
    assert!(matches!(p.verify_sms(wrong).await, Err(Error::CoolDown(_))));
}

#[tokio::test]
async fn cancel_forgets_everything() {
    let (p, _) = provider();
    p.sign_in(SignIn::Label("jan".into())).await.unwrap();
    let _ = p.start_totp().await.unwrap();
    p.cancel().await.unwrap();
    assert_eq!(p.start_totp().await.unwrap_err(), Error::OutOfOrder);
}
