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

/// A way of signing in the route sets up (`methods` under
/// `[microsoft365]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Choice {
    /// Microsoft Authenticator: notifications and codes (guide steps 5–10).
    Authenticator,
    /// A passkey in Microsoft Authenticator.
    Passkey,
    /// The mobile phone for text messages (guide steps 11–13), only where
    /// text messages are on.
    Phone,
}

impl Choice {
    /// Its name in the config file.
    pub fn name(self) -> &'static str {
        match self {
            Choice::Authenticator => "authenticator",
            Choice::Passkey => "passkey",
            Choice::Phone => "phone",
        }
    }
}

/// What the route sets up when IT says nothing: the app, then the phone,
/// as the paper guide does.
pub const DEFAULT_METHODS: [Choice; 2] = [Choice::Authenticator, Choice::Phone];

/// `methods` as the file writes it: one or more of the three, each once.
fn deserialize_methods<'de, D>(deserializer: D) -> Result<Option<Vec<Choice>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let methods = Vec::<Choice>::deserialize(deserializer)?;
    let twice = methods
        .iter()
        .enumerate()
        .any(|(i, m)| methods[..i].contains(m));
    if methods.is_empty() || twice {
        return Err(serde::de::Error::custom(
            "methods must name one or more of \"authenticator\", \"passkey\", \"phone\", each once",
        ));
    }
    Ok(Some(methods))
}

/// What became of the older `phone_optional`: it folds into `methods`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folded {
    /// Read as before (no `methods`): `true` offers the phone without
    /// requiring it; `false` is the default.
    PhoneOptional(bool),
    /// Not used: `methods` says what is set up.
    PhoneOptionalUnused,
}

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
    /// True when IT does not require a phone number besides the app (the
    /// older `phone_optional = true`, read while no `methods` is set).
    pub phone_optional: bool,
    /// What the route sets up, in IT's order (`methods`); by default the
    /// app, then the phone.
    pub methods: Vec<Choice>,
    /// True when any passkey counts, a security key too; else only a
    /// passkey in Microsoft Authenticator (by its AAGUID).
    pub passkey_any_key: bool,
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
            methods: DEFAULT_METHODS.to_vec(),
            passkey_any_key: false,
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
    /// True when a phone number is not required besides the app (older:
    /// folds into `methods`).
    pub phone_optional: Option<bool>,
    /// What the route sets up, in order.
    #[serde(default, deserialize_with = "deserialize_methods")]
    pub methods: Option<Vec<Choice>>,
    /// True when a security key counts as the passkey too.
    pub passkey_any_key: Option<bool>,
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

    /// What became of `phone_optional`, where the file sets it.
    pub fn folded(&self) -> Option<Folded> {
        let optional = self.phone_optional?;
        Some(match self.methods {
            Some(_) => Folded::PhoneOptionalUnused,
            None => Folded::PhoneOptional(optional),
        })
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
        // `methods` says what is required; without it the older
        // `phone_optional` still counts.
        settings.phone_optional = self.methods.is_none() && self.phone_optional.unwrap_or(false);
        settings.methods = self
            .methods
            .clone()
            .unwrap_or_else(|| DEFAULT_METHODS.to_vec());
        settings.passkey_any_key = self.passkey_any_key.unwrap_or(false);
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
#[path = "settings_tests.rs"]
mod tests;
