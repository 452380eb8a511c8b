//! The privacyIDEA provider: enrolls real tokens for the signed-in person on
//! a privacyIDEA server, with the server's enrollment verification
//! (`verify_enrollment`) deciding when a token counts.
//!
//! Tokens this session created and that were never verified are deleted on
//! [`Provider::cancel`] and when a step is started over, so no orphans stay
//! on the server.

mod client;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use client::{Client, Jwt, Settings};

use super::{
    Account, AccountKind, ApprovalOutcome, ApprovalRequest, BoxFuture, Code, Error, PhoneNumber,
    Profile, Provider, SignIn, SignInKind, SmsSent, TotpEnrollment, TrainingPhone,
};

/// privacyIDEA's default challenge validity (`DefaultChallengeValidityTime`).
const SMS_VALID_FOR: Duration = Duration::from_secs(120);

/// A token created on the server but not yet verified.
#[derive(Debug, Clone)]
struct Pending {
    serial: String,
}

#[derive(Default)]
struct Session {
    jwt: Option<Jwt>,
    totp: Option<(Pending, TotpEnrollment)>,
    sms: Option<(Pending, Instant)>,
    enrolled: Vec<String>,
}

/// Enrollment on a privacyIDEA server.
#[derive(Clone)]
pub struct PrivacyIdeaProvider {
    client: Client,
    resend_after: Duration,
    session: Arc<Mutex<Session>>,
}

impl PrivacyIdeaProvider {
    /// A provider for the server in `settings`.
    pub fn new(settings: &Settings) -> Result<Self, Error> {
        Ok(Self {
            client: Client::new(settings)?,
            resend_after: settings.resend_after,
            session: Arc::new(Mutex::new(Session::default())),
        })
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
        match detail["rollout_state"].as_str() {
            Some("enrolled") | Some("") | None => Ok(()),
            Some(other) => Err(Error::Server(format!("token is still {other}"))),
        }
    }
}

fn serial_of(detail: &serde_json::Value) -> Result<String, Error> {
    detail["serial"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| Error::Server("no serial in the /token/init answer".to_owned()))
}

fn needs_verification(detail: &serde_json::Value) -> Result<(), Error> {
    if detail["rollout_state"].as_str() == Some("verify") {
        Ok(())
    } else {
        // Without verify_enrollment the token would count before the phone
        // proved it has it; the assistant does not enroll that way.
        Err(Error::NotAllowed(
            "enrollment policy verify_enrollment is not set for this token type".to_owned(),
        ))
    }
}

impl Provider for PrivacyIdeaProvider {
    fn profile(&self) -> Profile {
        Profile {
            account_kind: AccountKind::Other,
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
            // A new sign-in leaves nothing of an earlier one behind.
            this.cancel().await.ok();
            let jwt = this.client.auth(&username, &password).await?;
            let account = Account {
                label: format!("{username}@{}", this.client.realm()),
            };
            let mut session = this.lock();
            *session = Session {
                jwt: Some(jwt),
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
            let checked = needs_verification(&detail).and_then(|()| {
                let uri = detail["googleurl"]["value"].as_str().unwrap_or_default();
                TotpEnrollment::from_uri(uri)
            });
            match checked {
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

    fn start_approval(&self) -> BoxFuture<Result<ApprovalRequest, Error>> {
        Box::pin(async {
            Err(Error::NotAllowed(
                "the test approval with privacyIDEA push is not built yet".to_owned(),
            ))
        })
    }

    fn await_approval(&self, _id: u64) -> BoxFuture<Result<ApprovalOutcome, Error>> {
        Box::pin(async { Err(Error::OutOfOrder) })
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
                let pending: Vec<Pending> = [
                    session.totp.take().map(|(p, _)| p),
                    session.sms.take().map(|(p, _)| p),
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
