//! The back-off on joining. Every wrong room code closes the door to the
//! address it came from for a while, doubling with each wrong code in a
//! row (up to [`MAX_WAIT`]): guessing the 6-digit code from one address
//! takes years, a trainee who mistyped waits seconds, and nobody else waits
//! at all. IPv6 addresses count by their /64 (one machine can hold a whole
//! /64). Addresses can be changed and can be shared, so wrong codes are
//! also counted for the whole room: past [`ALARM_PER_MINUTE`] the trainer
//! is told and offered a new code; the room itself never closes.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;

/// The longest an address waits after a wrong code (seconds).
pub const MAX_WAIT: u64 = 16;
/// Wrong codes further apart than this (seconds) start counting afresh.
pub const FORGET_AFTER: u64 = 300;
/// Addresses remembered at most; past it the quietest are forgotten, so
/// memory stays bounded whatever addresses an attacker makes up.
pub const MAX_SOURCES: usize = 4096;
/// Wrong codes in one minute, from anywhere, that alarm the trainer. A
/// room of 60 mistyping now and then stays far below it.
pub const ALARM_PER_MINUTE: usize = 20;
/// The alarm stays up this long after the last wrong code that fed it.
pub const ALARM_FOR: u64 = 300;

/// Where a join came from: an IPv4 address or an IPv6 /64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Source(u128);

impl From<IpAddr> for Source {
    fn from(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) => Source(u128::from(u32::from(v4))),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Source(u128::from(u32::from(v4))),
                // The top bit keeps a /64 apart from every IPv4 address.
                None => Source(u128::from(v6) >> 64 | 1 << 127),
            },
        }
    }
}

/// One address's door.
#[derive(Debug, Clone, Copy, Default)]
struct Door {
    wrong_in_a_row: u32,
    last_wrong: u64,
    open_at: u64,
}

/// The doors trainees join through, and the room's count of wrong codes.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    doors: HashMap<Source, Door>,
    /// When the wrong codes of the last minute came (at most the alarm's
    /// number plus one are kept).
    recent: VecDeque<u64>,
    alarm_until: u64,
    /// Wrong codes since the room (or its code) started.
    wrong_total: u64,
}

impl Gate {
    /// `Err(seconds to wait)` while `source`'s door is closed at `now`.
    pub fn check(&self, source: Source, now: u64) -> Result<(), u64> {
        match self.doors.get(&source) {
            Some(door) if now < door.open_at => Err(door.open_at - now),
            _ => Ok(()),
        }
    }

    /// A wrong code from `source` at `now`: closes its door; returns for
    /// how long.
    pub fn wrong(&mut self, source: Source, now: u64) -> u64 {
        self.count(now);
        if !self.doors.contains_key(&source) && self.doors.len() >= MAX_SOURCES {
            self.forget(now);
        }
        let door = self.doors.entry(source).or_default();
        if now.saturating_sub(door.last_wrong) > FORGET_AFTER {
            door.wrong_in_a_row = 0;
        }
        door.wrong_in_a_row = door.wrong_in_a_row.saturating_add(1);
        door.last_wrong = now;
        let wait = 1u64
            .checked_shl(door.wrong_in_a_row - 1)
            .unwrap_or(MAX_WAIT)
            .min(MAX_WAIT);
        door.open_at = now + wait;
        wait
    }

    /// The right code from `source`: its slate is clean.
    pub fn right(&mut self, source: Source) {
        self.doors.remove(&source);
    }

    /// Someone is trying room codes at `now`: many wrong codes lately.
    pub fn alarm(&self, now: u64) -> bool {
        now < self.alarm_until
    }

    /// Wrong codes since the room's code was last changed.
    pub fn wrong_total(&self) -> u64 {
        self.wrong_total
    }

    /// The trainer gave the room a new code: the alarm and the count start
    /// again (the doors stay closed as they were).
    pub fn new_code(&mut self) {
        self.recent.clear();
        self.alarm_until = 0;
        self.wrong_total = 0;
    }

