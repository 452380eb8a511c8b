//! The Microsoft 365 harness for the integration tests: `oidc-provider`
//! (npm, pinned in `tests/microsoft365/package-lock.json`) as the tenant's
//! authority and a Graph fixture beside it, started by
//! `tests/microsoft365/harness.mjs` on loopback ports. Installed with
//! `npm ci` into `target/oidc-harness` (once; `scripts/test` does it first).
//!
//! The test plays the browser with `tests/microsoft365/browser.mjs`.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Service;
use mfa_assistant::service::microsoft365::{
    Browser, Microsoft365, Progress, Session, Settings, Update, WatchTiming, Watcher,
};
use serde_json::{Value, json};
use url::Url;

/// People in the harness's tenant: login and password.
pub const JAN: (&str, &str) = ("jan@contoso.example", "geheim-jan-1");
/// Another person, with methods of their own.
pub const ELS: (&str, &str) = ("els@contoso.example", "geheim-els-2");

static INSTALL: Mutex<()> = Mutex::new(());

fn sources() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/microsoft365")
}

/// The day the tests stand on, Graph's clock and the PC's alike: before
/// Microsoft's text messages end, so the routes keep their phone screens
/// whatever the real date (the text-message tests move it).
pub const TODAY: &str = "2026-12-07T12:00:00Z";
/// [`TODAY`] in Unix seconds.
pub const TODAY_UNIX: u64 = 1_796_644_800;

/// `service` with the PC's clock on `unix` (Unix seconds).
pub fn on_day(service: Service, unix: u64) -> Service {
    service.with_clock(std::sync::Arc::new(
        mfa_assistant::service::clock::ManualClock::at(unix),
    ))
}

/// Where `npm ci` installs: `target/oidc-harness`.
pub fn install_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("../oidc-harness")
}

/// Copies the harness next to its node_modules and installs the pinned
/// packages, unless the same lock file was installed already.
fn ensure_installed() -> PathBuf {
    let _guard = INSTALL.lock().unwrap_or_else(|p| p.into_inner());
    let dir = install_dir();
    std::fs::create_dir_all(&dir).expect("create target/oidc-harness");
    let lock = std::fs::read(sources().join("package-lock.json")).expect("package-lock.json");
    let installed = dir.join("node_modules/.installed-lock.json");
    if std::fs::read(&installed).ok().as_deref() != Some(&lock[..]) {
        for file in ["package.json", "package-lock.json"] {
            std::fs::copy(sources().join(file), dir.join(file)).expect("copy package files");
        }
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(&dir)
            .stdout(Stdio::null())
            .status()
            .expect("npm (Debian: apt-get install nodejs npm; scripts/test installs it)");
        assert!(status.success(), "npm ci in {} failed", dir.display());
        std::fs::write(&installed, &lock).expect("mark installed");
    }
    // The scripts import oidc-provider and jose: they run from beside
    // node_modules, copied fresh so edits take effect. Only a changed one
    // is written, and whole (a rename): another test's node may be reading
    // it this very moment, and a half-written script does not start.
    for file in ["harness.mjs", "graph.mjs", "browser.mjs"] {
        let fresh = std::fs::read(sources().join(file)).expect("read harness script");
        if std::fs::read(dir.join(file)).ok().as_deref() != Some(&fresh[..]) {
            let part = dir.join(format!("{file}.part"));
            std::fs::write(&part, &fresh).expect("copy harness script");
            std::fs::rename(&part, dir.join(file)).expect("place harness script");
        }
    }
    dir
}

/// A running harness; stopped when dropped. Its log is printed if the test
/// fails.
pub struct Harness {
    child: Child,
    log: tempfile::NamedTempFile,
    /// `http://127.0.0.1:A`: the authority (tenant paths under it).
    pub authority: Url,
    /// `http://127.0.0.1:B`: Graph.
    pub graph: Url,
    /// The tenant's id.
    pub tenant: String,
    /// The app registration's client id.
    pub client_id: String,
    dir: PathBuf,
    http: reqwest::Client,
}

