//! One person's record at a PC: their name and, per step, time, refusals
//! and whether they passed it.

use super::wire::{DisplayName, Refusal, Step};

const STEPS: usize = Step::ALL.len();
const REASONS: usize = Refusal::ALL.len();

/// One person's record on one step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepRecord {
    /// Time on the step in visits that ended (seconds).
    pub seconds: u64,
    /// Refusals by reason, indexed like [`Refusal::ALL`].
    pub refusals: [u32; REASONS],
    /// Refusals since the step was last passed.
    pub in_a_row: u32,
    /// The step was passed.
    pub passed: bool,
    /// First entered (trainer's Unix seconds).
    pub entered: Option<u64>,
}

impl StepRecord {
    /// All refusals on the step.
    pub fn refusal_count(&self) -> u32 {
        self.refusals.iter().sum()
    }
}

/// One person at one PC: from joining (or a reset) to the next reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// From their sign-in.
    pub name: Option<DisplayName>,
    /// When the name came, in the room's order of names: equal names are
    /// numbered by who came first.
    pub(super) named: u64,
    /// When they started (trainer's Unix seconds).
    pub started: u64,
    /// Per step, indexed like [`Step::ALL`].
    pub steps: [StepRecord; STEPS],
    /// The latest refusal.
    pub last_reason: Option<Refusal>,
}

impl Person {
    pub(super) fn new(started: u64) -> Self {
        Self {
            name: None,
            named: 0,
            started,
            steps: Default::default(),
            last_reason: None,
        }
    }
}
