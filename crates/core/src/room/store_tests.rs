use super::*;
use crate::room::secret::Token;
use crate::room::wire::{Refusal, Step};

const T0: u64 = 1_800_000_000;
const DAY: u64 = 24 * 3600;

fn entered(step: Step) -> EventKind {
    EventKind::StepEntered { step }
}

#[test]
fn events_are_kept_once_and_replayed_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, model) = Store::open(dir.path(), T0, DEFAULT_RETENTION).unwrap();
    let code = model.code().clone();
    let token = Token::random();
    let id = store.join(&token.hash(), true, T0).unwrap();
    let refused = EventKind::Refused {
        step: Step::Scan,
        reason: Refusal::WrongCode,
    };
    let (a, b) = (EventId::random(), EventId::random());
    let scan = entered(Step::Scan);
    assert_eq!(
        store
            .events(id, &[(a, T0 + 5, &scan), (b, T0 + 9, &refused)], T0 + 10)
            .unwrap(),
        vec![true, true]
    );
    // Re-sent, with one more: only the new one counts.
    let c = EventId::random();
    let passed = EventKind::StepPassed { step: Step::Scan };
    assert_eq!(
        store
            .events(
                id,
                &[(b, T0 + 11, &refused), (c, T0 + 20, &passed)],
                T0 + 20
            )
            .unwrap(),
        vec![false, true]
    );
    let command = store.issue(id, T0 + 21).unwrap();
    drop(store);

    let (store, model) = Store::open(dir.path(), T0 + 3600, DEFAULT_RETENTION).unwrap();
    assert_eq!(model.code(), &code);
    assert_eq!(store.tokens().unwrap(), vec![(token.hash(), id)]);
    assert_eq!(model.pending(id), vec![command]);
    let s = model.snapshot(T0 + 30);
    let row = &s.trainees[0];
    assert_eq!((row.events, row.refusals, row.step), (3, 1, Step::Scan));
    assert_eq!(row.last_reason, Some(Refusal::WrongCode));
    assert_eq!(s.steps[Step::Scan.index()].median, Some(15));
    assert_eq!(row.offline_since, None);
    assert_eq!(
        model.snapshot(T0 + 80).trainees[0].offline_since,
        Some(T0 + 20)
    );
}

#[test]
fn a_day_later_is_a_new_room_and_old_rooms_go_after_the_retention() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, first) = Store::open(dir.path(), T0, DEFAULT_RETENTION).unwrap();
    let id = store.join(&Token::random().hash(), true, T0).unwrap();
    store
        .events(id, &[(EventId::random(), T0, &entered(Step::Install))], T0)
        .unwrap();
    drop(store);

    let (store, second) = Store::open(dir.path(), T0 + DAY, DEFAULT_RETENTION).unwrap();
    assert_eq!(second.trainees().count(), 0);
    assert_eq!(store.tokens().unwrap(), vec![]);
    let rooms = store.rooms().unwrap();
    assert_eq!(rooms.len(), 2);
    assert_eq!(rooms[0].model.code(), first.code());
    assert_eq!(rooms[0].model.trainees().count(), 1);
    drop(store);

    // 30 days after the first room's last event it is still there; a day
    // more and it is gone, events and all.
    let (store, _) = Store::open(dir.path(), T0 + 30 * DAY, DEFAULT_RETENTION).unwrap();
    assert_eq!(store.rooms().unwrap().len(), 3);
    drop(store);
    let (store, _) = Store::open(dir.path(), T0 + 31 * DAY, DEFAULT_RETENTION).unwrap();
    let rooms = store.rooms().unwrap();
    assert_eq!(rooms.len(), 3);
    assert_eq!(rooms[0].started, T0 + DAY);
    let left: i64 = store
        .conn
        .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}
