//! The back-off on joining: every wrong room code closes the door to
//! everyone for a while, doubling with each wrong code in a row (up to
//! [`MAX_WAIT`]). Guessing the 6-digit code then takes years, while a
//! trainee who mistyped waits seconds: a slow-down, never a lockout.

/// The longest the door stays closed after a wrong code (seconds).
pub const MAX_WAIT: u64 = 16;
/// Wrong codes further apart than this (seconds) start counting afresh.
pub const FORGET_AFTER: u64 = 300;

/// The door trainees join through.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    wrong_in_a_row: u32,
    last_wrong: u64,
    open_at: u64,
}

impl Gate {
    /// `Err(seconds to wait)` while the door is closed at `now`.
    pub fn check(&self, now: u64) -> Result<(), u64> {
        if now < self.open_at {
            Err(self.open_at - now)
        } else {
            Ok(())
        }
    }

    /// A wrong code at `now`: closes the door; returns for how long.
    pub fn wrong(&mut self, now: u64) -> u64 {
        if now.saturating_sub(self.last_wrong) > FORGET_AFTER {
            self.wrong_in_a_row = 0;
        }
        self.wrong_in_a_row = self.wrong_in_a_row.saturating_add(1);
        self.last_wrong = now;
        let wait = 1u64
            .checked_shl(self.wrong_in_a_row - 1)
            .unwrap_or(MAX_WAIT)
            .min(MAX_WAIT);
        self.open_at = now + wait;
        wait
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_800_000_000;

    #[test]
    fn wrong_codes_double_the_wait_for_everyone_up_to_a_limit() {
        let mut gate = Gate::default();
        assert_eq!(gate.check(T0), Ok(()));
        assert_eq!(gate.wrong(T0), 1);
        assert_eq!(gate.check(T0), Err(1));
        assert_eq!(gate.check(T0 + 1), Ok(()));
        let mut now = T0 + 1;
        for expected in [2, 4, 8, 16, 16, 16] {
            assert_eq!(gate.wrong(now), expected);
            assert_eq!(gate.check(now + expected - 1), Err(1));
            now += expected;
            assert_eq!(gate.check(now), Ok(()));
        }
        // Five quiet minutes and one wrong code costs a second again.
        now += FORGET_AFTER + 1;
        assert_eq!(gate.wrong(now), 1);
    }
}
