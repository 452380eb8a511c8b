//! A real privacyIDEA 3.14 for the integration tests: installed from PyPI
//! into a virtualenv under `target/` (once; cached), configured and started
//! by `tests/privacyidea/harness.py` on a free loopback port, with an SMS
//! capture server beside it.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use mfa_assistant::service::privacyidea::{PrivacyIdeaProvider, Settings, Timing};
use mfa_assistant::service::{Code, Country, PhoneNumber, SignIn, TotpEnrollment};
use url::Url;

/// The privacyIDEA release the harness installs.
pub const VERSION: &str = "3.14";
/// Users in the harness's realm, with their passwords.
pub const JAN: (&str, &str) = ("jan", "geheim-jan-1");
/// A user the server allows no push token.
pub const PIET: (&str, &str) = ("piet", "geheim-piet-2");
/// Blocked from signing in by a `login_mode=disable` policy.
pub const KEES: (&str, &str) = ("kees", "geheim-kees-3");
/// Signed in for 4 seconds only (a `jwt_validity` policy).
pub const LIES: (&str, &str) = ("lies", "geheim-lies-4");
/// Enrolls TOTP tokens with SHA256, 8 digits and 60 s (`totp_hashlib`,
/// `totp_otplen`, `totp_timestep` policies).
pub const ANNA: (&str, &str) = ("anna", "geheim-anna-5");
/// The harness's realm.
pub const REALM: &str = "staff";

static INSTALL: Mutex<()> = Mutex::new(());

fn venv() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("../privacyidea-venv")
}

/// The virtualenv's Python, with privacyIDEA installed.
pub fn python() -> PathBuf {
    ensure_installed();
    venv().join("bin/python")
}

fn venv_python() -> PathBuf {
    venv().join("bin/python")
}

/// Creates the virtualenv and installs privacyIDEA, unless that was done.
fn ensure_installed() {
    let _guard = INSTALL.lock().unwrap_or_else(|p| p.into_inner());
    let ready = Command::new(venv_python())
        .args([
            "-c",
            &format!(
                "import Xlib, importlib.metadata as m; assert m.version('privacyidea').startswith('{VERSION}')"
            ),
        ])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ready {
        return;
    }
    let system = ["python3", "python"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok_and(|o| o.status.success()))
        .expect(
            "the privacyIDEA tests need Python 3 with venv (Debian: apt-get install python3 python3-venv); scripts/test installs it",
        );
    let status = Command::new(system)
        .args(["-m", "venv"])
        .arg(venv())
        .status()
        .expect("run python -m venv");
    assert!(
        status.success(),
        "python -m venv failed (Debian: apt-get install python3-venv)"
    );
    let status = Command::new(venv().join("bin/pip"))
        // python-xlib: the window test closes the window as a window manager would.
        .args([
            "install",
            "--quiet",
            &format!("privacyidea=={VERSION}.*"),
            "python-xlib",
        ])
        .status()
        .expect("run pip");
    assert!(
        status.success(),
        "pip install privacyidea=={VERSION} failed"
    );
}

/// A running privacyIDEA; stopped when dropped.
pub struct Server {
    child: Option<Child>,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    capture: String,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Installs (first time), configures and starts a fresh server.
    pub fn start() -> Server {
        Self::launch(false, &[])
    }

    /// A server set up otherwise (`--plain-tokens`, `--presence ALPHABETIC`:
    /// see `tests/privacyidea/harness.py`).
    pub fn start_with(options: &[&str]) -> Server {
        Self::launch(false, options)
    }

    /// The same over HTTPS, with a certificate from a throwaway internal CA
    /// (see [`Server::ca_file`]).
    pub fn start_tls() -> Server {
        Self::launch(true, &[])
    }

    /// The internal CA's certificate (HTTPS servers only).
    pub fn ca_file(&self) -> PathBuf {
        self._dir.path().join("ca.pem")
    }

    fn launch(tls: bool, options: &[&str]) -> Server {
        ensure_installed();
        let dir = tempfile::tempdir().expect("temp dir");
        let harness = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/privacyidea/harness.py");
        let mut child = Command::new(venv_python())
            .arg(harness)
            .arg(dir.path())
            .args(tls.then_some("--tls"))
            .args(options)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the privacyIDEA harness");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("harness output");
        let mut words = line.split_whitespace();
        assert_eq!(
            words.next(),
            Some("READY"),
            "harness did not start: {line:?}"
        );
        let url = words.next().expect("server url").to_owned();
        let capture = words.next().expect("capture url").to_owned();
        Server {
            child: Some(child),
            url,
            capture,
            _dir: dir,
        }
    }