impl Harness {
    /// A harness with hour-long access tokens, Graph's clock on [`TODAY`].
    pub fn start() -> Harness {
        Self::with_ttl(3600, 86400)
    }

    /// A harness whose access and refresh tokens last `access` and
    /// `refresh` seconds.
    pub fn with_ttl(access: u64, refresh: u64) -> Harness {
        let dir = ensure_installed();
        let log = tempfile::NamedTempFile::new().expect("log file");
        let mut child = Command::new("node")
            .arg(dir.join("harness.mjs"))
            .args(["--access-ttl", &access.to_string()])
            .args(["--refresh-ttl", &refresh.to_string()])
            .args(["--graph-date", TODAY])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log.reopen().expect("log"))
            .spawn()
            .expect("node (Debian: apt-get install nodejs; scripts/test installs it)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("harness output");
        let ready: Value = serde_json::from_str(&line).unwrap_or_else(|_| {
            let mut text = String::new();
            let _ = log.reopen().and_then(|mut f| f.read_to_string(&mut text));
            panic!("harness did not start: {line:?}\n{text}")
        });
        let text = |key: &str| ready[key].as_str().expect(key).to_owned();
        Harness {
            child,
            log,
            authority: Url::parse(&text("authority")).unwrap(),
            graph: Url::parse(&text("graph")).unwrap(),
            tenant: text("tenant"),
            client_id: text("client_id"),
            dir,
            http: reqwest::Client::new(),
        }
    }

    /// The provider's settings for this harness, with short limits.
    pub fn settings(&self) -> Settings {
        let mut s = Settings::new(&self.tenant, &self.client_id);
        s.authority = self.authority.clone();
        s.graph = self.graph.clone();
        s.timeout = Duration::from_secs(2);
        s.sign_in_wait = Duration::from_secs(30);
        s
    }

    /// The test's browser, started as `$BROWSER` would be.
    pub fn browser(&self) -> Browser {
        Browser::Command(self.browser_command())
    }

    /// The test's browser as a `$BROWSER` value: pages other than the
    /// harness's (Microsoft's Security info page) are reported as opened.
    pub fn browser_command(&self) -> String {
        format!(
            "node {} --harness {} %s",
            self.dir.join("browser.mjs").display(),
            self.authority.port().expect("the harness's port")
        )
    }

    /// A browser that waits until `go` exists before it follows the
    /// sign-in: the person is on Microsoft's pages inside the sign-in
    /// meanwhile ("More information required" interrupting it).
    pub fn browser_waiting_for(&self, go: &Path) -> Browser {
        let script = go.with_extension("sh");
        let command = self.browser_command().replace("%s", "\"$1\"");
        let text = format!(
            "#!/bin/sh\nwhile [ ! -e '{}' ]; do sleep 0.1; done\nexec {command}\n",
            go.display()
        );
        std::fs::write(&script, text).expect("write the waiting browser");
        Browser::Command(format!("sh {} %s", script.display()))
    }

    /// The pages the browser was sent to that are not the harness's.
    pub async fn opened_elsewhere(&self) -> Vec<String> {
        self.browser_reports()
            .await
            .iter()
            .filter(|r| r["opened"] == true)
            .filter_map(|r| r["start"].as_str().map(str::to_owned))
            .collect()
    }

    /// Plays the person on another device: opens `uri`, types `user_code`.
    pub fn device_browser(&self, uri: &str, user_code: &str) -> std::process::Child {
        Command::new("node")
            .arg(self.dir.join("browser.mjs"))
            .args(["--device", uri, user_code])
            .spawn()
            .expect("node")
    }

    async fn call(&self, method: reqwest::Method, url: Url, body: Option<Value>) -> Value {
        let mut request = self.http.request(method, url.clone());
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("harness admin call");
        assert!(
            response.status().is_success(),
            "{url}: {}",
            response.status()
        );
        response.json().await.expect("admin answer")
    }

