//! A room of 20 trainees held still at one moment, built by the trainer's
//! own room model from events (so medians, "stuck" and the sort order are
//! the real ones): most on their way, some done, three stuck (refused in a
//! row, slow, gone offline), two hands up, one reset on its way, one PC
//! that is not in training and declined its reset, two people named Jan.

use mfa_assistant::room::model::Model;
use mfa_assistant::room::{CommandId, DisplayName, EventKind, Refusal, RoomCode, Snapshot, Step};
use mfa_assistant::room::{TraineeId, snapshot::Stuck};

/// The moment shown (Unix seconds): 2027-01-15 08:25 UTC.
pub const NOW: u64 = 1_800_001_500;

/// Per trainee: name, how far they got (each step passed after so many
/// seconds), and what else happened.
struct Plan {
    name: Option<&'static str>,
    steps: &'static [u64],
    /// Seconds on the step reached, at [`NOW`].
    on_step: u64,
    extra: Extra,
}

enum Extra {
    None,
    /// Refused this often on the step reached.
    Refused(Refusal, u32),
    Hand,
    Offline,
    ResetSent,
    NotTraining,
}

const PLANS: [Plan; 20] = [
    plan(
        Some("Anna"),
        &[20, 60, 45, 30, 25, 140, 95, 60, 120],
        130,
        Extra::None,
    ),
    plan(
        Some("Bram"),
        &[35, 80, 50, 40, 30],
        75,
        Extra::Refused(Refusal::WrongCode, 3),
    ),
    plan(
        Some("Carla"),
        &[15, 50, 40, 35, 20, 110, 80],
        40,
        Extra::None,
    ),
    plan(Some("Daan"), &[30, 70, 55, 30, 40, 180], 55, Extra::Hand),
    plan(
        Some("Eva"),
        &[25, 65, 35, 25, 30, 100, 70, 50, 90],
        210,
        Extra::None,
    ),
    plan(
        Some("Fatima"),
        &[20, 55, 40, 20, 35, 120, 85, 45],
        95,
        Extra::Refused(Refusal::Expired, 1),
    ),
    plan(Some("Gijs"), &[40, 90, 60], 700, Extra::Offline),
    plan(
        Some("Hanna"),
        &[25, 60, 45, 30, 25, 130, 90, 55],
        35,
        Extra::None,
    ),
    plan(
        Some("Jan"),
        &[30, 75, 50, 35, 30],
        80,
        Extra::Refused(Refusal::ClockOff, 2),
    ),
    plan(Some("Jan"), &[20, 50, 35, 25, 20, 90, 60], 25, Extra::None),
    plan(Some("Kees"), &[45, 100, 70, 50], 420, Extra::None),
    plan(
        Some("Lotte"),
        &[20, 60, 40, 30, 25, 120, 80, 50, 100],
        95,
        Extra::ResetSent,
    ),
    plan(None, &[60], 50, Extra::None),
    plan(
        Some("Mohammed"),
        &[25, 70, 45, 30, 30, 140],
        60,
        Extra::Hand,
    ),
    plan(
        Some("Noor"),
        &[30, 65, 40, 30, 30, 125],
        45,
        Extra::Refused(Refusal::WrongNumber, 1),
    ),
    plan(
        Some("Pieter"),
        &[35, 85, 55, 40, 45, 160, 100, 60],
        30,
        Extra::None,
    ),
    plan(None, &[], 15, Extra::None),
    plan(Some("Rosa"), &[20, 55, 35, 25, 20], 65, Extra::None),
    plan(
        Some("Sanne"),
        &[30, 70, 50, 35, 30, 135, 85, 55, 110],
        160,
        Extra::NotTraining,
    ),
    plan(Some("Tim"), &[25, 60, 40, 30], 20, Extra::None),
];

const fn plan(
    name: Option<&'static str>,
    steps: &'static [u64],
    on_step: u64,
    extra: Extra,
) -> Plan {
    Plan {
        name,
        steps,
        on_step,
        extra,
    }
}

/// The steps of the training route this room walks (no passkey, no new
/// phone).
fn route() -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| !s.is_passkey() && !s.is_new_phone())
        .collect()
}

/// The room at [`NOW`].
pub fn room() -> Snapshot {
    let route = route();
    let mut m = Model::new(RoomCode::parse("042137").unwrap());
    for (i, plan) in PLANS.iter().enumerate() {
        let id = TraineeId(i as i64 + 1);
        let training = !matches!(plan.extra, Extra::NotTraining);
        // Each came in when it took them to be where they are now.
        let mut at = NOW - plan.on_step - plan.steps.iter().sum::<u64>();
        m.join(id, training, at);
        for (n, seconds) in plan.steps.iter().enumerate() {
            let step = route[n];
            at += seconds;
            if step == Step::SignIn
                && let Some(name) = plan.name
            {
                let name = DisplayName::new(name).unwrap();
                m.apply(id, at, &EventKind::Named { name });
            }
            m.apply(id, at, &EventKind::StepPassed { step });
            let step = route[n + 1];
            m.apply(id, at, &EventKind::StepEntered { step });
        }
        let here = route[plan.steps.len()];
        let mut seen = NOW - 2;
        match plan.extra {
            Extra::None => {}
            Extra::Refused(reason, times) => {
                for k in 0..times {
                    let step = here;
                    m.apply(
                        id,
                        at + 5 + 10 * u64::from(k),
                        &EventKind::Refused { step, reason },
                    );
                }
            }
            Extra::Hand => m.apply(id, at + 5, &EventKind::Hand { raised: true }),
            Extra::Offline => seen = at + 30,
            Extra::ResetSent => {
                m.issue(id, CommandId(1));
            }
            Extra::NotTraining => {
                m.issue(id, CommandId(2));
                m.apply(
                    id,
                    at,
                    &EventKind::ResetDeclined {
                        command: CommandId(2),
                    },
                );
            }
        }
        m.seen(id, seen);
    }
    let snapshot = m.snapshot(NOW);
    // What the picture is meant to show.
    let stuck: Vec<&Stuck> = snapshot.trainees.iter().flat_map(|r| &r.stuck).collect();
    assert!(stuck.iter().any(|s| matches!(s, Stuck::Refusals { .. })));
    assert!(stuck.iter().any(|s| matches!(s, Stuck::Offline { .. })));
    assert!(stuck.iter().any(|s| matches!(s, Stuck::Slow { .. })));
    snapshot
}
