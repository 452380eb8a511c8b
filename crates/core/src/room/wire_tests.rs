use super::*;

#[test]
fn names_hold_no_codes_numbers_or_addresses() {
    let name = |s: &str| DisplayName::new(s).map(|n| n.as_str().to_owned());
    assert_eq!(name("  Jan   de Vries "), Some("Jan de Vries".into()));
    assert_eq!(name("Seat A12"), Some("Seat A12".into()));
    assert_eq!(name("123456"), None);
    assert_eq!(name("Jan 0612345678"), None);
    assert_eq!(name("jan@rpo.nl"), None);
    assert_eq!(name(""), None);
    assert_eq!(name("a\u{7}b"), None);
    assert_eq!(name(&"x".repeat(NAME_MAX + 1)), None);
    let from = |s: &str| DisplayName::from_label(s).map(|n| n.as_str().to_owned());
    assert_eq!(from("jan.devries@rpo.nl"), Some("jan.devries".into()));
    assert_eq!(from(&"y".repeat(80)), Some("y".repeat(NAME_MAX)));
    assert_eq!(from("@rpo.nl"), None);
    // The trainer refuses such a name in an event, too.
    let json =
        r#"{"id":"0000000000000000000000000000000a","age_ms":0,"kind":"named","name":"123456"}"#;
    assert!(serde_json::from_str::<Event>(json).is_err());
}

#[test]
fn room_codes_are_six_digits() {
    assert_eq!(RoomCode::parse("123 456").unwrap().as_str(), "123456");
    assert_eq!(RoomCode::parse("123-456").unwrap().to_string(), "123456");
    assert_eq!(RoomCode::parse("12345"), None);
    assert_eq!(RoomCode::parse("12345a"), None);
    assert_eq!(RoomCode::random().as_str().len(), 6);
}

#[test]
fn events_on_the_wire() {
    let event = Event {
        id: EventId(0xab),
        age_ms: 1500,
        kind: EventKind::Refused {
            step: Step::Scan,
            reason: Refusal::CoolDown,
        },
    };
    let json = serde_json::to_string(&event).unwrap();
    assert_eq!(
        json,
        r#"{"id":"000000000000000000000000000000ab","age_ms":1500,"kind":"refused","step":"scan","reason":"cool_down"}"#
    );
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
    let later =
        r#"{"id":"000000000000000000000000000000ac","age_ms":0,"kind":"diagnosed","what":"x"}"#;
    assert_eq!(
        serde_json::from_str::<Event>(later).unwrap().kind,
        EventKind::Unknown
    );
    assert!(
        serde_json::from_str::<Event>(r#"{"id":"12","age_ms":0,"kind":"hand","raised":true}"#)
            .is_err()
    );
}
