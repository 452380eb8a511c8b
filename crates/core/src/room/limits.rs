//! What one room and one trainee may cost the trainer, written down. A
//! real walk through the guide sends about 30 events (a step entered and
//! passed each, a name, a few refusals, a hand); a PC sees at most ten
//! people in a day. The limits are ten times that and more, so nobody real
//! meets them, and a token that floods is refused with a reason long before
//! the trainer's memory or disk notice.

/// Trainees per room unless `--max-trainees` or `[room] max_trainees`
/// says otherwise.
pub const DEFAULT_MAX_TRAINEES: u32 = 60;
/// The most `--max-trainees` may be.
pub const MAX_TRAINEES_CEILING: u32 = 1000;
/// Events kept per trainee per room: ten people of ten walks each.
pub const EVENTS_PER_TRAINEE: u64 = 3_000;
/// Events a trainee may send at once after a quiet while (a walk's
/// busiest second sends about five; a re-join after the trainer was away
/// sends a few hundred at most from its outbox, in batches).
pub const BURST: u32 = 300;
/// Events a trainee may send per second, on average (a walk sends one
/// every ten seconds or so).
pub const PER_SECOND: u32 = 2;
/// About as many events as a client's latest state (a name, a step, a
/// hand, what was passed): a refused client is told to wait until this
/// many fit, not the whole batch it sent, since it sends only that state
/// next.
pub const LATEST_STATE: u64 = 20;

/// The limits one trainer works with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Trainees who may join one room.
    pub max_trainees: u32,
    /// Events kept per trainee per room.
    pub events_per_trainee: u64,
    /// Events a trainee may send at once.
    pub burst: u32,
    /// Events a trainee may send per second, on average.
    pub per_second: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_trainees: DEFAULT_MAX_TRAINEES,
            events_per_trainee: EVENTS_PER_TRAINEE,
            burst: BURST,
            per_second: PER_SECOND,
        }
    }
}

/// A trainee's allowance of events (a token bucket, in whole seconds).
#[derive(Debug, Clone, Copy)]
pub struct Bucket {
    tokens: u64,
    at: u64,
}

impl Bucket {
    /// A full bucket at `now`.
    pub fn full(limits: &Limits, now: u64) -> Self {
        Self {
            tokens: u64::from(limits.burst),
            at: now,
        }
    }

    /// `Some(seconds)` until one more event fits, at `now`.
    pub fn empty(&self, limits: &Limits, now: u64) -> Option<u64> {
        let rate = u64::from(limits.per_second.max(1));
        let refill = now.saturating_sub(self.at).saturating_mul(rate);
        (self.tokens.saturating_add(refill) == 0).then_some(1)
    }

    /// Takes `n` events' worth at `now`; `Err(seconds)` until there is
    /// enough (and the allowance is gone).
    pub fn take(&mut self, limits: &Limits, n: u64, now: u64) -> Result<(), u64> {
        let rate = u64::from(limits.per_second.max(1));
        let burst = u64::from(limits.burst);
        let refill = now.saturating_sub(self.at).saturating_mul(rate);
        self.tokens = (self.tokens.saturating_add(refill)).min(burst);
        self.at = self.at.max(now);
        if n <= self.tokens {
            self.tokens -= n;
            Ok(())
        } else {
            // A refused batch empties the allowance, so a flood's next
            // requests are refused before they are parsed. The refused
            // client sends its latest state next: the wait is until that
            // fits, not the batch it sent.
            self.tokens = 0;
            Err(n.min(LATEST_STATE).div_ceil(rate).max(1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_the_rate() {
        let limits = Limits::default();
        let mut bucket = Bucket::full(&limits, 100);
        assert_eq!(bucket.take(&limits, u64::from(BURST), 100), Ok(()));
        assert_eq!(bucket.take(&limits, 1, 100), Err(1));
        assert_eq!(bucket.take(&limits, 10, 100), Err(5));
        assert_eq!(bucket.take(&limits, 2, 101), Ok(()));
        assert_eq!(bucket.take(&limits, 1, 101), Err(1));
        assert_eq!(
            bucket.take(&limits, 500, 101),
            Err(10),
            "until a latest state fits"
        );
        assert_eq!(bucket.take(&limits, 10, 1000), Ok(()));
    }
}
