//! The single-file rules: values, lines of errors.
use super::*;

#[test]
fn full_file() {
    let config = Config::parse(
        "organisation = \"Acme\"\nhelp_url = \"https://acme.example/mfa\"\n\
         default_country = \"be\"\nlanguage = \"nl\"\nprovider = \"training\"\n",
    )
    .unwrap();
    assert_eq!(config.organisation.as_deref(), Some("Acme"));
    assert_eq!(config.help_url.as_deref(), Some("https://acme.example/mfa"));
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
    assert_eq!(line, Some(3));
}

#[test]
fn text_size_in_percent() {
    let config = Config::parse("text_size = 150\nappearance = \"high-contrast\"\n").unwrap();
    assert_eq!(
        config.appearance,
        crate::appearance::Appearance::HighContrast
    );
    assert_eq!(config.text_scale(), 1.5);
    assert_eq!(Config::default().text_scale(), 1.0);
    let (line, detail) = Config::parse("language = \"nl\"\ntext_size = 300\n").unwrap_err();
    assert_eq!(line, Some(2));
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
    assert_eq!(line, Some(3));
    assert!(!detail.is_empty());
}

#[test]
fn unknown_keys_and_bad_values_name_the_line() {
    assert_eq!(
        Config::parse("organisation = \"A\"\norganization = \"B\"\n")
            .unwrap_err()
            .0,
        Some(2)
    );
    assert_eq!(
        Config::parse("\ndefault_country = \"XX\"\n").unwrap_err().0,
        Some(2)
    );
    assert_eq!(
        Config::parse("provider = \"magic\"\n").unwrap_err().0,
        Some(1)
    );
    assert_eq!(
        Config::parse("help_url = \"ftp://x\"\n").unwrap_err().0,
        Some(1)
    );
}

#[test]
fn room_table() {
    let config = Config::parse(
        "[room]\naddress = \"http://192.168.1.20:7641\"\ncode = \"042 137\"\nretention_days = 7\n",
    )
    .unwrap();
    let (address, code) = config.room.join().unwrap();
    assert_eq!(address.as_str(), "http://192.168.1.20:7641/");
    assert_eq!(code.as_str(), "042137");
    assert_eq!(config.room.retention_days, 7);
    assert_eq!(Config::default().room.retention_days, 30);
    assert_eq!(Config::default().room.join(), None);
    let line = |text: &str| Config::parse(text).unwrap_err().0;
    assert_eq!(line("[room]\naddress = \"ftp://x\"\n"), Some(2));
    assert_eq!(line("[room]\n\ncode = \"12345\"\n"), Some(3));
    assert_eq!(line("[room]\nretention_days = 0\n"), Some(2));
    assert_eq!(line("[room]\nport = 1\n"), Some(2));
    // The cap on trainees (issue 23): 60 unless IT says otherwise.
    assert_eq!(Config::default().room.max_trainees, 60);
    let capped = Config::parse("[room]\nmax_trainees = 200\n").unwrap();
    assert_eq!(capped.room.max_trainees, 200);
    assert_eq!(line("[room]\n\nmax_trainees = 0\n"), Some(3));
    assert!(parse_max_trainees("1001").is_err() && parse_max_trainees(" 61 ") == Ok(61));
}

#[test]
fn text_messages_per_provider() {
    use crate::service::text_messages::{MICROSOFT_END, Sender};
    use chrono::NaiveDate;
    // Nothing set: Microsoft's own until their day; on elsewhere.
    let mut config = Config {
        provider: ProviderKind::Microsoft365,
        ..Config::default()
    };
    assert_eq!(config.text_messages(), TextMessages::new(Sender::Microsoft));
    assert_eq!(config.text_messages().end, MICROSOFT_END);
    for provider in [ProviderKind::Training, ProviderKind::Privacyidea] {
        config.provider = provider;
        assert_eq!(config.text_messages().sender, Sender::OwnProvider);
    }
    let mut config = Config::parse(
        "provider = \"microsoft365\"\n[microsoft365]\ntext_messages = \"own-provider\"\n\
         text_messages_end = 2027-06-01\n[privacyidea]\ntext_messages = \"off\"\n\
         [training]\ntext_messages = \"off\"\n",
    )
    .unwrap();
    let texts = config.text_messages();
    assert_eq!(texts.sender, Sender::OwnProvider);
    assert_eq!(texts.end, NaiveDate::from_ymd_opt(2027, 6, 1).unwrap());
    for provider in [ProviderKind::Training, ProviderKind::Privacyidea] {
        config.provider = provider;
        assert_eq!(config.text_messages().sender, Sender::Off);
    }
    // Wrong values are named with their line.
    for (text, line, says) in [
        (
            "[microsoft365]\ntext_messages = \"on\"\n",
            2,
            "unknown variant `on`",
        ),
        (
            "[training]\ntext_messages = \"microsoft\"\n",
            2,
            "unknown variant `microsoft`",
        ),
        (
            "[microsoft365]\n\ntext_messages_end = \"1 February\"\n",
            3,
            "must be a date such as 2027-02-01",
        ),
    ] {
        let (at, message) = Config::parse(text).unwrap_err();
        assert_eq!(at, Some(line), "{text}");
        assert!(message.contains(says), "{text}: {message}");
    }
}

#[test]
fn with_no_organisation_set_nothing_names_one() {
    let config = Config::parse("").unwrap();
    assert_eq!(config.organisation, None);
    assert_eq!(config.help_url, None);
    assert_eq!(config.training_issuer(), TRAINING_ISSUER);
    let config = Config::parse("organisation = \" Acme \"\n").unwrap();
    assert_eq!(config.training_issuer(), "Acme");
}
