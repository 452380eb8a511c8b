//! The practice passkey: no WebAuthn at all. The practice phone's drawn
//! buttons "save" it; the practice provider then lists it, as Microsoft
//! Graph lists a real one, after a round trip.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::{TrainingPhone, TrainingProvider, lock};
use crate::service::{BoxFuture, Error};

/// How the practice passkey came in: the real passkey's two ways in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyWay {
    /// Signed in inside Authenticator (+, Work or school account).
    Authenticator,
    /// The page's QR code scanned with the phone's camera app.
    Camera,
}

/// A practice passkey as the practice provider lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticePasskey {
    /// The way it came in.
    pub way: PasskeyWay,
    /// The practice account it belongs to.
    pub account: String,
    /// When it was saved (Unix seconds, the provider's clock).
    pub created: u64,
}

/// Where the provider keeps the practice passkey: one per person.
pub(super) type Listing = Arc<watch::Sender<Option<PracticePasskey>>>;

/// A fresh, empty listing.
pub(super) fn listing() -> Listing {
    Arc::new(watch::channel(None).0)
}

impl TrainingProvider {
    /// The same provider with the practice passkey on its route, or not.
    pub fn with_passkey(self, rehearse: bool) -> Self {
        Self {
            rehearse_passkey: rehearse,
            ..self
        }
    }
}

impl TrainingPhone {
    /// The person completed the practice passkey on the practice phone,
    /// the way they chose. Refused before a practice sign-in.
    pub fn save_passkey(&self, way: PasskeyWay) -> Result<(), Error> {
        let account = lock(&self.state).account.clone().ok_or(Error::OutOfOrder)?;
        let passkey = PracticePasskey {
            way,
            account,
            created: self.clock.now(),
        };
        self.passkey.send_replace(Some(passkey));
        Ok(())
    }

    /// The practice provider's list of sign-in methods, waited on until it
    /// lists a passkey (at once if one was saved already), after a round
    /// trip as a real reading takes.
    pub fn listed_passkey(&self) -> BoxFuture<Option<PracticePasskey>> {
        let mut listing = self.passkey.subscribe();
        let delay: Duration = self.call_delay;
        Box::pin(async move {
            let passkey = listing.wait_for(Option::is_some).await.ok()?.clone();
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            passkey
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::clock::ManualClock;
    use crate::service::training::Delays;
    use crate::service::{Enroller, SignIn};

    #[tokio::test]
    async fn the_practice_phone_saves_and_the_provider_lists_it() {
        let clock = Arc::new(ManualClock::at(1_800_000_000));
        let provider = TrainingProvider::with_delays("RPO", clock, Delays::NONE).with_passkey(true);
        assert_eq!(provider.profile().route, crate::guide::ENROLLMENT_PASSKEY);
        let phone = provider.phone();
        // Before a practice sign-in there is no account to save it for.
        assert_eq!(
            phone.save_passkey(PasskeyWay::Camera),
            Err(Error::OutOfOrder)
        );
        provider.sign_in(SignIn::Label("jan".into())).await.unwrap();
        let listed = tokio::spawn(phone.listed_passkey());
        phone.save_passkey(PasskeyWay::Camera).unwrap();
        let passkey = listed.await.unwrap().unwrap();
        assert_eq!(
            (passkey.way, passkey.account.as_str()),
            (PasskeyWay::Camera, "jan")
        );
        // Signing in again as someone else, or the next person: gone.
        provider
            .sign_in(SignIn::Label("piet".into()))
            .await
            .unwrap();
        assert_eq!(*provider.passkey.borrow(), None);
        phone.save_passkey(PasskeyWay::Authenticator).unwrap();
        provider.cancel().await.unwrap();
        assert_eq!(*provider.passkey.borrow(), None);
        assert_eq!(
            TrainingProvider::with_delays("RPO", Arc::new(ManualClock::at(0)), Delays::NONE)
                .profile()
                .route,
            crate::guide::ENROLLMENT
        );
    }
}
