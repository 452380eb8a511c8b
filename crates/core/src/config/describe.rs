//! What `--print-config` prints: the settings in force as TOML.

use std::path::PathBuf;

use super::{IgnoredBy, Key, Loaded};

/// The settings in force as TOML, each locked key marked, with the files
/// read and the values ignored as comments: what `--print-config` prints.
pub fn describe(loaded: &Loaded) -> String {
    let mut out = String::from("# mfa-assistant: the settings in force\n");
    let file = |label: &str, path: &Option<PathBuf>| match path {
        Some(path) if path.exists() => format!("# {label}: {}\n", path.display()),
        Some(path) => format!("# {label}: {} (none)\n", path.display()),
        None => format!("# {label}: (none)\n"),
    };
    out += &file("machine-wide", &loaded.paths.machine);
    out += &file("person", &loaded.paths.person);
    for error in &loaded.errors {
        out += &format!("# left out: {error}\n");
    }
    for unknown in &loaded.unknown_locks {
        out += &format!("# skipped: {unknown}\n");
    }
    for ignored in &loaded.ignored {
        let by = match &ignored.by {
            IgnoredBy::Flag(flag) => (*flag).to_owned(),
            IgnoredBy::File { file, line } => format!(
                "{}:{}",
                file.display(),
                line.map_or("?".to_owned(), |l| l.to_string())
            ),
        };
        out += &format!(
            "# ignored: {} from {by} (locked by IT)\n",
            ignored.key.name()
        );
    }
    if let Some(refused) = &loaded.accent_refused {
        out += &format!("# refused: {refused}\n");
    }
    if let Some(folded) = loaded.config.microsoft365.folded() {
        use crate::service::microsoft365::Folded;
        out += match folded {
            Folded::PhoneOptional(true) => {
                "# folded: microsoft365.phone_optional = true is read as before (the phone \
                 offered, not required); methods = [\"authenticator\"] leaves the phone out\n"
            }
            Folded::PhoneOptional(false) => {
                "# folded: microsoft365.phone_optional = false is the default; methods says \
                 what is set up\n"
            }
            Folded::PhoneOptionalUnused => {
                "# folded: microsoft365.phone_optional is not used: methods says what is set up\n"
            }
        };
    }
    let mut table = None;
    for &key in Key::ALL {
        let (key_table, name) = key.split();
        if key_table != table {
            table = key_table;
            if let Some(t) = table {
                out += &format!("\n[{t}]\n");
            }
        }
        let config = &loaded.config;
        let lock = if config.locked(key) {
            "  # locked by IT"
        } else {
            ""
        };
        let built_in = key.value(&super::Config::default());
        out += &match (key.value(config), key.default_value()) {
            // The value every unset file gives: said to be the default,
            // so nobody reads it as IT's choice (unless IT locked it: then
            // it is IT's choice, whatever its value).
            (Some(value), _) if lock.is_empty() && Some(&value) == built_in.as_ref() => {
                format!("{name} = {value}  # default{lock}\n")
            }
            (Some(value), _) => format!("{name} = {value}{lock}\n"),
            (None, Some(value)) if lock.is_empty() => format!("{name} = {value}  # default\n"),
            (None, Some(value)) => format!("{name} = {value}{lock}\n"),
            (None, None) => format!("# {name} (not set){lock}\n"),
        };
    }
    out
}