    /// Stops the server now, as if it went down mid-flow.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every token of `user` as privacyIDEA lists it to them (their own
    /// only), whatever its state.
    /// The provider's person's tokens, as the provider's client lists them.
    pub async fn tokens(&self, user: (&str, &str)) -> Vec<serde_json::Value> {
        let client = reqwest::Client::new();
        let auth: serde_json::Value = client
            .post(format!("{}/auth", self.url))
            .form(&[("username", user.0), ("password", user.1), ("realm", REALM)])
            .send()
            .await
            .expect("auth")
            .json()
            .await
            .expect("auth answer");
        let jwt = auth["result"]["value"]["token"]
            .as_str()
            .expect("jwt")
            .to_owned();
        let list: serde_json::Value = client
            .get(format!("{}/token/?pagesize=1000", self.url))
            .header("Authorization", jwt)
            .send()
            .await
            .expect("token list")
            .json()
            .await
            .expect("token list answer");
        list["result"]["value"]["tokens"]
            .as_array()
            .expect("tokens")
            .clone()
    }

    /// `user`'s tokens as (serial, type, rollout state, active), sorted.
    pub async fn token_states(&self, user: (&str, &str)) -> Vec<(String, String, String, bool)> {
        let mut states: Vec<_> = self
            .tokens(user)
            .await
            .iter()
            .map(|t| {
                let text = |k: &str| t[k].as_str().unwrap_or_default().to_owned();
                (
                    text("serial"),
                    text("tokentype"),
                    text("rollout_state"),
                    t["active"] == true,
                )
            })
            .collect();
        states.sort();
        states
    }

    /// The types of `user`'s tokens, sorted; each must be active and
    /// enrolled (nothing half-done).
    pub async fn token_types(&self, user: (&str, &str)) -> Vec<String> {
        let mut kinds: Vec<String> = self
            .tokens(user)
            .await
            .iter()
            .map(|t| {
                assert_eq!(t["active"], true, "{t:#}");
                assert_eq!(t["rollout_state"], "enrolled", "{t:#}");
                t["tokentype"].as_str().expect("type").to_owned()
            })
            .collect();
        kinds.sort();
        kinds
    }

    /// The texts of every SMS the server sent to `e164`, oldest first.
    pub async fn sms_to(&self, e164: &str) -> Vec<String> {
        let body = reqwest::get(&self.capture)
            .await
            .expect("capture server")
            .text()
            .await
            .expect("capture body");
        let digits = e164.trim_start_matches('+');
        body.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|m| {
                m["to"]
                    .to_string()
                    .trim_matches('"')
                    .trim_start_matches('+')
                    == digits
            })
            .map(|m| m["text"].to_string().trim_matches('"').to_owned())
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

// The provider under test, as the privacyIDEA tests set it up.

/// Settings for the server at `url`: the harness's realm, SMS codes again
/// after a second.
pub fn settings(url: &str) -> Settings {
    let mut s = Settings::new(Url::parse(url).unwrap(), REALM);
    s.resend_after = Duration::from_secs(1);
    s
}

/// `user` signing in with their password.
pub fn login(user: (&str, &str)) -> SignIn {
    SignIn::UsernamePassword {
        username: user.0.to_owned(),
        password: user.1.to_owned().into(),
    }
}

/// The current code, from an independent TOTP tool.
pub fn oathtool(enrollment: &TotpEnrollment, offset: &str) -> Code {
    let secret = enrollment.key.plain();
    let out = Command::new("oathtool")
        .args(["--totp", "-b", secret.as_str(), "-N", offset])
        .output()
        .expect("oathtool (Debian package oathtool; scripts/test installs it)");
    assert!(out.status.success());
    Code::parse(String::from_utf8_lossy(&out.stdout).trim()).unwrap()
}

/// The Dutch mobile number the tests text.
pub fn mobile() -> PhoneNumber {
    mfa_assistant::service::phone::parse(Country::NETHERLANDS, "06-12345678").unwrap()
}

/// The provider's person's tokens, as the provider's client lists them.
pub async fn tokens(p: &PrivacyIdeaProvider) -> Vec<serde_json::Value> {
    let jwt = p.session_jwt().expect("signed in");
    p.client().tokens(&jwt).await.expect("token list")
}

/// The code in the last SMS of `texts`.
pub fn last_code(texts: &[String]) -> Code {
    let text = texts.last().expect("an SMS was sent");
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    Code::parse(&digits).unwrap()
}

/// A provider for `url` that polls fast (no journal).
pub fn provider(url: &str) -> PrivacyIdeaProvider {
    PrivacyIdeaProvider::new(&settings(url))
        .unwrap()
        .with_timing(Timing {
            poll_every: Duration::from_millis(200),
            approval_wait: Duration::from_secs(20),
            registration_wait: Duration::from_secs(20),
        })
}
