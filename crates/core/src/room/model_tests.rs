use super::*;
use crate::room::Refusal;
use crate::room::snapshot::Stuck;

const T0: u64 = 1_800_000_000;

fn room() -> Model {
    Model::new(RoomCode::parse("123456").unwrap())
}

fn enter(m: &mut Model, id: i64, at: u64, step: Step) {
    m.apply(TraineeId(id), at, &EventKind::StepEntered { step });
}

fn pass(m: &mut Model, id: i64, at: u64, step: Step) {
    m.apply(TraineeId(id), at, &EventKind::StepPassed { step });
}

fn refuse(m: &mut Model, id: i64, at: u64, step: Step, reason: Refusal) {
    m.apply(TraineeId(id), at, &EventKind::Refused { step, reason });
}

fn name(m: &mut Model, id: i64, name: &str) {
    let name = DisplayName::new(name).unwrap();
    m.apply(TraineeId(id), T0, &EventKind::Named { name });
}

fn row(s: &Snapshot, id: i64) -> &Row {
    s.trainees.iter().find(|r| r.id == TraineeId(id)).unwrap()
}

#[test]
fn time_on_step_adds_up_visits_and_the_median_counts_passes() {
    let mut m = room();
    for id in 1..=3 {
        m.join(TraineeId(id), true, T0);
        enter(&mut m, id, T0, Step::Scan);
    }
    // 1: 20 s, 2: 40 s, 3: 10 s there, 30 s on Prepare, back for 50 s more.
    pass(&mut m, 1, T0 + 20, Step::Scan);
    enter(&mut m, 1, T0 + 20, Step::Approve);
    pass(&mut m, 2, T0 + 40, Step::Scan);
    enter(&mut m, 2, T0 + 40, Step::Approve);
    enter(&mut m, 3, T0 + 10, Step::Prepare);
    enter(&mut m, 3, T0 + 40, Step::Scan);
    let s = m.snapshot(T0 + 70);
    assert_eq!(row(&s, 3).seconds_on_step, 40);
    assert_eq!(row(&s, 1).seconds_on_step, 50);
    pass(&mut m, 3, T0 + 90, Step::Scan);
    let s = m.snapshot(T0 + 90);
    let scan = &s.steps[Step::Scan.index()];
    assert_eq!(
        (scan.median, scan.slowest, scan.passed),
        (Some(40), Some(60), 3)
    );
    assert_eq!(s.steps[Step::Approve.index()].here, 2);
    assert_eq!(s.steps[Step::Approve.index()].median, None);
}

#[test]
fn slow_trainees_are_stuck_and_sorted_to_the_top() {
    let mut m = room();
    for id in 1..=4 {
        m.join(TraineeId(id), true, T0);
        enter(&mut m, id, T0, Step::Install);
    }
    for (id, took) in [(1, 30), (2, 40), (3, 50)] {
        pass(&mut m, id, T0 + took, Step::Install);
        enter(&mut m, id, T0 + took, Step::SignIn);
    }
    // Median 40: slow after max(80, 130) = 130 s. Everyone keeps in touch.
    for id in 1..=4 {
        m.seen(TraineeId(id), T0 + 131);
    }
    let s = m.snapshot(T0 + 130);
    assert!(s.trainees.iter().all(|r| r.stuck.is_empty()));
    assert_eq!(s.trainees[0].id, TraineeId(1));
    let s = m.snapshot(T0 + 131);
    assert_eq!(s.trainees[0].id, TraineeId(4));
    assert_eq!(
        s.trainees[0].stuck,
        vec![Stuck::Slow {
            seconds: 131,
            limit: 130
        }]
    );
}

#[test]
fn three_refusals_in_a_row_until_the_step_passes() {
    let mut m = room();
    m.join(TraineeId(1), true, T0);
    m.join(TraineeId(2), true, T0);
    enter(&mut m, 1, T0, Step::Scan);
    refuse(&mut m, 1, T0 + 1, Step::Scan, Refusal::WrongCode);
    refuse(&mut m, 1, T0 + 2, Step::Scan, Refusal::WrongCode);
    let s = m.snapshot(T0 + 3);
    assert!(row(&s, 1).stuck.is_empty());
    assert_eq!(row(&s, 1).last_reason, Some(Refusal::WrongCode));
    refuse(&mut m, 1, T0 + 3, Step::Scan, Refusal::CoolDown);
    let s = m.snapshot(T0 + 3);
    assert_eq!(s.trainees[0].id, TraineeId(1));
    assert_eq!(s.trainees[0].stuck, vec![Stuck::Refusals { in_a_row: 3 }]);
    assert_eq!(s.trainees[0].last_reason, Some(Refusal::CoolDown));
    pass(&mut m, 1, T0 + 40, Step::Scan);
    let s = m.snapshot(T0 + 40);
    assert!(row(&s, 1).stuck.is_empty());
    // The count stays for the trainer to see.
    assert_eq!((row(&s, 1).refusals, row(&s, 1).refusals_on_step), (3, 3));
    assert_eq!(s.steps[Step::Scan.index()].refusals, 3);
}

