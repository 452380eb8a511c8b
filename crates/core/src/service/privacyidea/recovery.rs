//! Nothing left behind: the crash journal kept in step with what this
//! session has under way on the server, and the sweep that removes the
//! person's tokens whose enrollment never finished (a crash, a kill, a
//! connection cut while a token was being created, another PC).

use super::{Jwt, PrivacyIdeaProvider};
use crate::service::Error;
use crate::service::journal::{Entry, Step};

/// How long the sweep after signing in may take: well within the sign-in's
/// own time limit, so a slow server delays the sign-in, never fails it.
const SWEEP_BUDGET: std::time::Duration = std::time::Duration::from_secs(10);

impl PrivacyIdeaProvider {
    /// Writes what is under way to the journal, or removes the entry when
    /// nothing is; done when this returns (before the request it prepares
    /// goes out). The file work (two fsyncs, a few milliseconds) runs on a
    /// blocking thread. A journal that cannot be written is logged and kept
    /// for the UI ([`crate::service::journal::Journal::problem`]); enrolling
    /// goes on.
    pub(super) async fn note(&self) {
        if self.journal.is_none() {
            return;
        }
        let this = self.clone();
        let _ = tokio::task::spawn_blocking(move || this.note_now()).await;
    }

    /// [`note`](Self::note), in order: the state is read under the same
    /// lock as it is written, so a later note never loses to an earlier one.
    fn note_now(&self) {
        let Some(journal) = &self.journal else { return };
        let _in_order = self.noting.lock().unwrap_or_else(|p| p.into_inner());
        let (user, step, serials) = {
            let session = self.lock();
            let Some(user) = session.username.clone() else {
                return;
            };
            let serials = session.unverified().into_iter().map(|(s, _)| s).collect();
            (user, session.step(), serials)
        };
        let realm = self.client.realm();
        let written = match step {
            Some(step) => journal.record(&Entry::new(&self.server, realm, &user, step, serials)),
            None => journal.remove(&self.server, realm, &user),
        };
        if let Err(e) = written {
            tracing::warn!(error = %e, "the journal of unfinished enrollments cannot be kept");
        }
    }

    /// Removes the person's unfinished tokens this session does not hold:
    /// left by an earlier run (here or on another PC) or by a creation
    /// whose answer was lost. Verified tokens and other people's are not
    /// listed, so never touched. Returns how many were removed.
    pub(super) async fn sweep(&self, jwt: &Jwt) -> Result<usize, Error> {
        let leftovers = self.client.unfinished(jwt).await?;
        let own: Vec<String> = self
            .lock()
            .unverified()
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        let mut removed = 0;
        for serial in leftovers.iter().filter(|s| !own.contains(s)) {
            self.client.delete(jwt, serial).await?;
            tracing::info!(%serial, "removed an unfinished token left from earlier");
            removed += 1;
        }
        self.lock().unknown = None;
        Ok(removed)
    }

    /// Right after signing in: sweeps what earlier runs left, and tells the
    /// journal (its entry for this person goes once nothing is under way).
    /// A failed or slow sweep does not fail the sign-in (it has its own
    /// budget within the sign-in's time limit): the entry stays, and the
    /// next token created sweeps again first.
    pub(super) async fn recover(&self, jwt: &Jwt) {
        let swept = tokio::time::timeout(SWEEP_BUDGET, self.sweep(jwt))
            .await
            .unwrap_or(Err(Error::Timeout));
        match swept {
            Ok(removed) => {
                if let Some(journal) = &self.journal {
                    journal.note_cleaned(removed);
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "unfinished tokens from earlier could not be removed yet");
                let earlier = self.journal.as_ref().and_then(|j| {
                    let user = self.lock().username.clone()?;
                    j.entry(&self.server, self.client.realm(), &user)
                        .ok()
                        .flatten()
                });
                self.lock().unknown = Some(earlier.map_or(Step::Scan, |e| e.step));
            }
        }
        self.note().await;
    }
}

/// True when a failed request may still have been carried out by the
/// server: sent, and then no usable answer came back.
pub(super) fn may_have_acted(error: &Error) -> bool {
    matches!(
        error,
        Error::ConnectionLost
            | Error::Timeout
            | Error::ServerFault(_)
            | Error::BadAnswer(_)
            | Error::WebPage(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_that_was_refused_did_nothing() {
        for refused in [
            Error::NotAllowed("policy".into()),
            Error::Unreachable,
            Error::SessionExpired,
            Error::ServerBusy(std::time::Duration::from_secs(1)),
            Error::TlsFailed("alert".into()),
        ] {
            assert!(!may_have_acted(&refused), "{refused:?}");
        }
        assert!(may_have_acted(&Error::ConnectionLost));
        assert!(may_have_acted(&Error::Timeout));
        assert_eq!(super::super::session::Session::default().step(), None);
    }
}
