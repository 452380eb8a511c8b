//! The settings in force: the defaults, then IT's machine-wide file, then the
//! person's file, then the flags, each on top of the one before; a key the
//! machine file locks keeps the machine's value whatever comes after.

use std::path::{Path, PathBuf};

use super::{Config, ConfigError, Key, Origin, ProviderKind};
use crate::colour::{Accent, AccentTooPale};
use crate::i18n::Lang;

/// Names another machine-wide file (or, empty, none): for tests, and for IT
/// trying a file before rolling it out. Not a way around `locked`: whoever
/// can set it for the assistant can also edit the person's own files.
pub const MACHINE_CONFIG_ENV: &str = "MFA_ASSISTANT_MACHINE_CONFIG";

/// IT's machine-wide file: `/etc/mfa-assistant/config.toml`, on Windows
/// `%ProgramData%\mfa-assistant\config.toml`; `$MFA_ASSISTANT_MACHINE_CONFIG`
/// instead when set.
pub fn machine_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(MACHINE_CONFIG_ENV) {
        return (!path.is_empty()).then(|| PathBuf::from(path));
    }
    Some(machine_folder().join("config.toml"))
}

#[cfg(windows)]
fn machine_folder() -> PathBuf {
    // ProgramData is set on every Windows since Vista; the fallback is its
    // usual value.
    std::env::var_os("ProgramData")
        .map_or_else(|| PathBuf::from(r"C:\ProgramData"), PathBuf::from)
        .join("mfa-assistant")
}

#[cfg(not(windows))]
fn machine_folder() -> PathBuf {
    PathBuf::from("/etc/mfa-assistant")
}

/// The two files read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paths {
    /// IT's machine-wide file.
    pub machine: Option<PathBuf>,
    /// The person's own file.
    pub person: Option<PathBuf>,
}

impl Paths {
    /// The usual places; `person` (from `--config`) replaces the person's.
    pub fn usual(person: Option<PathBuf>) -> Paths {
        Paths {
            machine: machine_path(),
            person: person.or_else(super::default_path),
        }
    }
}

/// What the command line sets; `None` where a flag is not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// `--provider`.
    pub provider: Option<ProviderKind>,
    /// `--lang`.
    pub language: Option<Lang>,
    /// `--server`.
    pub server: Option<String>,
    /// `--realm`.
    pub realm: Option<String>,
    /// `--room`.
    pub room: Option<url::Url>,
    /// `--room-code`.
    pub room_code: Option<crate::room::RoomCode>,
}

impl Flags {
    /// The given flags as a layer: the keys they set and their names.
    fn apply(&self, config: &mut Config) -> Vec<(Key, &'static str)> {
        let mut set = Vec::new();
        if let Some(provider) = self.provider {
            config.provider = provider;
            set.push((Key::Provider, "--provider"));
        }
        if let Some(lang) = self.language {
            config.language = Some(lang);
            set.push((Key::Language, "--lang"));
        }
        if let Some(server) = &self.server {
            config.privacyidea.server = Some(server.clone());
            set.push((Key::PrivacyideaServer, "--server"));
        }
        if let Some(realm) = &self.realm {
            config.privacyidea.realm = Some(realm.clone());
            set.push((Key::PrivacyideaRealm, "--realm"));
        }
        if let Some(room) = &self.room {
            config.room.address = Some(room.clone());
            set.push((Key::RoomAddress, "--room"));
        }
        if let Some(code) = &self.room_code {
            config.room.code = Some(code.clone());
            set.push((Key::RoomCode, "--room-code"));
        }
        set
    }
}

/// A value that was not used because IT locked its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The locked key.
    pub key: Key,
    /// Who tried to set it.
    pub by: IgnoredBy,
}

/// Where an ignored value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IgnoredBy {
    /// The person's file, at this line.
    File {
        /// The person's file.
        file: PathBuf,
        /// The line that set it, from 1, if found.
        line: Option<usize>,
    },
    /// A flag, e.g. `--provider`.
    Flag(&'static str),
}

/// A name in the machine file's `locked` that is no setting (a typo, or a
/// key of a newer version); only that name is skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{}: locked: there is no setting '{name}'", file.display(), line.map_or(String::from("?"), |l| l.to_string()))]
pub struct UnknownLock {
    /// The machine-wide file.
    pub file: PathBuf,
    /// The name's line, from 1.
    pub line: Option<usize>,
    /// The name as written.
    pub name: String,
}

/// An accent colour left out for its contrast, and where it was set.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}:{}: {problem}", file.display(), line.map_or(String::from("?"), |l| l.to_string()))]
pub struct AccentRefused {
    /// The file that set it.
    pub file: PathBuf,
    /// Its line, from 1, if found.
    pub line: Option<usize>,
    /// The colour and its contrast.
    pub problem: AccentTooPale,
}

