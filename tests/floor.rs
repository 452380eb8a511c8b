//! The glibc floor: the oldest Linux the packages run on, chosen once in
//! Cargo.toml (`[package.metadata.linux]`: glibc 2.31, Debian 11
//! "bullseye"; Ubuntu 22.04 has 2.35, RHEL 9 2.34).
//!
//! - The packaged binary needs no glibc version above the floor (its ELF
//!   version needs, as `readelf -V` reads them), and the .deb's `Depends`
//!   ask for no newer libc6.
//! - The .rpm carries the .deb's files, and its `Requires` (`rpm -qpR`) ask
//!   for no glibc above the floor. It is built and inspected here, not
//!   installed on a RHEL machine.
//! - The .deb installs with apt in a copy of the floor's Debian root
//!   (`scripts/floor` makes it once, with debootstrap), and the installed
//!   program there prints IT's lock from `/etc/mfa-assistant/config.toml`
//!   and opens its window in this machine's Xvfb, read by tesseract in
//!   Dutch and English.
//!
//! `scripts/test` makes both packages first (`scripts/package --profile dev
//! --built`, linked against the floor's glibc by build.rs) and the root.
//! Needs root (chroot), as on CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

#[path = "common/windows.rs"]
mod windows;

use windows::{Display, Process};

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (scripts/test installs it)"))
}

/// Runs a tool and returns what it printed; fails with everything it said
/// when it fails.
fn clean(program: &str, args: &[&str]) -> String {
    let out = run(program, args);
    checked(&format!("{program} {args:?}"), out)
}

