//! The embedded training provider: a real TOTP secret (so a real phone's
//! authenticator works), with the approval and SMS simulated on an on-screen
//! phone. It keeps a real server's rules: one use per code, one step of
//! clock skew, a cool-down after five wrong codes, SMS codes valid 5 minutes.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::{oneshot, watch};
use zeroize::Zeroizing;

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

mod phone;

pub use phone::{TrainingPhone, TrainingSms};

use super::attempts::Attempts;
use super::clock::Clock;
use super::diagnosis::{Doctor, SmsTexts};
use super::totp::{Verdict, Verifier};
use super::{
    Accepted, Account, AccountKind, ApprovalOutcome, ApprovalRequest, BoxFuture, Code, Diagnosis,
    Enroller, Error, Matching, PhoneAnswer, PhoneNumber, Profile, PushSetup, SignIn, SignInKind,
    SmsSent, TotpEnrollment,
};

/// How long the simulated world takes.
#[derive(Debug, Clone, Copy)]
pub struct Delays {
    /// A round trip to the "server".
    pub call: Duration,
    /// From sending an SMS to its arrival on the phone.
    pub sms: Duration,
    /// How long a test sign-in waits for an answer.
    pub approval: Duration,
}

impl Delays {
    /// Delays that feel like a real server and network.
    pub const REALISTIC: Delays = Delays {
        call: Duration::from_millis(350),
        sms: Duration::from_secs(2),
        approval: Duration::from_secs(120),
    };
    /// No waiting, for tests.
    pub const NONE: Delays = Delays {
        call: Duration::ZERO,
        sms: Duration::ZERO,
        approval: Duration::from_secs(120),
    };
}

/// SMS codes are valid this long.
pub const SMS_VALIDITY: Duration = Duration::from_secs(5 * 60);
/// Another SMS code may be requested after this long.
pub const SMS_RESEND_AFTER: Duration = Duration::from_secs(30);

#[derive(Default)]
struct State {
    account: Option<String>,
    totp: Option<Verifier>,
    totp_attempts: Attempts,
    /// Explains refused codes; outlives a new QR for the same person (the
    /// old one becomes "earlier").
    doctor: Option<Doctor>,
    approval: Option<Pending>,
    next_approval: u64,
    sms: Option<PendingSms>,
    sms_attempts: Attempts,
    /// The codes of texts a newer one replaced.
    texts: SmsTexts,
}

struct Pending {
    request: ApprovalRequest,
    answer: Option<oneshot::Sender<PhoneAnswer>>,
    outcome: Option<oneshot::Receiver<PhoneAnswer>>,
}

struct PendingSms {
    code: Zeroizing<String>,
    sent_at: u64,
    used: bool,
}

/// The embedded provider that trains without enrolling anything real.
pub struct TrainingProvider {
    issuer: String,
    clock: Arc<dyn Clock>,
    delays: Delays,
    state: Arc<Mutex<State>>,
    outbox: watch::Sender<Option<TrainingSms>>,
    /// Secrets, numbers and codes come from here: seeded from the OS, or
    /// from a fixed seed for repeatable screenshots.
    rng: Arc<Mutex<StdRng>>,
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panic elsewhere must not take the training session down with it.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

impl TrainingProvider {
    /// The practice phone drawn on screen: it receives what this provider
    /// sends (the test sign-in, the SMS) and shows the enrolled account's
    /// code. Handed out when the provider is built (see `Service::practice`).
    pub fn phone(&self) -> TrainingPhone {
        TrainingPhone {
            state: Arc::clone(&self.state),
            inbox: self.outbox.subscribe(),
            sms_delay: self.delays.sms,
            clock: Arc::clone(&self.clock),
        }
    }

    /// A provider with realistic delays.
    pub fn new(issuer: &str, clock: Arc<dyn Clock>) -> Self {
        Self::with_delays(issuer, clock, Delays::REALISTIC)
    }

    /// A provider with the given delays.
    pub fn with_delays(issuer: &str, clock: Arc<dyn Clock>, delays: Delays) -> Self {
        Self {
            issuer: issuer.to_owned(),
            clock,
            delays,
            state: Arc::default(),
            outbox: watch::channel(None).0,
            rng: Arc::new(Mutex::new(rand::make_rng())),
        }
    }

    /// The same provider drawing from a fixed seed: the same secret,
    /// numbers and codes every run (screenshot comparison). Never for real use.
    pub fn with_seed(self, seed: u64) -> Self {
        Self {
            rng: Arc::new(Mutex::new(StdRng::seed_from_u64(seed))),
            ..self
        }
    }

    /// Runs `f` on the state after the simulated network delay.
    fn call<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut State, u64) -> Result<T, Error> + Send + 'static,
    ) -> BoxFuture<Result<T, Error>> {
        let state = Arc::clone(&self.state);
        let clock = Arc::clone(&self.clock);
        let delay = self.delays.call;
        Box::pin(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            let now = clock.now();
            f(&mut lock(&state), now)
        })
    }
}

