//! The room in memory: every trainee's step, times and refusals, built only
//! from events (live, or replayed from the database after a restart, which
//! gives the same room).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::snapshot::{self, Row, Snapshot, Standing, StepStats};
use super::wire::{CommandId, DisplayName, EventKind, RoomCode, Step, TraineeId};

pub use super::person::{Person, StepRecord};

const STEPS: usize = Step::ALL.len();

/// One PC in the room.
#[derive(Debug, Clone)]
pub struct Trainee {
    /// Runs the training provider.
    pub training: bool,
    /// Its route has the phone step (until it says otherwise).
    pub text_messages: bool,
    /// Its route has the passkey: it entered one of the passkey's steps.
    pub passkey: bool,
    /// Its route is a new phone's: it entered the old phone's step.
    pub new_phone: bool,
    /// The last contact (trainer's Unix seconds).
    pub last_seen: u64,
    /// Everyone who sat here, the last the one there now; in the live
    /// room only that last one (the report reads the rest from the
    /// database), so memory does not grow with resets.
    pub people: Vec<Person>,
    /// People no longer in `people`.
    earlier: u32,
    step: Step,
    since: u64,
    last_at: u64,
    events: u64,
    hand: bool,
    pending: BTreeSet<CommandId>,
    answered: BTreeSet<CommandId>,
    declined: bool,
    keep_all: bool,
}

impl Trainee {
    fn person(&mut self) -> &mut Person {
        if self.people.is_empty() {
            self.people.push(Person::new(self.since));
        }
        let last = self.people.len() - 1;
        &mut self.people[last]
    }

    /// Closes the running visit at `at` and opens one on `step`.
    fn move_to(&mut self, step: Step, at: u64) {
        let spent = at.saturating_sub(self.since);
        let current = self.step;
        self.person().steps[current.index()].seconds += spent;
        self.step = step;
        self.since = at;
        self.person().steps[step.index()].entered.get_or_insert(at);
    }

    /// The next person sits down at `at`: the visit ends, a fresh record
    /// starts on Welcome.
    fn next_person(&mut self, at: u64) {
        let spent = at.saturating_sub(self.since);
        let current = self.step;
        self.person().steps[current.index()].seconds += spent;
        let mut person = Person::new(at);
        person.steps[Step::Welcome.index()].entered = Some(at);
        self.people.push(person);
        if !self.keep_all && self.people.len() > 1 {
            self.people.remove(0);
            self.earlier = self.earlier.saturating_add(1);
        }
        self.step = Step::Welcome;
        self.since = at;
        self.hand = false;
        self.declined = false;
    }

    /// Person `person`'s time on `step` at `now`, with a visit still running.
    pub fn time_on(&self, person: usize, step: Step, now: u64) -> u64 {
        let Some(record) = self.people.get(person) else {
            return 0;
        };
        let running = person + 1 == self.people.len() && step == self.step;
        record.steps[step.index()].seconds
            + if running {
                now.saturating_sub(self.since)
            } else {
                0
            }
    }

    /// Time on the current step at `now`, over all of this person's visits.
    fn on_step(&self, now: u64) -> u64 {
        let earlier = self
            .people
            .last()
            .map_or(0, |p| p.steps[self.step.index()].seconds);
        earlier + now.saturating_sub(self.since)
    }
}

/// The room: trainees and each step's times.
#[derive(Debug, Clone)]
pub struct Model {
    code: RoomCode,
    /// Every person at each PC (the report), or only the one there now.
    keep_all: bool,
    /// Names given so far, to order equal ones.
    names: u64,
    trainees: BTreeMap<TraineeId, Trainee>,
    /// Per step: each person's time to pass it.
    passed: [Vec<u64>; STEPS],
    refusals: [u32; STEPS],
}

impl Model {
    /// An empty room that keeps every person who sat at each PC.
    pub fn new(code: RoomCode) -> Self {
        Self {
            keep_all: true,
            ..Self::live(code)
        }
    }

    /// An empty room that keeps what the dashboard shows: each PC's
    /// current person, and every step's times for the chart.
    pub fn live(code: RoomCode) -> Self {
        Self {
            code,
            keep_all: false,
            names: 0,
            trainees: BTreeMap::new(),
            passed: Default::default(),
            refusals: [0; STEPS],
        }
    }

