//! The trainer's window heard by a screen reader (issue 22): the real
//! `mfa-assistant trainer` in a real X window (Xvfb), on a private D-Bus
//! session with the accessibility bus (`at-spi-bus-launcher`) turned on as
//! a screen reader turns it on (`org.a11y.Status IsEnabled`), its tree read
//! through AT-SPI by `tests/screen_reader/read_tree.py` (python3-pyatspi).
//! Real trainees join over HTTP; the test finds them in the table, hears
//! once that one is stuck and that another raised a hand, follows the
//! keyboard's focus, and switches the window to Dutch.
//!
//! Needs what `tests/screen_reader.rs` needs; `scripts/test` installs it.

#[path = "common/reading.rs"]
mod reading;
#[path = "common/screen_reader.rs"]
mod sr;
#[path = "common/x11.rs"]
mod x11;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use mfa_assistant::i18n::Lang;
use mfa_assistant::room::client::{Options, Timing, Trainee};
use mfa_assistant::room::{DisplayName, EventKind, Refusal, RoomCode, Step};
use mfa_assistant::t;
use sr::{Ear, Heard, Tree};
use x11::{Process, xdotool};

/// The trainer in a private X server, its window on `bus`, and the lines
/// it printed.
struct Trainer {
    display: String,
    window: String,
    join: String,
    code: String,
    _app: Process,
    _xvfb: Process,
    _home: tempfile::TempDir,
}

impl Trainer {
    fn key(&self, key: &str) {
        xdotool(&self.display, &["windowfocus", "--sync", &self.window]);
        xdotool(&self.display, &["key", "--clearmodifiers", key]);
    }

    fn title(&self) -> String {
        xdotool(&self.display, &["getwindowname", &self.window])
    }
}

