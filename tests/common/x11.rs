//! The real binary in a private X server (Xvfb), driven with the keyboard
//! alone (xdotool), its screens read with zbarimg and tesseract. Shared by
//! the end-to-end walks (`tests/window.rs`), the crash test
//! (`tests/privacyidea_crash.rs`) and the secrets audit (`tests/privacyidea_secrets.rs`).
//!
//! Needs the tools `reading.rs` names; a missing one fails the test with
//! its Debian package. Test crates using this declare `reading` too.

#![allow(dead_code)]

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A child process killed when dropped.
pub struct Process(pub Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// How to start the assistant.
#[derive(Clone)]
pub struct Launch {
    /// `--lang`.
    pub lang: String,
    /// Further arguments.
    pub args: Vec<String>,
    /// HOME, every XDG folder and TMPDIR are inside it: nothing of the
    /// developer's is read, and the same folder again is the same data
    /// directory (the crash journal) after a restart.
    pub home: PathBuf,
    /// Further environment, e.g. `RUST_LOG`.
    pub env: Vec<(String, String)>,
    /// Screenshots and the app's output go to `target/e2e/<folder>/`.
    pub folder: String,
    /// Run as this user (the test must be root to ask for another).
    pub uid: Option<u32>,
    /// Start with core dumps allowed (no core-size limit), so that a zero
    /// limit afterwards is the assistant's own doing.
    pub core_dumps_allowed: bool,
    /// Screens on the provider's route (the window title says "(n/total)").
    pub total: usize,
}

impl Launch {
    /// `lang` and `args` in `home`, saved under `folder`.
    pub fn new(lang: &str, args: &[&str], home: &Path, folder: &str) -> Self {
        Self {
            lang: lang.to_owned(),
            args: args.iter().map(|a| a.to_string()).collect(),
            home: home.to_owned(),
            env: Vec::new(),
            folder: folder.to_owned(),
            uid: None,
            core_dumps_allowed: false,
            total: 10,
        }
    }

    /// Sets what `uid` and `core_dumps_allowed` ask for on `command`: in
    /// the child, the core limit first (while still allowed to raise it),
    /// then the user.
    pub fn as_launched(&self, command: &mut Command) {
        let (uid, allow) = (self.uid, self.core_dumps_allowed);
        // These tests run on Linux; elsewhere (clippy for Windows) there is
        // nothing to set.
        #[cfg(not(unix))]
        let _ = (command, uid, allow);
        #[cfg(unix)]
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(command, move || {
                if allow {
                    let mut limit = libc::rlimit {
                        rlim_cur: 0,
                        rlim_max: 0,
                    };
                    libc::getrlimit(libc::RLIMIT_CORE, &mut limit);
                    // Root may raise the hard limit; anyone the soft one.
                    let hard = if libc::geteuid() == 0 {
                        libc::RLIM_INFINITY
                    } else {
                        limit.rlim_max
                    };
                    let open = libc::rlimit {
                        rlim_cur: hard,
                        rlim_max: hard,
                    };
                    libc::setrlimit(libc::RLIMIT_CORE, &open);
                }
                if let Some(uid) = uid
                    && (libc::setgroups(0, std::ptr::null()) != 0
                        || libc::setgid(uid) != 0
                        || libc::setuid(uid) != 0)
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }

    /// The environment's folders, all inside `home`.
    pub fn folders(&self) -> Vec<(&'static str, PathBuf)> {
        [
            ("HOME", ""),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_STATE_HOME", "state"),
            ("XDG_RUNTIME_DIR", "runtime"),
            ("TMPDIR", "tmp"),
        ]
        .into_iter()
        .map(|(var, sub)| (var, self.home.join(sub)))
        .collect()
    }
}

/// A private X server and the assistant running in it.
pub struct Session {
    pub display: String,
    pub window: String,
    pub shots: PathBuf,
    pub launch: Launch,
    count: usize,
    app: Process,
    _xvfb: Process,
    _home: Option<tempfile::TempDir>,
}

impl Session {
    /// In a fresh home of its own, saved under `<lang>-<provider>`.
    pub fn start(lang: &str, args: &[&str]) -> Session {
        let home = tempfile::tempdir().expect("temp home");
        let folder = match args {
            [_, provider, ..] => format!("{lang}-{provider}"),
            _ => lang.to_owned(),
        };
        let mut s = Self::launch(Launch::new(lang, args, home.path(), &folder));
        s._home = Some(home);
        s
    }

    /// As `launch` says, in a new X server.
    pub fn launch(launch: Launch) -> Session {
        crate::reading::require_tools();
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x860x24",
                // No reset when the last window closes: a window opening
                // during the reset would fail (XOpenDisplayFailed).
                "-noreset",
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
            .join(&launch.folder);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots).expect("screenshot folder");
        let (app, window) = Self::open(&launch, &display, &shots);
        Session {
            display,
            window,
            shots,
            launch,
            count: 0,
            app,
            _xvfb: xvfb,
            _home: None,
        }
    }

    /// Starts the assistant and waits for its window.
    fn open(launch: &Launch, display: &str, shots: &Path) -> (Process, String) {
        for (_, dir) in launch.folders() {
            make_dir(&dir, launch.uid);
        }
        let append = |name: &str| -> File {
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(shots.join(name))
                .expect("app output file")
        };
        let spawn = || {
            let mut command = Command::new(env!("CARGO_BIN_EXE_mfa-assistant"));
            command
                .args(["--lang", &launch.lang])
                .args(&launch.args)
                .env("DISPLAY", display)
                // Nor IT's machine-wide file of this PC.
                .env("MFA_ASSISTANT_MACHINE_CONFIG", "")
                .env("WINIT_X11_SCALE_FACTOR", "1")
                .env_remove("WAYLAND_DISPLAY")
                .env_remove("RUST_LOG")
                .envs(launch.folders())
                .envs(launch.env.iter().cloned())
                .stdout(append("app.out"))
                .stderr(append("app.log"));
            launch.as_launched(&mut command);
            Process(command.spawn().expect("start mfa-assistant"))
        };
        let mut app = spawn();
        let mut starts = 1;
        let deadline = Instant::now() + Duration::from_secs(60);
        let window = loop {
            let title = format!("\\(1/{}\\)", launch.total);
            let found = xdotool(display, &["search", "--onlyvisible", "--name", &title]);
            if let Some(id) = found.lines().next().filter(|l| !l.is_empty()) {
                break id.to_owned();
            }
            if let Ok(Some(status)) = app.0.try_wait() {
                // Seen rarely under load: the X connection fails at start.
                // Start again (twice at most), and say why if it keeps failing.
                let why = std::fs::read_to_string(shots.join("app.log")).unwrap_or_default();
                assert!(starts < 3, "the app ended at start ({status}):\n{why}");
                eprintln!("the app ended at start ({status}); starting it again:\n{why}");
                app = spawn();
                starts += 1;
            }
            assert!(Instant::now() < deadline, "no assistant window appeared");
            sleep(Duration::from_millis(250));
        };
        (app, window)
    }

    /// The assistant's process id.
    pub fn pid(&self) -> u32 {
        self.app.0.id()
    }

    /// SIGKILL: no clean-up of any kind runs.
    pub fn kill(&mut self) {
        self.app.0.kill().expect("SIGKILL the assistant");
        let status = self.app.0.wait().expect("reap the assistant");
        assert!(!status.success(), "killed, not ended: {status}");
    }

    /// Starts the assistant again, in the same X server and home.
    pub fn restart(&mut self) {
        let (app, window) = Self::open(&self.launch, &self.display, &self.shots);
        self.app = app;
        self.window = window;
    }

    /// Waits for the app to end by itself.
    pub fn wait_exit(&mut self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.app.0.try_wait() {
                return true;
            }
            sleep(Duration::from_millis(200));
        }
        false
    }

    pub fn title(&self) -> String {
        xdotool(&self.display, &["getwindowname", &self.window])
    }

    /// Waits until the title says step `n` of the route.
    pub fn wait_step(&self, n: usize) {
        let want = format!("({n}/{})", self.launch.total);
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
        let want = format!("({n}/{})", self.launch.total);
        for _ in 0..20 {
            self.key(key);
            sleep(Duration::from_millis(1500));
            if self.title().contains(&want) {
                return;
            }
        }
        panic!("{key} never led to step {want}: {:?}", self.title());
    }

    fn focus(&self) {
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

/// A folder of the app's, owned by `uid` when it runs as another user.
fn make_dir(dir: &Path, uid: Option<u32>) {
    std::fs::create_dir_all(dir).expect("app folder");
    #[cfg(not(unix))]
    let _ = uid;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        if let Some(uid) = uid {
            std::os::unix::fs::chown(dir, Some(uid), Some(uid)).expect("chown app folder");
        }
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