    /// The room code.
    pub fn code(&self) -> &RoomCode {
        &self.code
    }

    /// The trainer gave the room a new code.
    pub fn set_code(&mut self, code: RoomCode) {
        self.code = code;
    }

    /// How many PCs are in the room.
    pub fn len(&self) -> usize {
        self.trainees.len()
    }

    /// No PC is in the room.
    pub fn is_empty(&self) -> bool {
        self.trainees.is_empty()
    }

    /// Events counted from `id` in this room.
    pub fn events(&self, id: TraineeId) -> u64 {
        self.trainees.get(&id).map_or(0, |t| t.events)
    }

    /// A PC joined at `at`.
    pub fn join(&mut self, id: TraineeId, training: bool, at: u64) {
        let mut person = Person::new(at);
        person.steps[Step::Welcome.index()].entered = Some(at);
        self.trainees.insert(
            id,
            Trainee {
                training,
                text_messages: true,
                passkey: false,
                new_phone: false,
                last_seen: at,
                people: vec![person],
                step: Step::Welcome,
                since: at,
                last_at: at,
                events: 0,
                hand: false,
                pending: BTreeSet::new(),
                answered: BTreeSet::new(),
                declined: false,
                keep_all: self.keep_all,
                earlier: 0,
            },
        );
    }

    /// The trainees, by number.
    pub fn trainees(&self) -> impl Iterator<Item = (TraineeId, &Trainee)> {
        self.trainees.iter().map(|(id, t)| (*id, t))
    }

    /// Whether `id` is in the room.
    pub fn contains(&self, id: TraineeId) -> bool {
        self.trainees.contains_key(&id)
    }

    /// A contact from `id` at `at` (heartbeat or events).
    pub fn seen(&mut self, id: TraineeId, at: u64) {
        if let Some(t) = self.trainees.get_mut(&id) {
            t.last_seen = t.last_seen.max(at);
        }
    }

    /// When `id`'s latest event happened (trainer's Unix seconds): a
    /// later event is never put before it, so times on steps are never
    /// negative, whatever the trainee's clock or network did.
    pub fn last_event(&self, id: TraineeId) -> u64 {
        self.trainees.get(&id).map_or(0, |t| t.last_at)
    }

    /// Counts one event from `id` that happened at `at`.
    pub fn apply(&mut self, id: TraineeId, at: u64, kind: &EventKind) {
        let Some(t) = self.trainees.get_mut(&id) else {
            return;
        };
        t.events += 1;
        t.last_at = t.last_at.max(at);
        match kind {
            EventKind::Named { name } => {
                self.names += 1;
                let person = t.person();
                if person.name.as_ref() != Some(name) {
                    person.name = Some(name.clone());
                    person.named = self.names;
                }
            }
            EventKind::StepEntered { step } => {
                t.passkey |= step.is_passkey();
                t.new_phone |= step.is_new_phone();
                t.move_to(*step, at);
            }
            EventKind::StepPassed { step } => {
                let here = t.step == *step;
                let running = at.saturating_sub(t.since);
                let record = &mut t.person().steps[step.index()];
                record.in_a_row = 0;
                if !record.passed {
                    record.passed = true;
                    let total = record.seconds + if here { running } else { 0 };
                    self.passed[step.index()].push(total);
                }
            }
            EventKind::Refused { step, reason } => {
                let person = t.person();
                let record = &mut person.steps[step.index()];
                record.refusals[reason.index()] += 1;
                record.in_a_row += 1;
                person.last_reason = Some(*reason);
                self.refusals[step.index()] += 1;
            }
            EventKind::Hand { raised } => t.hand = *raised,
            EventKind::Route { text_messages } => t.text_messages = *text_messages,
            EventKind::ResetDone { command } => {
                t.pending.remove(command);
                if t.answered.insert(*command) {
                    t.next_person(at);
                }
            }
            EventKind::NextPerson => t.next_person(at),
            EventKind::ResetDeclined { command } => {
                t.pending.remove(command);
                t.answered.insert(*command);
                t.declined = true;
            }
            EventKind::Unknown => {}
        }
    }

