//! The privacyIDEA provider: enrolls real tokens for the signed-in person on
//! a privacyIDEA server, with the server's enrollment verification
//! (`verify_enrollment`) deciding when a token counts.
//!
//! Tokens this session created and that were never verified are deleted on
//! [`Enroller::cancel`] and when a step is started over, so no orphans stay
//! on the server. What is under way is kept in the crash journal
//! ([`with_journal`](PrivacyIdeaProvider::with_journal)); after a crash the
//! next sign-in removes the person's unfinished tokens (`recovery.rs`).

mod answer;
mod answers;
mod client;
mod diagnose;
mod fault;
#[doc(hidden)]
pub mod fuzz;
mod polling;
mod recovery;
mod session;
mod tokens;

use secrecy::ExposeSecret;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use client::{Client, Jwt, Settings};
pub use polling::Timing;

use answers::{challenge_of, needs_verification, push_uri_of, totp_of};
use session::{Pending, Push, Session};

use super::journal::{Journal, Step};

use super::diagnosis::Doctor;
use super::{
    Accepted, Account, AccountKind, ApprovalOutcome, ApprovalRequest, BoxFuture, Code, Enroller,
    Error, Matching, PhoneNumber, Profile, PushSetup, SignIn, SignInKind, SmsSent, TotpEnrollment,
};

/// privacyIDEA's default challenge validity (`DefaultChallengeValidityTime`).
const SMS_VALID_FOR: Duration = Duration::from_secs(120);

/// Enrollment on a privacyIDEA server.
#[derive(Clone)]
pub struct PrivacyIdeaProvider {
    client: Client,
    resend_after: Duration,
    timing: Timing,
    session: Arc<Mutex<Session>>,
    /// Where what is under way is written; `None`: not kept (tests).
    journal: Option<Journal>,
    /// The server's address as configured, for the journal.
    server: String,
    /// One journal note at a time (see `recovery.rs`).
    noting: Arc<Mutex<()>>,
}

impl PrivacyIdeaProvider {
    /// A provider for the server in `settings`.
    pub fn new(settings: &Settings) -> Result<Self, Error> {
        Ok(Self {
            client: Client::new(settings)?,
            resend_after: settings.resend_after,
            timing: Timing::default(),
            session: Arc::new(Mutex::new(Session::default())),
            journal: None,
            server: settings.server.to_string(),
            noting: Arc::default(),
        })
    }

    /// The same provider keeping its crash journal in `journal`.
    pub fn with_journal(mut self, journal: Journal) -> Self {
        self.journal = Some(journal);
        self
    }

    /// The same provider with other polling times (tests).
    pub fn with_timing(mut self, timing: Timing) -> Self {
        self.timing = timing;
        self
    }

