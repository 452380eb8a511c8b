//! A screen reader's view of the assistant: a private D-Bus session with
//! the accessibility bus on (as Orca turns it on), the assistant in a real X
//! window on that session, and its tree read through AT-SPI by
//! `tests/screen_reader/read_tree.py`. Declared by `tests/screen_reader.rs`
//! beside `x11` and `reading`.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::x11::{Launch, Process, Session};

/// Debian's Python, where python3-pyatspi is.
const PYTHON: &str = "/usr/bin/python3";

/// A private session bus with the accessibility bus enabled.
pub struct Bus {
    pub address: String,
    /// The launcher's runtime folder: its accessibility bus's socket is
    /// there, one per test (two launchers would share one otherwise).
    _runtime: tempfile::TempDir,
    _daemon: Process,
    _launcher: Process,
}

impl Bus {
    /// Starts `dbus-daemon --session` (what `dbus-run-session` does) and
    /// `at-spi-bus-launcher` on it, then sets `org.a11y.Status IsEnabled`
    /// (a screen reader is on).
    pub fn start() -> Bus {
        Bus::start_with(true)
    }

    /// The same, with `IsEnabled` set to `enabled`: false is a desktop
    /// with no screen reader running (yet).
    pub fn start_with(enabled: bool) -> Bus {
        crate::reading::require_tools();
        for (path, package) in [
            ("/usr/bin/dbus-daemon", "dbus-daemon"),
            ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
            ("/usr/bin/gdbus", "libglib2.0-bin"),
        ] {
            assert!(
                Path::new(path).exists(),
                "missing {path}: apt-get install {package}"
            );
        }
        let ok = Command::new(PYTHON)
            .args(["-c", "import pyatspi"])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "missing pyatspi: apt-get install python3-pyatspi");
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dbus-daemon");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .expect("the bus address");
        let address = address.trim().to_owned();
        let runtime = tempfile::tempdir().expect("runtime folder");
        let launcher = Command::new("/usr/libexec/at-spi-bus-launcher")
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env_remove("DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start at-spi-bus-launcher");
        let bus = Bus {
            address,
            _runtime: runtime,
            _daemon: Process(daemon),
            _launcher: Process(launcher),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while !bus.set_enabled(enabled) {
            assert!(
                Instant::now() < deadline,
                "the accessibility bus did not start"
            );
            sleep(Duration::from_millis(200));
        }
        bus
    }

    /// Sets `org.a11y.Status IsEnabled`, as a screen reader does when it
    /// starts (true) or the desktop when the last one stops (false); false
    /// when the launcher did not answer.
    pub fn set_enabled(&self, enabled: bool) -> bool {
        Command::new("gdbus")
            .args([
                "call",
                "--session",
                "--dest",
                "org.a11y.Bus",
                "--object-path",
                "/org/a11y/bus",
                "--method",
                "org.freedesktop.DBus.Properties.Set",
                "org.a11y.Status",
                "IsEnabled",
                if enabled { "<true>" } else { "<false>" },
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .is_ok_and(|out| out.status.success())
    }
}

/// The assistant, on a bus a screen reader listens to.
pub struct Reader {
    pub s: Session,
    bus: Bus,
    _home: tempfile::TempDir,
}

/// One node as AT-SPI tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    pub role: String,
    pub name: String,
    pub description: String,
    pub states: Vec<String>,
    pub text: Option<String>,
    pub bounds: Option<Vec<i64>>,
    pub children: Vec<Tree>,
}

/// An AT-SPI event a screen reader would hear.
#[derive(Debug, Clone)]
pub struct Heard {
    pub kind: String,
    pub name: String,
    pub role: String,
}

impl Tree {
    fn from(v: &Value) -> Tree {
        let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
        Tree {
            role: s("role"),
            name: s("name"),
            description: s("description"),
            states: v["states"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
            text: v["text"].as_str().map(str::to_owned),
            bounds: v["bounds"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_i64).collect()),
            children: v["children"]
                .as_array()
                .map(|a| a.iter().map(Tree::from).collect())
                .unwrap_or_default(),
        }
    }

    /// This node and every node below it.
    pub fn walk(&self) -> Vec<&Tree> {
        let mut all = vec![self];
        for c in &self.children {
            all.extend(c.walk());
        }
        all
    }

    /// Every node with this AT-SPI role name ("heading", "push button").
    pub fn all(&self, role: &str) -> Vec<&Tree> {
        self.walk().into_iter().filter(|n| n.role == role).collect()
    }

    pub fn find(&self, f: impl Fn(&Tree) -> bool) -> Option<&Tree> {
        self.walk().into_iter().find(|n| f(n))
    }

    /// The node with the keyboard focus.
    pub fn focused(&self) -> Option<&Tree> {
        self.find(|n| n.states.iter().any(|s| s == "focused"))
    }