#[test]
fn silence_means_offline_since_the_last_contact() {
    let mut m = room();
    m.join(TraineeId(1), true, T0);
    m.seen(TraineeId(1), T0 + 30);
    let s = m.snapshot(T0 + 89);
    assert!(row(&s, 1).online);
    let s = m.snapshot(T0 + 90);
    assert!(!row(&s, 1).online);
    assert_eq!(row(&s, 1).offline_since, Some(T0 + 30));
    assert_eq!(row(&s, 1).stuck, vec![Stuck::Offline { since: T0 + 30 }]);
}

#[test]
fn equal_names_are_told_apart_and_hands_come_first() {
    let mut m = room();
    for id in 1..=4 {
        m.join(TraineeId(id), true, T0);
    }
    name(&mut m, 1, "Jan");
    name(&mut m, 2, "Piet");
    name(&mut m, 3, "jan");
    m.apply(TraineeId(4), T0, &EventKind::Hand { raised: true });
    let s = m.snapshot(T0);
    assert_eq!(row(&s, 1).name.as_deref(), Some("Jan"));
    assert_eq!(row(&s, 3).name.as_deref(), Some("jan (2)"));
    assert_eq!(row(&s, 4).name, None);
    assert_eq!(s.trainees[0].id, TraineeId(4));
    assert!(s.trainees[0].hand_raised);
}

#[test]
fn a_reset_starts_the_next_person_once() {
    let mut m = room();
    m.join(TraineeId(1), true, T0);
    name(&mut m, 1, "Jan");
    enter(&mut m, 1, T0, Step::Scan);
    refuse(&mut m, 1, T0 + 5, Step::Scan, Refusal::WrongCode);
    m.apply(TraineeId(1), T0, &EventKind::Hand { raised: true });
    assert!(m.issue(TraineeId(1), CommandId(7)));
    assert!(!m.issue(TraineeId(9), CommandId(8)));
    assert_eq!(m.pending(TraineeId(1)), vec![CommandId(7)]);
    assert!(m.snapshot(T0 + 6).trainees[0].reset_pending);
    let done = EventKind::ResetDone {
        command: CommandId(7),
    };
    m.apply(TraineeId(1), T0 + 10, &done);
    m.apply(TraineeId(1), T0 + 11, &done);
    let s = m.snapshot(T0 + 12);
    let r = row(&s, 1);
    assert_eq!(
        (r.step, r.person, r.refusals, r.name.clone()),
        (Step::Welcome, 2, 0, None)
    );
    assert!(!r.hand_raised && !r.reset_pending);
    assert_eq!(m.pending(TraineeId(1)), vec![]);
    // An answered command is not issued again.
    assert!(!m.issue(TraineeId(1), CommandId(7)));
    let first = &m.trainees().next().unwrap().1.people[0];
    assert_eq!(first.steps[Step::Scan.index()].seconds, 10);
    assert_eq!(first.name.as_ref().map(DisplayName::as_str), Some("Jan"));
}

