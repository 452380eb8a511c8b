//! The practice phone drawn beside the steps in training: it receives the
//! test sign-in and the text messages the training provider sends, and
//! shows the enrolled account's code as the authenticator app would.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::watch;
use zeroize::Zeroizing;

use super::{State, lock};
use crate::service::clock::Clock;
use crate::service::{BoxFuture, Error, PhoneAnswer, PhoneNumber};

/// An SMS as it arrives on the training phone.
#[derive(Clone, PartialEq, Eq)]
pub struct TrainingSms {
    /// Counts SMS messages sent in this session, from 1.
    pub sequence: u64,
    /// The six-digit code in the message.
    pub code: Zeroizing<String>,
    /// The number it was sent to.
    pub to: PhoneNumber,
}

impl std::fmt::Debug for TrainingSms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrainingSms")
            .field("sequence", &self.sequence)
            .finish_non_exhaustive()
    }
}

/// The phone drawn on screen in training: it receives the test sign-in and
/// the SMS that a real phone would.
#[derive(Clone)]
pub struct TrainingPhone {
    pub(super) state: Arc<Mutex<State>>,
    pub(super) inbox: watch::Receiver<Option<TrainingSms>>,
    pub(super) sms_delay: Duration,
    pub(super) clock: Arc<dyn Clock>,
    /// The practice passkey, once saved (see `passkey.rs`).
    pub(super) passkey: super::passkey::Listing,
    /// A round trip to the "server", for listing the passkey and the
    /// Security info of a new phone's practice.
    pub(super) call_delay: Duration,
}

impl std::fmt::Debug for TrainingPhone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrainingPhone").finish_non_exhaustive()
    }
}

impl super::TrainingProvider {
    /// The practice phone drawn on screen: it receives what this provider
    /// sends (the test sign-in, the SMS) and shows the enrolled account's
    /// code. Handed out when the provider is built (see `Service::practice`).
    pub fn phone(&self) -> TrainingPhone {
        TrainingPhone {
            state: Arc::clone(&self.state),
            inbox: self.outbox.subscribe(),
            sms_delay: self.delays.sms,
            clock: Arc::clone(&self.clock),
            passkey: Arc::clone(&self.passkey),
            call_delay: self.delays.call,
        }
    }
}

impl TrainingPhone {
    /// Answers the test sign-in `id` as the person did on the on-screen phone.
    pub fn answer(&self, id: u64, answer: PhoneAnswer) -> Result<(), Error> {
        let mut state = lock(&self.state);
        let pending = state
            .approval
            .as_mut()
            .filter(|p| p.request.id == id)
            .ok_or(Error::OutOfOrder)?;
        let sender = pending.answer.take().ok_or(Error::OutOfOrder)?;
        sender.send(answer).map_err(|_| Error::OutOfOrder)
    }

    /// What the authenticator app shows now for the enrolled account: the
    /// code and the seconds it has left. The practice phone draws it so the
    /// person sees it match their own phone.
    pub fn authenticator_code(&self) -> Option<(u32, u64)> {
        let state = lock(&self.state);
        let now = self.clock.now();
        let code = state.totp.as_ref()?.code_at(now).parse().ok()?;
        Some((code, 30 - now % 30))
    }

    /// Waits for an SMS newer than `after` (a sequence number; 0 for any),
    /// arriving after the simulated network delay.
    pub fn receive_sms(&self, after: u64) -> BoxFuture<Option<TrainingSms>> {
        let mut inbox = self.inbox.clone();
        let delay = self.sms_delay;
        Box::pin(async move {
            let sms = inbox
                .wait_for(|sms| sms.as_ref().is_some_and(|s| s.sequence > after))
                .await
                .ok()?
                .clone()?;
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            Some(sms)
        })
    }
}
