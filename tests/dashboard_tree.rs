//! What a screen reader is told by the trainer's window (issue 22), read
//! from the tree the dashboard builds, without a window: the room as the
//! one heading, the trainees as a table with column headers and a row per
//! trainee in the window's order, every button named, the chart as a
//! picture with its figures in words, the keyboard's focus, the language
//! switch, and who became stuck or raised a hand said once (a polite live
//! region), not on every tick. The same tree on the real accessibility bus
//! is `tests/dashboard_reader.rs`.

#[path = "dashboard/fixture.rs"]
mod fixture;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use accesskit::{Live, Node, NodeId, Role};
use mfa_assistant::a11y::tree::{Nodes, Sent, WINDOW};
use mfa_assistant::appearance::Appearance;
use mfa_assistant::dashboard::{Dashboard, Key, Message, Room, Still};
use mfa_assistant::i18n::Lang;
use mfa_assistant::room::model::Model;
use mfa_assistant::room::server::ServerError;
use mfa_assistant::room::{DisplayName, EventKind, Refusal, RoomCode, Snapshot, Step, TraineeId};
use mfa_assistant::t;

fn still(lang: Lang) -> Dashboard {
    let room = Arc::new(Still::new("http://192.168.1.20:7641", fixture::room()));
    Dashboard::new(room, lang, Appearance::Light, Some("/tmp/reports".into()))
}

fn node(nodes: &Nodes, id: NodeId) -> &Node {
    &nodes
        .nodes
        .iter()
        .find(|(n, _)| *n == id)
        .expect("a node")
        .1
}

fn children<'a>(nodes: &'a Nodes, parent: &Node) -> Vec<&'a Node> {
    parent.children().iter().map(|c| node(nodes, *c)).collect()
}

fn with_role(nodes: &Nodes, role: Role) -> Vec<&Node> {
    nodes
        .nodes
        .iter()
        .filter(|(_, n)| n.role() == role)
        .map(|(_, n)| n)
        .collect()
}

/// The tree holds together: the window first, every child there, every
/// node but the window the child of exactly one other.
fn whole(nodes: &Nodes) {
    assert_eq!(nodes.nodes[0].0, WINDOW);
    let mut parents: HashMap<NodeId, usize> = HashMap::new();
    for (_, n) in &nodes.nodes {
        for c in n.children() {
            assert!(nodes.nodes.iter().any(|(id, _)| id == c), "{c:?} missing");
            *parents.entry(*c).or_default() += 1;
        }
    }
    for (id, _) in nodes.nodes.iter().skip(1) {
        assert_eq!(parents.get(id), Some(&1), "{id:?}: parents");
    }
}

