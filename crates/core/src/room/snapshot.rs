//! The room at one moment, as the dashboard and `GET /v1/room` show it, and
//! the rules that call a trainee stuck.

use serde::Serialize;

use super::wire::{Refusal, RoomCode, Step, TraineeId};

/// No heartbeat for this long (seconds): offline, and stuck.
pub const OFFLINE_AFTER: u64 = 60;
/// This many refusals in a row on one step: stuck.
pub const REFUSALS_IN_A_ROW: u32 = 3;
/// Slow means over max(2 × the room's median, the median + this many seconds).
pub const SLOW_MARGIN: u64 = 90;

/// The whole room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    /// The room code trainees join with.
    pub code: RoomCode,
    /// The trainer's time of this snapshot (Unix seconds).
    pub now: u64,
    /// Stuck first, then raised hands, then the rest; each by number.
    pub trainees: Vec<Row>,
    /// One per step, in the guide's order: the chart.
    pub steps: Vec<StepStats>,
    /// Who was kept out at the door.
    pub door: Door,
}

/// Joins refused: wrong codes and a full room.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Door {
    /// Wrong codes keep coming (more than the room ever mistypes): someone
    /// is trying room codes; a new code stops them.
    pub trying_codes: bool,
    /// Wrong room codes since the code was last changed.
    pub wrong_codes: u64,
    /// Joins refused because the room was full.
    pub refused_full: u32,
}

/// One trainee's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The trainee's number.
    pub id: TraineeId,
    /// The display name, told apart from equal ones ("Jan (2)"); `None`
    /// until the person signs in.
    pub name: Option<String>,
    /// Where the person is.
    pub step: Step,
    /// Time on this step so far, over all visits (seconds).
    pub seconds_on_step: u64,
    /// Refusals of this person, all steps.
    pub refusals: u32,
    /// Refusals of this person on this step.
    pub refusals_on_step: u32,
    /// The latest refusal's reason.
    pub last_reason: Option<Refusal>,
    /// The raise-hand button is on.
    pub hand_raised: bool,
    /// A heartbeat or event within [`OFFLINE_AFTER`].
    pub online: bool,
    /// When offline: the last contact (Unix seconds).
    pub offline_since: Option<u64>,
    /// Why the trainer should go and look; empty if all is well.
    pub stuck: Vec<Stuck>,
    /// A reset was sent and not yet confirmed.
    pub reset_pending: bool,
    /// The PC refused a reset: it is not running the training provider.
    pub reset_declined: bool,
    /// The PC runs the training provider.
    pub training: bool,
    /// Which person at this PC: 1, then one more after each reset.
    pub person: u32,
    /// Events counted from this PC (each once).
    pub events: u64,
}

/// Why a trainee is stuck.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Stuck {
    /// No heartbeat for [`OFFLINE_AFTER`] seconds.
    Offline {
        /// The last contact (Unix seconds).
        since: u64,
    },
    /// [`REFUSALS_IN_A_ROW`] or more refusals on the step without passing.
    Refusals {
        /// How many.
        in_a_row: u32,
    },
    /// Longer on the step than the room usually takes.
    Slow {
        /// Time on the step.
        seconds: u64,
        /// What the room allows: max(2 × median, median + [`SLOW_MARGIN`]).
        limit: u64,
    },
}

/// One step's bar in the chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepStats {
    /// Which step.
    pub step: Step,
    /// Median time to pass it (seconds), over every person who passed it.
    pub median: Option<u64>,
    /// The slowest time to pass it.
    pub slowest: Option<u64>,
    /// How many people passed it.
    pub passed: u32,
    /// Refusals on it, everyone together.
    pub refusals: u32,
    /// Trainees on it now.
    pub here: u32,
}

/// The median of `values` (the mean of the two middle ones for an even
/// count, rounded down); `None` if empty.
pub fn median(values: &[u64]) -> Option<u64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

/// The time on a step above which a trainee is slow, given the room's median.
pub fn slow_limit(median: u64) -> u64 {
    (2 * median).max(median + SLOW_MARGIN)
}

