//! The crash journal: what a provider has created on a server for an
//! enrollment that is not finished yet (server, realm, user, token serials,
//! the step), so that after a crash, a kill or a power cut the next start
//! can say what was left and the next sign-in can remove it.
//!
//! One small JSON file per person and server in the platform's data
//! directory (on Linux `$XDG_DATA_HOME/mfa-assistant/unfinished/`), written
//! atomically (a temporary file, fsync, rename) and removed when the
//! enrollment ends or is cancelled. Never a secret, code, password or
//! token: only what identifies the leftovers. A journal that cannot be read
//! or written is a [`JournalError`] to show; it never stops the assistant.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

/// The format this build writes and reads.
pub const VERSION: u64 = 1;

/// The step an unfinished enrollment had reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The QR code for the authenticator app was shown (a TOTP token).
    Scan,
    /// The phone was being set up for test sign-ins (a push token).
    Approve,
    /// A code was sent by text message (an SMS token).
    Sms,
}

/// One unfinished enrollment: whose, where, and what the server holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Always [`VERSION`] when written by this build.
    pub version: u64,
    /// The server's address as configured.
    pub server: String,
    /// The realm the person signed in to.
    pub realm: String,
    /// The person's user name.
    pub user: String,
    /// The step reached when the assistant stopped.
    pub step: Step,
    /// Tokens created and not yet verified; may be empty when the assistant
    /// stopped while a token was being created.
    pub serials: Vec<String>,
}

impl Entry {
    /// An entry of this version.
    pub fn new(server: &str, realm: &str, user: &str, step: Step, serials: Vec<String>) -> Self {
        Self {
            version: VERSION,
            server: server.to_owned(),
            realm: realm.to_owned(),
            user: user.to_owned(),
            step,
            serials,
        }
    }
}

/// Why the journal could not be used; each has a sentence in `i18n/`
/// (`journal-error-*`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JournalError {
    /// A journal file is not what this assistant writes (cut off, edited).
    #[error("{path}: not a readable journal ({detail})")]
    Corrupt {
        /// The file.
        path: String,
        /// What the parser said, for IT.
        detail: String,
    },
    /// A journal file from another version of the assistant.
    #[error("{path}: journal version {version}, this assistant reads {VERSION}")]
    OtherVersion {
        /// The file.
        path: String,
        /// The version it says it is.
        version: u64,
    },
    /// The journal cannot be read or written there (permissions, disk full).
    #[error("{path}: {detail}")]
    Unwritable {
        /// The file or folder.
        path: String,
        /// The system's words, for IT.
        detail: String,
    },
    /// The platform names no data directory (no home directory).
    #[error("no data directory for the journal")]
    NoPlace,
}

/// What the last start found: the unfinished enrollments, and the files
/// that could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unfinished {
    /// Enrollments left unfinished, oldest file name first.
    pub entries: Vec<Entry>,
    /// Journal files that could not be used.
    pub problems: Vec<JournalError>,
}

/// The journal folder; cheap to clone, shared by the provider (which writes)
/// and the UI (which reads it at start and shows what went wrong).
#[derive(Debug, Clone)]
pub struct Journal {
    dir: Option<PathBuf>,
    /// The last failure to write, for the UI.
    problem: Arc<Mutex<Option<JournalError>>>,
    /// One write at a time, so the file on disk is the newest state.
    writing: Arc<Mutex<()>>,
    /// How many leftovers the last sign-in removed, until the UI takes it.
    cleaned: Arc<Mutex<Option<usize>>>,
}

