//! Tests of `methods.rs`.

use super::*;

/// Microsoft's documented example answer, trimmed to the kinds here.
const GRAPH: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('x')/authentication/methods",
  "value": [
    {"@odata.type": "#microsoft.graph.passwordAuthenticationMethod",
     "id": "28c10230-6103-485e-b985-444c60001490", "password": null,
     "createdDateTime": "2020-12-09T21:07:22Z"},
    {"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
     "id": "6c0f4a1e-4c7d-4a8e-9b5f-1d2e3f4a5b6c", "displayName": "SM-G973F",
     "deviceTag": "SoftwareTokenActivated", "phoneAppVersion": "6.2401.0119",
     "createdDateTime": null},
    {"@odata.type": "#microsoft.graph.phoneAuthenticationMethod",
     "id": "3179e48a-750b-4051-897c-87b9720928f7", "phoneNumber": "+31 612345678",
     "phoneType": "mobile", "smsSignInState": "notAllowedByPolicy"},
    {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
     "id": "-2_GRUg2-HYz6_1YG4YRAQ2", "displayName": "Red key", "model": "YubiKey 5",
     "aaGuid": "cb69481e-8ff7-4039-93ec-0a2729a154a8", "attestationLevel": "attested"}
  ]
}"##;

#[test]
fn graphs_documented_answer_is_typed() {
    let snapshot = Snapshot::parse(GRAPH.as_bytes()).unwrap();
    assert_eq!(snapshot.methods.len(), 4);
    assert_eq!(snapshot.methods[0].kind, MethodKind::Password);
    assert_eq!(
        snapshot.methods[1].kind,
        MethodKind::Authenticator {
            display_name: Some("SM-G973F".into()),
            device_tag: Some("SoftwareTokenActivated".into()),
            phone_app_version: Some("6.2401.0119".into()),
            created: None,
        }
    );
    let phone = &snapshot.methods[2];
    assert_eq!(phone.phone_number().as_deref(), Some("+31 6 12345678"));
    assert_eq!(phone.phone_e164().as_deref(), Some("+31612345678"));
    assert_eq!(
        snapshot.methods[3].kind,
        MethodKind::Passkey {
            display_name: Some("Red key".into()),
            model: Some("YubiKey 5".into()),
            in_authenticator: false,
        }
    );
}

#[test]
fn unusable_answers_are_bad_answers() {
    for body in ["", "{}", r#"{"value": [{"id": "x"}]}"#, "<html>"] {
        assert!(
            matches!(Snapshot::parse(body.as_bytes()), Err(Error::BadAnswer(_))),
            "{body}"
        );
    }
}

#[test]
fn ticks_are_marked_new_against_before() {
    let all = Snapshot::parse(GRAPH.as_bytes()).unwrap();
    let before = Snapshot {
        methods: all.methods[..2].to_vec(),
    };
    let progress = all.progress(&before);
    assert!(!progress.authenticator.as_ref().unwrap().new);
    assert!(progress.mobile_phone.as_ref().unwrap().new);
    assert!(progress.complete(false));
    let only_password = Snapshot {
        methods: all.methods[..1].to_vec(),
    };
    let progress = only_password.progress(&only_password);
    assert_eq!(progress, Progress::default());
    assert!(!progress.complete(true));
    let app_only = Snapshot {
        methods: all.methods[..2].to_vec(),
    }
    .progress(&only_password);
    assert!(app_only.complete(true) && !app_only.complete(false));
}

#[test]
fn a_passkey_in_microsoft_authenticator_is_told_by_its_aaguid() {
    for (aaguid, theirs) in [
        ("de1e552d-db1d-4423-a619-566b625cdc84", true),
        ("90A3CCDF-635C-4729-A248-9B709135078F", true),
        ("cb69481e-8ff7-4039-93ec-0a2729a154a8", false),
    ] {
        let json = format!(
            r##"{{"value": [{{"@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
            "id": "p1", "displayName": "Pixel 8", "model": "Microsoft Authenticator - Android",
            "aaGuid": "{aaguid}", "attestationLevel": "notAttested",
            "createdDateTime": "2026-11-02T09:12:00Z"}}]}}"##
        );
        let snapshot = Snapshot::parse(json.as_bytes()).unwrap();
        let tick = snapshot.progress(&Snapshot::default()).passkey.unwrap();
        assert!(tick.new);
        let MethodKind::Passkey {
            in_authenticator, ..
        } = tick.method.kind
        else {
            panic!("{:?}", tick.method.kind)
        };
        assert_eq!(in_authenticator, theirs, "{aaguid}");
    }
}

#[test]
fn a_security_key_counts_as_the_passkey_only_where_it_allows() {
    let key = |id: &str, aaguid: &str, model: &str| {
        format!(
            r##"{{"@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
            "id": "{id}", "displayName": null, "model": "{model}",
            "aaGuid": "{aaguid}", "attestationLevel": "attested",
            "createdDateTime": "2026-12-07T09:12:00Z"}}"##
        )
    };
    let yubikey = key(
        "yk",
        "cb69481e-8ff7-4039-93ec-0a2729a154a8",
        "YubiKey 5 Series",
    );
    let ios = key(
        "ios",
        "90a3ccdf-635c-4729-a248-9b709135078f",
        "Microsoft Authenticator - iOS",
    );
    let snapshot = |items: &[&str]| {
        Snapshot::parse(format!(r#"{{"value": [{}]}}"#, items.join(",")).as_bytes()).unwrap()
    };
    let passkey = [Choice::Passkey];
    let only_key = snapshot(&[&yubikey]).progress(&Snapshot::default());
    assert_eq!(only_key.passkeys.len(), 1);
    assert!(only_key.counted_passkey(false).is_none());
    assert!(!only_key.done(&passkey, false, false));
    assert_eq!(only_key.counted_passkey(true).unwrap().method.id, "yk");
    assert!(only_key.done(&passkey, false, true));
    // The key on record, the app's passkey new: the app's counts, and
    // it is listed first.
    let before = snapshot(&[&yubikey]);
    let both = snapshot(&[&yubikey, &ios]).progress(&before);
    let counted = both.counted_passkey(false).unwrap();
    assert_eq!((counted.method.id.as_str(), counted.new), ("ios", true));
    assert_eq!(both.passkeys[0].method.id, "ios");
    assert!(!both.passkeys[1].new);
    // All of IT's methods, each checked.
    assert!(!both.done(&[Choice::Authenticator, Choice::Passkey], false, false));
    assert!(both.done(&[Choice::Passkey, Choice::Phone], false, false));
    assert!(!both.done(&[Choice::Passkey, Choice::Phone], true, false));
}

#[test]
fn an_office_phone_is_not_the_mobile_tick() {
    let office = r##"{"value": [{"@odata.type": "#microsoft.graph.phoneAuthenticationMethod",
        "id": "e37fc753-ff3b-4958-9484-eaa9425c82bc", "phoneNumber": "+31 201234567",
        "phoneType": "office", "smsSignInState": "notSupported"}]}"##;
    let snapshot = Snapshot::parse(office.as_bytes()).unwrap();
    assert_eq!(snapshot.progress(&Snapshot::default()).mobile_phone, None);
}