/// Where one trainee stands, as the stuck rules need it.
#[derive(Debug, Clone, Copy)]
pub struct Standing {
    /// The current step.
    pub step: Step,
    /// Time on it so far.
    pub seconds_on_step: u64,
    /// Refusals on it since it was last passed.
    pub in_a_row: u32,
    /// The last contact.
    pub last_seen: u64,
}

/// Why the trainee is stuck at `now`, given the room's median for the step.
/// Welcome (waiting to start) and Finish (done) are never slow, and a
/// person who finished is not stuck for leaving.
pub fn stuck(standing: Standing, median: Option<u64>, now: u64) -> Vec<Stuck> {
    let mut reasons = Vec::new();
    if standing.step == Step::Finish {
        return reasons;
    }
    if now.saturating_sub(standing.last_seen) >= OFFLINE_AFTER {
        reasons.push(Stuck::Offline {
            since: standing.last_seen,
        });
    }
    if standing.in_a_row >= REFUSALS_IN_A_ROW {
        reasons.push(Stuck::Refusals {
            in_a_row: standing.in_a_row,
        });
    }
    if let Some(median) = median.filter(|_| standing.step != Step::Welcome) {
        let limit = slow_limit(median);
        if standing.seconds_on_step > limit {
            reasons.push(Stuck::Slow {
                seconds: standing.seconds_on_step,
                limit,
            });
        }
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_800_000_000;

    fn on(step: Step, seconds: u64, in_a_row: u32, silent: u64) -> Standing {
        Standing {
            step,
            seconds_on_step: seconds,
            in_a_row,
            last_seen: NOW - silent,
        }
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[7]), Some(7));
        assert_eq!(median(&[30, 10, 20]), Some(20));
        assert_eq!(median(&[40, 10, 30, 20]), Some(25));
        assert_eq!(median(&[1, 2]), Some(1));
        assert_eq!(median(&[5, 5, 5, 500]), Some(5));
    }

    #[test]
    fn slow_is_twice_the_median_or_ninety_seconds_over_it() {
        // Short steps: the 90 s margin decides.
        assert_eq!(slow_limit(20), 110);
        // Long steps: twice the median decides.
        assert_eq!(slow_limit(200), 400);
        assert_eq!(slow_limit(90), 180);
        let scan = Step::Scan;
        assert_eq!(stuck(on(scan, 110, 0, 0), Some(20), NOW), vec![]);
        assert_eq!(
            stuck(on(scan, 111, 0, 0), Some(20), NOW),
            vec![Stuck::Slow {
                seconds: 111,
                limit: 110
            }]
        );
        assert_eq!(stuck(on(scan, 400, 0, 0), Some(200), NOW), vec![]);
        assert!(!stuck(on(scan, 401, 0, 0), Some(200), NOW).is_empty());
        // Nobody passed the step yet: no median, nobody is slow.
        assert_eq!(stuck(on(scan, 10_000, 0, 0), None, NOW), vec![]);
        // Waiting on welcome is not being slow.
        assert_eq!(stuck(on(Step::Welcome, 10_000, 0, 0), Some(5), NOW), vec![]);
    }

    #[test]
    fn three_refusals_in_a_row() {
        assert_eq!(stuck(on(Step::Sms, 5, 2, 0), Some(60), NOW), vec![]);
        assert_eq!(
            stuck(on(Step::Sms, 5, 3, 0), Some(60), NOW),
            vec![Stuck::Refusals { in_a_row: 3 }]
        );
    }

    #[test]
    fn sixty_seconds_silent_is_offline() {
        assert_eq!(stuck(on(Step::Scan, 5, 0, 59), None, NOW), vec![]);
        assert_eq!(
            stuck(on(Step::Scan, 5, 0, 60), None, NOW),
            vec![Stuck::Offline { since: NOW - 60 }]
        );
        // Every reason at once, offline first.
        assert_eq!(
            stuck(on(Step::Scan, 500, 4, 61), Some(20), NOW),
            vec![
                Stuck::Offline { since: NOW - 61 },
                Stuck::Refusals { in_a_row: 4 },
                Stuck::Slow {
                    seconds: 500,
                    limit: 110
                }
            ]
        );
        // Done and gone is fine.
        assert_eq!(stuck(on(Step::Finish, 500, 4, 600), Some(20), NOW), vec![]);
    }
}
