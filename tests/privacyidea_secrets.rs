//! The secrets audit: a whole privacyIDEA enrollment in the real window
//! (TOTP, push, SMS) with HOME, every XDG folder and TMPDIR in an empty
//! folder and the most verbose logging (`RUST_LOG=trace`); then every file
//! written there and all the output are searched for the TOTP secret
//! (base32, hex and raw bytes), the password, any JWT, the push enrollment
//! credential and the SMS code. The search is shown to find planted ones.
//! And core dumps are off in the running assistant. Unix only, as every
//! test in a real X window.

#![cfg(unix)]

#[path = "common/privacyidea.rs"]
mod pi;
#[path = "common/pi_walk.rs"]
mod pi_walk;
#[path = "common/reading.rs"]
mod reading;
#[path = "common/test_phone.rs"]
mod test_phone;
#[path = "common/x11.rs"]
mod x11;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use x11::{Launch, Session};

/// What must never be on disk or in the output, by name.
struct Secrets(Vec<(&'static str, Vec<u8>)>);

/// A secret found: which, and where.
#[derive(Debug, PartialEq, Eq)]
struct Hit {
    secret: &'static str,
    file: PathBuf,
}

impl Secrets {
    fn new(totp_base32: &str, password: &str, sms_code: &str, push_uri: &str) -> Self {
        let raw = base32::decode(base32::Alphabet::Rfc4648 { padding: false }, totp_base32)
            .expect("base32 secret");
        assert!(raw.len() >= 16, "a real seed: {} bytes", raw.len());
        let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
        let credential = url::Url::parse(push_uri)
            .unwrap()
            .query_pairs()
            .find(|(k, _)| k == "enrollment_credential")
            .expect("enrollment_credential in the push QR")
            .1
            .into_owned();
        Secrets(vec![
            ("TOTP secret (base32)", totp_base32.as_bytes().to_vec()),
            ("TOTP secret (hex)", hex.into_bytes()),
            ("TOTP secret (raw bytes)", raw),
            ("password", password.as_bytes().to_vec()),
            ("push enrollment credential", credential.into_bytes()),
            ("SMS code", sms_code.as_bytes().to_vec()),
        ])
    }

    /// Every secret in every file under `roots`.
    fn search(&self, roots: &[PathBuf]) -> (Vec<Hit>, Searched) {
        let mut hits = Vec::new();
        let mut searched = Searched::default();
        for file in roots.iter().flat_map(|r| files(r)) {
            let Ok(bytes) = std::fs::read(&file) else {
                continue;
            };
            searched.files += 1;
            searched.bytes += bytes.len();
            let mut found = |secret| {
                hits.push(Hit {
                    secret,
                    file: file.clone(),
                })
            };
            for (name, secret) in &self.0 {
                let hit = if *name == "SMS code" {
                    contains_code(&bytes, secret)
                } else {
                    contains(&bytes, secret) || contains_case_insensitive(&bytes, secret)
                };
                if hit {
                    found(name);
                }
            }
            if contains_jwt(&bytes) {
                found("a JWT");
            }
        }
        (hits, searched)
    }
}

/// How much was searched, for the report.
#[derive(Debug, Default)]
struct Searched {
    files: usize,
    bytes: usize,
}

fn files(root: &Path) -> Vec<PathBuf> {
    if root.is_file() {
        return vec![root.to_owned()];
    }
    let Ok(entries) = std::fs::read_dir(root) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .flat_map(|e| files(&e.path()))
        .collect()
}

fn copy_tree(from: &Path, to: &Path) {
    for file in files(from) {
        let target = to.join(file.strip_prefix(from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&file, &target).unwrap();
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Base32 and hex also lowercased or uppercased (text secrets only).
fn contains_case_insensitive(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_ascii()
        && hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// A six-digit code as a word of its own: not part of a longer number or
/// name, and not a fraction (the log's timestamps have six-digit
/// microseconds, which match any code one time in a million).
fn contains_code(hay: &[u8], code: &[u8]) -> bool {
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    (0..hay.len().saturating_sub(code.len() - 1)).any(|i| {
        &hay[i..i + code.len()] == code
            && !word(i.checked_sub(1).and_then(|j| hay.get(j)))
            && !word(hay.get(i + code.len()))
            && i.checked_sub(1).and_then(|j| hay.get(j)) != Some(&b'.')
    })
}

/// Any JSON Web Token: `eyJ` (a base64url JSON header), then three
/// base64url parts joined by dots.
fn contains_jwt(hay: &[u8]) -> bool {
    let part = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_';
    hay.windows(3)
        .enumerate()
        .filter(|(_, w)| *w == b"eyJ")
        .any(|(start, _)| {
            let mut parts = hay[start..].split(|b| *b == b'.');
            let lengths: Vec<usize> = (0..3)
                .map_while(|_| parts.next())
                .map(|p| p.iter().take_while(|b| part(b)).count())
                .collect();
            lengths.len() == 3 && lengths.iter().all(|&n| n >= 10)
        })
}

fn is_root() -> bool {
    // SAFETY: reads this process's effective user id.
    unsafe { libc::geteuid() == 0 }
}

/// The whole privacyIDEA enrollment, audited.
#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
fn a_whole_enrollment_leaves_no_secret_on_disk_or_in_the_output() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = pi::Server::start();
    let home = tempfile::tempdir().unwrap();
    let args = pi_walk::args(&server);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut launch = Launch::new("nl", &args, home.path(), "nl-privacyidea");
    launch.env.push(("RUST_LOG".into(), "trace".into()));
    let mut s = Session::launch(launch);

    pi_walk::to_sign_in(&s);
    pi_walk::sign_in(&mut s, pi::JAN);
    let uri = pi_walk::read_totp_qr(&mut s);
    assert!(uri.contains("jan%40staff"), "{uri}");
    // What is on disk while a token waits (the crash journal), kept for the
    // search: at the end it is gone.
    let midway = s.shots.join("home-at-scan");
    copy_tree(home.path(), &midway);
    assert_eq!(
        files(&midway.join("data/mfa-assistant/unfinished")).len(),
        1
    );
    let secret = pi_walk::verify_totp(&mut s, &uri);
    let push = pi_walk::read_push_qr(&mut s);
    let phone = pi_walk::register_phone(&mut s, &rt, &push);
    pi_walk::approve(&mut s, &rt, &phone);
    pi_walk::send_sms(&mut s);
    let code = pi_walk::verify_sms(&mut s, &rt, &server);
    assert_eq!(
        rt.block_on(server.token_types(pi::JAN)),
        ["push", "sms", "totp"]
    );
    assert_eq!(
        files(&home.path().join("data")),
        [] as [PathBuf; 0],
        "finished: no journal"
    );
    // Closed as a person does, so whatever runs at exit has run.
    let status = Command::new(pi::python())
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/privacyidea/close_window.py"))
        .arg(&s.window)
        .env("DISPLAY", &s.display)
        .status()
        .expect("close_window.py");
    assert!(status.success());
    // A limit, not a timing: closing sweeps the journal against the real
    // privacyIDEA first, which a loaded machine once took past 20 s.
    assert!(s.wait_exit(Duration::from_secs(60)), "the app did not quit");

    let secrets = Secrets::new(&secret, pi::JAN.1, &code, &push);
    let output = [s.shots.join("app.out"), s.shots.join("app.log")];
    let mut roots = vec![home.path().to_owned(), midway];
    roots.extend(output.iter().cloned());
    let (hits, searched) = secrets.search(&roots);
    let log = std::fs::read_to_string(&output[1]).unwrap();
    let traces = log.lines().filter(|l| l.contains("TRACE")).count();
    eprintln!(
        "secrets audit: {} secrets and any JWT searched in {} files, {} bytes ({} trace lines of output): {} hits",
        secrets.0.len(),
        searched.files,
        searched.bytes,
        traces,
        hits.len()
    );
    assert!(
        traces > 100,
        "the most verbose logging was on: {traces} trace lines"
    );
    assert!(
        log.contains("privacyIDEA"),
        "the privacyIDEA requests are in the log"
    );
    assert_eq!(hits, [], "secrets written to disk or output");

    // The search can fail: plant each kind where the assistant writes.
    let planted = home.path().join("data/mfa-assistant/planted");
    std::fs::create_dir_all(&planted).unwrap();
    let mut expected = Vec::new();
    for (i, (name, secret)) in secrets.0.iter().enumerate() {
        let file = planted.join(format!("{i}.bin"));
        let mut bytes = b"2026-11-25T11:55:19.000001Z noise ".to_vec();
        bytes.extend_from_slice(if *name == "SMS code" { b"code=" } else { b"" });
        bytes.extend_from_slice(secret);
        bytes.extend_from_slice(b" noise\n");
        std::fs::write(&file, bytes).unwrap();
        expected.push(Hit { secret: name, file });
    }
    let jwt = planted.join("jwt.log");
    std::fs::write(
        &jwt,
        b"Authorization: eyJhbGciOiJSUzI1NiJ9.eyJ1c2VybmFtZSI6ImphbiJ9.c2lnbmF0dXJlLWJ5dGVz\n",
    )
    .unwrap();
    expected.push(Hit {
        secret: "a JWT",
        file: jwt,
    });
    let (mut found, _) = secrets.search(&[planted]);
    found.sort_by(|a, b| a.file.cmp(&b.file));
    expected.sort_by(|a, b| a.file.cmp(&b.file));
    assert_eq!(found, expected);
}

/// The running assistant may not dump core: not dumpable (the kernel then
/// gives its /proc files to root) and a zero core limit, although it was
/// started with core dumps allowed, as a control process shows.
#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
#[cfg(target_os = "linux")]
fn core_dumps_are_off_in_the_running_assistant() {
    use std::os::unix::fs::MetadataExt;
    let home = tempfile::tempdir().unwrap();
    let mut launch = Launch::new("en", &["--provider", "training"], home.path(), "core-dumps");
    launch.core_dumps_allowed = true;
    // As root every /proc file is root's anyway: run as nobody.
    let uid = if is_root() {
        65534
    } else {
        // SAFETY: geteuid takes nothing and cannot fail.
        unsafe { libc::geteuid() }
    };
    if is_root() {
        launch.uid = Some(uid);
        std::os::unix::fs::chown(home.path(), Some(uid), Some(uid)).unwrap();
    }
    let core_limit = |pid: u32| {
        let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
        let line = limits
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .expect("core limit")
            .to_owned();
        let fields: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        (fields[4].clone(), fields[5].clone())
    };
    let owner = |pid: u32| {
        std::fs::metadata(format!("/proc/{pid}/status"))
            .unwrap()
            .uid()
    };

    let mut control = Command::new("sleep");
    control.arg("30");
    launch.as_launched(&mut control);
    let control = x11::Process(control.spawn().unwrap());
    let before = core_limit(control.0.id());
    assert_ne!(before.0, "0", "started with core dumps allowed");
    assert_eq!(
        owner(control.0.id()),
        uid,
        "a dumpable process owns its /proc files"
    );

    let s = Session::launch(launch);
    let pid = s.pid();
    assert_eq!(core_limit(pid), ("0".to_owned(), "0".to_owned()));
    assert_ne!(uid, 0);
    assert_eq!(owner(pid), 0, "not dumpable: its /proc files are root's");
}
