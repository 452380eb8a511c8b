//! Training's practice new phone: the practice server's Security info. On
//! a new phone's practice it lists the old phone's Microsoft Authenticator
//! from the practice sign-in on, the new phone's once its first code is
//! accepted, and deletes an entry by its id, as My Security info does. No
//! name tells the two apart (both are "Microsoft Authenticator"): the ids
//! do.

use std::time::Duration;

use super::{TrainingPhone, lock};
use crate::service::{BoxFuture, Error};

/// Which phone a practice entry is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PracticePhone {
    /// The phone the person is replacing: listed from the sign-in on.
    Old,
    /// The phone the person added in this practice.
    New,
}

/// One entry of the practice server's Security info: Microsoft
/// Authenticator on a phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PracticeEntry {
    /// The practice server's id for it, never reused.
    pub id: u64,
    /// Which phone it is on.
    pub phone: PracticePhone,
}

/// The practice server's Security info for the person signed in.
#[derive(Debug, Default)]
pub(super) struct Methods {
    /// A new phone is being practised (the welcome's errand).
    rehearsing: bool,
    /// The app's first code was accepted since the sign-in.
    verified: bool,
    entries: Vec<PracticeEntry>,
    /// The last id given out.
    last_id: u64,
}

impl Methods {
    /// What a (new) practice sign-in starts with: on a new phone's
    /// practice, the old phone's app listed; else nothing. Ids go on
    /// counting: an id deleted before is never given again.
    pub(super) fn signed_in(&self) -> Methods {
        let mut methods = Methods {
            rehearsing: self.rehearsing,
            verified: false,
            entries: Vec::new(),
            last_id: self.last_id,
        };
        methods.list();
        methods
    }

    /// The new phone's first code was accepted: its app is listed (once).
    pub(super) fn app_verified(&mut self) {
        self.verified = true;
        let listed = self.entries.iter().any(|e| e.phone == PracticePhone::New);
        if self.rehearsing && !listed {
            self.add(PracticePhone::New);
        }
    }

    /// Lists afresh what the person has, signed in: on a new phone's
    /// practice the old phone's app, and the new one's once verified.
    fn list(&mut self) {
        self.entries.clear();
        if self.rehearsing {
            self.add(PracticePhone::Old);
            if self.verified {
                self.add(PracticePhone::New);
            }
        }
    }

    fn add(&mut self, phone: PracticePhone) {
        self.last_id += 1;
        self.entries.push(PracticeEntry {
            id: self.last_id,
            phone,
        });
    }
}

impl TrainingPhone {
    /// Practise a new phone, or not (the welcome's errand, chosen before
    /// or after the practice sign-in).
    pub fn rehearse_new_phone(&self, on: bool) {
        let mut state = lock(&self.state);
        let signed_in = state.account.is_some();
        let methods = &mut state.methods;
        if methods.rehearsing == on {
            return;
        }
        methods.rehearsing = on;
        methods.entries.clear();
        if signed_in {
            methods.list();
        }
    }

    /// The practice server's Security info, after a round trip. Refused
    /// before a practice sign-in.
    pub fn practice_entries(&self) -> BoxFuture<Result<Vec<PracticeEntry>, Error>> {
        self.on_server(|_| Ok(()))
    }

    /// Deletes the entry `id` on the practice server; its Security info
    /// after. An id it no longer lists changes nothing (a second click).
    pub fn delete_entry(&self, id: u64) -> BoxFuture<Result<Vec<PracticeEntry>, Error>> {
        self.on_server(move |methods| {
            methods.entries.retain(|e| e.id != id);
            Ok(())
        })
    }

