//! The config file: arbitrary bytes, arbitrary TOML (the assistant's keys
//! and others, every kind of value, quoted and dotted keys, tables), and
//! valid files. `config::load` never panics; a file it cannot use gives the
//! defaults and an error naming the file and a line of it.

use std::path::Path;

use mfa_assistant::config::{Config, ProviderKind};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::phone::COUNTRIES;
use proptest::prelude::*;

use crate::fuzz;

/// Loads `path` as the person's own file, with no machine-wide one: the
/// settings, and the first file error if any.
fn load_person(path: &Path) -> (Config, Option<mfa_assistant::config::ConfigError>) {
    let paths = mfa_assistant::config::Paths {
        machine: None,
        person: Some(path.to_owned()),
    };
    let loaded = mfa_assistant::config::load(&paths, &mfa_assistant::config::Flags::default());
    (loaded.config, loaded.errors.into_iter().next())
}

/// Writes `content` to `path` and loads it: the invariants of any outcome.
fn check(path: &Path, content: &[u8]) -> Result<(), TestCaseError> {
    std::fs::write(path, content).unwrap();
    let (config, error) = load_person(path);
    let lines = content.iter().filter(|b| **b == b'\n').count() + 1;
    match error {
        Some(error) => {
            prop_assert_eq!(&config, &Config::default());
            prop_assert_eq!(&error.file, path);
            let line = error.line.unwrap_or(0);
            prop_assert!(
                (1..=lines).contains(&line),
                "line {:?} of {}: {}",
                error.line,
                lines,
                error
            );
            let shown = error.to_string();
            prop_assert!(
                shown.starts_with(&format!("{}:{line}: ", path.display())),
                "{}",
                shown
            );
        }
        None => {
            prop_assert!((100..=200).contains(&config.text_size));
            prop_assert!((1.0..=2.0).contains(&config.text_scale()));
            if let Some(name) = &config.organisation {
                prop_assert!(!name.is_empty() && !name.contains(':'));
            }
            if let Some(url) = &config.help_url {
                prop_assert!(url.starts_with("http"));
            }
            // Whatever the [privacyidea] table holds: settings or a reason.
            let _ = config.privacyidea.settings();
        }
    }
    Ok(())
}

const KEYS: &[&str] = &[
    "organisation",
    "help_url",
    "default_country",
    "language",
    "text_size",
    "appearance",
    "provider",
    "privacyidea",
    "server",
    "realm",
    "ca_file",
];

fn key() -> impl Strategy<Value = String> {
    let name = prop_oneof![4 => proptest::sample::select(KEYS).prop_map(str::to_owned), 1 => "[a-z_]{1,8}"];
    prop_oneof![
        4 => name.clone(),
        1 => name.clone().prop_map(|k| format!("\"{k}\"")),
        1 => (name.clone(), name).prop_map(|(a, b)| format!("{a}.{b}")),
        1 => "[^\n]{0,6}",
    ]
}

/// A TOML value of any kind (or something almost like one).
fn value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        "-?[0-9_]{1,12}",
        "[0-9]{3}",
        "-?[0-9]{1,4}\\.[0-9]{0,3}(e[0-9]+)?",
        proptest::sample::select(
            &[
                "true",
                "false",
                "inf",
                "nan",
                "1979-05-27T07:32:00Z",
                "1979-05-27",
                "07:32:00"
            ][..]
        )
        .prop_map(str::to_owned),
        proptest::sample::select(
            &[
                "nl",
                "en",
                "NL",
                "be",
                "XX",
                "training",
                "privacyidea",
                "light",
                "dark",
                "high-contrast",
                "https://x.example",
                "http://127.0.0.1:5000",
                "ftp://x",
                "RPO",
                "a:b",
                ""
            ][..]
        )
        .prop_map(|s| format!("\"{s}\"")),
        "\"[^\"\\\\\n]{0,12}\"",
        "'[^'\n]{0,12}'",
        "\"\"\"[^\"]{0,20}\"\"\"",
        "\"\\\\[a-zA-Z0-9]{0,6}\"",
        "[^\n]{0,8}",
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4)
                .prop_map(|v| format!("[{}]", v.join(", "))),
            proptest::collection::vec((key(), inner), 0..3).prop_map(|kv| format!(
                "{{ {} }}",
                kv.iter()
                    .map(|(k, v)| format!("{k} = {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        ]
    })
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (key(), value(), "[ \t]{0,2}").prop_map(|(k, v, ws)| format!("{ws}{k} ={ws}{v}")),
        2 => prop_oneof![Just("[privacyidea]".to_owned()), "\\[\\[?[a-z.\"]{0,12}\\]?\\]?"],
        1 => Just(String::new()),
        1 => "#[^\n]{0,10}",
        1 => "[^\n]{0,16}",
    ]
}

fn toml_text() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(line(), 0..10),
        prop_oneof!["\n", "\r\n"],
        any::<bool>(),
    )
        .prop_map(|(lines, end, bom)| {
            format!("{}{}", if bom { "\u{feff}" } else { "" }, lines.join(&end))
        })
}

#[test]
fn arbitrary_toml() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    fuzz("config: arbitrary TOML", 4_000, toml_text(), |text| {
        check(&path, text.as_bytes())
    });
}

#[test]
fn arbitrary_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let valid = "organisation = \"Acme\"\ntext_size = 150\n[privacyidea]\nserver = \"https://mfa.acme.example\"\nrealm = \"staff\"\n";
    let bytes = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200),
        // A valid file with a few bytes changed.
        proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 1..4).prop_map(
            move |edits| {
                let mut bytes = valid.as_bytes().to_vec();
                for (at, byte) in edits {
                    let i = at.index(bytes.len());
                    bytes[i] = byte;
                }
                bytes
            }
        ),
    ];
    fuzz("config: arbitrary bytes", 3_000, bytes, |bytes| {
        check(&path, &bytes)
    });
}

/// A file of sensible values reads back as exactly those values.
#[test]
fn valid_files_read_as_written() {
    let input = (
        "[A-Za-z][A-Za-z0-9 .&-]{0,20}",
        proptest::sample::select(COUNTRIES),
        proptest::sample::select(&Lang::ALL[..]),
        100u32..=200,
        any::<bool>(),
        "[a-z]{1,10}",
    );
    fuzz(
        "config: valid files",
        2_000,
        input,
        |(organisation, country, lang, size, privacyidea, realm)| {
            let provider = if privacyidea {
                "privacyidea"
            } else {
                "training"
            };
            let text = format!(
                "organisation = \"{organisation}\"\ndefault_country = \"{}\"\nlanguage = \"{}\"\n\
             text_size = {size}\nprovider = \"{provider}\"\n[privacyidea]\nserver = \"https://mfa.example\"\nrealm = \"{realm}\"\n",
                country.code().to_lowercase(),
                lang.code(),
            );
            let config = Config::parse(&text)
                .map_err(|e| TestCaseError::fail(format!("{e:?} in {text}")))?;
            prop_assert_eq!(config.organisation.as_deref(), Some(organisation.trim()));
            prop_assert_eq!(config.default_country, country);
            prop_assert_eq!(config.language, Some(lang));
            prop_assert_eq!(config.text_size, size);
            prop_assert_eq!(config.provider == ProviderKind::Privacyidea, privacyidea);
            prop_assert_eq!(config.privacyidea.settings().unwrap().realm, realm);
            Ok(())
        },
    );
}