    fn count(&mut self, now: u64) {
        self.wrong_total += 1;
        self.recent.push_back(now);
        while self
            .recent
            .front()
            .is_some_and(|&at| now.saturating_sub(at) >= 60)
            || self.recent.len() > ALARM_PER_MINUTE + 1
        {
            self.recent.pop_front();
        }
        if self.recent.len() > ALARM_PER_MINUTE {
            self.alarm_until = now + ALARM_FOR;
        }
    }

    /// Makes room for one more address: the open doors idle longest go
    /// first; if every door is closed, the one that opens soonest.
    fn forget(&mut self, now: u64) {
        self.doors
            .retain(|_, d| now < d.open_at || now.saturating_sub(d.last_wrong) <= FORGET_AFTER);
        if self.doors.len() >= MAX_SOURCES
            && let Some(soonest) = self
                .doors
                .iter()
                .min_by_key(|(_, d)| d.open_at)
                .map(|(s, _)| *s)
        {
            self.doors.remove(&soonest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_800_000_000;

    fn ip(text: &str) -> Source {
        Source::from(text.parse::<IpAddr>().unwrap())
    }

    #[test]
    fn wrong_codes_double_the_wait_for_their_address_only() {
        let mut gate = Gate::default();
        let (a, b) = (ip("192.168.1.7"), ip("192.168.1.8"));
        assert_eq!(gate.check(a, T0), Ok(()));
        assert_eq!(gate.wrong(a, T0), 1);
        assert_eq!(gate.check(a, T0), Err(1));
        assert_eq!(
            gate.check(b, T0),
            Ok(()),
            "another address waits for nothing"
        );
        assert_eq!(gate.check(a, T0 + 1), Ok(()));
        let mut now = T0 + 1;
        for expected in [2, 4, 8, 16, 16, 16] {
            assert_eq!(gate.wrong(a, now), expected);
            assert_eq!(gate.check(a, now + expected - 1), Err(1));
            assert_eq!(gate.check(b, now), Ok(()));
            now += expected;
            assert_eq!(gate.check(a, now), Ok(()));
        }
        // Five quiet minutes and one wrong code costs a second again.
        now += FORGET_AFTER + 1;
        assert_eq!(gate.wrong(a, now), 1);
        gate.right(a);
        assert_eq!(gate.check(a, now), Ok(()));
    }

    #[test]
    fn ipv6_counts_by_its_slash_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(ip("2001:db8:1:2::1"), ip("2001:db8:1:2:ffff::9"));
        assert_ne!(ip("2001:db8:1:2::1"), ip("2001:db8:1:3::1"));
        assert_eq!(ip("::ffff:10.0.0.1"), ip("10.0.0.1"));
        assert_ne!(ip("::a00:1"), ip("10.0.0.1"));
    }

    #[test]
    fn many_wrong_codes_alarm_the_trainer_but_close_nothing_and_memory_is_bounded() {
        let mut gate = Gate::default();
        for n in 0..ALARM_PER_MINUTE as u32 {
            gate.wrong(Source(u128::from(n)), T0);
        }
        assert!(
            !gate.alarm(T0),
            "{ALARM_PER_MINUTE} a minute is no alarm yet"
        );
        gate.wrong(Source(9999), T0 + 1);
        assert!(gate.alarm(T0 + 1));
        assert_eq!(gate.check(Source(123_456), T0 + 1), Ok(()));
        assert!(!gate.alarm(T0 + 1 + ALARM_FOR));
        for n in 0..(MAX_SOURCES as u128 * 3) {
            gate.wrong(Source(n), T0 + 2);
        }
        assert!(gate.doors.len() <= MAX_SOURCES);
        assert!(gate.recent.len() <= ALARM_PER_MINUTE + 1);
        assert!(gate.alarm(T0 + 2));
        gate.new_code();
        assert!(!gate.alarm(T0 + 2));
        assert_eq!(gate.wrong_total(), 0);
    }
}
