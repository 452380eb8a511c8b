//! The programs a window test runs: missing ones fail the test at once,
//! naming the Debian packages to install (`scripts/test` installs them).

use std::process::{Command, Stdio};

/// Fails, naming the packages, when any of `tools` (program, Debian
/// package) is not on the PATH.
pub fn require(tools: &[(&str, &str)]) {
    let mut missing: Vec<&str> = tools
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
    missing.dedup();
    assert!(
        missing.is_empty(),
        "this test needs these Debian packages: {} (scripts/test installs them)",
        missing.join(" ")
    );
}