    /// The window's name.
    pub fn window_name(&self) -> String {
        self.name.clone()
    }

    /// Every node's role and name, in order.
    pub fn names(&self) -> Vec<(String, String)> {
        self.walk()
            .into_iter()
            .map(|n| (n.role.clone(), n.name.clone()))
            .collect()
    }
}

impl Reader {
    /// The assistant in `lang` with `args`, on a bus with a screen reader.
    pub fn start(lang: &str, args: &[&str]) -> Reader {
        Reader::start_on(Bus::start(), lang, args)
    }

    /// The assistant on `bus` (`Bus::start_with(false)`: a desktop where
    /// no screen reader runs yet).
    pub fn start_on(bus: Bus, lang: &str, args: &[&str]) -> Reader {
        let home = tempfile::tempdir().expect("temp home");
        let mut launch = Launch::new(lang, args, home.path(), &format!("screen-reader-{lang}"));
        launch
            .env
            .push(("DBUS_SESSION_BUS_ADDRESS".into(), bus.address.clone()));
        let s = Session::launch(launch);
        Reader {
            s,
            bus,
            _home: home,
        }
    }

    /// The bus the assistant is on.
    pub fn bus(&self) -> &Bus {
        &self.bus
    }

    /// What the screen reader reads of this assistant.
    pub fn ear(&self) -> Ear<'_> {
        Ear {
            address: &self.bus.address,
            display: &self.s.display,
        }
    }

    /// The tree now (`None` before the app is on the bus).
    pub fn try_tree(&self) -> Option<Tree> {
        self.ear().try_tree()
    }

    pub fn tree(&self) -> Tree {
        self.ear().tree()
    }

    /// Reads the tree until `done` holds (20 s at most).
    pub fn until(&self, what: &str, done: impl Fn(&Tree) -> bool) -> Tree {
        self.ear().until(what, done)
    }

    /// What a screen reader hears while `act` runs (and 3 s after).
    pub fn listen(&self, act: impl FnOnce()) -> Vec<Heard> {
        self.ear().listen(4.0, None, act)
    }
}

/// A screen reader on `address` reading the app `mfa-assistant` in
/// `display` (the assistant's window, or the trainer's).
pub struct Ear<'a> {
    pub address: &'a str,
    pub display: &'a str,
}

impl Ear<'_> {
    fn read(&self, extra: &[&str]) -> std::process::Output {
        Command::new(PYTHON)
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screen_reader/read_tree.py"))
            .arg("mfa-assistant")
            .args(extra)
            .env("DBUS_SESSION_BUS_ADDRESS", self.address)
            .env("DISPLAY", self.display)
            .output()
            .expect("run read_tree.py")
    }

    /// The tree now (`None` before the app is on the bus).
    pub fn try_tree(&self) -> Option<Tree> {
        let out = self.read(&[]);
        let value: Value = serde_json::from_slice(&out.stdout).ok()?;
        (!value.is_null()).then(|| Tree::from(&value))
    }

    pub fn tree(&self) -> Tree {
        self.until("the window on the bus", |_| true)
    }

    /// Reads the tree until `done` holds (20 s at most).
    pub fn until(&self, what: &str, done: impl Fn(&Tree) -> bool) -> Tree {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last = None;
        while Instant::now() < deadline {
            if let Some(tree) = self.try_tree() {
                if done(&tree) {
                    return tree;
                }
                last = Some(tree);
            }
            sleep(Duration::from_millis(150));
        }
        panic!(
            "waited for {what}; the tree says {:#?}",
            last.map(|t| t.names())
        );
    }

    /// What a screen reader hears while `act` runs and after it, for
    /// `seconds` in all, or until an announcement containing `until`.
    pub fn listen(&self, seconds: f64, until: Option<&str>, act: impl FnOnce()) -> Vec<Heard> {
        let mut child = Command::new(PYTHON)
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screen_reader/read_tree.py"))
            .args(["mfa-assistant", "--events", &seconds.to_string()])
            .args(until)
            .env("DBUS_SESSION_BUS_ADDRESS", self.address)
            .env("DISPLAY", self.display)
            .stdout(Stdio::piped())
            .spawn()
            .expect("run read_tree.py --events");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let ready = lines.next().and_then(Result::ok).unwrap_or_default();
        assert_eq!(ready, "listening", "the listener did not start");
        act();
        let heard = lines.next().and_then(Result::ok).unwrap_or_default();
        let _ = child.wait();
        let value: Value = serde_json::from_str(&heard).unwrap_or(Value::Null);
        value
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| Heard {
                        kind: e["type"].as_str().unwrap_or_default().to_owned(),
                        name: format!(
                            "{} {}",
                            e["name"].as_str().unwrap_or_default(),
                            e["detail"].as_str().unwrap_or_default()
                        ),
                        role: e["role"].as_str().unwrap_or_default().to_owned(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}
