//! A training room in real windows (Xvfb), as on the day: the trainer's
//! real binary (`mfa-assistant trainer`, its dashboard window) and three
//! trainees' assistants (real binaries with `--room`/`--room-code`) on one
//! machine, each in a display of its own, driven with the keyboard alone
//! (xdotool). The dashboard shows all three where they are (read with the
//! admin token from `GET /v1/room`, and off the dashboard's screenshot with
//! tesseract); a reset from the dashboard, by keyboard, brings one
//! assistant back to the welcome screen. Screens are saved to
//! `target/e2e/room/`.
//!
//! Needs xvfb, xdotool, imagemagick and tesseract-ocr (`scripts/test`
//! installs them).

#[path = "common/windows.rs"]
mod windows;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::{Duration, Instant};

use serde_json::Value;
use windows::Window;

fn shots() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../e2e/room");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// The trainer: its three lines on stdout, and its window.
struct Trainer {
    window: Window,
    join: String,
    code: String,
    admin: String,
}

fn trainer(dir: &Path, data: &Path) -> Trainer {
    let log = dir.join("trainer.log");
    let args = [
        "--lang",
        "en",
        "--config",
        "/nonexistent/config.toml",
        "trainer",
        "--listen",
        "127.0.0.1:0",
        "--data-dir",
        data.to_str().unwrap(),
    ];
    let (display, mut app, home) = windows::spawn((1920, 1080), &args, &log, true);
    let lines: Vec<String> = BufReader::new(app.0.stdout.take().unwrap())
        .lines()
        .take(3)
        .map(Result::unwrap)
        .collect();
    let value = |key: &str, line: &str| {
        line.strip_prefix(key)
            .unwrap_or_else(|| panic!("{line:?} is not {key}…"))
            .to_owned()
    };
    let (join, code, admin) = (
        value("join: ", &lines[0]),
        value("code: ", &lines[1]),
        value("admin-token: ", &lines[2]),
    );
    let window = Window::wait(display, app, home, log, "Training room");
    Trainer {
        window,
        join,
        code,
        admin,
    }
}

fn assistant(dir: &Path, name: &str, trainer: &Trainer) -> Window {
    let log = dir.join(format!("{name}.log"));
    let args = [
        "--lang",
        "en",
        "--config",
        "/nonexistent/config.toml",
        "--room",
        &trainer.join,
        "--room-code",
        &trainer.code,
    ];
    let (display, app, home) = windows::spawn((1280, 860), &args, &log, false);
    Window::wait(display, app, home, log, "\\(1/10\\)")
}

/// `GET /v1/room` with the admin token.
fn room(trainer: &Trainer) -> Vec<Value> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let room: Value = runtime.block_on(async {
        reqwest::Client::new()
            .get(format!("{}/v1/room", trainer.join))
            .bearer_auth(&trainer.admin)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .expect("GET /v1/room")
            .json()
            .await
            .expect("JSON")
    });
    room["trainees"].as_array().expect("trainees").clone()
}

/// Waits until the room satisfies `check`; the room then.
fn wait_room(trainer: &Trainer, what: &str, check: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let trainees = room(trainer);
        if check(&trainees) {
            return trainees;
        }
        assert!(Instant::now() < deadline, "{what}: {trainees:#?}");
        sleep(Duration::from_millis(300));
    }
}

fn named<'a>(trainees: &'a [Value], name: &str) -> Option<&'a Value> {
    trainees.iter().find(|t| t["name"] == name)
}

#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
fn a_trainer_and_three_trainees_in_real_windows() {
    windows::require_tools();
    let dir = shots();
    let data = tempfile::tempdir().unwrap();
    let trainer = trainer(&dir, data.path());
    assert!(
        trainer.join.starts_with("http://127.0.0.1:"),
        "{}",
        trainer.join
    );
    assert_eq!(trainer.admin.len(), 64);
    let [ann, bea, cor] = ["ann", "bea", "cor"].map(|n| assistant(&dir, n, &trainer));
    wait_room(&trainer, "three joined", |t| t.len() == 3);

    // Ann: to the install step, no name yet.
    ann.key("Return");
    ann.wait_title("(2/10)", Duration::from_secs(20));
    // Bea and Cor sign in (lower case: under Xvfb xdotool's Shift does not
    // reach winit); Cor goes on to the account step and raises a hand.
    for (w, name) in [(&bea, "bea"), (&cor, "cor")] {
        w.key("Return");
        w.wait_title("(2/10)", Duration::from_secs(20));
        w.key("Return");
        w.wait_title("(3/10)", Duration::from_secs(20));
        w.type_text(name);
        w.key("Return");
        w.wait_title("(4/10)", Duration::from_secs(20));
    }
    cor.key("Return");
    cor.wait_title("(5/10)", Duration::from_secs(20));
    // The raise-hand button is the last in the Tab order.
    cor.key("shift+Tab");
    cor.key("Return");
    let trainees = wait_room(&trainer, "three where they are", |t| {
        let at = |name: &str, step: &str| named(t, name).is_some_and(|r| r["step"] == step);
        at("bea", "more_info")
            && at("cor", "prepare")
            && t.iter()
                .any(|r| r["name"].is_null() && r["step"] == "install")
            && named(t, "cor").is_some_and(|r| r["hand_raised"] == true)
    });
    assert!(trainees.iter().all(|t| t["online"] == true));
    bea.shot(&dir.join("bea-more-info.png"));

    // The dashboard shows them: read off its screen.
    let shot = dir.join("dashboard.png");
    let want = [
        "bea", "cor", "Trainee", "Install", "started", "Account", "Hand",
    ];
    let mut seen = Vec::new();
    for _ in 0..10 {
        trainer.window.shot(&shot);
        seen = windows::words(&shot, 150);
        if want.iter().all(|w| seen.iter().any(|s| s.contains(w))) {
            break;
        }
        sleep(Duration::from_millis(700));
    }
    for w in want {
        assert!(
            seen.iter().any(|s| s.contains(w)),
            "{w:?} not read on the dashboard: {seen:?}"
        );
    }
    let code = &trainer.code;
    assert!(
        seen.iter().any(|s| s.contains(&code[..3])) && seen.iter().any(|s| s.contains(&code[3..])),
        "the room code {code} not read: {seen:?}"
    );
    // The admin token is never in the window (it is projected).
    assert!(!seen.iter().any(|s| s.contains(&trainer.admin[..8])));

    // Cor's row is first (a raised hand): the first Tab reaches its reset.
    let first = room(&trainer);
    assert_eq!(first[0]["name"], "cor", "{first:#?}");
    trainer.window.key("Tab");
    trainer.window.key("Return");
    cor.wait_title("(1/10)", Duration::from_secs(30));
    let after = wait_room(&trainer, "the next person at Cor's PC", |t| {
        t.iter()
            .any(|r| r["person"] == 2 && r["step"] == "welcome" && r["name"].is_null())
    });
    // The others are where they were.
    assert!(named(&after, "bea").is_some_and(|r| r["step"] == "more_info"));
    assert!(ann.title().contains("(2/10)"));
    cor.shot(&dir.join("cor-after-reset.png"));
    trainer.window.shot(&dir.join("dashboard-after-reset.png"));
}
