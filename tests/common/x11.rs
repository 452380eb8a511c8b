//! A private X server (Xvfb) with the real assistant in it, driven with
//! the keyboard (xdotool), looked at with screenshots (imagemagick), QR
//! codes (zbarimg) and text (tesseract): shared by the end-to-end tests in a
//! real window (`tests/window.rs`, `tests/window_microsoft365.rs`).
//!
//! Needs xvfb, xdotool, imagemagick, zbar-tools, oathtool and tesseract-ocr;
//! `scripts/test` installs them. A missing tool fails the test with its name.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

const TOOLS: [(&str, &str); 7] = [
    ("Xvfb", "xvfb"),
    ("xdotool", "xdotool"),
    ("import", "imagemagick"),
    ("convert", "imagemagick"),
    ("zbarimg", "zbar-tools"),
    ("oathtool", "oathtool"),
    ("tesseract", "tesseract-ocr"),
];

/// Fails, naming the Debian packages, when a tool the tests use is missing.
pub fn require_tools() {
    let missing: Vec<&str> = TOOLS
        .iter()
        .filter(|(bin, _)| {
            Command::new("sh")
                .args(["-c", &format!("command -v {bin}")])
                .stdout(Stdio::null())
                .status()
                .map_or(true, |s| !s.success())
        })
        .map(|(_, pkg)| *pkg)
        .collect();
    assert!(
        missing.is_empty(),
        "the window test needs these Debian packages: {} (scripts/test installs them)",
        missing.join(" ")
    );
}

/// A child process killed when dropped.
pub struct Process(pub Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private X server and the assistant running in it.
pub struct Session {
    /// The X display, e.g. ":99".
    pub display: String,
    /// The assistant's window id.
    pub window: String,
    shots: PathBuf,
    count: usize,
    /// How many screens the route has (the title says "(n/total)").
    total: usize,
    _app: Process,
    _xvfb: Process,
    _home: tempfile::TempDir,
}

impl Session {
    /// The assistant in `lang` with `args`, on the 10-screen route.
    /// Screenshots go to `target/e2e/<lang>-<provider>/`.
    pub fn start(lang: &str, args: &[&str]) -> Session {
        let folder = match args {
            [_, provider, ..] => format!("{lang}-{provider}"),
            _ => lang.to_owned(),
        };
        Self::launch(&folder, lang, args, 10, &[])
    }

    /// The assistant in `lang` with `args` and the environment `env`, on a
    /// route of `total` screens; screenshots go to `target/e2e/<folder>/`.
    pub fn launch(
        folder: &str,
        lang: &str,
        args: &[&str],
        total: usize,
        env: &[(&str, &str)],
    ) -> Session {
        require_tools();
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x860x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let mut line = String::new();
        BufReader::new(xvfb.stdout.take().expect("Xvfb stdout"))
            .read_line(&mut line)
            .expect("Xvfb display number");
        let display = format!(":{}", line.trim());
        let xvfb = Process(xvfb);

        let shots = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("../e2e")
            .join(folder);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots).expect("screenshot folder");

        // A home of its own, so no config of the developer's is read.
        let home = tempfile::tempdir().expect("temp home");
        let log = shots.join("app.log");
        let spawn = || {
            let stderr = std::fs::File::create(&log).expect("app log");
            let child = Command::new(env!("CARGO_BIN_EXE_mfa-assistant"))
                .args(["--lang", lang])
                .args(args)
                .env("DISPLAY", &display)
                .env("HOME", home.path())
                .env("XDG_CONFIG_HOME", home.path().join("config"))
                // Nor IT's machine-wide file of this PC.
                .env("MFA_ASSISTANT_MACHINE_CONFIG", "")
                .env("WINIT_X11_SCALE_FACTOR", "1")
                .envs(env.iter().copied())
                .env_remove("WAYLAND_DISPLAY")
                .stdout(Stdio::null())
                .stderr(stderr)
                .spawn()
                .expect("start mfa-assistant");
            Process(child)
        };
        let mut app = spawn();
        let mut starts = 1;
        let deadline = Instant::now() + Duration::from_secs(60);
        let window = loop {
            let first = format!("\\(1/{total}\\)");
            let found = xdotool(&display, &["search", "--name", &first]);
            if let Some(id) = found.lines().next().filter(|l| !l.is_empty()) {
                break id.to_owned();
            }
            if let Ok(Some(status)) = app.0.try_wait() {
                // Seen rarely under load: the X connection fails at start.
                // Start again (twice at most), and say why if it keeps failing.
                let why = std::fs::read_to_string(&log).unwrap_or_default();
                assert!(starts < 3, "the app ended at start ({status}):\n{why}");
                eprintln!("the app ended at start ({status}); starting it again:\n{why}");
                app = spawn();
                starts += 1;
            }
            assert!(Instant::now() < deadline, "no assistant window appeared");
            sleep(Duration::from_millis(250));
        };
        Session {
            display,
            window,
            shots,
            count: 0,
            total,
            _app: app,
            _xvfb: xvfb,
            _home: home,
        }
    }

    /// Waits for the app to end by itself.
    pub fn wait_exit(&mut self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self._app.0.try_wait() {
                return true;
            }
            sleep(Duration::from_millis(200));
        }
        false
    }

    pub fn title(&self) -> String {
        xdotool(&self.display, &["getwindowname", &self.window])
    }

    /// Waits until the title says step `n`.
    pub fn wait_step(&self, n: usize) {
        let want = format!("({n}/{})", self.total);
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.title().contains(&want) {
            assert!(
                Instant::now() < deadline,
                "expected step {want}, window says {:?}",
                self.title()
            );
            sleep(Duration::from_millis(200));
        }
    }

    /// Presses `key` until the title says step `n`: for a step whose check
    /// is still running when the key first arrives.
    pub fn press_until_step(&self, key: &str, n: usize) {
        let want = format!("({n}/{})", self.total);
        for _ in 0..20 {
            self.key(key);
            sleep(Duration::from_millis(1500));
            if self.title().contains(&want) {
                return;
            }
        }
        panic!("{key} never led to step {want}: {:?}", self.title());
    }

    pub fn focus(&self) {
        xdotool(&self.display, &["windowfocus", "--sync", &self.window]);
    }

    pub fn key(&self, key: &str) {
        self.focus();
        xdotool(&self.display, &["key", "--clearmodifiers", key]);
    }

    pub fn type_text(&self, text: &str) {
        self.focus();
        xdotool(&self.display, &["type", "--delay", "60", text]);
    }

    /// A screenshot of the whole screen, kept under a numbered name.
    pub fn shot(&mut self, name: &str) -> PathBuf {
        sleep(Duration::from_millis(400));
        self.count += 1;
        let path = self.shots.join(format!("{:02}-{name}.png", self.count));
        let status = Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .env("DISPLAY", &self.display)
            .status()
            .expect("run import");
        assert!(status.success(), "import failed");
        path
    }

    /// Screenshots until `read` finds what it looks for.
    pub fn read_screen<T>(&mut self, name: &str, read: impl Fn(&Path) -> Option<T>) -> T {
        self.try_read_screen(name, 20, read)
            .unwrap_or_else(|| panic!("{name}: not found on the screen"))
    }

    /// Like `read_screen`, but gives up after `tries` screenshots.
    pub fn try_read_screen<T>(
        &mut self,
        name: &str,
        tries: usize,
        read: impl Fn(&Path) -> Option<T>,
    ) -> Option<T> {
        for _ in 0..tries {
            let path = self.shot(name);
            if let Some(found) = read(&path) {
                return Some(found);
            }
            sleep(Duration::from_millis(500));
        }
        None
    }
}