/// The settings in force and everything to tell about how they came about.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The settings in force, with IT's locks ([`Config::locked`]).
    pub config: Config,
    /// Files that could not be used, machine first: a file with a wrong
    /// value is left out whole.
    pub errors: Vec<ConfigError>,
    /// Names in the machine file's `locked` that are no setting (skipped).
    pub unknown_locks: Vec<UnknownLock>,
    /// Values not used because IT locked their key.
    pub ignored: Vec<Ignored>,
    /// An accent colour that was refused; the assistant keeps its own.
    pub accent_refused: Option<AccentRefused>,
    /// The files read.
    pub paths: Paths,
}

/// Reads both files and puts the flags on top.
pub fn load(paths: &Paths, flags: &Flags) -> Loaded {
    let mut errors = Vec::new();
    let mut unknown_locks = Vec::new();
    let machine_path = paths.machine.as_deref();
    let (machine, machine_text) = read(
        machine_path,
        Config::default(),
        Origin::Machine,
        &mut errors,
        &mut unknown_locks,
    );
    let person_path = paths.person.as_deref();
    let (mut config, person_text) = read(
        person_path,
        machine.clone(),
        Origin::Person,
        &mut errors,
        &mut unknown_locks,
    );

    let mut ignored = Vec::new();
    for key in machine.locked_keys() {
        if key.value(&config) != key.value(&machine) {
            ignored.push(Ignored {
                key,
                by: IgnoredBy::File {
                    file: person_path.map(Path::to_owned).unwrap_or_default(),
                    line: person_text.as_deref().and_then(|t| line_of(t, key)),
                },
            });
            key.copy(&machine, &mut config);
        }
    }
    config.locks = machine.locks.clone();

    let mut flagged = config.clone();
    for (key, flag) in flags.apply(&mut flagged) {
        if config.locked(key) {
            ignored.push(Ignored {
                key,
                by: IgnoredBy::Flag(flag),
            });
        } else {
            key.copy(&flagged, &mut config);
        }
    }

    let mut accent_refused = None;
    if let Some(Err(problem)) = config.accent.map(Accent::new) {
        let person_set = person_text
            .as_deref()
            .is_some_and(|t| line_of(t, Key::Accent).is_some())
            && !config.locked(Key::Accent);
        let (file, text) = if person_set {
            (person_path, person_text.as_deref())
        } else {
            (machine_path, machine_text.as_deref())
        };
        accent_refused = Some(AccentRefused {
            file: file.map(Path::to_owned).unwrap_or_default(),
            line: text.and_then(|t| line_of(t, Key::Accent)),
            problem,
        });
        // IT's colour still counts when only the person's was refused.
        config.accent = machine
            .accent
            .filter(|c| person_set && Accent::new(*c).is_ok());
    }
    Loaded {
        config,
        errors,
        unknown_locks,
        ignored,
        accent_refused,
        paths: paths.clone(),
    }
}

/// One layer: `base` with the file on top, and the file's text; a missing
/// file is no layer, a broken one is left out with its error.
fn read(
    path: Option<&Path>,
    base: Config,
    origin: Origin,
    errors: &mut Vec<ConfigError>,
    unknown: &mut Vec<UnknownLock>,
) -> (Config, Option<String>) {
    let Some(path) = path else {
        return (base, None);
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (base, None),
        Err(e) => {
            errors.push(ConfigError {
                file: path.to_owned(),
                line: None,
                detail: e.to_string(),
            });
            return (base, None);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            errors.push(ConfigError {
                file: path.to_owned(),
                line: Some(super::line_at(e.as_bytes(), e.utf8_error().valid_up_to())),
                detail: "not UTF-8 text (saved in another encoding?)".to_owned(),
            });
            return (base, None);
        }
    };
    // Editors on Windows may start the file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
    let base_logo = base.logo.clone();
    let mut unknown_locks = Vec::new();
    let parsed = Config::parse_onto(base.clone(), &text, origin, &mut unknown_locks);
    unknown.extend(unknown_locks.into_iter().map(|(line, name)| UnknownLock {
        file: path.to_owned(),
        line,
        name,
    }));
    match parsed {
        Ok(mut config) => {
            // A logo named relative to the file sits beside it.
            if config.logo != base_logo
                && let Some(logo) = config.logo.as_mut().filter(|l| l.is_relative())
            {
                let folder = path.parent().unwrap_or(Path::new("."));
                *logo = folder.join(&*logo);
            }
            (config, Some(text))
        }
        Err((line, detail)) => {
            errors.push(ConfigError {
                file: path.to_owned(),
                line,
                detail,
            });
            (base, None)
        }
    }
}

/// The line (from 1) that sets `key` in TOML text, following `[table]`
/// headers and dotted keys.
fn line_of(text: &str, key: Key) -> Option<usize> {
    let mut table = String::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[') {
            table = header.trim_end_matches(']').trim().to_owned();
            continue;
        }
        let Some((name, _)) = line.split_once('=') else {
            continue;
        };
        let name = name.trim().trim_matches('"');
        let full = if table.is_empty() {
            name.to_owned()
        } else {
            format!("{table}.{name}")
        };
        if full == key.name() {
            return Some(i + 1);
        }
    }
    None
}

#[cfg(test)]
#[path = "layers_tests.rs"]
mod tests;
