//! The trainee's outbox: what it has to tell the trainer, in order, kept
//! while the trainer is away. When the trainer says there were too many
//! events, the outbox keeps only the latest state ([`Outbox::latest_only`]):
//! where the person is, their name, the hand, what they passed, every
//! reset's answer and where one person ends and the next begins.

use std::collections::{HashSet, VecDeque};
use std::time::Instant;

use super::wire::{CommandId, DisplayName, Event, EventId, EventKind, Step};

/// An event waiting for the trainer's acknowledgement.
pub(super) struct Queued {
    id: EventId,
    kind: EventKind,
    created: Instant,
}

impl Queued {
    /// `kind`, queued now under `id`.
    pub(super) fn new(id: EventId, kind: EventKind) -> Self {
        Self {
            id,
            kind,
            created: Instant::now(),
        }
    }

    /// As sent: with its age now.
    pub(super) fn event(&self) -> Event {
        Event {
            id: self.id,
            age_ms: self.created.elapsed().as_millis() as u64,
            kind: self.kind.clone(),
        }
    }
}

/// What the trainee has to tell the trainer, in order.
#[derive(Default)]
pub(super) struct Outbox {
    pub(super) queue: VecDeque<Queued>,
    /// The step and name the trainer has acknowledged: told again to a
    /// trainer that lost this trainee.
    pub(super) step: Option<Step>,
    pub(super) name: Option<DisplayName>,
    /// Resets handed to the app and not yet confirmed.
    pub(super) delivered: Vec<CommandId>,
    seen: HashSet<CommandId>,
}

/// Which events say the same thing, so that only the latest need be sent.
#[derive(PartialEq, Eq, Hash)]
enum Says {
    Name,
    Step,
    Hand,
    Route,
    Passed(Step),
    Refused(Step, super::wire::Refusal),
}

impl Outbox {
    /// The first `count` events reached the trainer.
    pub(super) fn acknowledged(&mut self, count: usize) {
        let count = count.min(self.queue.len());
        for sent in self.queue.drain(..count).collect::<Vec<_>>() {
            match sent.kind {
                EventKind::StepEntered { step } => self.step = Some(step),
                EventKind::Named { name } => self.name = Some(name),
                EventKind::ResetDone { .. } => {
                    self.name = None;
                    self.step = Some(Step::Welcome);
                }
                _ => {}
            }
        }
    }

    /// Whether the trainer's command `id` is new to this PC.
    pub(super) fn first_time(&mut self, id: CommandId) -> bool {
        self.seen.insert(id)
    }

    /// Keeps only the latest state: for each person (a reset or "next
    /// person" starts one) the latest of each kind of news (a refusal
    /// once per step and reason), every reset's answer, in the order they
    /// happened. A PC that sent too much loses counts, never its place or
    /// what its person passed.
    pub(super) fn latest_only(&mut self) {
        let events: Vec<Queued> = self.queue.drain(..).collect();
        let mut kept: Vec<Option<Queued>> = Vec::with_capacity(events.len());
        let mut latest: std::collections::HashMap<Says, usize> = Default::default();
        let mut boundary_last = false;
        for event in events {
            let says = match &event.kind {
                EventKind::Named { .. } => Some(Says::Name),
                EventKind::StepEntered { .. } => Some(Says::Step),
                EventKind::Hand { .. } => Some(Says::Hand),
                EventKind::Route { .. } => Some(Says::Route),
                EventKind::StepPassed { step } => Some(Says::Passed(*step)),
                EventKind::Refused { step, reason } => Some(Says::Refused(*step, *reason)),
                EventKind::NextPerson => {
                    // Two people in a row with nothing between: one.
                    if boundary_last {
                        continue;
                    }
                    latest.clear();
                    boundary_last = true;
                    kept.push(Some(event));
                    continue;
                }
                EventKind::ResetDone { .. } => {
                    latest.clear();
                    boundary_last = false;
                    kept.push(Some(event));
                    continue;
                }
                EventKind::ResetDeclined { .. } | EventKind::Unknown => None,
            };
            boundary_last = false;
            if let Some(says) = says
                && let Some(earlier) = latest.insert(says, kept.len())
            {
                kept[earlier] = None;
            }
            kept.push(Some(event));
        }
        self.queue = kept.into_iter().flatten().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::room::wire::Refusal;

    fn kinds(outbox: &Outbox) -> Vec<EventKind> {
        outbox.queue.iter().map(|q| q.kind.clone()).collect()
    }

    #[test]
    fn the_latest_state_is_kept_and_nothing_of_a_persons_progress_lost() {
        let mut outbox = Outbox::default();
        let mut push = |kind| outbox.queue.push_back(Queued::new(EventId::random(), kind));
        let (scan, sms) = (Step::Scan, Step::Sms);
        let reason = Refusal::WrongCode;
        push(EventKind::Route {
            text_messages: true,
        });
        for _ in 0..50 {
            push(EventKind::StepEntered { step: scan });
            push(EventKind::Refused { step: scan, reason });
            push(EventKind::Hand { raised: true });
            push(EventKind::Hand { raised: false });
        }
        push(EventKind::StepPassed { step: scan });
        for _ in 0..1000 {
            push(EventKind::NextPerson);
        }
        push(EventKind::ResetDone {
            command: CommandId(7),
        });
        push(EventKind::StepEntered { step: sms });
        outbox.latest_only();
        assert_eq!(
            kinds(&outbox),
            vec![
                EventKind::Route {
                    text_messages: true
                },
                EventKind::StepEntered { step: scan },
                EventKind::Refused { step: scan, reason },
                EventKind::Hand { raised: false },
                EventKind::StepPassed { step: scan },
                EventKind::NextPerson,
                EventKind::ResetDone {
                    command: CommandId(7)
                },
                EventKind::StepEntered { step: sms },
            ]
        );
    }
}