    /// The trainer asked `id` to reset; false if there is no such trainee
    /// or it answered this command already.
    pub fn issue(&mut self, id: TraineeId, command: CommandId) -> bool {
        match self.trainees.get_mut(&id) {
            Some(t) if !t.answered.contains(&command) => t.pending.insert(command),
            _ => false,
        }
    }

    /// The commands `id` has not answered yet, oldest first.
    pub fn pending(&self, id: TraineeId) -> Vec<CommandId> {
        self.trainees
            .get(&id)
            .map(|t| t.pending.iter().copied().collect())
            .unwrap_or_default()
    }

    /// The room at `now`.
    pub fn snapshot(&self, now: u64) -> Snapshot {
        let medians: Vec<Option<u64>> = self.passed.iter().map(|p| snapshot::median(p)).collect();
        let names = self.told_apart();
        let mut here = [0u32; STEPS];
        let mut trainees: Vec<Row> = self
            .trainees
            .iter()
            .map(|(id, t)| {
                here[t.step.index()] += 1;
                let person = t.people.last();
                let record = person.map(|p| &p.steps[t.step.index()]);
                let seconds_on_step = t.on_step(now);
                let online = now.saturating_sub(t.last_seen) < snapshot::OFFLINE_AFTER;
                let standing = Standing {
                    step: t.step,
                    seconds_on_step,
                    in_a_row: record.map_or(0, |r| r.in_a_row),
                    last_seen: t.last_seen,
                };
                Row {
                    id: *id,
                    name: names.get(id).cloned(),
                    step: t.step,
                    seconds_on_step,
                    refusals: person.map_or(0, |p| p.steps.iter().map(|r| r.refusal_count()).sum()),
                    refusals_on_step: record.map_or(0, StepRecord::refusal_count),
                    last_reason: person.and_then(|p| p.last_reason),
                    hand_raised: t.hand,
                    online,
                    offline_since: (!online).then_some(t.last_seen),
                    stuck: snapshot::stuck(standing, medians[t.step.index()], now),
                    reset_pending: !t.pending.is_empty(),
                    reset_declined: t.declined,
                    training: t.training,
                    person: t.earlier.saturating_add(t.people.len() as u32),
                    events: t.events,
                }
            })
            .collect();
        trainees.sort_by_key(|r| (r.stuck.is_empty(), !r.hand_raised, r.id));
        // The phone step only where some PC's route has it.
        let texts = self.trainees.is_empty() || self.trainees.values().any(|t| t.text_messages);
        // The passkey's steps once some PC walks a route with a passkey.
        let passkey = self.trainees.values().any(|t| t.passkey);
        let new_phone = self.trainees.values().any(|t| t.new_phone);
        let steps = Step::ALL
            .iter()
            .filter(|step| texts || !step.is_text_message())
            .filter(|step| passkey || !step.is_passkey())
            .filter(|step| new_phone || !step.is_new_phone())
            .map(|step| {
                let times = &self.passed[step.index()];
                StepStats {
                    step: *step,
                    median: medians[step.index()],
                    slowest: times.iter().copied().max(),
                    passed: times.len() as u32,
                    refusals: self.refusals[step.index()],
                    here: here[step.index()],
                }
            })
            .collect();
        Snapshot {
            code: self.code.clone(),
            now,
            trainees,
            steps,
            door: Default::default(),
        }
    }

    /// Display names with equal ones told apart by who came first: "Jan",
    /// "Jan (2)", … Names equal after NFKC and in any letter case are the
    /// same name ("Ｂｏｂ" is "bob").
    pub fn told_apart(&self) -> HashMap<TraineeId, String> {
        let mut named: Vec<(u64, TraineeId, &DisplayName)> = self
            .trainees
            .iter()
            .filter_map(|(id, t)| {
                let person = t.people.last()?;
                Some((person.named, *id, person.name.as_ref()?))
            })
            .collect();
        named.sort_by_key(|(order, id, _)| (*order, *id));
        let mut seen: HashMap<String, u32> = HashMap::new();
        let mut names = HashMap::new();
        for (_, id, name) in named {
            let count = seen.entry(name.same_as()).or_default();
            *count += 1;
            let shown = match *count {
                1 => name.as_str().to_owned(),
                n => format!("{} ({n})", name.as_str()),
            };
            names.insert(id, shown);
        }
        names
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
