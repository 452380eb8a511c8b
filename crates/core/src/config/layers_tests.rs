use super::*;
use crate::config::describe;
use crate::config::{File, PrivacyIdea};

/// A machine file and a person's file in a fresh folder.
struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new(machine: &str, person: &str) -> Files {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in [("machine.toml", machine), ("person.toml", person)] {
            if !text.is_empty() {
                std::fs::write(dir.path().join(name), text).unwrap();
            }
        }
        Files { dir }
    }

    fn paths(&self) -> Paths {
        Paths {
            machine: Some(self.dir.path().join("machine.toml")),
            person: Some(self.dir.path().join("person.toml")),
        }
    }

    fn load(&self, flags: &Flags) -> Loaded {
        load(&self.paths(), flags)
    }
}

const MACHINE: &str = "organisation = \"Acme\"\n\
    provider = \"privacyidea\"\n\
    locked = [\"provider\", \"privacyidea\", \"text_size\"]\n\
    [privacyidea]\n\
    server = \"https://mfa.acme.example\"\n\
    realm = \"staff\"\n";

#[test]
fn neither_the_person_nor_the_flags_change_a_locked_key() {
    let files = Files::new(
        MACHINE,
        "provider = \"training\"\ntext_size = 150\n[privacyidea]\nrealm = \"guests\"\n",
    );
    let flags = Flags {
        provider: Some(ProviderKind::Training),
        server: Some("https://evil.example".into()),
        ..Flags::default()
    };
    let loaded = files.load(&flags);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let config = &loaded.config;
    assert_eq!(config.provider, ProviderKind::Privacyidea);
    assert_eq!(
        config.privacyidea.server.as_deref(),
        Some("https://mfa.acme.example")
    );
    assert_eq!(config.privacyidea.realm.as_deref(), Some("staff"));
    // Locked without a value in the machine file: the default is pinned.
    assert_eq!(config.text_size, 100);
    for key in [
        Key::Provider,
        Key::PrivacyideaServer,
        Key::PrivacyideaRealm,
        Key::TextSize,
    ] {
        assert!(config.locked(key), "{key:?}");
    }
    assert!(!config.locked(Key::Organisation));
    let person = files.dir.path().join("person.toml");
    let by_file = |key, line| Ignored {
        key,
        by: IgnoredBy::File {
            file: person.clone(),
            line: Some(line),
        },
    };
    assert_eq!(
        loaded.ignored,
        vec![
            by_file(Key::TextSize, 2),
            by_file(Key::Provider, 1),
            by_file(Key::PrivacyideaRealm, 4),
            Ignored {
                key: Key::Provider,
                by: IgnoredBy::Flag("--provider")
            },
            Ignored {
                key: Key::PrivacyideaServer,
                by: IgnoredBy::Flag("--server")
            },
        ]
    );
}

#[test]
fn the_person_and_the_flags_change_an_unlocked_key() {
    let files = Files::new(
        "organisation = \"Acme\"\nlanguage = \"nl\"\nhelp_url = \"https://acme.example/help\"\n\
         locked = []\n[privacyidea]\nserver = \"https://mfa.acme.example\"\n",
        "organisation = \"Acme Lab\"\n[privacyidea]\nrealm = \"lab\"\n",
    );
    let flags = Flags {
        provider: Some(ProviderKind::Privacyidea),
        language: Some(Lang::En),
        ..Flags::default()
    };
    let loaded = files.load(&flags);
    let config = &loaded.config;
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert!(loaded.ignored.is_empty());
    assert_eq!(
        config.organisation.as_deref(),
        Some("Acme Lab"),
        "the person's file"
    );
    assert_eq!(
        config.help_url.as_deref(),
        Some("https://acme.example/help"),
        "the machine's"
    );
    assert_eq!(config.language, Some(Lang::En), "the flag");
    assert_eq!(config.provider, ProviderKind::Privacyidea, "the flag");
    // Key by key inside a table: the person's realm, IT's server.
    assert_eq!(
        config.privacyidea.server.as_deref(),
        Some("https://mfa.acme.example")
    );
    assert_eq!(config.privacyidea.realm.as_deref(), Some("lab"));
    assert_eq!(config.locked_keys().count(), 0);
}

