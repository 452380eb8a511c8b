//! Tests of `settings.rs`.

use super::*;

#[test]
fn endpoints_follow_entras_layout() {
    let s = Settings::new("contoso.com", "app");
    assert_eq!(
        s.authority_url("oauth2/v2.0/token").as_str(),
        "https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"
    );
    assert_eq!(
        s.graph_url("v1.0/me/authentication/methods").as_str(),
        "https://graph.microsoft.com/v1.0/me/authentication/methods"
    );
    let mut local = s.clone();
    local.authority = Url::parse("http://127.0.0.1:4000/base").unwrap();
    assert_eq!(
        local.authority_url("oauth2/v2.0/authorize").as_str(),
        "http://127.0.0.1:4000/base/contoso.com/oauth2/v2.0/authorize"
    );
}

#[test]
fn https_everywhere_but_loopback() {
    let mut s = Settings::new("contoso.com", "app");
    assert_eq!(s.check(), Ok(()));
    s.graph = Url::parse("http://127.0.0.1:5000").unwrap();
    assert_eq!(s.check(), Ok(()));
    s.authority = Url::parse("http://login.example.org").unwrap();
    assert_eq!(s.check(), Err(Error::Insecure));
}

#[test]
fn the_config_table() {
    let config = crate::config::Config::parse(
        "provider = \"microsoft365\"\n[microsoft365]\ntenant = \"contoso.com\"\n\
         client_id = \"0b5e7c2d\"\nphone_optional = true\n",
    )
    .unwrap();
    assert_eq!(config.provider, crate::config::ProviderKind::Microsoft365);
    let settings = config.microsoft365.settings().unwrap();
    assert_eq!(settings.tenant, "contoso.com");
    assert_eq!(settings.client_id, "0b5e7c2d");
    assert_eq!(
        settings.authority.as_str(),
        "https://login.microsoftonline.com/"
    );
    assert_eq!(settings.graph.as_str(), "https://graph.microsoft.com/");
    assert!(settings.phone_optional && !settings.device_code);
    let (line, _) =
        crate::config::Config::parse("[microsoft365]\ntenant = \"x\"\nsecret = 1\n").unwrap_err();
    assert_eq!(line, Some(3));
}

#[test]
fn what_is_missing_or_wrong_is_named() {
    let table = |tenant: &str, client: &str, graph: Option<&str>| Table {
        tenant: Some(tenant.into()),
        client_id: Some(client.into()),
        graph: graph.map(Into::into),
        ..Table::default()
    };
    assert_eq!(
        Table::default().settings(),
        Err(SettingsProblem::MissingTenant)
    );
    assert_eq!(
        table(" ", "c", None).settings(),
        Err(SettingsProblem::MissingTenant)
    );
    assert_eq!(
        table("a/b", "c", None).settings(),
        Err(SettingsProblem::BadTenant("a/b".into()))
    );
    assert_eq!(
        table("t", "", None).settings(),
        Err(SettingsProblem::MissingClientId)
    );
    assert_eq!(
        table("t", "c", Some("graph")).settings(),
        Err(SettingsProblem::BadUrl {
            key: "graph",
            value: "graph".into()
        })
    );
    let local = table("t", "c", Some("http://127.0.0.1:5001")).settings();
    assert_eq!(local.unwrap().graph.as_str(), "http://127.0.0.1:5001/");
}

#[test]
fn methods_come_in_any_subset_and_order_and_fold_phone_optional() {
    let parse = |text: &str| {
        crate::config::Config::parse(&format!(
            "[microsoft365]\ntenant = \"t\"\nclient_id = \"c\"\n{text}"
        ))
    };
    let settings = |text: &str| parse(text).unwrap().microsoft365.settings().unwrap();
    let default = settings("");
    assert_eq!(default.methods, DEFAULT_METHODS);
    assert!(!default.phone_optional && !default.passkey_any_key);
    assert_eq!(parse("").unwrap().microsoft365.folded(), None);
    let chosen = settings("methods = [\"passkey\", \"authenticator\"]\npasskey_any_key = true\n");
    assert_eq!(chosen.methods, [Choice::Passkey, Choice::Authenticator]);
    assert!(chosen.passkey_any_key);
    // The older key still counts without `methods`, and is named.
    let old = parse("phone_optional = true\n").unwrap().microsoft365;
    assert!(old.settings().unwrap().phone_optional);
    assert_eq!(old.settings().unwrap().methods, DEFAULT_METHODS);
    assert_eq!(old.folded(), Some(Folded::PhoneOptional(true)));
    // Beside `methods` it is not used.
    let both = parse("phone_optional = true\nmethods = [\"authenticator\", \"phone\"]\n")
        .unwrap()
        .microsoft365;
    assert!(!both.settings().unwrap().phone_optional);
    assert_eq!(both.folded(), Some(Folded::PhoneOptionalUnused));
    for wrong in [
        "methods = []",
        "methods = [\"phone\", \"phone\"]",
        "methods = [\"sms\"]",
        "methods = \"passkey\"",
    ] {
        let (line, detail) = parse(wrong).unwrap_err();
        assert_eq!(line, Some(4), "{wrong}: {detail}");
    }
}

#[test]
fn tenants_are_ids_or_domains() {
    assert!(tenant_is_plausible("contoso.onmicrosoft.com"));
    assert!(tenant_is_plausible("6f1c2a5e-3b7d-4e0a-9c41-2d8b7e5f0a13"));
    assert!(!tenant_is_plausible("contoso/../common"));
    assert!(!tenant_is_plausible(""));
}
