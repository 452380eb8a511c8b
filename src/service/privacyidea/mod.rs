//! The privacyIDEA provider: enrolls real tokens for the signed-in person on
//! a privacyIDEA server, with the server's enrollment verification
//! (`verify_enrollment`) deciding when a token counts.
//!
//! Tokens this session created and that were never verified are deleted on
//! [`Provider::cancel`] and when a step is started over, so no orphans stay
//! on the server.

mod answers;
mod client;
#[doc(hidden)]
pub mod fuzz;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use answers::{challenge_of, needs_verification, push_uri_of, serial_of, totp_of, verified};
pub use client::{Client, Jwt, Settings};

use super::{
    Account, AccountKind, ApprovalOutcome, ApprovalRequest, BoxFuture, Code, Error, PhoneNumber,
    Profile, Provider, PushSetup, SignIn, SignInKind, SmsSent, TotpEnrollment, TrainingPhone,
};

/// privacyIDEA's default challenge validity (`DefaultChallengeValidityTime`).
const SMS_VALID_FOR: Duration = Duration::from_secs(120);

/// How often and how long the provider polls the server.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Between two polls.
    pub poll_every: Duration,
    /// For the phone to answer a test sign-in (privacyIDEA's default
    /// challenge validity).
    pub approval_wait: Duration,
    /// For the phone to register the push token after the QR is shown.
    pub registration_wait: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            poll_every: Duration::from_secs(1),
            approval_wait: Duration::from_secs(120),
            registration_wait: Duration::from_secs(600),
        }
    }
}

/// A token created on the server but not yet verified.
#[derive(Debug, Clone)]
struct Pending {
    serial: String,
}

/// The push token for test sign-ins.
#[derive(Debug, Clone)]
struct Push {
    serial: String,
    uri: String,
    registered: bool,
}

#[derive(Default)]
struct Session {
    jwt: Option<Jwt>,
    username: Option<String>,
    push: Option<Push>,
    /// privacyIDEA's transaction ids, by the id the UI holds.
    transactions: std::collections::HashMap<u64, String>,
    next_transaction: u64,
    totp: Option<(Pending, TotpEnrollment)>,
    sms: Option<(Pending, Instant)>,
    enrolled: Vec<String>,
}

/// Enrollment on a privacyIDEA server.
#[derive(Clone)]
pub struct PrivacyIdeaProvider {
    client: Client,
    resend_after: Duration,
    timing: Timing,
    session: Arc<Mutex<Session>>,
}

impl PrivacyIdeaProvider {
    /// A provider for the server in `settings`.
    pub fn new(settings: &Settings) -> Result<Self, Error> {
        Ok(Self {
            client: Client::new(settings)?,
            resend_after: settings.resend_after,
            timing: Timing::default(),
            session: Arc::new(Mutex::new(Session::default())),
        })
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

    /// Serials of the tokens this session enrolled and verified.
    pub fn enrolled(&self) -> Vec<String> {
        self.lock().enrolled.clone()
    }

    /// The HTTP client, signed in as the person (tests list tokens with it).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The person's JWT, for listing tokens (tests).
    pub fn session_jwt(&self) -> Option<Jwt> {
        self.lock().jwt.clone()
    }

    async fn drop_pending(&self, jwt: &Jwt, pending: Option<Pending>) -> Result<(), Error> {
        match pending {
            Some(p) => self.client.delete(jwt, &p.serial).await,
            None => Ok(()),
        }
    }

    async fn verify(&self, serial: &str, kind: &str, code: &Code) -> Result<(), Error> {
        let jwt = self.jwt()?;
        let detail = self
            .client
            .init(
                &jwt,
                &[
                    ("serial", serial),
                    ("type", kind),
                    ("verify", code.as_str()),
                ],
            )
            .await?;
        verified(&detail)
    }
}

impl Provider for PrivacyIdeaProvider {
    fn profile(&self) -> Profile {
        Profile {
            app: super::AuthenticatorApp::PrivacyIdea,
            account_kind: AccountKind::ScanOnly,
            sign_in: SignInKind::UsernamePassword,
            training: false,
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
            let jwt = this.client.auth(&username, &password).await?;
            let account = Account {
                label: format!("{username}@{}", this.client.realm()),
            };
            {
                // The same person again (their sign-in ran out): carry on
                // with the tokens under way; the phone may hold them.
                let mut session = this.lock();
                if session.username.as_deref() == Some(username.as_str()) {
                    session.jwt = Some(jwt);
                    return Ok(account);
                }
            }
            // Someone else: nothing of the earlier sign-in stays behind.
            this.cancel().await.ok();
            let mut session = this.lock();
            *session = Session {
                jwt: Some(jwt),
                username: Some(username),
                ..Session::default()
            };
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
            let detail = this
                .client
                .init(&jwt, &[("type", "totp"), ("genkey", "1")])
                .await?;
            let serial = serial_of(&detail)?;
            match totp_of(&detail) {
                Ok(enrollment) => {
                    this.lock().totp = Some((Pending { serial }, enrollment.clone()));
                    Ok(enrollment)
                }
                Err(e) => {
                    this.client.delete(&jwt, &serial).await.ok();
                    Err(e)
                }
            }
        })
    }