/// Runs xdotool on `display`; its output, trimmed.
pub fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("run xdotool");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The QR code in a screenshot, decoded by zbarimg.
pub fn zbar(path: &Path) -> Option<String> {
    let out = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(path)
        .output()
        .expect("run zbarimg");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find(|l| l.starts_with("otpauth://"))
        .map(str::to_owned)
}

/// A word tesseract read, with where it is and how tall.
pub struct Word {
    /// Left edge, in the screenshot's pixels.
    pub left: u32,
    /// Height, in the screenshot's pixels.
    pub height: u32,
    /// What was read.
    pub text: String,
}

/// Words read from a screenshot, scaled by `percent` and turned black and
/// white first: small text reads best at 200 %, large digits near their own
/// size.
pub fn ocr(path: &Path, percent: u32) -> Vec<Word> {
    let big = path.with_extension("ocr.png");
    let status = Command::new("convert")
        .arg(path)
        .args(["-colorspace", "Gray", "-resize", &format!("{percent}%")])
        .args(["-threshold", "50%"])
        .arg(&big)
        .status()
        .expect("run convert");
    assert!(status.success());
    let out = Command::new("tesseract")
        .arg(&big)
        .args(["-", "--psm", "11", "tsv"])
        .stderr(Stdio::null())
        .output()
        .expect("run tesseract");
    let _ = std::fs::remove_file(&big);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let text = f.get(11)?.trim();
            if text.is_empty() {
                return None;
            }
            Some(Word {
                left: f[6].parse::<u32>().ok()? * 100 / percent,
                height: f[9].parse::<u32>().ok()? * 100 / percent,
                text: text.to_owned(),
            })
        })
        .collect()
}

/// The digits in `word`.
pub fn digits(word: &str) -> String {
    word.chars().filter(char::is_ascii_digit).collect()
}
