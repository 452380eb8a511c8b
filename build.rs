//! Link settings that are ours to choose (nothing is generated here).
//!
//! Linux (glibc): the program runs on glibc 2.31 and later (the floor is
//! `[package.metadata.linux] glibc` in Cargo.toml; Debian 11, Ubuntu 22.04,
//! RHEL 9). Two things keep it there:
//! - no packed relative relocations (`-z pack-relative-relocs`, DT_RELR):
//!   they need glibc 2.36;
//! - with `MFA_ASSISTANT_SYSROOT` set to a Debian 11 root (scripts/floor
//!   makes one; scripts/test and scripts/package set it), the program and its
//!   tests are linked against that root's glibc, so every glibc symbol is
//!   bound to its oldest version (`hypotf@GLIBC_2.2.5`, not `@GLIBC_2.35`).
//!   Only the link changes: the compiled dependencies are reused as they are,
//!   and the test build is the build that is packaged. Without it the
//!   program needs this machine's glibc (tests/floor.rs reads what the
//!   packaged one needs).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=MFA_ASSISTANT_SYSROOT");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "windows" {
        windows_resource();
        return;
    }
    if os != "linux" || env != "gnu" {
        return;
    }
    let Some(root) = std::env::var_os("MFA_ASSISTANT_SYSROOT").filter(|r| !r.is_empty()) else {
        return;
    };
    let root = std::path::PathBuf::from(root);
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let lib = root.join(format!("usr/lib/{arch}-linux-gnu"));
    // Its libc.so (libc6-dev) is what the link needs; fail here rather than
    // link against this machine's glibc without a word.
    let libc = lib.join("libc.so");
    if !libc.exists() {
        panic!(
            "MFA_ASSISTANT_SYSROOT={}: no {} (scripts/floor makes the root)",
            root.display(),
            libc.display()
        );
    }
    println!("cargo::rerun-if-changed={}", libc.display());
    // --sysroot alone is not enough with Debian's gcc: it searches its own
    // ../../../x86_64-linux-gnu (this machine's glibc) first. -B: crt1.o and
    // friends; -L: libc.so, libm.so, libpthread.so… of the root. The root's
    // absolute symlinks are made relative by scripts/floor.
    println!("cargo::rustc-link-arg=--sysroot={}", root.display());
    println!("cargo::rustc-link-arg=-B{}", lib.display());
    println!("cargo::rustc-link-arg=-L{}", lib.display());
    println!(
        "cargo::rustc-link-arg=-L{}",
        root.join(format!("lib/{arch}-linux-gnu")).display()
    );
}

/// Windows: the icon Explorer and the Start menu show, and the version in
/// the file's properties (assets/windows/mfa-assistant.rc, compiled by
/// mingw's `x86_64-w64-mingw32-windres`), from Cargo.toml's version.
fn windows_resource() {
    let rc = "assets/windows/mfa-assistant.rc";
    println!("cargo::rerun-if-changed={rc}");
    println!("cargo::rerun-if-changed=assets/icons/mfa-assistant.ico");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let number = |i: usize| {
        version
            .split(['.', '-', '+'])
            .nth(i)
            .and_then(|n| n.parse::<u16>().ok())
            .unwrap_or(0)
    };
    let macros = [
        format!("VERSION_MAJOR={}", number(0)),
        format!("VERSION_MINOR={}", number(1)),
        format!("VERSION_PATCH={}", number(2)),
        // Stringified in the .rc (a pp-number such as 0.1.0 passes through
        // the preprocessor untouched; quotes would not survive the shell).
        format!("VERSION_TEXT={version}"),
    ];
    embed_resource::compile(rc, &macros)
        .manifest_optional()
        .expect("the Windows resource (windres from mingw-w64)");
}