impl Enroller for TrainingProvider {
    fn profile(&self) -> Profile {
        Profile {
            app: super::AuthenticatorApp::Microsoft,
            account_kind: AccountKind::Other,
            sign_in: SignInKind::Label,
            training: true,
            route: crate::guide::ENROLLMENT,
        }
    }

    fn sign_in(&self, request: SignIn) -> BoxFuture<Result<Account, Error>> {
        self.call(move |state, _| {
            let SignIn::Label(label) = request else {
                return Err(Error::OutOfOrder);
            };
            let label = label.trim();
            if label.is_empty() || label.contains(':') || label.chars().count() > 64 {
                return Err(Error::InvalidAccount);
            }
            // Signing in again (a name corrected, say) is still the person
            // at this PC: their app may hold the QR they scanned before, so
            // the doctor stays. The next person starts afresh: Restart
            // cancels, which drops it.
            let doctor = state.doctor.take();
            *state = State::default();
            state.account = Some(label.to_owned());
            state.doctor = doctor;
            Ok(Account {
                label: label.to_owned(),
            })
        })
    }

    fn start_totp(&self) -> BoxFuture<Result<TotpEnrollment, Error>> {
        let rng = Arc::clone(&self.rng);
        let issuer = self.issuer.clone();
        self.call(move |state, _| {
            let account = state.account.as_deref().ok_or(Error::OutOfOrder)?;
            // Coming back to the scan screen shows the same secret: the phone
            // may already hold it.
            if state.totp.is_none() {
                let mut rng = rng.lock().unwrap_or_else(|e| e.into_inner());
                let verifier = Verifier::generate_with(&mut *rng, &issuer, account)?;
                let totp = verifier.totp().clone();
                match state.doctor.as_mut() {
                    Some(doctor) => doctor.enroll(totp)?,
                    None => state.doctor = Some(Doctor::new(totp)?),
                }
                state.totp = Some(verifier);
                state.totp_attempts = Attempts::default();
            }
            state.totp.as_ref().ok_or(Error::OutOfOrder)?.enrollment()
        })
    }

    fn verify_totp(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        self.call(move |state, now| {
            state.totp_attempts.check(now)?;
            let verifier = state.totp.as_mut().ok_or(Error::OutOfOrder)?;
            let doctor = state.doctor.as_mut().ok_or(Error::OutOfOrder)?;
            // A code of the wrong length is refused before it counts as
            // an attempt: it cannot be this enrollment's.
            if let Some(diagnosis) = doctor.wrong_length(&code, now) {
                return Err(Error::CodeRejected.diagnosed(Some(diagnosis)));
            }
            match verifier.verify(&code, now) {
                Ok(()) => {
                    state.totp_attempts.right();
                    Ok(Accepted {
                        note: doctor.accepted(&code, now),
                    })
                }
                Err(Verdict::Reused) => {
                    Err(Error::CodeReused.diagnosed(doctor.refused(&code, now)))
                }
                Err(Verdict::Wrong) => {
                    let diagnosis = doctor.refused(&code, now);
                    match state.totp_attempts.wrong(now) {
                        // The screens lock code entry on a bare cool-down;
                        // the doctor has noted what it saw for the next code.
                        cool_down @ Error::CoolDown(_) => Err(cool_down),
                        refusal => Err(refusal.diagnosed(diagnosis)),
                    }
                }
            }
        })
    }

    fn prepare_approval(&self) -> BoxFuture<Result<PushSetup, Error>> {
        // The practice phone needs nothing registered.
        Box::pin(async { Ok(PushSetup::Ready) })
    }

    fn await_registration(&self) -> BoxFuture<Result<(), Error>> {
        Box::pin(async { Ok(()) })
    }

    fn verify_test_code(&self, _code: Code) -> BoxFuture<Result<Accepted, Error>> {
        // Training always tests by approval on the practice phone.
        Box::pin(async { Err(Error::OutOfOrder) })
    }

    fn start_approval(&self) -> BoxFuture<Result<ApprovalRequest, Error>> {
        let rng = Arc::clone(&self.rng);
        self.call(move |state, _| {
            if state.account.is_none() {
                return Err(Error::OutOfOrder);
            }
            state.next_approval += 1;
            let mut rng = rng.lock().unwrap_or_else(|e| e.into_inner());
            // Microsoft Authenticator: the person types the PC's two digits.
            let number = rng.random_range(10..100u8).to_string();
            let request = ApprovalRequest {
                id: state.next_approval,
                number,
                matching: Matching::Type,
            };
            let (answer, outcome) = oneshot::channel();
            state.approval = Some(Pending {
                request: request.clone(),
                answer: Some(answer),
                outcome: Some(outcome),
            });
            Ok(request)
        })
    }