    fn jwt(&self) -> Result<Jwt, Error> {
        self.lock().jwt.clone().ok_or(Error::OutOfOrder)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Enroller for PrivacyIdeaProvider {
    fn profile(&self) -> Profile {
        Profile {
            app: super::AuthenticatorApp::PrivacyIdea,
            account_kind: AccountKind::ScanOnly,
            sign_in: SignInKind::UsernamePassword,
            training: false,
            route: crate::guide::ENROLLMENT,
        }
    }

    fn sign_in(&self, request: SignIn) -> BoxFuture<Result<Account, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let SignIn::UsernamePassword { username, password } = request else {
                return Err(Error::OutOfOrder);
            };
            let username = username.trim().to_owned();
            if username.is_empty() {
                return Err(Error::InvalidAccount);
            }
            let jwt = this
                .client
                .auth(&username, password.expose_secret())
                .await?;
            let account = Account {
                label: format!("{username}@{}", this.client.realm()),
            };
            // The same person again (their sign-in ran out): carry on
            // with the tokens under way; the phone may hold them.
            let same = {
                let mut session = this.lock();
                let same = session.username.as_deref() == Some(username.as_str());
                if same {
                    session.jwt = Some(jwt.clone());
                }
                same
            };
            if same {
                this.recover(&jwt).await;
                return Ok(account);
            }
            // Someone else: nothing of the earlier sign-in stays behind.
            this.cancel().await.ok();
            *this.lock() = Session {
                jwt: Some(jwt.clone()),
                username: Some(username),
                ..Session::default()
            };
            this.recover(&jwt).await;
            Ok(account)
        })
    }

    fn start_totp(&self) -> BoxFuture<Result<TotpEnrollment, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let jwt = this.jwt()?;
            // Coming back to the scan screen: the phone may hold this one.
            if let Some((_, enrollment)) = &this.lock().totp {
                return Ok(enrollment.clone());
            }
            let (serial, detail) = this
                .create(&jwt, Step::Scan, &[("type", "totp"), ("genkey", "1")])
                .await?;
            match totp_of(&detail) {
                Ok(enrollment) => {
                    {
                        let mut session = this.lock();
                        // A new QR for the same person makes the last one
                        // "earlier". Without a doctor codes are only not
                        // diagnosed (the URI was checked above).
                        let doctor = match session.doctor.take() {
                            Some(mut doctor) => doctor
                                .enroll_uri(enrollment.uri.expose_secret())
                                .map(|()| doctor),
                            None => Doctor::from_uri(enrollment.uri.expose_secret()),
                        };
                        session.doctor = doctor.ok();
                        session.totp = Some((Pending { serial }, enrollment.clone()));
                    }
                    this.created().await;
                    Ok(enrollment)
                }
                Err(e) => {
                    // Left unknown (and swept later) if it cannot go now.
                    if this.client.delete(&jwt, &serial).await.is_ok() {
                        this.created().await;
                    }
                    Err(e)
                }
            }
        })
    }

    fn verify_totp(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let serial = match &this.lock().totp {
                Some((pending, _)) => pending.serial.clone(),
                None => return Err(Error::OutOfOrder),
            };
            this.check_length(&code)?;
            let verdict = this.verify(&serial, "totp", &code).await;
            let accepted = this.diagnose(verdict, &code)?;
            {
                let mut session = this.lock();
                session.totp = None;
                session.enrolled.push(serial);
            }
            this.note().await;
            Ok(accepted)
        })
    }

    fn prepare_approval(&self) -> BoxFuture<Result<PushSetup, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let jwt = this.jwt()?;
            match this.lock().push.clone() {
                Some(push) if push.registered => return Ok(PushSetup::Ready),
                Some(push) => return Ok(PushSetup::Scan { uri: push.uri }),
                None => {}
            }
            let form = [("type", "push"), ("genkey", "1")];
            let (serial, detail) = match this.create(&jwt, Step::Approve, &form).await {
                Ok(created) => created,
                // The server's policy allows no push for this person.
                Err(Error::NotAllowed(reason)) => return Ok(PushSetup::CodeInstead { reason }),
                Err(e) => return Err(e),
            };
            let Some(uri) = push_uri_of(&detail) else {
                if this.client.delete(&jwt, &serial).await.is_ok() {
                    this.created().await;
                }
                return Ok(PushSetup::CodeInstead {
                    reason: "the server sent no push enrollment".to_owned(),
                });
            };
            this.lock().push = Some(Push {
                serial,
                uri: uri.to_owned(),
                registered: false,
            });
            this.created().await;
            Ok(PushSetup::Scan {
                uri: uri.to_owned(),
            })
        })
    }

    fn await_registration(&self) -> BoxFuture<Result<(), Error>> {
        let this = self.clone();
        Box::pin(async move {
            let jwt = this.jwt()?;
            let serial = match this.lock().push.clone() {
                Some(push) if push.registered => return Ok(()),
                Some(push) => push.serial,
                None => return Err(Error::OutOfOrder),
            };
            this.wait_for_registration(&jwt, &serial).await
        })
    }

    fn verify_test_code(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let username = this.lock().username.clone().ok_or(Error::OutOfOrder)?;
            this.check_length(&code)?;
            // privacyIDEA says "previous otp used again" for a code used
            // already: the doctor tells that from the secret instead.
            let verdict = match this.client.check(&username, code.as_str()).await? {
                true => Ok(()),
                false => Err(Error::CodeRejected),
            };
            this.diagnose(verdict, &code)
        })
    }

    fn start_approval(&self) -> BoxFuture<Result<ApprovalRequest, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let serial = match this.lock().push.clone() {
                Some(push) if push.registered => push.serial,
                _ => return Err(Error::OutOfOrder),
            };
            let detail = this.client.trigger(&serial).await?;
            // With push_require_presence the PC shows what to pick.
            let (transaction, number) = challenge_of(&detail)?;
            let mut session = this.lock();
            session.next_transaction += 1;
            let id = session.next_transaction;
            session.transactions.insert(id, transaction);
            Ok(match number {
                Some(number) => ApprovalRequest {
                    id,
                    number,
                    matching: Matching::Pick(Vec::new()),
                },
                None => ApprovalRequest {
                    id,
                    number: String::new(),
                    matching: Matching::None,
                },
            })
        })
    }

    fn await_approval(&self, id: u64) -> BoxFuture<Result<ApprovalOutcome, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let transaction = this
                .lock()
                .transactions
                .get(&id)
                .cloned()
                .ok_or(Error::OutOfOrder)?;
            this.wait_for_answer(&transaction).await
        })
    }

    fn send_sms(&self, to: PhoneNumber) -> BoxFuture<Result<SmsSent, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let jwt = this.jwt()?;
            let earlier = this.lock().sms.clone();
            if let Some((_, sent_at)) = &earlier {
                let waited = sent_at.elapsed();
                if waited < this.resend_after {
                    return Err(Error::ResendTooSoon(this.resend_after - waited));
                }
            }
            // A new code means a new token: the unverified one goes.
            if let Some((pending, _)) = earlier {
                this.client.delete(&jwt, &pending.serial).await?;
                this.lock().sms = None;
            }
            let form = [("type", "sms"), ("genkey", "1"), ("phone", to.e164())];
            let (serial, detail) = this.create(&jwt, Step::Sms, &form).await?;
            if let Err(e) = needs_verification(&detail) {
                if this.client.delete(&jwt, &serial).await.is_ok() {
                    this.created().await;
                }
                return Err(e);
            }
            this.lock().sms = Some((Pending { serial }, Instant::now()));
            this.created().await;
            Ok(SmsSent {
                to,
                resend_after: this.resend_after,
                valid_for: SMS_VALID_FOR,
            })
        })
    }

    fn verify_sms(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        let this = self.clone();
        Box::pin(async move {
            let serial = match &this.lock().sms {
                Some((pending, _)) => pending.serial.clone(),
                None => return Err(Error::OutOfOrder),
            };
            this.verify(&serial, "sms", &code).await?;
            {
                let mut session = this.lock();
                session.sms = None;
                session.enrolled.push(serial);
            }
            this.note().await;
            Ok(Accepted::default())
        })
    }

    fn cancel(&self) -> BoxFuture<Result<(), Error>> {
        let this = self.clone();
        Box::pin(async move {
            // The enrollment ends: its secrets go (zeroised on drop).
            this.lock().doctor = None;
            let Some(jwt) = this.lock().jwt.clone() else {
                return Ok(());
            };
            let unverified = this.lock().unverified();
            let mut result = Ok(());
            for (serial, _) in unverified {
                match this.client.delete(&jwt, &serial).await {
                    Ok(()) => this.lock().forget(&serial),
                    Err(e) => {
                        // Kept in the journal; the next sign-in sweeps it.
                        tracing::warn!(%serial, error = %e, "could not remove an unverified token");
                        result = Err(e);
                    }
                }
            }
            if this.lock().unknown.is_some()
                && let Err(e) = this.sweep(&jwt).await
            {
                result = Err(e);
            }
            this.note().await;
            result
        })
    }
}