fn trainer(bus: &sr::Bus, data: &Path) -> Trainer {
    reading::require_tools();
    let mut xvfb = Command::new("Xvfb")
        .args(["-displayfd", "1", "-screen", "0", "1600x960x24"])
        .args(["-noreset", "-nolisten", "tcp"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start Xvfb");
    let mut line = String::new();
    BufReader::new(xvfb.stdout.take().expect("Xvfb stdout"))
        .read_line(&mut line)
        .expect("Xvfb display number");
    let (xvfb, display) = (Process(xvfb), format!(":{}", line.trim()));
    let home = tempfile::tempdir().expect("temp home");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../e2e/dashboard-reader");
    std::fs::create_dir_all(&dir).expect("log folder");
    let log = dir.join("trainer.log");
    let mut app = Command::new(env!("CARGO_BIN_EXE_mfa-assistant"))
        .args(["--lang", "en", "--config", "/nonexistent/config.toml"])
        .args(["trainer", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .env("DISPLAY", &display)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("MFA_ASSISTANT_MACHINE_CONFIG", "")
        .env("WINIT_X11_SCALE_FACTOR", "1")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("start the trainer");
    let lines: Vec<String> = BufReader::new(app.stdout.take().unwrap())
        .lines()
        .take(2)
        .map(Result::unwrap)
        .collect();
    let value = |key: &str, line: &str| {
        line.strip_prefix(key)
            .unwrap_or_else(|| panic!("{line:?} is not {key}…"))
            .to_owned()
    };
    let (join, code) = (value("join: ", &lines[0]), value("code: ", &lines[1]));
    let app = Process(app);
    let deadline = Instant::now() + Duration::from_secs(60);
    let window = loop {
        let found = xdotool(&display, &["search", "--name", "Training room"]);
        if let Some(id) = found.lines().next().filter(|l| !l.is_empty()) {
            break id.to_owned();
        }
        let why = || std::fs::read_to_string(&log).unwrap_or_default();
        assert!(Instant::now() < deadline, "no trainer's window:\n{}", why());
        sleep(Duration::from_millis(250));
    };
    Trainer {
        display,
        window,
        join,
        code,
        _app: app,
        _xvfb: xvfb,
        _home: home,
    }
}

fn trainee(trainer: &Trainer, name: &str) -> Trainee {
    let trainee = Trainee::start(Options {
        address: url::Url::parse(&trainer.join).unwrap(),
        code: RoomCode::parse(&trainer.code).unwrap(),
        training: true,
        text_messages: true,
        timing: Timing::DEFAULT,
    });
    let name = DisplayName::new(name).unwrap();
    trainee.send(EventKind::Named { name });
    trainee.send(EventKind::StepEntered { step: Step::Scan });
    trainee
}

/// The table's row named `name`, and its cells' names.
fn row(tree: &Tree, name: &str) -> Option<Vec<String>> {
    let table = tree.all("table").into_iter().next()?;
    let row = table
        .children
        .iter()
        .find(|r| r.role == "table row" && r.name == name)?;
    Some(row.children.iter().map(|c| c.name.clone()).collect())
}

fn said(heard: &[Heard], words: &str) -> usize {
    heard
        .iter()
        .filter(|e| e.kind == "object:announcement" && e.name.contains(words))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, xdotool, D-Bus and AT-SPI: ./scripts/test installs them and runs it"]
async fn the_trainers_window_read_by_a_screen_reader() {
    let bus = sr::Bus::start();
    let data = tempfile::tempdir().unwrap();
    let trainer = trainer(&bus, data.path());
    let ear = Ear {
        address: &bus.address,
        display: &trainer.display,
    };
    let spaced = format!("{} {}", &trainer.code[..3], &trainer.code[3..]);
    let heading = t!(Lang::En, "a11y-room-heading", code = spaced.as_str());
    let tree = ear.until("the room's heading", |t| {
        t.all("heading").iter().any(|h| h.name == heading)
    });
    assert_eq!(tree.window_name(), trainer.title());
    assert_eq!(tree.all("heading").len(), 1);
    for button in tree.all("push button") {
        assert!(!button.name.trim().is_empty(), "an unnamed button");
    }

    // Two trainees join and reach the scan step: a table with a row each.
    let bea = trainee(&trainer, "Bea");
    let kees = trainee(&trainer, "Kees");
    let tree = ear.until("Bea and Kees in the table", |t| {
        row(t, "Bea").is_some() && row(t, "Kees").is_some()
    });
    let table = tree.all("table")[0];
    assert_eq!(table.name, "Trainees");
    let headers: Vec<&str> = tree
        .all("column header")
        .iter()
        .map(|h| h.name.as_str())
        .collect();
    assert_eq!(
        headers,
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
    let cells = row(&tree, "Bea").unwrap();
    assert_eq!(cells.len(), 7);
    assert_eq!((cells[0].as_str(), cells[1].as_str()), ("Bea", "Scan"));
    assert_eq!(cells[5], "Online");
    let chart = tree.all("image");
    assert!(
        chart
            .iter()
            .any(|i| i.description.contains("Scan: no times yet; 2 here now")),
        "{chart:?}"
    );

    // Bea is refused three times in a row: heard once, politely.
    let stuck = "Bea is stuck at Scan";
    let heard = ear.listen(30.0, Some(stuck), || {
        for _ in 0..3 {
            bea.send(EventKind::Refused {
                step: Step::Scan,
                reason: Refusal::WrongCode,
            });
        }
    });
    assert_eq!(said(&heard, stuck), 1, "{heard:?}");
    assert!(
        heard
            .iter()
            .any(|e| e.kind == "object:announcement"
                && e.name.contains("Refused 3 times in a row")),
        "{heard:?}"
    );
    // The window reads the room each second; Bea is not said again.
    let heard = ear.listen(3.5, None, || {});
    assert_eq!(said(&heard, stuck), 0, "said again: {heard:?}");
    let tree = ear.tree();
    let cells = row(&tree, "Bea").unwrap();
    assert!(cells[3].starts_with("3 · Wrong code"), "{cells:?}");

    // Kees raises a hand.
    let hand = "Kees raised a hand at Scan.";
    let heard = ear.listen(30.0, Some(hand), || {
        kees.send(EventKind::Hand { raised: true });
    });
    assert_eq!(said(&heard, hand), 1, "{heard:?}");

    // The keyboard's focus is the screen reader's: Tab reaches the first
    // row's reset (Bea's, stuck, on top), named with whose it is.
    trainer.key("Tab");
    let tree = ear.until("Bea's reset focused", |t| {
        t.focused().is_some_and(|f| f.role == "push button")
    });
    assert_eq!(
        tree.focused().unwrap().name,
        "Reset for the next person: Bea"
    );

    // Shift+Tab twice: "Nederlands"; Enter: everything in Dutch.
    trainer.key("shift+Tab");
    trainer.key("shift+Tab");
    ear.until("Nederlands focused", |t| {
        t.focused().is_some_and(|f| f.name == "Nederlands")
    });
    trainer.key("Return");
    let code = spaced.as_str();
    let tree = ear.until("the Dutch heading", |t| {
        t.all("heading")
            .iter()
            .any(|h| h.name == t!(Lang::Nl, "a11y-room-heading", code = code))
    });
    assert_eq!(tree.all("table")[0].name, "Deelnemers");
    assert_eq!(tree.all("column header")[0].name, "Naam");
    assert_eq!(row(&tree, "Bea").unwrap()[1], "Scannen");
    drop((bea, kees));
}