#[test]
fn start_again_at_the_end_is_the_next_person() {
    let mut m = room();
    m.join(TraineeId(1), true, T0);
    m.apply(TraineeId(1), T0 + 1, &EventKind::Hand { raised: true });
    m.apply(TraineeId(1), T0 + 2, &EventKind::NextPerson);
    let s = m.snapshot(T0 + 3);
    let r = row(&s, 1);
    assert_eq!((r.step, r.person), (Step::Welcome, 2));
    assert!(!r.hand_raised);
    let wire = serde_json::to_string(&EventKind::NextPerson).unwrap();
    assert_eq!(wire, r#"{"kind":"next_person"}"#);
}

#[test]
fn a_declined_reset_is_shown() {
    let mut m = room();
    m.join(TraineeId(1), false, T0);
    m.issue(TraineeId(1), CommandId(1));
    m.apply(
        TraineeId(1),
        T0,
        &EventKind::ResetDeclined {
            command: CommandId(1),
        },
    );
    let s = m.snapshot(T0);
    assert!(row(&s, 1).reset_declined && !row(&s, 1).reset_pending);
    assert_eq!(row(&s, 1).person, 1);
}

#[test]
fn the_latest_event_time_is_kept() {
    let mut m = room();
    m.join(TraineeId(1), true, T0);
    assert_eq!(m.last_event(TraineeId(1)), T0);
    enter(&mut m, 1, T0 + 50, Step::Install);
    enter(&mut m, 1, T0 + 40, Step::SignIn);
    assert_eq!(m.last_event(TraineeId(1)), T0 + 50);
}

#[test]
fn the_chart_leaves_out_the_phone_step_where_no_route_has_it() {
    let steps = |m: &Model| -> Vec<Step> { m.snapshot(T0).steps.iter().map(|s| s.step).collect() };
    // The passkey's steps only once a PC walks them (below).
    let usual: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| !s.is_passkey() && !s.is_new_phone())
        .collect();
    let mut m = room();
    assert_eq!(steps(&m), usual, "an empty room shows every usual step");
    for id in 1..=2 {
        m.join(TraineeId(id), true, T0);
        m.apply(
            TraineeId(id),
            T0,
            &EventKind::Route {
                text_messages: false,
            },
        );
    }
    let short: Vec<Step> = usual
        .iter()
        .copied()
        .filter(|s| !s.is_text_message())
        .collect();
    assert_eq!(steps(&m), short);
    assert_eq!(short.len(), 8);
    // One PC whose route has it brings it back.
    m.join(TraineeId(3), true, T0);
    assert_eq!(steps(&m), usual);
    m.apply(
        TraineeId(3),
        T0,
        &EventKind::Route {
            text_messages: false,
        },
    );
    assert_eq!(steps(&m), short);
}

#[test]
fn the_chart_shows_the_passkey_once_a_pc_walks_it() {
    let steps = |m: &Model| -> Vec<Step> { m.snapshot(T0).steps.iter().map(|s| s.step).collect() };
    let mut m = room();
    m.join(TraineeId(1), true, T0);
    m.join(TraineeId(2), true, T0);
    enter(&mut m, 1, T0 + 10, Step::Approve);
    assert!(!steps(&m).contains(&Step::PasskeyReady));
    enter(&mut m, 1, T0 + 20, Step::PasskeyReady);
    m.apply(
        TraineeId(1),
        T0 + 50,
        &EventKind::StepPassed {
            step: Step::PasskeyReady,
        },
    );
    enter(&mut m, 1, T0 + 50, Step::PasskeyAdd);
    let snapshot = m.snapshot(T0 + 60);
    let shown: Vec<Step> = snapshot.steps.iter().map(|s| s.step).collect();
    let with: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| !s.is_new_phone())
        .collect();
    assert_eq!(shown, with, "in the guide's order, after the approval");
    let stat = |step| snapshot.steps.iter().find(|s| s.step == step).unwrap();
    assert_eq!(stat(Step::PasskeyReady).passed, 1);
    assert_eq!(stat(Step::PasskeyReady).median, Some(30));
    assert_eq!(stat(Step::PasskeyAdd).here, 1);
    let row = snapshot
        .trainees
        .iter()
        .find(|t| t.id == TraineeId(1))
        .unwrap();
    assert_eq!(row.step, Step::PasskeyAdd);
    // The next person at that PC: the chart keeps the passkey's rows.
    m.apply(TraineeId(1), T0 + 70, &EventKind::NextPerson);
    assert!(steps(&m).contains(&Step::PasskeyAdd));
}

#[test]
fn the_chart_shows_the_old_phone_once_a_pc_walks_a_new_phones_route() {
    let steps = |m: &Model| -> Vec<Step> { m.snapshot(T0).steps.iter().map(|s| s.step).collect() };
    let mut m = room();
    m.join(TraineeId(1), true, T0);
    enter(&mut m, 1, T0 + 10, Step::Approve);
    assert!(!steps(&m).contains(&Step::OldPhone));
    enter(&mut m, 1, T0 + 20, Step::OldPhone);
    m.apply(
        TraineeId(1),
        T0 + 45,
        &EventKind::StepPassed {
            step: Step::OldPhone,
        },
    );
    let snapshot = m.snapshot(T0 + 60);
    let shown: Vec<Step> = snapshot.steps.iter().map(|s| s.step).collect();
    let after = shown.iter().position(|s| *s == Step::Approve).unwrap();
    assert_eq!(
        shown[after + 1],
        Step::OldPhone,
        "after the approval: {shown:?}"
    );
    let stat = snapshot
        .steps
        .iter()
        .find(|s| s.step == Step::OldPhone)
        .unwrap();
    assert_eq!((stat.passed, stat.median), (1, Some(25)));
}
