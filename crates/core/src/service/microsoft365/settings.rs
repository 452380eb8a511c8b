//! Where the organisation's Entra ID tenant and Microsoft Graph are, which
//! app registration the assistant signs in as, and the limits it keeps.

use std::time::Duration;

use serde::Deserialize;
use url::Url;

use super::fault::SettingsProblem;
use crate::service::Error;

/// Microsoft's sign-in service for work and school accounts.
pub const DEFAULT_AUTHORITY: &str = "https://login.microsoftonline.com";
/// Microsoft Graph.
pub const DEFAULT_GRAPH: &str = "https://graph.microsoft.com";

/// The delegated permissions the app registration needs (IT grants admin
/// consent for them): sign-in, name, staying signed in, and reading the
/// person's authentication methods.
pub const SCOPES: [&str; 4] = [
    "openid",
    "profile",
    "offline_access",
    "UserAuthenticationMethod.Read",
];

/// The settings of the Microsoft 365 provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The tenant: its id (a GUID) or one of its domains (`contoso.com`).
    pub tenant: String,
    /// The application (client) id of IT's app registration.
    pub client_id: String,
    /// The sign-in service, `https://login.microsoftonline.com` unless a
    /// national cloud or a test server is used.
    pub authority: Url,
    /// Microsoft Graph, `https://graph.microsoft.com` unless a national
    /// cloud or a test fixture is used.
    pub graph: Url,
    /// True when IT does not require a phone number besides the app.
    pub phone_optional: bool,
    /// True when IT allows signing in with a code on another device
    /// (device code flow) where the browser on this PC cannot be used.
    pub device_code: bool,
    /// The limit on each HTTP request.
    pub timeout: Duration,
    /// How long the browser sign-in may take before the assistant stops
    /// waiting for it.
    pub sign_in_wait: Duration,
}

impl Settings {
    /// `tenant` and `client_id` at Microsoft, with the usual limits: 15 s per
    /// request, 10 minutes to sign in.
    pub fn new(tenant: &str, client_id: &str) -> Self {
        Self {
            tenant: tenant.trim().to_owned(),
            client_id: client_id.trim().to_owned(),
            authority: Url::parse(DEFAULT_AUTHORITY).expect("valid URL"),
            graph: Url::parse(DEFAULT_GRAPH).expect("valid URL"),
            phone_optional: false,
            device_code: false,
            timeout: Duration::from_secs(15),
            sign_in_wait: Duration::from_secs(600),
        }
    }

    /// Refuses addresses that are neither HTTPS nor on this computer, and a
    /// tenant that cannot be part of a URL path.
    pub fn check(&self) -> Result<(), Error> {
        for url in [&self.authority, &self.graph] {
            match url.scheme() {
                "https" => {}
                "http" if crate::service::is_loopback(url) => {}
                _ => return Err(Error::Insecure),
            }
        }
        Ok(())
    }

    /// `{authority}/{tenant}/{path}`, e.g. the token endpoint.
    pub fn authority_url(&self, path: &str) -> Url {
        join(&self.authority, &format!("{}/{path}", self.tenant))
    }

    /// `{graph}/{path}`.
    pub fn graph_url(&self, path: &str) -> Url {
        join(&self.graph, path)
    }
}

/// The `[microsoft365]` table of the config file, as IT writes it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The tenant id or one of its domains.
    pub tenant: Option<String>,
    /// The app registration's application (client) id.
    pub client_id: Option<String>,
    /// The sign-in service (default Microsoft's).
    pub authority: Option<String>,
    /// Microsoft Graph (default Microsoft's).
    pub graph: Option<String>,
    /// True when a phone number is not required besides the app.
    pub phone_optional: Option<bool>,
    /// True when signing in with a code on another device is offered.
    pub device_code: Option<bool>,
    /// Who sends the phone step's codes: Microsoft (until
    /// `text_messages_end`), the organisation's own provider, or nobody.
    pub text_messages: Option<crate::service::text_messages::Sender>,
    /// The day Microsoft stops sending codes (2027-02-01 unless moved).
    #[serde(
        default,
        deserialize_with = "crate::service::text_messages::deserialize_end"
    )]
    pub text_messages_end: Option<chrono::NaiveDate>,
}

impl Table {
    /// The phone step's text messages as this table sets them.
    pub fn text_messages(&self) -> crate::service::TextMessages {
        let mut texts = crate::service::TextMessages::new(self.text_messages.unwrap_or_default());
        if let Some(end) = self.text_messages_end {
            texts.end = end;
        }
        texts
    }
}

impl Table {
    /// The provider's settings, or what is missing or wrong.
    pub fn settings(&self) -> Result<Settings, SettingsProblem> {
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let tenant = given(&self.tenant).ok_or(SettingsProblem::MissingTenant)?;
        if !tenant_is_plausible(&tenant) {
            return Err(SettingsProblem::BadTenant(tenant));
        }
        let client_id = given(&self.client_id).ok_or(SettingsProblem::MissingClientId)?;
        let mut settings = Settings::new(&tenant, &client_id);
        let url = |key: &'static str, value: Option<String>, default: Url| match value {
            None => Ok(default),
            Some(value) => Url::parse(&value)
                .ok()
                .filter(|u| u.has_host())
                .ok_or(SettingsProblem::BadUrl { key, value }),
        };
        settings.authority = url("authority", given(&self.authority), settings.authority)?;
        settings.graph = url("graph", given(&self.graph), settings.graph)?;
        settings.phone_optional = self.phone_optional.unwrap_or(false);
        settings.device_code = self.device_code.unwrap_or(false);
        Ok(settings)
    }
}

/// `base` with `path` appended to its own path (which `Url::join` would
/// replace when it lacks a trailing slash).
fn join(base: &Url, path: &str) -> Url {
    let mut url = base.clone();
    let prefix = base.path().trim_end_matches('/');
    url.set_path(&format!("{prefix}/{path}"));
    url
}

/// True when `tenant` can be a tenant id or domain: letters, digits, dots
/// and dashes (it becomes part of every sign-in URL).
pub fn tenant_is_plausible(tenant: &str) -> bool {
    !tenant.is_empty()
        && tenant
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

#[cfg(test)]
mod tests {
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
            crate::config::Config::parse("[microsoft365]\ntenant = \"x\"\nsecret = 1\n")
                .unwrap_err();
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
    fn tenants_are_ids_or_domains() {
        assert!(tenant_is_plausible("contoso.onmicrosoft.com"));
        assert!(tenant_is_plausible("6f1c2a5e-3b7d-4e0a-9c41-2d8b7e5f0a13"));
        assert!(!tenant_is_plausible("contoso/../common"));
        assert!(!tenant_is_plausible(""));
    }
}
