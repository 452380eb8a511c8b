//! Process hardening at start: a crash must not write the assistant's
//! memory (which holds the TOTP seed, the password, the JWT while they are
//! in use) to disk as a core dump.

/// Switches core dumps off for this process: a zero core-size limit
/// (`RLIMIT_CORE`, which also children inherit) and, on Linux, not dumpable
/// (`PR_SET_DUMPABLE` 0), which also stops a core handler behind a pipe
/// (systemd-coredump, apport) that ignores the limit, and keeps other
/// processes of the same user from attaching a debugger or reading
/// `/proc/PID/mem`. Windows writes no core files by itself; Windows Error
/// Reporting's local dumps are a machine policy IT sets.
pub fn forbid_core_dumps() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads the struct we pass and nothing else.
        if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &none) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    #[cfg(target_os = "linux")]
    {
        // SAFETY: PR_SET_DUMPABLE takes an integer argument only.
        if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// In a child process, so the test runner itself stays dumpable.
    #[test]
    #[cfg(target_os = "linux")]
    fn core_dumps_are_off_afterwards() {
        if std::env::var_os("HARDENING_CHILD").is_some() {
            super::forbid_core_dumps().unwrap();
            // SAFETY: both calls only read this process's settings.
            let dumpable = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
            let mut limit = libc::rlimit {
                rlim_cur: 1,
                rlim_max: 1,
            };
            // SAFETY: getrlimit writes the limit into the struct we pass.
            let read = unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut limit) };
            assert_eq!(read, 0);
            assert_eq!((dumpable, limit.rlim_cur, limit.rlim_max), (0, 0, 0));
            return;
        }
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "hardening::tests::core_dumps_are_off_afterwards"])
            .env("HARDENING_CHILD", "1")
            .status()
            .unwrap();
        assert!(status.success());
    }
}
