//! Real windows for the end-to-end tests: a private Xvfb per window, the
//! real binary in it, xdotool for the keyboard, ImageMagick for
//! screenshots and tesseract to read them. Each process is killed when its
//! handle is dropped.
#![allow(dead_code)]

#[path = "tools.rs"]
mod tools;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

const TOOLS: [(&str, &str); 5] = [
    ("Xvfb", "xvfb"),
    ("xdotool", "xdotool"),
    ("import", "imagemagick"),
    ("convert", "imagemagick"),
    ("tesseract", "tesseract-ocr"),
];

/// Fails with the Debian packages to install when a tool is missing.
pub fn require_tools() {
    tools::require(&TOOLS);
}

/// A child process killed when dropped.
pub struct Process(pub Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private X server.
pub struct Display {
    pub name: String,
    _xvfb: Process,
}

impl Display {
    /// Starts Xvfb with a screen of `width` × `height`.
    pub fn start(width: u32, height: u32) -> Display {
        let mut xvfb = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0"])
            .arg(format!("{width}x{height}x24"))
            // The server would reset when its last client leaves, and a
            // window opening during the reset fails.
            .args(["-noreset", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let mut line = String::new();
        BufReader::new(xvfb.stdout.take().expect("Xvfb stdout"))
            .read_line(&mut line)
            .expect("Xvfb display number");
        Display {
            name: format!(":{}", line.trim()),
            _xvfb: Process(xvfb),
        }
    }
}

/// The real binary in a display of its own, with a home of its own (no
/// config of the developer's, nor IT's machine-wide file of this PC).
pub struct Window {
    pub display: Display,
    pub id: String,
    pub app: Process,
    pub log: PathBuf,
    _home: tempfile::TempDir,
}

/// Starts `mfa-assistant args…` in a display of `size`; `stdout` is
/// piped for the caller when asked. Returns before the window is up.
pub fn spawn(
    size: (u32, u32),
    args: &[&str],
    log: &Path,
    stdout: bool,
) -> (Display, Process, tempfile::TempDir) {
    let display = Display::start(size.0, size.1);
    let home = tempfile::tempdir().expect("temp home");
    let start = || {
        Command::new(env!("CARGO_BIN_EXE_mfa-assistant"))
            .args(args)
            .env("DISPLAY", &display.name)
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("MFA_ASSISTANT_MACHINE_CONFIG", "")
            .env("WINIT_X11_SCALE_FACTOR", "1")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(if stdout {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stderr(std::fs::File::create(log).expect("log file"))
            .spawn()
            .expect("start mfa-assistant")
    };
    // Seen rarely under load: the X connection fails at start. Start
    // again (twice at most), as the single-window helpers do.
    let mut child = start();
    for _ in 0..2 {
        let deadline = Instant::now() + Duration::from_secs(2);
        let ended = loop {
            match child.try_wait() {
                Ok(Some(_)) => break true,
                _ if Instant::now() > deadline => break false,
                _ => sleep(Duration::from_millis(100)),
            }
        };
        let why = std::fs::read_to_string(log).unwrap_or_default();
        if !(ended && why.contains("XOpenDisplayFailed")) {
            break;
        }
        eprintln!("the app could not open the display; starting it again:\n{why}");
        child = start();
    }
    (display, Process(child), home)
}

impl Window {
    /// Waits for a window whose title matches `title` (an xdotool regex).
    pub fn wait(
        display: Display,
        mut app: Process,
        home: tempfile::TempDir,
        log: PathBuf,
        title: &str,
    ) -> Window {
        let deadline = Instant::now() + Duration::from_secs(60);
        let id = loop {
            let found = xdotool(&display.name, &["search", "--onlyvisible", "--name", title]);
            if let Some(id) = found.lines().next().filter(|l| !l.is_empty()) {
                break id.to_owned();
            }
            if let Ok(Some(status)) = app.0.try_wait() {
                let why = std::fs::read_to_string(&log).unwrap_or_default();
                panic!("the app ended at start ({status}):\n{why}");
            }
            assert!(Instant::now() < deadline, "no window titled {title:?}");
            sleep(Duration::from_millis(250));
        };
        Window {
            display,
            id,
            app,
            log,
            _home: home,
        }
    }

    pub fn title(&self) -> String {
        xdotool(&self.display.name, &["getwindowname", &self.id])
    }

    /// Waits until the title contains `want`.
    pub fn wait_title(&self, want: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        while !self.title().contains(want) {
            assert!(
                Instant::now() < deadline,
                "expected {want:?} in the title, it says {:?}",
                self.title()
            );
            sleep(Duration::from_millis(200));
        }
    }

    pub fn key(&self, key: &str) {
        xdotool(&self.display.name, &["windowfocus", "--sync", &self.id]);
        xdotool(&self.display.name, &["key", "--clearmodifiers", key]);
        sleep(Duration::from_millis(150));
    }

    pub fn type_text(&self, text: &str) {
        xdotool(&self.display.name, &["windowfocus", "--sync", &self.id]);
        xdotool(&self.display.name, &["type", "--delay", "60", text]);
    }

    /// A screenshot of the whole screen.
    pub fn shot(&self, path: &Path) {
        sleep(Duration::from_millis(400));
        let status = Command::new("import")
            .args(["-window", "root"])
            .arg(path)
            .env("DISPLAY", &self.display.name)
            .status()
            .expect("run import");
        assert!(status.success(), "import failed");
    }
}

pub fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("run xdotool");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The words tesseract reads in a screenshot, enlarged by `percent` and
/// made black and white first (small text reads best at 200 %).
pub fn words(path: &Path, percent: u32) -> Vec<String> {
    let big = path.with_extension("ocr.png");
    let status = Command::new("convert")
        .arg(path)
        .args(["-colorspace", "Gray", "-resize", &format!("{percent}%")])
        .args(["-threshold", "60%"])
        .arg(&big)
        .status()
        .expect("run convert");
    assert!(status.success());
    let out = Command::new("tesseract")
        .arg(&big)
        .args(["-", "--psm", "11"])
        .stderr(Stdio::null())
        .output()
        .expect("run tesseract");
    let _ = std::fs::remove_file(&big);
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}