    /// Whether IT gave admin consent for the tenant (default yes).
    pub async fn set_admin_consent(&self, granted: bool) {
        let url = self.authority.join("_admin/consent").unwrap();
        self.call(
            reqwest::Method::PUT,
            url,
            Some(json!({ "granted": granted })),
        )
        .await;
    }

    /// Whether a Conditional Access policy blocks the assistant's tokens
    /// (default no): Entra's AADSTS53003 from the token endpoint.
    pub async fn set_blocked_by_policy(&self, blocked: bool) {
        let url = self.authority.join("_admin/conditional-access").unwrap();
        self.call(
            reqwest::Method::PUT,
            url,
            Some(json!({ "blocked": blocked })),
        )
        .await;
    }

    /// What the browser does: `action` "approve", "cancel" or "ignore", as
    /// `user`.
    pub async fn set_browser(&self, action: &str, user: (&str, &str)) {
        let url = self.authority.join("_admin/browser").unwrap();
        let plan = json!({ "action": action, "login": user.0, "password": user.1 });
        self.call(reqwest::Method::PUT, url, Some(plan)).await;
    }

    /// What the browser ended on, one report per time it was started.
    pub async fn browser_reports(&self) -> Vec<Value> {
        let url = self.authority.join("_admin/browser/report").unwrap();
        let reports = self.call(reqwest::Method::GET, url, None).await;
        reports.as_array().cloned().unwrap_or_default()
    }

    /// Waits (up to 20 s) until the browser has reported `n` times.
    pub async fn await_browser_reports(&self, n: usize) -> Vec<Value> {
        for _ in 0..200 {
            let reports = self.browser_reports().await;
            if reports.len() >= n {
                return reports;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the browser did not report {n} times");
    }

    /// Replaces `user`'s methods in Graph.
    pub async fn set_methods(&self, user: (&str, &str), methods: Vec<Value>) {
        let url = self
            .graph
            .join(&format!("_admin/methods/{}", user.0))
            .unwrap();
        self.call(reqwest::Method::PUT, url, Some(Value::Array(methods)))
            .await;
    }

    /// The person registers one more method.
    pub async fn add_method(&self, user: (&str, &str), method: Value) {
        let url = self
            .graph
            .join(&format!("_admin/methods/{}", user.0))
            .unwrap();
        self.call(reqwest::Method::POST, url, Some(method)).await;
    }

    /// Graph's next answers, in order (429, 5xx, 401, hang, drop).
    pub async fn graph_faults(&self, faults: Vec<Value>) {
        let url = self.graph.join("_admin/faults").unwrap();
        self.call(reqwest::Method::POST, url, Some(Value::Array(faults)))
            .await;
    }

    /// Graph's clock (its answers' `Date`) from now on, running from `date`
    /// (an ISO time such as `2027-02-02T09:00:00Z`).
    pub async fn set_graph_date(&self, date: &str) {
        let url = self.graph.join("_admin/date").unwrap();
        let body = json!({ "date": date });
        self.call(reqwest::Method::PUT, url, Some(body)).await;
    }

    /// Graph's counters: requests, served, refused (bad token), early
    /// (asked again before `Retry-After` had passed).
    pub async fn graph_stats(&self) -> Value {
        let url = self.graph.join("_admin/stats").unwrap();
        self.call(reqwest::Method::GET, url, None).await
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            let mut text = String::new();
            let _ = self
                .log
                .reopen()
                .and_then(|mut f| f.read_to_string(&mut text));
            eprintln!("--- harness log ---\n{text}");
        }
    }
}

/// Microsoft's JSON for a password method (every account has one).
pub fn password() -> Value {
    json!({
        "@odata.type": "#microsoft.graph.passwordAuthenticationMethod",
        "id": "28c10230-6103-485e-b985-444c60001490",
        "password": null,
        "createdDateTime": "2023-09-18T10:12:45Z",
    })
}

/// Microsoft's JSON for Microsoft Authenticator on the phone `model`.
pub fn authenticator(id: &str, model: &str) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
        "id": id,
        "displayName": model,
        "deviceTag": "SoftwareTokenActivated",
        "phoneAppVersion": "6.2401.0119",
        "createdDateTime": null,
    })
}

