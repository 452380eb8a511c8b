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

mod delays;
mod new_phone;
mod passkey;
mod phone;

pub use delays::Delays;
pub use new_phone::{PracticeEntry, PracticePhone};
pub use passkey::{PasskeyWay, PracticePasskey};
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
    /// The practice server's Security info, on a new phone's practice.
    methods: new_phone::Methods,
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
    /// The route rehearses a passkey (`[training] passkey`).
    rehearse_passkey: bool,
    /// The practice passkey, listed once the practice phone saved it.
    passkey: passkey::Listing,
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panic elsewhere must not take the training session down with it.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

impl TrainingProvider {
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
            rehearse_passkey: false,
            passkey: passkey::listing(),
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
            route: if self.rehearse_passkey {
                crate::guide::ENROLLMENT_PASSKEY
            } else {
                crate::guide::ENROLLMENT
            },
        }
    }

    fn sign_in(&self, request: SignIn) -> BoxFuture<Result<Account, Error>> {
        let passkey = Arc::clone(&self.passkey);
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
            let methods = state.methods.signed_in();
            *state = State::default();
            state.account = Some(label.to_owned());
            (state.doctor, state.methods) = (doctor, methods);
            // A passkey belongs to the account it was made for.
            passkey.send_if_modified(|p| p.take_if(|p| p.account != label).is_some());
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
                    state.methods.app_verified();
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
        let passkey = Arc::clone(&self.passkey);
        self.call(move |state, _| {
            // Dropping the verifier and codes zeroises them.
            *state = State::default();
            let _ = outbox.send_replace(None);
            passkey.send_replace(None);
            Ok(())
        })
    }
}

#[cfg(test)]
mod diagnosis_tests;

#[cfg(test)]
mod tests;