    fn await_approval(&self, id: u64) -> BoxFuture<Result<ApprovalOutcome, Error>> {
        let state = Arc::clone(&self.state);
        let limit = self.delays.approval;
        Box::pin(async move {
            let (number, outcome) = {
                let mut state = lock(&state);
                let pending = state
                    .approval
                    .as_mut()
                    .filter(|p| p.request.id == id)
                    .ok_or(Error::OutOfOrder)?;
                let outcome = pending.outcome.take().ok_or(Error::OutOfOrder)?;
                (pending.request.number.clone(), outcome)
            };
            Ok(match tokio::time::timeout(limit, outcome).await {
                Ok(Ok(PhoneAnswer::Approve(picked))) if picked == number => {
                    ApprovalOutcome::Approved
                }
                Ok(Ok(PhoneAnswer::Approve(_))) => ApprovalOutcome::WrongNumber,
                Ok(Ok(PhoneAnswer::Deny)) => ApprovalOutcome::Denied,
                // The challenge was replaced or cancelled, or nobody answered.
                Ok(Err(_)) | Err(_) => ApprovalOutcome::TimedOut,
            })
        })
    }

    fn send_sms(&self, to: PhoneNumber) -> BoxFuture<Result<SmsSent, Error>> {
        let rng = Arc::clone(&self.rng);
        let outbox = self.outbox.clone();
        self.call(move |state, now| {
            if state.account.is_none() {
                return Err(Error::OutOfOrder);
            }
            if let Some(sms) = &state.sms {
                let ready = sms.sent_at + SMS_RESEND_AFTER.as_secs();
                if now < ready {
                    return Err(Error::ResendTooSoon(Duration::from_secs(ready - now)));
                }
            }
            let code = {
                let mut rng = rng.lock().unwrap_or_else(|e| e.into_inner());
                Zeroizing::new(format!("{:06}", rng.random_range(0..1_000_000u32)))
            };
            if let Some(replaced) = state.sms.take() {
                state.texts.replaced(replaced.code);
            }
            state.sms = Some(PendingSms {
                code: code.clone(),
                sent_at: now,
                used: false,
            });
            state.sms_attempts = Attempts::default();
            let sequence = outbox.borrow().as_ref().map_or(1, |s| s.sequence + 1);
            outbox.send_replace(Some(TrainingSms {
                sequence,
                code,
                to: to.clone(),
            }));
            Ok(SmsSent {
                to,
                resend_after: SMS_RESEND_AFTER,
                valid_for: SMS_VALIDITY,
            })
        })
    }

    fn verify_sms(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        self.call(move |state, now| {
            state.sms_attempts.check(now)?;
            let sms = state.sms.as_mut().ok_or(Error::OutOfOrder)?;
            if code.as_str().len() != sms.code.len() {
                let wrong_length = Diagnosis::WrongLength {
                    expected: u8::try_from(sms.code.len()).unwrap_or(u8::MAX),
                    typed: u8::try_from(code.as_str().len()).unwrap_or(u8::MAX),
                };
                return Err(Error::CodeRejected.diagnosed(Some(wrong_length)));
            }
            if sms.code.as_str() != code.as_str() {
                return Err(match state.sms_attempts.wrong(now) {
                    // Bare, as above: the screens lock entry on it.
                    cool_down @ Error::CoolDown(_) => cool_down,
                    refusal => refusal.diagnosed(state.texts.refused(&code)),
                });
            }
            if sms.used {
                return Err(Error::CodeReused);
            }
            if now > sms.sent_at + SMS_VALIDITY.as_secs() {
                let expired = Diagnosis::ExpiredText {
                    valid_minutes: SMS_VALIDITY.as_secs() / 60,
                };
                return Err(Error::CodeExpired.diagnosed(Some(expired)));
            }
            sms.used = true;
            state.sms_attempts.right();
            Ok(Accepted::default())
        })
    }

    fn cancel(&self) -> BoxFuture<Result<(), Error>> {
        let outbox = self.outbox.clone();
        self.call(move |state, _| {
            // Dropping the verifier and codes zeroises them.
            *state = State::default();
            let _ = outbox.send_replace(None);
            Ok(())
        })
    }
}

#[cfg(test)]
mod diagnosis_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::clock::ManualClock;
    use crate::service::phone::{Country, parse};

    const T0: u64 = 1_800_000_000;

    fn provider() -> (TrainingProvider, Arc<ManualClock>) {
        let clock = Arc::new(ManualClock::at(T0));
        let provider = TrainingProvider::with_delays("RPO", clock.clone(), Delays::NONE);
        (provider, clock)
    }

    fn totp_code(enrollment: &TotpEnrollment, now: u64) -> Code {
        let totp = totp_rs::Totp::from_url(&enrollment.uri).unwrap();
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
        assert!(e.uri.contains("issuer=RPO"), "{}", e.uri);
        // The same secret when the person comes back to the screen.
        assert_eq!(p.start_totp().await.unwrap().uri, e.uri);
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
}
