//! The config file: keys, values, and the line of every error.

use super::*;

#[test]
fn full_file() {
    let config = Config::parse(
        "organisation = \"Acme\"\nhelp_url = \"https://acme.example/mfa\"\n\
         default_country = \"be\"\nlanguage = \"nl\"\nprovider = \"training\"\n",
    )
    .unwrap();
    assert_eq!(config.organisation, "Acme");
    assert_eq!(config.default_country.code(), "BE");
    assert_eq!(config.language, Some(Lang::Nl));
}

#[test]
fn privacyidea_table() {
    let config = Config::parse(
        "provider = \"privacyidea\"\n[privacyidea]\nserver = \"https://mfa.acme.example\"\n\
         realm = \"staff\"\nca_file = \"/etc/acme-ca.pem\"\n",
    )
    .unwrap();
    assert_eq!(config.provider, ProviderKind::Privacyidea);
    let settings = config.privacyidea.settings().unwrap();
    assert_eq!(settings.server.as_str(), "https://mfa.acme.example/");
    assert_eq!(settings.realm, "staff");
    assert_eq!(settings.ca_file, Some(PathBuf::from("/etc/acme-ca.pem")));
    let missing = PrivacyIdea {
        server: Some("https://mfa.acme.example".into()),
        ..PrivacyIdea::default()
    };
    assert_eq!(missing.settings().unwrap_err(), SettingsError::MissingRealm);
    let nowhere = PrivacyIdea {
        server: Some("mfa acme".into()),
        realm: Some("staff".into()),
        ..PrivacyIdea::default()
    };
    assert_eq!(
        nowhere.settings().unwrap_err(),
        SettingsError::BadServer("mfa acme".into())
    );
    assert_eq!(
        PrivacyIdea::default().settings().unwrap_err(),
        SettingsError::MissingServer
    );
    let (line, _) = Config::parse("[privacyidea]\nserver = \"x\"\nport = 1\n").unwrap_err();
    assert_eq!(line, 3);
}

#[test]
fn text_size_in_percent() {
    let config = Config::parse("text_size = 150\nappearance = \"high-contrast\"\n").unwrap();
    assert_eq!(
        config.appearance,
        crate::ui::style::Appearance::HighContrast
    );
    assert_eq!(config.text_scale(), 1.5);
    assert_eq!(Config::default().text_scale(), 1.0);
    let (line, detail) = Config::parse("language = \"nl\"\ntext_size = 300\n").unwrap_err();
    assert_eq!(line, 2);
    assert!(detail.contains("100 to 200"), "{detail}");
}

#[test]
fn empty_file_is_defaults() {
    assert_eq!(Config::parse("").unwrap(), Config::default());
}

#[test]
fn syntax_error_names_the_line() {
    let (line, detail) =
        Config::parse("organisation = \"Acme\"\n\nhelp_url = https://x\n").unwrap_err();
    assert_eq!(line, 3);
    assert!(!detail.is_empty());
}

#[test]
fn unknown_keys_and_bad_values_name_the_line() {
    assert_eq!(
        Config::parse("organisation = \"A\"\norganization = \"B\"\n")
            .unwrap_err()
            .0,
        2
    );
    assert_eq!(
        Config::parse("\ndefault_country = \"XX\"\n").unwrap_err().0,
        2
    );
    assert_eq!(Config::parse("provider = \"magic\"\n").unwrap_err().0, 1);
    assert_eq!(Config::parse("help_url = \"ftp://x\"\n").unwrap_err().0, 1);
}

#[test]
fn a_value_that_makes_no_sense_is_found_however_the_key_is_written() {
    // Quoted and dotted keys, and a multi-line string that mentions the key.
    let text = "organisation = \"\"\"\ntext_size = 300\"\"\"\n\"text_size\" = 300\n";
    assert_eq!(Config::parse(text).unwrap_err().0, 3);
    let text = "\n\nprivacyidea.server = \"https://x\"\nlanguage = 'fr'\n";
    assert_eq!(Config::parse(text).unwrap_err().0, 4);
}

#[test]
fn a_byte_order_mark_is_no_error() {
    assert_eq!(
        Config::parse("\u{feff}text_size = 125\n")
            .unwrap()
            .text_size,
        125
    );
}

#[test]
fn a_file_in_another_encoding_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        b"organisation = \"RPO\"\nhelp_url = \"https://caf\xe9\"\n",
    )
    .unwrap();
    let (config, error) = Config::load(&path);
    assert_eq!(config, Config::default());
    assert_eq!(error.unwrap().line, Some(2));
}

#[test]
fn broken_file_gives_defaults_and_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "organisation = \n").unwrap();
    let (config, error) = Config::load(&path);
    assert_eq!(config, Config::default());
    let error = error.unwrap();
    assert_eq!(error.file, path);
    assert_eq!(error.line, Some(1));
}

#[test]
fn missing_file_is_defaults_without_error() {
    let (config, error) = Config::load(Path::new("/nonexistent/mfa/config.toml"));
    assert_eq!(config, Config::default());
    assert!(error.is_none());
}
