//! The training provider explains what it refuses: codes from a phone
//! whose clock is off, from an earlier QR, of the wrong length, typed
//! twice, and SMS codes from an earlier text.

use std::sync::Arc;

use secrecy::ExposeSecret;

use super::{Delays, TrainingProvider};
use crate::service::clock::ManualClock;
use crate::service::diagnosis::{Amount, ClockOff, Way};
use crate::service::phone::{Country, parse};
use crate::service::{Accepted, Code, Diagnosis, Enroller, Error, SignIn, TotpEnrollment};

/// 15 s into a 30 s window.
const T0: u64 = 1_800_000_015;

fn provider() -> (TrainingProvider, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(T0));
    let provider = TrainingProvider::with_delays("RPO", clock.clone(), Delays::NONE);
    (provider, clock)
}

/// What the phone shows at its own time `phone`.
fn shown(enrollment: &TotpEnrollment, phone: u64) -> Code {
    let totp = totp_rs::Totp::from_url(enrollment.uri.expose_secret()).unwrap();
    Code::parse(&totp.generate(phone).to_string()).unwrap()
}

async fn enrolled(p: &TrainingProvider, name: &str) -> TotpEnrollment {
    p.sign_in(SignIn::Label(name.into())).await.unwrap();
    p.start_totp().await.unwrap()
}

#[tokio::test]
async fn a_phone_three_minutes_behind_is_told_and_the_right_code_still_counts() {
    let (p, clock) = provider();
    let e = enrolled(&p, "jan").await;
    let refused = p.verify_totp(shown(&e, T0 - 180)).await.unwrap_err();
    assert_eq!(refused.refusal(), &Error::WrongCode { attempts_left: 4 });
    assert_eq!(
        refused.diagnosis(),
        Some(&Diagnosis::PhoneClock(ClockOff {
            way: Way::Behind,
            amount: Amount::Minutes(3),
            seconds: -180,
            certain: false,
            pc_seconds: None,
        }))
    );
    // The phone's next code, at the same offset: now certain.
    clock.advance(30);
    let again = p.verify_totp(shown(&e, T0 + 30 - 180)).await.unwrap_err();
    assert!(matches!(
        again.diagnosis(),
        Some(Diagnosis::PhoneClock(ClockOff { certain: true, .. }))
    ));
    assert_eq!(
        p.verify_totp(shown(&e, T0 + 30)).await,
        Ok(Accepted::default())
    );
}

#[tokio::test]
async fn an_hour_ahead_is_told_in_hours() {
    let (p, _) = provider();
    let e = enrolled(&p, "jan").await;
    let refused = p.verify_totp(shown(&e, T0 + 3600)).await.unwrap_err();
    assert!(matches!(
        refused.diagnosis(),
        Some(Diagnosis::PhoneClock(ClockOff {
            way: Way::Ahead,
            amount: Amount::Hours(1),
            ..
        }))
    ));
}

#[tokio::test]
async fn the_code_of_the_qr_before_a_new_sign_in_is_an_earlier_qr() {
    let (p, _) = provider();
    let first = enrolled(&p, "jan").await;
    // Signing in again as the same person: a new QR, the old one earlier.
    let second = enrolled(&p, "jan").await;
    assert_ne!(first.uri.expose_secret(), second.uri.expose_secret());
    let refused = p.verify_totp(shown(&first, T0)).await.unwrap_err();
    assert_eq!(refused.diagnosis(), Some(&Diagnosis::EarlierQr));
    // Another name at the same PC (a typo corrected): still the person
    // whose app holds both accounts.
    let _ = enrolled(&p, "jan@rpo.nl").await;
    let refused = p.verify_totp(shown(&first, T0)).await.unwrap_err();
    assert_eq!(refused.diagnosis(), Some(&Diagnosis::EarlierQr));
    // Cancel ends the enrollment: the doctor goes with it.
    p.cancel().await.unwrap();
    let _ = enrolled(&p, "piet").await;
    let refused = p.verify_totp(shown(&second, T0)).await.unwrap_err();
    assert_ne!(refused.diagnosis(), Some(&Diagnosis::EarlierQr));
}

#[tokio::test]
async fn an_eight_digit_code_is_refused_without_costing_an_attempt() {
    let (p, _) = provider();
    let e = enrolled(&p, "jan").await;
    let refused = p
        .verify_totp(Code::parse("1234 5678").unwrap())
        .await
        .unwrap_err();
    assert_eq!(
        refused,
        Error::CodeRejected.diagnosed(Some(Diagnosis::WrongLength {
            expected: 6,
            typed: 8
        }))
    );
    let wrong = p.verify_totp(shown(&e, T0 - 4000)).await.unwrap_err();
    assert_eq!(wrong.refusal(), &Error::WrongCode { attempts_left: 4 });
}

#[tokio::test]
async fn a_code_typed_twice_waits_for_the_next() {
    let (p, clock) = provider();
    let e = enrolled(&p, "jan").await;
    p.verify_totp(shown(&e, T0)).await.unwrap();
    clock.advance(3);
    assert_eq!(
        p.verify_totp(shown(&e, T0)).await,
        Err(Error::CodeReused.diagnosed(Some(Diagnosis::CodeUsed { next_in: 12 })))
    );
}

#[tokio::test]
async fn the_code_of_an_earlier_text_is_named() {
    let (p, clock) = provider();
    // A fixed seed: two texts with different codes, every run.
    let p = p.with_seed(10);
    let phone = p.phone();
    p.sign_in(SignIn::Label("jan".into())).await.unwrap();
    let number = parse(Country::NETHERLANDS, "0612345678").unwrap();
    p.send_sms(number.clone()).await.unwrap();
    let first = phone.receive_sms(0).await.unwrap();
    clock.advance(30);
    p.send_sms(number).await.unwrap();
    let second = phone.receive_sms(first.sequence).await.unwrap();
    assert_ne!(first.code, second.code);
    let refused = p
        .verify_sms(Code::parse(&first.code).unwrap())
        .await
        .unwrap_err();
    assert_eq!(refused.refusal(), &Error::WrongCode { attempts_left: 4 });
    assert_eq!(refused.diagnosis(), Some(&Diagnosis::EarlierText));
    let short = p.verify_sms(Code::parse("12345678").unwrap()).await;
    assert_eq!(
        short.unwrap_err().diagnosis(),
        Some(&Diagnosis::WrongLength {
            expected: 6,
            typed: 8
        })
    );
    p.verify_sms(Code::parse(&second.code).unwrap())
        .await
        .unwrap();
}