    fn verify_totp(&self, code: Code) -> BoxFuture<Result<(), Error>> {
        let this = self.clone();
        Box::pin(async move {
            let serial = match &this.lock().totp {
                Some((pending, _)) => pending.serial.clone(),
                None => return Err(Error::OutOfOrder),
            };
            this.verify(&serial, "totp", &code).await?;
            let mut session = this.lock();
            session.totp = None;
            session.enrolled.push(serial);
            Ok(())
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
            let detail = match this
                .client
                .init(&jwt, &[("type", "push"), ("genkey", "1")])
                .await
            {
                Ok(detail) => detail,
                // The server's policy allows no push for this person.
                Err(Error::NotAllowed(reason)) => return Ok(PushSetup::CodeInstead { reason }),
                Err(e) => return Err(e),
            };
            let serial = serial_of(&detail)?;
            let Some(uri) = push_uri_of(&detail) else {
                this.client.delete(&jwt, &serial).await.ok();
                return Ok(PushSetup::CodeInstead {
                    reason: "the server sent no push enrollment".to_owned(),
                });
            };
            this.lock().push = Some(Push {
                serial,
                uri: uri.to_owned(),
                registered: false,
            });
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
            let deadline = Instant::now() + this.timing.registration_wait;
            while Instant::now() < deadline {
                let state = this.client.rollout_state(&jwt, &serial).await?;
                if state == "enrolled" {
                    if let Some(push) = this.lock().push.as_mut() {
                        push.registered = true;
                    }
                    return Ok(());
                }
                tokio::time::sleep(this.timing.poll_every).await;
            }
            Err(Error::Timeout)
        })
    }

    fn verify_test_code(&self, code: Code) -> BoxFuture<Result<(), Error>> {
        let this = self.clone();
        Box::pin(async move {
            let username = this.lock().username.clone().ok_or(Error::OutOfOrder)?;
            if this.client.check(&username, code.as_str()).await? {
                Ok(())
            } else {
                Err(Error::CodeRejected)
            }
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
            // With push_require_presence the PC shows the number to pick.
            let (transaction, number) = challenge_of(&detail)?;
            let mut session = this.lock();
            session.next_transaction += 1;
            let id = session.next_transaction;
            session.transactions.insert(id, transaction);
            Ok(ApprovalRequest {
                id,
                number: number.unwrap_or_default(),
                choices: Vec::new(),
                matching: number.is_some(),
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
            let deadline = Instant::now() + this.timing.approval_wait;
            while Instant::now() < deadline {
                match this.client.poll(&transaction).await?.as_str() {
                    "accept" => return Ok(ApprovalOutcome::Approved),
                    "declined" | "cancelled" => return Ok(ApprovalOutcome::Denied),
                    _ => tokio::time::sleep(this.timing.poll_every).await,
                }
            }
            Ok(ApprovalOutcome::TimedOut)
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
            this.drop_pending(&jwt, earlier.map(|(p, _)| p)).await?;
            this.lock().sms = None;
            let detail = this
                .client
                .init(
                    &jwt,
                    &[("type", "sms"), ("genkey", "1"), ("phone", to.e164())],
                )
                .await?;
            let serial = serial_of(&detail)?;
            if let Err(e) = needs_verification(&detail) {
                this.client.delete(&jwt, &serial).await.ok();
                return Err(e);
            }
            this.lock().sms = Some((Pending { serial }, Instant::now()));
            Ok(SmsSent {
                to,
                resend_after: this.resend_after,
                valid_for: SMS_VALID_FOR,
            })
        })
    }

    fn verify_sms(&self, code: Code) -> BoxFuture<Result<(), Error>> {
        let this = self.clone();
        Box::pin(async move {
            let serial = match &this.lock().sms {
                Some((pending, _)) => pending.serial.clone(),
                None => return Err(Error::OutOfOrder),
            };
            this.verify(&serial, "sms", &code).await?;
            let mut session = this.lock();
            session.sms = None;
            session.enrolled.push(serial);
            Ok(())
        })
    }

    fn cancel(&self) -> BoxFuture<Result<(), Error>> {
        let this = self.clone();
        Box::pin(async move {
            let (jwt, pending) = {
                let mut session = this.lock();
                let push = session.push.take_if(|p| !p.registered);
                let pending: Vec<Pending> = [
                    session.totp.take().map(|(p, _)| p),
                    session.sms.take().map(|(p, _)| p),
                    push.map(|p| Pending { serial: p.serial }),
                ]
                .into_iter()
                .flatten()
                .collect();
                (session.jwt.clone(), pending)
            };
            let Some(jwt) = jwt else { return Ok(()) };
            let mut result = Ok(());
            for p in pending {
                if let Err(e) = this.client.delete(&jwt, &p.serial).await {
                    tracing::warn!(serial = %p.serial, error = %e, "could not remove an unverified token");
                    result = Err(e);
                }
            }
            result
        })
    }

    fn training_phone(&self) -> Option<TrainingPhone> {
        None
    }
}