impl Journal {
    /// The journal in `dir` (tests; a machine-wide setup).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self::new(Some(dir.into()))
    }

    /// The platform's data directory, e.g. `~/.local/share/mfa-assistant/
    /// unfinished` (`XDG_DATA_HOME` moves it).
    pub fn in_data_dir() -> Self {
        let dir = directories::ProjectDirs::from("", "", "mfa-assistant")
            .map(|dirs| dirs.data_dir().join("unfinished"));
        Self::new(dir)
    }

    fn new(dir: Option<PathBuf>) -> Self {
        Self {
            dir,
            problem: Arc::default(),
            writing: Arc::default(),
            cleaned: Arc::default(),
        }
    }

    /// The folder the journal lives in, if the platform has one.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Every unfinished enrollment recorded, and every file that could not
    /// be used. A missing folder is an empty journal.
    pub fn unfinished(&self) -> Unfinished {
        let mut found = Unfinished::default();
        let Some(dir) = &self.dir else {
            found.problems.push(JournalError::NoPlace);
            return found;
        };
        let listing = match std::fs::read_dir(dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return found,
            Err(e) => {
                found.problems.push(unwritable(dir, &e));
                return found;
            }
        };
        let mut files: Vec<PathBuf> = listing
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for path in files {
            match read(&path) {
                Ok(entry) => found.entries.push(entry),
                Err(e) => found.problems.push(e),
            }
        }
        found
    }

    /// Records `entry` (replacing what was recorded for the same person and
    /// server), atomically. A failure is also kept for [`Journal::problem`].
    pub fn record(&self, entry: &Entry) -> Result<(), JournalError> {
        let _one = self.writing.lock().unwrap_or_else(|p| p.into_inner());
        let result = self
            .file_for(&entry.server, &entry.realm, &entry.user)
            .and_then(|path| write_atomically(&path, entry));
        self.remember(result)
    }

    /// Forgets the enrollment of `user` on `server` and `realm`: it ended,
    /// or what it left was removed. Also a file of another version or a
    /// corrupt one, which is known by its name alone.
    pub fn remove(&self, server: &str, realm: &str, user: &str) -> Result<(), JournalError> {
        let _one = self.writing.lock().unwrap_or_else(|p| p.into_inner());
        let result =
            self.file_for(server, realm, user)
                .and_then(|path| match std::fs::remove_file(&path) {
                    Ok(()) => sync_dir(&path),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                    Err(e) => Err(unwritable(&path, &e)),
                });
        self.remember(result)
    }

    /// The entry recorded for `user` on `server` and `realm`, if any.
    pub fn entry(
        &self,
        server: &str,
        realm: &str,
        user: &str,
    ) -> Result<Option<Entry>, JournalError> {
        let path = self.file_for(server, realm, user)?;
        match std::fs::read(&path) {
            Ok(bytes) => parse(&path, &bytes).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(unwritable(&path, &e)),
        }
    }

    /// The last write that failed, until one succeeds again.
    pub fn problem(&self) -> Option<JournalError> {
        self.problem
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Called by a provider after signing in: `count` leftovers removed.
    pub fn note_cleaned(&self, count: usize) {
        *self.cleaned.lock().unwrap_or_else(|p| p.into_inner()) = Some(count);
    }

    /// How many leftovers the last sign-in removed from the server, once
    /// (for a message); `None` when no sign-in has cleaned up since.
    pub fn take_cleaned(&self) -> Option<usize> {
        self.cleaned
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }

    fn remember(&self, result: Result<(), JournalError>) -> Result<(), JournalError> {
        *self.problem.lock().unwrap_or_else(|p| p.into_inner()) = result.clone().err();
        result
    }

    /// One file per person and server: two assistants for two people never
    /// write the same file. The name is a hash, so no user name is in it.
    fn file_for(&self, server: &str, realm: &str, user: &str) -> Result<PathBuf, JournalError> {
        let dir = self.dir.as_ref().ok_or(JournalError::NoPlace)?;
        let key = [server, realm, user].join("\n");
        Ok(dir.join(format!("{:016x}.json", fnv1a(key.as_bytes()))))
    }
}

/// FNV-1a, 64 bits: a stable file name from the person and server (the
/// standard library's hasher may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn unwritable(path: &Path, e: &std::io::Error) -> JournalError {
    JournalError::Unwritable {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

fn read(path: &Path) -> Result<Entry, JournalError> {
    let bytes = std::fs::read(path).map_err(|e| unwritable(path, &e))?;
    parse(path, &bytes)
}

/// The entry in `bytes`, read from `path`: its version first, so that a
/// file from another version is told as such rather than as corrupt.
fn parse(path: &Path, bytes: &[u8]) -> Result<Entry, JournalError> {
    let shown = || path.display().to_string();
    let corrupt = |detail: String| JournalError::Corrupt {
        path: shown(),
        detail,
    };
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| corrupt(e.to_string()))?;
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(VERSION) => {}
        Some(version) => {
            return Err(JournalError::OtherVersion {
                path: shown(),
                version,
            });
        }
        None => return Err(corrupt("no version".to_owned())),
    }
    serde_json::from_value(value).map_err(|e| corrupt(e.to_string()))
}

/// Temp file beside the target, written and fsynced, renamed over it, and
/// the folder fsynced: after a crash the file is the old or the new entry,
/// never half of one.
fn write_atomically(path: &Path, entry: &Entry) -> Result<(), JournalError> {
    let dir = path.parent().expect("journal files are in a folder");
    // It names a person and a server: the owner's only.
    crate::private::dir(dir).map_err(|e| unwritable(dir, &e))?;
    let temp = path.with_extension(format!("json.{}.tmp", std::process::id()));
    let text = serde_json::to_vec_pretty(entry).expect("an entry serialises");
    let written = (|| {
        let mut file = crate::private::file(&temp)?;
        file.write_all(&text)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(unwritable(path, &e));
    }
    sync_dir(path)
}

/// Makes the rename durable; a folder that cannot be opened (Windows)
/// is left to the file system.
fn sync_dir(path: &Path) -> Result<(), JournalError> {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| unwritable(dir, &e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests;