fn checked(what: &str, out: Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{what} failed:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The floor, from Cargo.toml: (glibc version, Debian suite).
fn floor() -> (String, String) {
    let manifest = std::fs::read_to_string(Path::new(MANIFEST).join("Cargo.toml")).unwrap();
    let manifest: toml::Table = manifest.parse().unwrap();
    let linux = &manifest["package"]["metadata"]["linux"];
    (
        linux["glibc"].as_str().unwrap().to_owned(),
        linux["debian"].as_str().unwrap().to_owned(),
    )
}

/// "2.31" → [2, 31]; None for what is no version ("ABI_DT_RELR").
fn version(text: &str) -> Option<Vec<u32>> {
    text.split('.').map(|part| part.parse().ok()).collect()
}

/// The needs above `floor` among `GLIBC_…` names: newer versions, and
/// names that are no version at all (`GLIBC_ABI_DT_RELR`, packed
/// relocations: glibc 2.36).
fn above(needs: &[String], floor: &str) -> Vec<String> {
    let floor = version(floor).expect("the floor is a version");
    let mut above: Vec<String> = needs
        .iter()
        .filter(|need| {
            need.strip_prefix("GLIBC_")
                .is_some_and(|v| version(v).is_none_or(|v| v > floor))
        })
        .cloned()
        .collect();
    above.sort();
    above.dedup();
    above
}

/// The glibc version names an ELF file needs (`readelf -V`: the
/// `.gnu.version_r` section), as `GLIBC_2.17`.
fn glibc_needs(binary: &Path) -> Vec<String> {
    let said = clean("readelf", &["-V", "--wide", binary.to_str().unwrap()]);
    let needs = said
        .split("Version needs section")
        .nth(1)
        .unwrap_or_else(|| panic!("no version needs in {}:\n{said}", binary.display()));
    needs
        .split_whitespace()
        .filter(|word| word.starts_with("GLIBC_"))
        .map(str::to_owned)
        .collect()
}

fn dist(name: &str) -> PathBuf {
    let path = Path::new(MANIFEST).join("target/dist").join(name);
    assert!(
        path.exists(),
        "{} is missing: scripts/test makes it (scripts/package --profile dev --built)",
        path.display()
    );
    path
}

fn the_deb() -> PathBuf {
    dist(&format!(
        "mfa-assistant_{}-1_amd64.deb",
        env!("CARGO_PKG_VERSION")
    ))
}

fn the_rpm() -> PathBuf {
    dist(&format!(
        "mfa-assistant-{}-1.x86_64.rpm",
        env!("CARGO_PKG_VERSION")
    ))
}

#[test]
#[ignore = "needs root, the Debian tools and the packages ./scripts/test builds; ./scripts/test runs it"]
fn the_packaged_binary_needs_nothing_above_the_floor() {
    let (glibc, _) = floor();
    let deb = the_deb();
    let tree = tempfile::tempdir().unwrap();
    clean(
        "dpkg-deb",
        &["-x", deb.to_str().unwrap(), tree.path().to_str().unwrap()],
    );
    let binary = tree.path().join("usr/bin/mfa-assistant");
    let needs = glibc_needs(&binary);
    assert!(
        needs.iter().any(|n| n == "GLIBC_2.2.5"),
        "no glibc needs read from the binary: {needs:?}"
    );
    let above = above(&needs, &glibc);
    assert!(
        above.is_empty(),
        "the packaged binary needs {above:?}, above the floor of glibc {glibc} \
         (was it linked against the floor's root? scripts/test sets \
         MFA_ASSISTANT_SYSROOT; build.rs)"
    );

    // The Depends ask for no newer libc6 than the floor's.
    let depends = clean("dpkg-deb", &["-f", deb.to_str().unwrap(), "Depends"]);
    let libc6 = depends
        .split(',')
        .map(str::trim)
        .find_map(|d| d.strip_prefix("libc6 (>= "))
        .and_then(|v| v.strip_suffix(')'))
        .unwrap_or_else(|| panic!("no libc6 version in Depends: {depends}"));
    let libc6 = libc6.split(['-', '+', '~']).next().unwrap();
    assert!(
        version(libc6).unwrap() <= version(&glibc).unwrap(),
        "Depends ask for libc6 {libc6}, above the floor {glibc}: {depends}"
    );
}

/// The files a package installs, man pages without their compression.
fn files(list: &str) -> Vec<String> {
    let mut files: Vec<String> = list
        .lines()
        .map(|l| l.trim().trim_start_matches('.').to_owned())
        .filter(|l| !l.is_empty() && !l.ends_with('/'))
        .map(|l| l.trim_end_matches(".gz").to_owned())
        .collect();
    files.sort();
    files
}

#[test]
#[ignore = "needs root, the Debian tools and the packages ./scripts/test builds; ./scripts/test runs it"]
fn the_rpm_carries_the_debs_files_and_requires_nothing_above_the_floor() {
    let (glibc, _) = floor();
    let rpm = the_rpm();
    let rpm = rpm.to_str().unwrap();
    let requires = clean("rpm", &["-qpR", rpm]);
    let needs: Vec<String> = requires
        .lines()
        .filter_map(|l| l.split_once("(GLIBC_"))
        .map(|(_, v)| format!("GLIBC_{}", v.split(')').next().unwrap()))
        .collect();
    assert!(
        needs.iter().any(|n| n == "GLIBC_2.2.5"),
        "no glibc versions in Requires:\n{requires}"
    );
    let above = above(&needs, &glibc);
    assert!(
        above.is_empty(),
        "the .rpm requires {above:?}, above the floor of glibc {glibc}:\n{requires}"
    );
    // What iced opens at run time (dlopen), which no tool finds.
    for soname in [
        "libX11.so.6()(64bit)",
        "libX11-xcb.so.1()(64bit)",
        "libxcb.so.1()(64bit)",
        "libXcursor.so.1()(64bit)",
        "libXi.so.6()(64bit)",
        "libxkbcommon.so.0()(64bit)",
        "libxkbcommon-x11.so.0()(64bit)",
        "libwayland-client.so.0()(64bit)",
    ] {
        assert!(
            requires.lines().any(|l| l.trim() == soname),
            "{soname} not in Requires:\n{requires}"
        );
    }

    // The same files as the .deb, but for lintian's override (Debian's).
    // RPM keeps the licence apart; the .deb names it in its copyright file.
    let in_rpm: Vec<String> = files(&clean("rpm", &["-qpl", rpm]))
        .into_iter()
        .filter(|f| f != "/usr/share/licenses/mfa-assistant/LICENSE")
        .collect();
    let tar = Command::new("sh")
        .args([
            "-c",
            "dpkg-deb --fsys-tarfile \"$0\" | tar -t",
            the_deb().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let in_deb: Vec<String> = files(&checked("dpkg-deb | tar -t", tar))
        .into_iter()
        .filter(|f| !f.starts_with("/usr/share/lintian/"))
        // dpkg's changelog and copyright: Debian's own documents.
        .filter(|f| !f.ends_with("/changelog.Debian") && !f.ends_with("/copyright"))
        .collect();
    assert_eq!(in_rpm, in_deb, "the .rpm's files differ from the .deb's");
}

/// A copy of the floor's Debian root, deleted when dropped. Commands run in
/// it with chroot in a mount namespace of their own (with /proc), so nothing
/// stays mounted when they end.
struct Chroot {
    dir: tempfile::TempDir,
}

impl Chroot {
    fn new() -> Chroot {
        assert_eq!(
            clean("id", &["-u"]).trim(),
            "0",
            "the floor test installs the .deb in a chroot: run it as root (CI does)"
        );
        // Makes the root once (debootstrap), then prints where it is.
        let root = clean(&format!("{MANIFEST}/scripts/floor"), &[]);
        let dir = tempfile::Builder::new()
            .prefix("floor-")
            .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
            .unwrap();
        clean(
            "cp",
            &[
                "-a",
                "--reflink=auto",
                root.trim(),
                dir.path().join("root").to_str().unwrap(),
            ],
        );
        Chroot { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    fn command(&self, env: &[(&str, &str)], program: &[&str]) -> Command {
        let mut command = Command::new("unshare");
        command
            .args([
                "--mount",
                "--propagation",
                "private",
                "--fork",
                "--kill-child",
            ])
            .args([
                "sh",
                "-c",
                "mount -t proc proc \"$0/proc\" && exec chroot \"$0\" \"$@\"",
            ])
            .arg(self.root())
            .arg("env")
            .args(env.iter().map(|(k, v)| format!("{k}={v}")))
            .args(program)
            .env_clear()
            .env(
                "PATH",
                "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            )
            .env("HOME", "/root")
            .env("LANG", "C.UTF-8");
        command
    }

    fn run(&self, program: &[&str]) -> String {
        let out = self.command(&[], program).output().unwrap();
        checked(&format!("in the chroot: {program:?}"), out)
    }
}

const LOCKED: &str = "organisation = \"Acme\"\nprovider = \"training\"\n\
    locked = [\"provider\"]\n";

#[test]
#[ignore = "needs root, the Debian tools and the packages ./scripts/test builds; ./scripts/test runs it"]
fn the_deb_installs_and_runs_on_the_floors_debian() {
    let (_, suite) = floor();
    let chroot = Chroot::new();
    let release = std::fs::read_to_string(chroot.root().join("etc/os-release")).unwrap();
    assert!(release.contains(&format!("({suite})")), "{release}");

    let deb = the_deb();
    std::fs::copy(&deb, chroot.root().join("tmp/mfa-assistant.deb")).unwrap();
    chroot.run(&[
        "apt-get",
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "/tmp/mfa-assistant.deb",
    ]);
    let owner = chroot.run(&["dpkg-query", "-S", "/usr/bin/mfa-assistant"]);
    assert!(owner.starts_with("mfa-assistant:"), "{owner}");

    // IT's lock, from the machine-wide file where IT puts it.
    let etc = chroot.root().join("etc/mfa-assistant");
    std::fs::create_dir_all(&etc).unwrap();
    std::fs::write(etc.join("config.toml"), LOCKED).unwrap();
    let out = chroot
        .command(
            &[],
            &[
                "mfa-assistant",
                "--print-config",
                "--provider",
                "privacyidea",
            ],
        )
        .output()
        .unwrap();
    let text = checked("mfa-assistant --print-config in the chroot", out);
    assert!(
        text.contains(": /etc/mfa-assistant/config.toml\n"),
        "IT's file not read:\n{text}"
    );
    assert!(
        text.contains("\nprovider = \"training\"  # locked by IT\n"),
        "{text}"
    );
    assert!(
        text.contains("# ignored: provider from --provider"),
        "{text}"
    );

    // The window, in this machine's X server (the chroot reaches its
    // abstract socket), read in both languages.
    windows::require_tools();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../floor");
    std::fs::create_dir_all(&out).unwrap();
    let x = Display::start(1280, 860);
    for (lang, tesseract, want) in [
        (
            "nl",
            "nld",
            ["Tweestapsverificatie", "instellen", "telefoon"],
        ),
        ("en", "eng", ["two-step", "verification", "phone"]),
    ] {
        let log = out.join(format!("welcome-{lang}.log"));
        let app = chroot
            .command(
                &[
                    ("DISPLAY", &x.name),
                    ("WINIT_X11_SCALE_FACTOR", "1"),
                    ("RUST_LOG", "mfa_assistant=info"),
                ],
                &["mfa-assistant", "--lang", lang],
            )
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut app = Process(app);
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let found = windows::xdotool(
                &x.name,
                &["search", "--onlyvisible", "--name", "\\(1/10\\)"],
            );
            if !found.is_empty() {
                break;
            }
            if let Ok(Some(status)) = app.0.try_wait() {
                panic!(
                    "the app in the chroot ended ({status}):\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            assert!(
                Instant::now() < deadline,
                "no window from the chroot:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            sleep(Duration::from_millis(250));
        }
        sleep(Duration::from_millis(800));
        let shot = out.join(format!("welcome-{lang}.png"));
        let status = Command::new("import")
            .args(["-window", "root"])
            .arg(&shot)
            .env("DISPLAY", &x.name)
            .status()
            .expect("import (imagemagick)");
        assert!(status.success(), "screenshot failed");
        let words = ocr(&shot, tesseract);
        for word in want {
            assert!(
                words.iter().any(|w| w.contains(word)),
                "{word:?} not read on the {lang} welcome screen ({}): {words:?}",
                shot.display()
            );
        }
        drop(app);
    }
    drop(x);
}

/// The words tesseract reads in `language`, at 200 % in black and white.
fn ocr(path: &Path, language: &str) -> Vec<String> {
    let big = path.with_extension("ocr.png");
    clean(
        "convert",
        &[
            path.to_str().unwrap(),
            "-colorspace",
            "Gray",
            "-resize",
            "200%",
            "-threshold",
            "60%",
            big.to_str().unwrap(),
        ],
    );
    let said = clean(
        "tesseract",
        &[big.to_str().unwrap(), "-", "-l", language, "--psm", "11"],
    );
    let _ = std::fs::remove_file(&big);
    said.split_whitespace().map(str::to_owned).collect()
}

#[test]
fn needs_above_the_floor_are_found() {
    let needs: Vec<String> = [
        "GLIBC_2.2.5",
        "GLIBC_2.31",
        "GLIBC_2.9",
        "GLIBC_2.35",
        "GLIBC_ABI_DT_RELR",
        "GCC_3.0",
    ]
    .map(str::to_owned)
    .to_vec();
    assert_eq!(above(&needs, "2.31"), ["GLIBC_2.35", "GLIBC_ABI_DT_RELR"]);
    assert!(above(&needs[..3], "2.31").is_empty());
}