#[test]
fn the_trainees_are_a_table_and_every_button_is_named() {
    let d = still(Lang::En);
    let nodes = d.describe();
    whole(&nodes);
    assert_eq!(nodes.nodes[0].1.label(), Some(d.title().as_str()));
    let headings = with_role(&nodes, Role::Heading);
    assert_eq!(headings.len(), 1);
    assert_eq!(
        headings[0].label(),
        Some("Training room: room code 042 137")
    );
    assert!(nodes.nodes.iter().all(|(_, n)| n.language() == Some("en")));

    let tables = with_role(&nodes, Role::Table);
    assert_eq!(tables.len(), 1);
    let table = tables[0];
    let rows = children(&nodes, table);
    let trainees = &d.snapshot().trainees;
    assert_eq!(rows.len(), trainees.len() + 1);
    assert_eq!(table.row_count(), Some(21));
    assert_eq!(table.column_count(), Some(7));
    let header: Vec<&str> = children(&nodes, rows[0])
        .iter()
        .map(|c| {
            assert_eq!(c.role(), Role::ColumnHeader);
            c.label().unwrap()
        })
        .collect();
    assert_eq!(
        header,
        [
            "Name",
            "Step",
            "Time on step",
            "Refusals",
            "Hand",
            "Status",
            "Next person"
        ]
    );
    // A row per trainee, in the window's order (stuck first), each cell
    // with its column; the step by its translated name.
    for (row, trainee) in rows[1..].iter().zip(trainees) {
        assert_eq!(row.role(), Role::Row);
        let cells = children(&nodes, row);
        assert_eq!(cells.len(), 7);
        for (i, cell) in cells.iter().enumerate() {
            assert_eq!(cell.role(), Role::Cell);
            assert_eq!(cell.column_index(), Some(i));
            assert_eq!(cell.description(), Some(header[i]));
        }
        let name = trainee
            .name
            .clone()
            .unwrap_or_else(|| format!("Trainee {}", trainee.id.0));
        assert_eq!(row.label(), Some(name.as_str()));
        assert_eq!(
            cells[1].label(),
            Some(mfa_assistant::room::text::step(Lang::En, trainee.step).as_str())
        );
        assert_eq!(cells[4].label() == Some("Hand up"), trainee.hand_raised);
        // Stuck: said in the name's cell, in words.
        let reasons = children(&nodes, cells[0]);
        assert_eq!(reasons.len(), trainee.stuck.len());
        assert!(
            reasons
                .iter()
                .all(|r| r.label().unwrap().starts_with("Stuck: "))
        );
    }
    let first = children(&nodes, rows[1]);
    assert_eq!(
        children(&nodes, first[0])[0].label(),
        Some("Stuck: Refused 3 times in a row")
    );
    assert!(rows[1..].iter().any(|r| {
        children(&nodes, r)[5]
            .label()
            .is_some_and(|l| l.starts_with("Offline since "))
    }));

    // Every button named; a trainee's reset says whose it is.
    let buttons = with_role(&nodes, Role::Button);
    assert!(
        buttons
            .iter()
            .all(|b| !b.label().unwrap().trim().is_empty())
    );
    let names: Vec<&str> = buttons.iter().map(|b| b.label().unwrap()).collect();
    for name in [
        "Reset all",
        "Export as CSV",
        "Light",
        "Nederlands",
        "English",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let first_name = rows[1].label().unwrap();
    assert!(names.contains(&format!("Reset for the next person: {first_name}").as_str()));

    // The chart: a picture, with each step's figures in words.
    let images = with_role(&nodes, Role::Image);
    assert_eq!(images.len(), 1);
    assert_eq!(
        images[0].label(),
        Some("Time per step (median and slowest) and refusals")
    );
    let said = images[0].description().unwrap();
    for step in &d.snapshot().steps {
        let name = mfa_assistant::room::text::step(Lang::En, step.step);
        assert!(said.contains(&format!("{name}: ")), "{name} in {said}");
    }
    let scan = d
        .snapshot()
        .steps
        .iter()
        .find(|s| s.step == Step::Scan)
        .unwrap();
    assert!(
        said.contains(&format!(
            "Scan: median {}",
            mfa_assistant::room::text::duration(scan.median.unwrap())
        )),
        "{said}"
    );
    assert!(said.contains(&format!("{} here now", scan.here)), "{said}");
}

#[test]
fn the_focus_is_the_keyboards() {
    let mut d = still(Lang::En);
    let nodes = d.describe();
    let focused = node(&nodes, nodes.focus.unwrap());
    assert_eq!(focused.role(), Role::Heading, "no button has focus yet");
    let _ = d.update(Message::Key(Key::Tab { back: false }));
    let nodes = d.describe();
    let focused = node(&nodes, nodes.focus.unwrap());
    let first = d.snapshot().trainees[0].name.clone().unwrap();
    assert_eq!(
        focused.label(),
        Some(format!("Reset for the next person: {first}").as_str())
    );
    // Shift+Tab from the first button: the header's last.
    let _ = d.update(Message::Key(Key::Tab { back: true }));
    let nodes = d.describe();
    assert_eq!(node(&nodes, nodes.focus.unwrap()).label(), Some("English"));
}

#[test]
fn the_language_switch_renames_everything() {
    let names = |nodes: &Nodes| -> Vec<(Role, String, String)> {
        nodes
            .nodes
            .iter()
            .map(|(_, n)| {
                let label = n.label().unwrap_or_default().to_owned();
                let description = n.description().unwrap_or_default().to_owned();
                (n.role(), label, description)
            })
            .collect()
    };
    let mut d = still(Lang::En);
    let english = names(&d.describe());
    let _ = d.update(Message::Language(Lang::Nl));
    let switched = d.describe();
    assert!(
        switched
            .nodes
            .iter()
            .all(|(_, n)| n.language() == Some("nl"))
    );
    assert_eq!(names(&switched), names(&still(Lang::Nl).describe()));
    assert_ne!(names(&switched), english);
    let heading = with_role(&switched, Role::Heading)[0]
        .label()
        .unwrap()
        .to_owned();
    assert_eq!(heading, "Trainingsruimte: code 042 137");
}

/// A room run by the trainer's own model, moved on by the test.
struct Moving {
    model: Mutex<(Model, u64)>,
}

impl Moving {
    fn apply(&self, id: i64, kind: EventKind) {
        let mut m = self.model.lock().unwrap();
        let now = m.1;
        m.0.apply(TraineeId(id), now, &kind);
        m.0.seen(TraineeId(id), now);
    }

    /// Time passes; both PCs' heartbeats keep coming.
    fn wait(&self, seconds: u64) {
        let mut m = self.model.lock().unwrap();
        m.1 += seconds;
        let now = m.1;
        for id in [1, 2] {
            m.0.seen(TraineeId(id), now);
        }
    }
}

impl Room for Moving {
    fn join_url(&self) -> String {
        "http://192.168.1.20:7641".into()
    }
    fn snapshot(&self) -> Snapshot {
        let m = self.model.lock().unwrap();
        m.0.snapshot(m.1)
    }
    fn changes(&self) -> Option<tokio::sync::watch::Receiver<u64>> {
        None
    }
    fn reset(&self, _: TraineeId) -> Result<(), ServerError> {
        Err(ServerError::Stopped)
    }
    fn reset_all(&self) -> Result<(), ServerError> {
        Err(ServerError::Stopped)
    }
    fn write_report(&self, _: &mut dyn std::io::Write) -> Result<(), ServerError> {
        Err(ServerError::Stopped)
    }
    fn new_code(&self) -> Result<(), ServerError> {
        Err(ServerError::Stopped)
    }
}

/// The live region's (node, words), if any.
fn news(nodes: &Nodes) -> Option<(NodeId, String)> {
    let live: Vec<_> = nodes
        .nodes
        .iter()
        .filter(|(_, n)| n.role() == Role::Status && n.live() == Some(Live::Polite))
        .collect();
    assert!(live.len() <= 1, "{live:?}");
    live.first()
        .map(|(id, n)| (*id, n.label().unwrap().to_owned()))
}

#[test]
fn who_becomes_stuck_or_raises_a_hand_is_said_once() {
    let mut model = Model::new(RoomCode::parse("042137").unwrap());
    let start = fixture::NOW;
    for (id, name) in [(1, "Bea"), (2, "Kees")] {
        model.join(TraineeId(id), true, start);
        let name = DisplayName::new(name).unwrap();
        model.apply(TraineeId(id), start, &EventKind::Named { name });
        model.apply(
            TraineeId(id),
            start,
            &EventKind::StepEntered { step: Step::Scan },
        );
    }
    let room = Arc::new(Moving {
        model: Mutex::new((model, start)),
    });
    let mut d = Dashboard::new(room.clone(), Lang::En, Appearance::Light, None);
    let mut sent = Sent::default();
    let _ = sent.full(d.describe());
    assert_eq!(news(&d.describe()), None, "nothing has happened yet");

    // Three minutes on the step, then the third wrong code in a row.
    room.wait(180);
    for _ in 0..3 {
        room.apply(
            1,
            EventKind::Refused {
                step: Step::Scan,
                reason: Refusal::WrongCode,
            },
        );
    }
    let _ = d.update(Message::Changed);
    let nodes = d.describe();
    let (id, said) = news(&nodes).expect("Bea's news");
    assert_eq!(
        said,
        "Bea is stuck at Scan for 3 minutes. Refused 3 times in a row."
    );
    let update = sent.changes(nodes).expect("the news is sent");
    assert!(
        update.nodes.iter().any(|(n, _)| *n == id),
        "a new live node"
    );

    // The clock moves on: the table's times change, the news does not, so
    // nothing is said again.
    for _ in 0..3 {
        room.wait(1);
        let _ = d.update(Message::Tick);
        let nodes = d.describe();
        assert_eq!(news(&nodes).map(|n| n.0), Some(id));
        let update = sent.changes(nodes).expect("the times moved");
        assert!(
            update.nodes.iter().all(|(_, n)| n.live().is_none()),
            "said again on a tick: {update:?}"
        );
    }

    // Another trainee's hand: new news, in a node of its own.
    room.apply(2, EventKind::Hand { raised: true });
    let _ = d.update(Message::Changed);
    let (hand, said) = news(&d.describe()).expect("Kees's hand");
    assert_ne!(hand, id);
    assert_eq!(said, "Kees raised a hand at Scan.");

    // In Dutch: the old news is not said again in the other language; the
    // next is said in Dutch.
    let _ = d.update(Message::Language(Lang::Nl));
    assert_eq!(news(&d.describe()), None);
    room.apply(2, EventKind::Hand { raised: false });
    let _ = d.update(Message::Tick);
    room.apply(2, EventKind::Hand { raised: true });
    let _ = d.update(Message::Tick);
    let (_, said) = news(&d.describe()).expect("Kees's hand again");
    assert_eq!(
        said,
        t!(Lang::Nl, "a11y-room-hand", name = "Kees", step = "Scannen")
    );
    assert_eq!(said, "Kees steekt een hand op bij Scannen.");
    // A screen reader that starts now is not told old news.
    let _ = d.update(Message::A11y(mfa_assistant::a11y::Request::Activated));
    assert_eq!(news(&d.describe()), None);
}

/// Training's practice passkey in the trainer's window: the trainee's row
/// names the passkey's step, and the chart says its two steps, in both
/// languages.
#[test]
fn the_passkeys_steps_are_named_in_the_table_and_the_chart() {
    let mut model = Model::new(RoomCode::parse("042137").unwrap());
    let start = fixture::NOW;
    model.join(TraineeId(1), true, start);
    let steps = [
        EventKind::StepEntered {
            step: Step::PasskeyReady,
        },
        EventKind::StepPassed {
            step: Step::PasskeyReady,
        },
        EventKind::StepEntered {
            step: Step::PasskeyAdd,
        },
    ];
    for (n, kind) in steps.iter().enumerate() {
        model.apply(TraineeId(1), start + 40 * n as u64, kind);
    }
    let room = Arc::new(Moving {
        model: Mutex::new((model, start + 100)),
    });
    for (lang, ready, add) in [
        (Lang::En, "Phone ready", "Passkey"),
        (Lang::Nl, "Telefoon klaar", "Passkey"),
    ] {
        let d = Dashboard::new(room.clone(), lang, Appearance::Light, None);
        let nodes = d.describe();
        let table = with_role(&nodes, Role::Table)[0];
        let row = children(&nodes, table)[1];
        assert_eq!(children(&nodes, row)[1].label(), Some(add), "{lang:?}");
        let said = with_role(&nodes, Role::Image)[0].description().unwrap();
        for name in [ready, add] {
            assert!(said.contains(&format!("{name}: ")), "{name} in {said}");
        }
    }
}
