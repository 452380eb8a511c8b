//! `helpdesk`: read, refused with its line, locked by IT, printed.
use crate::config::{Config, Flags, Key, Paths, describe, load};

#[test]
fn the_helpdesk_is_read_and_a_bad_one_refused_with_its_line() {
    let config = Config::parse("helpdesk = \"  0800 1234 (servicedesk@acme.example) \"\n").unwrap();
    assert_eq!(
        config.helpdesk.as_deref(),
        Some("0800 1234 (servicedesk@acme.example)")
    );
    assert_eq!(Config::default().helpdesk, None);
    assert_eq!(
        Config::parse("\nhelpdesk = \" \"\n").unwrap_err().0,
        Some(2)
    );
    let long = format!("helpdesk = \"{}\"\n", "9".repeat(201));
    assert_eq!(Config::parse(&long).unwrap_err().0, Some(1));
}

#[test]
fn it_can_lock_the_helpdesk_and_print_config_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let machine = dir.path().join("machine.toml");
    let person = dir.path().join("person.toml");
    std::fs::write(
        &machine,
        "helpdesk = \"088 123 4567\"\nlocked = [\"helpdesk\"]\n",
    )
    .unwrap();
    std::fs::write(&person, "helpdesk = \"06 0000 0000\"\n").unwrap();
    let paths = Paths {
        machine: Some(machine),
        person: Some(person.clone()),
    };
    let loaded = load(&paths, &Flags::default());
    assert_eq!(loaded.config.helpdesk.as_deref(), Some("088 123 4567"));
    assert!(loaded.config.locked(Key::Helpdesk));
    let text = describe(&loaded);
    assert!(
        text.contains("\nhelpdesk = \"088 123 4567\"  # locked by IT\n"),
        "{text}"
    );
    assert!(text.contains("# ignored: helpdesk from "), "{text}");
    // Not locked: the person's own.
    std::fs::write(
        paths.machine.as_ref().unwrap(),
        "helpdesk = \"088 123 4567\"\n",
    )
    .unwrap();
    let loaded = load(&paths, &Flags::default());
    assert_eq!(loaded.config.helpdesk.as_deref(), Some("06 0000 0000"));
    assert!(describe(&loaded).contains("\nhelpdesk = \"06 0000 0000\"\n"));
}
