//! Watching the methods while the person works on Microsoft's page: a read
//! every few seconds, Graph's `Retry-After` honoured, longer pauses after
//! failures, each reading compared with the first ("before").
//!
//! [`Watcher::next`] is the whole loop: it waits as long as it should, reads
//! once and says what happened. Dropping its future cancels the wait or the
//! read; calling it again carries on.

use std::time::Duration;

use super::fault::Fault;
use super::methods::{Progress, Snapshot};
use super::{Microsoft365, Session};
use crate::service::Error;

/// How often to read and how far to back off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WatchTiming {
    /// Between two readings while all is well.
    pub every: Duration,
    /// The longest pause after repeated failures.
    pub max_backoff: Duration,
}

impl Default for WatchTiming {
    /// Every 3 seconds (a person sees the tick about when Microsoft's page
    /// says "Success"), at most a minute apart when Graph is in trouble.
    fn default() -> Self {
        Self {
            every: Duration::from_secs(3),
            max_backoff: Duration::from_secs(60),
        }
    }
}

/// What one reading gave.
// One of these every few seconds at most: its size does not matter, and
// unboxed fields keep the screens' pattern matching plain.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Update {
    /// Graph answered.
    Methods {
        /// Everything Microsoft has now.
        snapshot: Snapshot,
        /// The guide's ticks, marked new against the first reading.
        progress: Progress,
    },
    /// This reading failed for a passing reason (429, 5xx, timeout,
    /// offline); the next one follows after `retry_in` by itself.
    Retrying {
        /// Why, for the screen ("Microsoft is busy", "offline").
        error: Error,
        /// The pause before the next reading.
        retry_in: Duration,
    },
}

/// Reads the methods again and again; see [`Microsoft365::watch`].
#[derive(Debug)]
pub struct Watcher {
    client: Microsoft365,
    session: Session,
    before: Option<Snapshot>,
    timing: WatchTiming,
    wait: Duration,
    failures: u32,
}

impl Watcher {
    /// A watcher whose first reading is right away.
    pub fn new(
        client: Microsoft365,
        session: Session,
        before: Option<Snapshot>,
        timing: WatchTiming,
    ) -> Self {
        Self {
            client,
            session,
            before,
            timing,
            wait: Duration::ZERO,
            failures: 0,
        }
    }

    /// The same watcher with other timing (tests, or IT's choice).
    pub fn with_timing(mut self, timing: WatchTiming) -> Self {
        self.timing = timing;
        self
    }

    /// What Microsoft had at the first reading, once there was one.
    pub fn before(&self) -> Option<&Snapshot> {
        self.before.as_ref()
    }

    /// The session the watcher reads with.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Waits, reads once, and reports. An `Err` ends the watch: the session
    /// ran out ([`Error::SessionExpired`]: sign in again and watch on with
    /// [`Watcher::before`]), or Microsoft refuses for good (consent, 403).
    pub async fn next(&mut self) -> Result<Update, Error> {
        tokio::time::sleep(self.wait).await;
        match self.client.methods(&self.session).await {
            Ok(snapshot) => {
                self.failures = 0;
                self.wait = self.timing.every;
                let before = self.before.get_or_insert_with(|| snapshot.clone());
                let progress = snapshot.progress(before);
                Ok(Update::Methods { snapshot, progress })
            }
            Err(error) if passing(&error) => {
                self.failures = self.failures.saturating_add(1);
                let retry_in = match &error {
                    // Graph said how long; asking earlier only prolongs it.
                    Error::Microsoft365(Fault::Throttled(wait)) => (*wait).max(self.timing.every),
                    _ => backoff(self.timing, self.failures),
                };
                self.wait = retry_in;
                tracing::info!(%error, ?retry_in, "Graph reading failed; trying again");
                Ok(Update::Retrying { error, retry_in })
            }
            Err(error) => Err(error),
        }
    }
}

/// Failures that pass by themselves.
fn passing(error: &Error) -> bool {
    matches!(
        error,
        Error::Timeout
            | Error::Unreachable
            | Error::ServerFault(_)
            | Error::BadAnswer(_)
            | Error::Microsoft365(Fault::Throttled(_))
    )
}

/// Doubling pauses from `every`, capped: 2×, 4×, 8× … after 1, 2, 3 … failures.
fn backoff(timing: WatchTiming, failures: u32) -> Duration {
    let factor = 1u32 << failures.min(16);
    timing
        .every
        .saturating_mul(factor)
        .min(timing.max_backoff)
        .max(timing.every)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_double_up_to_the_cap() {
        let t = WatchTiming {
            every: Duration::from_secs(3),
            max_backoff: Duration::from_secs(60),
        };
        let secs: Vec<u64> = (1..=6).map(|n| backoff(t, n).as_secs()).collect();
        assert_eq!(secs, [6, 12, 24, 48, 60, 60]);
        assert_eq!(backoff(t, u32::MAX), Duration::from_secs(60));
    }

    #[test]
    fn only_passing_failures_keep_watching() {
        assert!(passing(&Error::Timeout));
        assert!(passing(&Error::ServerFault(503)));
        assert!(passing(&Fault::Throttled(Duration::from_secs(2)).into()));
        assert!(!passing(&Error::SessionExpired));
        assert!(!passing(&Fault::Forbidden.into()));
        assert!(!passing(&Fault::ConsentMissing.into()));
    }
}