    /// Runs `f` on the practice server's Security info after a round
    /// trip, and answers with the entries then.
    fn on_server(
        &self,
        f: impl FnOnce(&mut Methods) -> Result<(), Error> + Send + 'static,
    ) -> BoxFuture<Result<Vec<PracticeEntry>, Error>> {
        let state = std::sync::Arc::clone(&self.state);
        let delay: Duration = self.call_delay;
        Box::pin(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            let mut state = lock(&state);
            if state.account.is_none() {
                return Err(Error::OutOfOrder);
            }
            f(&mut state.methods)?;
            Ok(state.methods.entries.clone())
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use secrecy::ExposeSecret;

    use super::*;
    use crate::service::clock::ManualClock;
    use crate::service::training::{Delays, TrainingProvider};
    use crate::service::{Code, Enroller, SignIn};

    const T: u64 = 1_800_000_000;

    fn phones(entries: &[PracticeEntry]) -> Vec<PracticePhone> {
        entries.iter().map(|e| e.phone).collect()
    }

    #[tokio::test]
    async fn the_new_phone_is_listed_before_the_old_one_is_deleted_by_id() {
        let provider =
            TrainingProvider::with_delays("Training", Arc::new(ManualClock::at(T)), Delays::NONE);
        let phone = provider.phone();
        assert_eq!(phone.practice_entries().await, Err(Error::OutOfOrder));
        phone.rehearse_new_phone(true);
        provider.sign_in(SignIn::Label("jan".into())).await.unwrap();
        let before = phone.practice_entries().await.unwrap();
        assert_eq!(phones(&before), [PracticePhone::Old]);

        // The new phone's app: listed once its first code is accepted.
        let enrollment = provider.start_totp().await.unwrap();
        let totp = totp_rs::Totp::from_url(enrollment.uri.expose_secret()).unwrap();
        let code = Code::parse(&totp.generate(T).to_string()).unwrap();
        provider.verify_totp(code).await.unwrap();
        let both = phone.practice_entries().await.unwrap();
        assert_eq!(phones(&both), [PracticePhone::Old, PracticePhone::New]);
        let new = both[1];
        assert_ne!(new.id, before[0].id);

        // Deleted by id; a second click changes nothing.
        let after = phone.delete_entry(before[0].id).await.unwrap();
        assert_eq!(after, [new]);
        assert_eq!(phone.delete_entry(before[0].id).await.unwrap(), [new]);

        // Signing in again lists the old phone again, under a new id.
        provider.sign_in(SignIn::Label("jan".into())).await.unwrap();
        let again = phone.practice_entries().await.unwrap();
        assert_eq!(phones(&again), [PracticePhone::Old]);
        assert!(again[0].id > new.id, "ids are never given twice");
    }

    #[tokio::test]
    async fn only_a_new_phones_practice_lists_anything() {
        let provider =
            TrainingProvider::with_delays("Training", Arc::new(ManualClock::at(T)), Delays::NONE);
        let phone = provider.phone();
        provider.sign_in(SignIn::Label("jan".into())).await.unwrap();
        assert_eq!(phone.practice_entries().await.unwrap(), []);
        // Chosen after the sign-in (Back to the welcome): listed at once;
        // chosen away again: gone.
        phone.rehearse_new_phone(true);
        let listed = phone.practice_entries().await.unwrap();
        assert_eq!(phones(&listed), [PracticePhone::Old]);
        phone.rehearse_new_phone(false);
        assert_eq!(phone.practice_entries().await.unwrap(), []);
        // Chosen after the app's code was accepted: the new phone is
        // listed too (the person need not scan again).
        let enrollment = provider.start_totp().await.unwrap();
        let totp = totp_rs::Totp::from_url(enrollment.uri.expose_secret()).unwrap();
        let code = Code::parse(&totp.generate(T).to_string()).unwrap();
        provider.verify_totp(code).await.unwrap();
        assert_eq!(phone.practice_entries().await.unwrap(), []);
        phone.rehearse_new_phone(true);
        let both = phone.practice_entries().await.unwrap();
        assert_eq!(phones(&both), [PracticePhone::Old, PracticePhone::New]);
    }
}
