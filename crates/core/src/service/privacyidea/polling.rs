//! Waiting on the phone: polling privacyIDEA until the push token is
//! registered or a test sign-in is answered, at the pace the server allows.

use std::time::{Duration, Instant};

use super::{Jwt, PrivacyIdeaProvider};
use crate::service::{ApprovalOutcome, Error};

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

impl PrivacyIdeaProvider {
    /// Polls until the push token `serial` is enrolled (the phone scanned
    /// and registered), or [`Timing::registration_wait`] is over. A busy
    /// server is asked again after the wait it named.
    pub(super) async fn wait_for_registration(&self, jwt: &Jwt, serial: &str) -> Result<(), Error> {
        let deadline = Instant::now() + self.timing.registration_wait;
        while Instant::now() < deadline {
            let state = match self.client.rollout_state(jwt, serial).await {
                Ok(state) => state,
                // A busy server is asked again after the wait it named.
                Err(Error::ServerBusy(wait)) => {
                    sleep_within(wait, deadline).await;
                    continue;
                }
                Err(e) => return Err(e),
            };
            if state == "enrolled" {
                if let Some(push) = self.lock().push.as_mut() {
                    push.registered = true;
                }
                self.note().await;
                return Ok(());
            }
            sleep_within(self.timing.poll_every, deadline).await;
        }
        Err(Error::Timeout)
    }

    /// Polls the test sign-in `transaction` until the phone answers or
    /// [`Timing::approval_wait`] is over.
    pub(super) async fn wait_for_answer(
        &self,
        transaction: &str,
    ) -> Result<ApprovalOutcome, Error> {
        let deadline = Instant::now() + self.timing.approval_wait;
        while Instant::now() < deadline {
            match self.client.poll(transaction).await.as_deref() {
                Ok("accept") => return Ok(ApprovalOutcome::Approved),
                Ok("declined" | "cancelled") => return Ok(ApprovalOutcome::Denied),
                Ok(_) => sleep_within(self.timing.poll_every, deadline).await,
                Err(Error::ServerBusy(wait)) => sleep_within(*wait, deadline).await,
                Err(e) => return Err(e.clone()),
            }
        }
        Ok(ApprovalOutcome::TimedOut)
    }
}

/// Sleeps `wait`, but not past `deadline`: a busy server's long
/// `Retry-After` does not hold a wait beyond its own end.
async fn sleep_within(wait: Duration, deadline: Instant) {
    tokio::time::sleep(wait.min(deadline.saturating_duration_since(Instant::now()))).await;
}