/// Microsoft's JSON for a passkey in Microsoft Authenticator on Android
/// (its AAGUID), named after the phone.
pub fn passkey(phone: &str) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
        "id": "-2_GRUg2-HYz6_1YG4YRAQ2",
        "displayName": phone,
        "model": "Microsoft Authenticator - Android",
        "aaGuid": "de1e552d-db1d-4423-a619-566b625cdc84",
        "attestationLevel": "notAttested",
        "createdDateTime": "2026-11-02T09:12:00Z",
    })
}

/// Microsoft Authenticator's AAGUID as a passkey provider on iOS.
pub const AUTHENTICATOR_IOS_AAGUID: &str = "90a3ccdf-635c-4729-a248-9b709135078f";
/// A YubiKey 5 Series' AAGUID (Yubico's, in the FIDO metadata service).
pub const YUBIKEY_5_AAGUID: &str = "cb69481e-8ff7-4039-93ec-0a2729a154a8";

/// Microsoft's JSON for a passkey (`fido2AuthenticationMethod`) with its
/// own `id`, authenticator `aaguid` and `model`, named `name` by the person.
pub fn fido2(id: &str, aaguid: &str, model: &str, name: &str) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
        "id": id,
        "displayName": name,
        "model": model,
        "aaGuid": aaguid,
        "attestationLevel": "attested",
        "createdDateTime": "2026-12-07T11:58:00Z",
    })
}

/// A passkey in Microsoft Authenticator on an iPhone (its iOS AAGUID).
pub fn passkey_ios(phone: &str) -> Value {
    fido2(
        "aJ8-ios-passkey-Qm1",
        AUTHENTICATOR_IOS_AAGUID,
        "Microsoft Authenticator - iOS",
        phone,
    )
}

/// A YubiKey 5 (a security key, not Microsoft Authenticator).
pub fn yubikey() -> Value {
    fido2(
        "yk5-Zt0-security-key",
        YUBIKEY_5_AAGUID,
        "YubiKey 5 Series with NFC",
        "YubiKey 5 Series with NFC",
    )
}

/// Microsoft's JSON for a phone method; its id is fixed per type.
pub fn phone(number: &str, phone_type: &str) -> Value {
    let id = match phone_type {
        "mobile" => "3179e48a-750b-4051-897c-87b9720928f7",
        "alternateMobile" => "b6332ec1-7057-4abe-9331-3d72feddfe41",
        _ => "e37fc753-ff3b-4958-9484-eaa9425c82bc",
    };
    json!({
        "@odata.type": "#microsoft.graph.phoneAuthenticationMethod",
        "id": id,
        "phoneNumber": number,
        "phoneType": phone_type,
        "smsSignInState": "notAllowedByPolicy",
    })
}

/// The phone model the tests' Authenticator runs on.
pub const PHONE_MODEL: &str = "SM-G973F";

/// `watcher` reading every 100 ms, backing off to at most 2 s.
pub fn fast(watcher: Watcher) -> Watcher {
    watcher.with_timing(WatchTiming {
        every: Duration::from_millis(100),
        max_backoff: Duration::from_secs(2),
    })
}

/// A client for `harness`, signed in through the test's browser.
pub async fn signed_in(harness: &Harness, lang: Lang) -> (Microsoft365, Session) {
    let client = Microsoft365::new(harness.settings()).unwrap();
    let session = client
        .sign_in(&harness.browser(), lang)
        .await
        .expect("signed in");
    (client, session)
}

/// The next reading that is not a retry.
pub async fn progress(watcher: &mut Watcher) -> Progress {
    for _ in 0..20 {
        match watcher.next().await.expect("watching") {
            Update::Methods { progress, .. } => return progress,
            Update::Retrying { .. } => {}
        }
    }
    panic!("Graph never answered");
}