#[test]
fn a_locked_key_that_does_not_exist_names_the_file_and_line() {
    let files = Files::new(
        "provider = \"privacyidea\"\nlocked = [\n  \"provider\",\n  \"privacyidea.port\",\n]\n",
        "",
    );
    let loaded = files.load(&Flags::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(
        loaded.unknown_locks,
        vec![UnknownLock {
            file: files.dir.path().join("machine.toml"),
            line: Some(4),
            name: "privacyidea.port".into(),
        }]
    );
    // Only that name is skipped: IT's provider and its other locks stand.
    assert_eq!(loaded.config.provider, ProviderKind::Privacyidea);
    assert!(loaded.config.locked(Key::Provider));
}

#[test]
fn only_the_machine_file_locks() {
    let files = Files::new(
        "organisation = \"Acme\"\n",
        "text_size = 125\n\nlocked = [\"organisation\"]\n",
    );
    let loaded = files.load(&Flags::default());
    assert_eq!(loaded.errors.len(), 1);
    assert_eq!(loaded.errors[0].file, files.dir.path().join("person.toml"));
    assert_eq!(loaded.errors[0].line, Some(3));
    // The person's broken file is left out; IT's settings still count.
    assert_eq!(loaded.config.organisation.as_deref(), Some("Acme"));
    assert_eq!(loaded.config.text_size, 100);
    assert!(!loaded.config.locked(Key::Organisation));
}

#[test]
fn a_broken_machine_file_names_its_line_and_the_person_still_counts() {
    let files = Files::new(
        "organisation = \"Acme\"\nprovider = magic\n",
        "text_size = 150\n",
    );
    let loaded = files.load(&Flags::default());
    assert_eq!(loaded.errors.len(), 1);
    assert_eq!(loaded.errors[0].file, files.dir.path().join("machine.toml"));
    assert_eq!(loaded.errors[0].line, Some(2));
    assert_eq!(loaded.config.organisation, None);
    assert_eq!(loaded.config.text_size, 150);
}

#[test]
fn no_files_is_the_defaults() {
    let files = Files::new("", "");
    let loaded = files.load(&Flags::default());
    assert_eq!(loaded.config, Config::default());
    assert!(loaded.errors.is_empty() && loaded.ignored.is_empty());
    assert!(loaded.unknown_locks.is_empty() && loaded.accent_refused.is_none());
}

#[test]
fn a_pale_accent_is_refused_naming_file_line_and_colour() {
    let files = Files::new("accent = \"#0b5cad\"\n", "\naccent = \"#ffd60a\"\n");
    let loaded = files.load(&Flags::default());
    let refused = loaded.accent_refused.as_ref().expect("refused");
    assert_eq!(refused.file, files.dir.path().join("person.toml"));
    assert_eq!(refused.line, Some(2));
    assert_eq!(refused.problem.colour.to_string(), "#ffd60a");
    // IT's colour is kept.
    assert_eq!(
        loaded.config.accent().unwrap().fill().to_string(),
        "#0b5cad"
    );

    let files = Files::new("organisation = \"A\"\naccent = \"#ffd60a\"\n", "");
    let loaded = files.load(&Flags::default());
    let refused = loaded.accent_refused.as_ref().expect("refused");
    assert_eq!(refused.file, files.dir.path().join("machine.toml"));
    assert_eq!(refused.line, Some(2));
    assert_eq!(loaded.config.accent, None);
    assert_eq!(
        loaded.config.organisation.as_deref(),
        Some("A"),
        "the rest of the file counts"
    );

    let files = Files::new("accent = \"blue\"\n", "");
    assert_eq!(files.load(&Flags::default()).errors[0].line, Some(1));
}

#[test]
fn a_relative_logo_sits_beside_its_file() {
    let files = Files::new("logo = \"acme.svg\"\n", "");
    let loaded = files.load(&Flags::default());
    assert_eq!(loaded.config.logo, Some(files.dir.path().join("acme.svg")));
    // An absolute path stays as it is (on Windows only with its drive).
    let absolute = if cfg!(windows) {
        "C:/acme/logo.png"
    } else {
        "/usr/share/acme/logo.png"
    };
    let files = Files::new(&format!("logo = \"{absolute}\"\n"), "");
    let loaded = files.load(&Flags::default());
    assert_eq!(loaded.config.logo, Some(PathBuf::from(absolute)));
}

#[test]
fn print_config_marks_what_it_locked() {
    let files = Files::new(MACHINE, "provider = \"training\"\n");
    let text = describe(&files.load(&Flags::default()));
    assert!(
        text.contains("provider = \"privacyidea\"  # locked by IT\n"),
        "{text}"
    );
    assert!(text.contains("organisation = \"Acme\"\n"), "{text}");
    assert!(
        text.contains("\n[privacyidea]\nserver = \"https://mfa.acme.example\"  # locked by IT\n"),
        "{text}"
    );
    assert!(text.contains("# ignored: provider from "), "{text}");
    // Locked, it is IT's choice, even at the built-in value.
    assert!(
        text.contains("\ntext_size = 100  # locked by IT\n"),
        "{text}"
    );
    assert!(
        text.contains("\nappearance = \"light\"  # default\n"),
        "{text}"
    );
    assert!(text.contains("\n# help_url (not set)\n"), "{text}");
    assert!(text.contains("# logo (not set)\n"), "{text}");
    // What it prints reads back as the same settings.
    let again = Config::parse(
        &text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .unwrap();
    assert_eq!(again.provider, ProviderKind::Privacyidea);
    assert_eq!(again.privacyidea.realm.as_deref(), Some("staff"));
}

#[test]
fn it_locks_and_prints_the_text_messages() {
    let files = Files::new(
        "provider = \"microsoft365\"\nlocked = [\"microsoft365.text_messages\"]\n\
         [microsoft365]\ntext_messages = \"off\"\n",
        "[microsoft365]\ntext_messages = \"microsoft\"\n",
    );
    let loaded = files.load(&Flags::default());
    let texts = loaded.config.text_messages();
    assert_eq!(texts.sender, crate::service::text_messages::Sender::Off);
    let text = describe(&loaded);
    assert!(
        text.contains("text_messages = \"off\"  # locked by IT\n"),
        "{text}"
    );
    assert!(
        text.contains("text_messages_end = 2027-02-01  # default\n"),
        "{text}"
    );
    assert!(
        text.contains("\n[training]\ntext_messages = \"on\"  # default\n"),
        "{text}"
    );
}

#[test]
fn it_locks_and_prints_the_practice_passkey() {
    let files = Files::new(
        "locked = [\"training.passkey\"]\n[training]\npasskey = true\n",
        "[training]\npasskey = false\ntext_messages = \"off\"\n",
    );
    let loaded = files.load(&Flags::default());
    assert_eq!(
        loaded.config.training.passkey,
        Some(true),
        "IT's lock holds"
    );
    let text = describe(&loaded);
    assert!(text.contains("passkey = true  # locked by IT\n"), "{text}");
    // Unlocked, the person's own file decides.
    let files = Files::new("", "[training]\npasskey = true\n");
    assert_eq!(
        files.load(&Flags::default()).config.training.passkey,
        Some(true)
    );
}

#[test]
fn the_shipped_example_is_a_valid_machine_file() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/config.example.toml");
    let paths = Paths {
        machine: Some(example),
        person: None,
    };
    let loaded = load(&paths, &Flags::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert!(
        loaded.unknown_locks.is_empty(),
        "{:?}",
        loaded.unknown_locks
    );
    assert!(loaded.config.locked(Key::Provider));
    assert!(loaded.config.locked(Key::PrivacyideaServer));
}

#[test]
fn names_in_locked_are_keys_or_tables() {
    assert_eq!(Key::named("provider"), Some(vec![Key::Provider]));
    assert_eq!(
        Key::named("privacyidea.realm"),
        Some(vec![Key::PrivacyideaRealm])
    );
    assert_eq!(Key::named("privacyidea").map(|k| k.len()), Some(4));
    assert_eq!(Key::named("privacy"), None);
    assert_eq!(Key::named("locked"), None);
}

/// The field names of a struct, as serde sees them.
fn fields_of<'de, T: serde::Deserialize<'de>>() -> &'static [&'static str] {
    struct Grab<'a>(&'a mut &'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for Grab<'_> {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(
            self,
            _: V,
        ) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(serde::de::Error::custom("fields taken"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Grab(&mut fields));
    fields
}

#[test]
fn every_key_of_the_file_can_be_locked() {
    // A new table goes here and into `keys!`; a new key only into `keys!`.
    let tables = [
        ("privacyidea", fields_of::<PrivacyIdea>()),
        (
            "microsoft365",
            fields_of::<crate::service::microsoft365::Table>(),
        ),
        ("training", fields_of::<crate::config::Training>()),
        ("room", fields_of::<crate::config::room::RoomFile>()),
    ];
    let mut named = Vec::new();
    for field in fields_of::<File>().iter().filter(|f| **f != "locked") {
        match tables.iter().find(|(t, _)| t == field) {
            Some((table, keys)) => named.extend(keys.iter().map(|k| format!("{table}.{k}"))),
            None => named.push((*field).to_owned()),
        }
    }
    assert!(named.len() > 10, "{named:?}");
    for name in &named {
        assert!(
            Key::named(name).is_some_and(|k| k.len() == 1),
            "'{name}' is in the config file but not in keys! (src/config/key.rs)"
        );
    }
    assert_eq!(
        named.len(),
        Key::ALL.len(),
        "keys! has a key the file has not"
    );
}
