//! Opening the person's web browser at Microsoft's sign-in page: the
//! command in `$BROWSER` when set (the freedesktop convention, also how
//! tests put a browser of their own in), else the system's opener
//! (xdg-open, `open` on macOS, the shell on Windows) through the `open` crate.

use std::process::{Command, Stdio};

use super::fault::Fault;
use crate::service::Error;

/// How the browser is started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Browser {
    /// `$BROWSER` if set, else the system's opener.
    System,
    /// A `$BROWSER`-style command list, given directly (tests, or a
    /// command IT configures).
    Command(String),
}

impl Browser {
    /// Opens `url`; fails only when nothing could be started.
    pub fn open(&self, url: &str) -> Result<(), Error> {
        let commands = match self {
            Browser::System => std::env::var("BROWSER").ok(),
            Browser::Command(list) => Some(list.clone()),
        };
        if let Some(list) = commands.filter(|l| !l.trim().is_empty()) {
            if run_first(&list, url) {
                return Ok(());
            }
            tracing::warn!("none of the commands in $BROWSER could be started");
            if matches!(self, Browser::Command(_)) {
                return Err(Fault::NoBrowser.into());
            }
        }
        open::that_detached(url).map_err(|e| {
            tracing::warn!("no browser: {e}");
            Error::from(Fault::NoBrowser)
        })
    }
}

/// The argument lists of a `$BROWSER` value for `url`: commands separated
/// by ':' (';' on Windows), each split on spaces, `%s` replaced by the URL
/// (else the URL is the last argument), `%%` a literal '%'.
pub fn commands(list: &str, url: &str) -> Vec<Vec<String>> {
    let separator = if cfg!(windows) { ';' } else { ':' };
    list.split(separator)
        .filter(|c| !c.trim().is_empty())
        .map(|command| {
            let mut placed = false;
            let mut args: Vec<String> = command
                .split_whitespace()
                .map(|word| {
                    let mut out = String::new();
                    let mut chars = word.chars().peekable();
                    while let Some(c) = chars.next() {
                        match (c, chars.peek()) {
                            ('%', Some('s')) => {
                                chars.next();
                                out.push_str(url);
                                placed = true;
                            }
                            ('%', Some('%')) => {
                                chars.next();
                                out.push('%');
                            }
                            _ => out.push(c),
                        }
                    }
                    out
                })
                .collect();
            if !placed {
                args.push(url.to_owned());
            }
            args
        })
        .collect()
}

/// Starts the first command that can be started; the browser runs on by
/// itself, reaped by a thread so no zombie stays.
fn run_first(list: &str, url: &str) -> bool {
    for args in commands(list, url) {
        let Some((program, rest)) = args.split_first() else {
            continue;
        };
        let child = Command::new(program)
            .args(rest)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn();
        match child {
            Ok(mut child) => {
                std::thread::spawn(move || child.wait());
                return true;
            }
            Err(e) => tracing::info!(program, "cannot start: {e}"),
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_lists_follow_the_convention() {
        let url = "https://login.example/a?b=c&d=e";
        assert_eq!(
            commands("firefox", url),
            vec![vec!["firefox".to_owned(), url.to_owned()]]
        );
        let separator = if cfg!(windows) { ';' } else { ':' };
        assert_eq!(
            commands(&format!("nosuch{separator}node /t/browser.mjs --x=%s"), url),
            vec![
                vec!["nosuch".to_owned(), url.to_owned()],
                vec![
                    "node".to_owned(),
                    "/t/browser.mjs".to_owned(),
                    format!("--x={url}")
                ]
            ]
        );
        assert_eq!(commands("w3m 100%%", "u"), vec![vec!["w3m", "100%", "u"]]);
    }

    #[test]
    fn a_command_that_cannot_start_is_no_browser() {
        let none = Browser::Command("/nonexistent/browser".into());
        assert_eq!(
            none.open("https://example.org"),
            Err(Error::Microsoft365(Fault::NoBrowser))
        );
        // A command every system has, that ignores the URL it is given.
        let starts = if cfg!(windows) { "cmd /c rem" } else { "true" };
        assert_eq!(Browser::Command(starts.into()).open("https://x"), Ok(()));
    }
}
