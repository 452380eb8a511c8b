//! Settings in layers: the defaults, then IT's machine-wide file, then the
//! person's own file, then the command-line flags; keys that the machine
//! file names in `locked` keep the machine's value. A broken file never
//! stops the assistant: it is left out, and the window says which file and
//! line were wrong.

mod describe;
mod key;
mod layers;
pub(crate) mod room;
mod words;

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

pub use room::{RoomSettings, parse_max_trainees, parse_room_address, parse_room_code};

use crate::colour::{Accent, Rgb};
use crate::i18n::Lang;
use crate::service::Country;
use crate::service::TextMessages;
use crate::service::text_messages::Switch;

pub use describe::describe;
pub use key::Key;
pub use layers::{
    AccentRefused, Flags, Ignored, IgnoredBy, Loaded, MACHINE_CONFIG_ENV, Paths, UnknownLock, load,
    machine_path,
};

/// The issuer of a practice enrollment when the config names no
/// organisation: what the authenticator app lists it under.
pub const TRAINING_ISSUER: &str = "Training";

/// Which provider is behind the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// Embedded training: nothing to install, nothing real enrolled.
    #[default]
    Training,
    /// A privacyIDEA server (`[privacyidea]` in the config, or `--server`
    /// and `--realm`).
    Privacyidea,
    /// Microsoft 365: Entra ID sign-in and Microsoft Graph
    /// (`[microsoft365]` in the config).
    Microsoft365,
}

/// The assistant's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Shown as the issuer in the authenticator app and on the drawn
    /// pages; `None`: the screens say "your organisation" (no default
    /// belongs to anybody).
    pub organisation: Option<String>,
    /// The organisation's security page, opened from the finish screen;
    /// `None`: the finish offers no link.
    pub help_url: Option<String>,
    /// The country first selected for the phone number.
    pub default_country: Country,
    /// Fixed language; `None` follows the system.
    pub language: Option<Lang>,
    /// Which provider enrolls.
    pub provider: ProviderKind,
    /// Where the privacyIDEA provider enrolls.
    pub privacyidea: PrivacyIdea,
    /// The organisation's Microsoft 365 tenant and app registration.
    pub microsoft365: crate::service::microsoft365::Table,
    /// The training provider's route.
    pub training: Training,
    /// Text size in percent, 100 to 200.
    pub text_size: u32,
    /// Light, dark or high contrast.
    pub appearance: crate::appearance::Appearance,
    /// The organisation's logo, a PNG or SVG file (read with
    /// [`crate::colour::Logo::load`]).
    pub logo: Option<PathBuf>,
    /// The organisation's accent colour; see [`Config::accent`].
    pub accent: Option<Rgb>,
    /// The training room to join, and how long a trainer keeps rooms.
    pub room: RoomSettings,
    /// The keys IT locked in the machine-wide file.
    locks: BTreeSet<Key>,
}

/// The `[privacyidea]` table: server, realm, an extra CA.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacyIdea {
    /// The server's base URL; https, or http on this computer only.
    pub server: Option<String>,
    /// The realm people sign in to.
    pub realm: Option<String>,
    /// A PEM file with the CA of an internal certificate authority.
    pub ca_file: Option<PathBuf>,
    /// The phone step through the server's SMS gateway: on (default) or off.
    pub text_messages: Option<Switch>,
}

/// The `[training]` table: what the practice route rehearses.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// The practice phone step: on (default) or off, as the organisation's
    /// real route has it.
    pub text_messages: Option<Switch>,
    /// The practice passkey after the test approval: off by default.
    pub passkey: Option<bool>,
}

impl PrivacyIdea {
    /// The provider's settings, or what is missing, in words for the banner.
    pub fn settings(&self) -> Result<crate::service::privacyidea::Settings, SettingsError> {
        let server = self
            .server
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .ok_or(SettingsError::MissingServer)?;
        let server = url::Url::parse(server.trim())
            .map_err(|_| SettingsError::BadServer(server.to_owned()))?;
        let realm = self
            .realm
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .ok_or(SettingsError::MissingRealm)?;
        let mut settings = crate::service::privacyidea::Settings::new(server, realm.trim());
        settings.ca_file = self.ca_file.clone();
        Ok(settings)
    }
}

impl Config {
    /// Whether IT locked `key` in the machine-wide file: the person's file
    /// and the flags could not change it, and the window says "set by IT".
    pub fn locked(&self, key: Key) -> bool {
        self.locks.contains(&key)
    }

    /// Every locked key, in the order of [`Key::ALL`].
    pub fn locked_keys(&self) -> impl Iterator<Item = Key> + '_ {
        self.locks.iter().copied()
    }

    /// The accent colour with its shade for dark surroundings, if one is set
    /// and has enough contrast ([`load`] refuses one that has not, saying so).
    pub fn accent(&self) -> Option<Accent> {
        self.accent.and_then(|colour| Accent::new(colour).ok())
    }

    /// The phone step's text messages for the provider in use: Microsoft's
    /// (ending on their date) unless IT chose otherwise under
    /// `[microsoft365]`; the organisation's own gateway, on unless turned
    /// off, under `[privacyidea]` and `[training]`.
    pub fn text_messages(&self) -> TextMessages {
        match self.provider {
            ProviderKind::Microsoft365 => self.microsoft365.text_messages(),
            ProviderKind::Privacyidea => self.privacyidea.text_messages.unwrap_or_default().into(),
            ProviderKind::Training => self.training.text_messages.unwrap_or_default().into(),
        }
    }

    /// The issuer a practice enrollment gets: the organisation, or
    /// [`TRAINING_ISSUER`].
    pub fn training_issuer(&self) -> &str {
        self.organisation.as_deref().unwrap_or(TRAINING_ISSUER)
    }

    /// The text size as a scale factor, in steps of 25 %.
    pub fn text_scale(&self) -> f32 {
        ((self.text_size as f32 / 25.0).round() * 0.25).clamp(1.0, 2.0)
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            organisation: None,
            help_url: None,
            default_country: Country::NETHERLANDS,
            language: None,
            provider: ProviderKind::Training,
            privacyidea: PrivacyIdea::default(),
            microsoft365: Default::default(),
            training: Training::default(),
            text_size: 100,
            appearance: crate::appearance::Appearance::Light,
            logo: None,
            accent: None,
            room: RoomSettings::default(),
            locks: BTreeSet::new(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    organisation: Option<Spanned<String>>,
    help_url: Option<Spanned<String>>,
    default_country: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    provider: Option<ProviderKind>,
    privacyidea: Option<PrivacyIdea>,
    microsoft365: Option<crate::service::microsoft365::Table>,
    training: Option<Training>,
    text_size: Option<Spanned<u32>>,
    appearance: Option<crate::appearance::Appearance>,
    logo: Option<PathBuf>,
    accent: Option<Spanned<String>>,
    room: Option<room::RoomFile>,
    /// Only in the machine-wide file; spans give each name's line.
    locked: Option<Spanned<Vec<Spanned<String>>>>,
}

/// Which file is being read: only the machine-wide one may lock keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// IT's file (`/etc/mfa-assistant/config.toml`).
    Machine,
    /// The person's own file.
    Person,
}

/// Why the privacyIDEA provider cannot be used as configured; the app then
/// runs in training mode and says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// No server address.
    #[error(
        "privacyIDEA needs a server: --server URL, or server = \"https://…\" under [privacyidea]"
    )]
    MissingServer,
    /// The server address is not a URL.
    #[error("server '{0}' is not a URL")]
    BadServer(String),
    /// No realm.
    #[error("privacyIDEA needs a realm: --realm NAME, or realm = \"…\" under [privacyidea]")]
    MissingRealm,
    /// The provider refused the settings (not HTTPS, CA file unusable, …).
    #[error(transparent)]
    Refused(#[from] crate::service::Error),
    /// The `[microsoft365]` table is incomplete or wrong.
    #[error(transparent)]
    Microsoft365(#[from] crate::service::microsoft365::SettingsProblem),
}

/// Why the config file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{}: {detail}", file.display(), line.map_or(String::from("?"), |l| l.to_string()))]
pub struct ConfigError {
    /// The file that was read.
    pub file: PathBuf,
    /// The line with the problem, from 1, if known.
    pub line: Option<usize>,
    /// What is wrong, in the parser's words (English).
    pub detail: String,
}

/// The person's config file's usual place, e.g. `~/.config/mfa-assistant/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "mfa-assistant")
        .map(|dirs| dirs.config_dir().join("config.toml"))
}

impl Config {
    /// Parses a person's TOML text over the defaults; errors carry the line
    /// (from 1) where known.
    pub fn parse(text: &str) -> Result<Config, (Option<usize>, String)> {
        Self::parse_onto(Config::default(), text, Origin::Person, &mut Vec::new())
    }

    /// Parses TOML text over `base`: what the text sets replaces what
    /// `base` has, key by key. A name in `locked` that is no setting goes to
    /// `unknown_locks` and the rest of the file still counts: a typo there
    /// must not drop IT's provider and every other lock with it.
    pub(crate) fn parse_onto(
        base: Config,
        text: &str,
        origin: Origin,
        unknown_locks: &mut Vec<(Option<usize>, String)>,
    ) -> Result<Config, (Option<usize>, String)> {
        let line_of = |offset: usize| line_at(text.as_bytes(), offset);
        let file: File = toml::from_str(text).map_err(|e| {
            (
                // A TOML error without a place is the file's first line.
                Some(e.span().map_or(1, |s| line_of(s.start))),
                e.message().trim().to_owned(),
            )
        })?;
        // Values that parse but make no sense: the line of the value.
        let at = |span: std::ops::Range<usize>| Some(line_of(span.start));
        let mut config = base;
        if let Some(name) = file.organisation {
            let span = name.span();
            let name = name.into_inner();
            if name.trim().is_empty() || name.contains(':') {
                return Err((
                    at(span),
                    "organisation must be a non-empty name without ':'".into(),
                ));
            }
            config.organisation = Some(name.trim().to_owned());
        }
        if let Some(url) = file.help_url {
            let span = url.span();
            let url = url.into_inner();
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err((at(span), "help_url must start with https://".into()));
            }
            config.help_url = Some(url);
        }
        if let Some(code) = file.default_country {
            config.default_country = Country::from_code(code.get_ref()).ok_or_else(|| {
                (
                    at(code.span()),
                    format!("unknown country code '{}'", code.get_ref()),
                )
            })?;
        }
        if let Some(tag) = file.language {
            config.language = Some(Lang::from_tag(tag.get_ref()).ok_or_else(|| {
                (
                    at(tag.span()),
                    format!("language must be 'nl' or 'en', not '{}'", tag.get_ref()),
                )
            })?);
        }
        if let Some(provider) = file.provider {
            config.provider = provider;
        }
        if let Some(pi) = file.privacyidea {
            // Key by key, so a person's realm keeps IT's server.
            let ours = &mut config.privacyidea;
            ours.server = pi.server.or(ours.server.take());
            ours.realm = pi.realm.or(ours.realm.take());
            ours.ca_file = pi.ca_file.or(ours.ca_file.take());
            ours.text_messages = pi.text_messages.or(ours.text_messages.take());
        }
        if let Some(table) = file.microsoft365 {
            // Key by key, as for privacyIDEA.
            let ours = &mut config.microsoft365;
            ours.tenant = table.tenant.or(ours.tenant.take());
            ours.client_id = table.client_id.or(ours.client_id.take());
            ours.authority = table.authority.or(ours.authority.take());
            ours.graph = table.graph.or(ours.graph.take());
            ours.phone_optional = table.phone_optional.or(ours.phone_optional.take());
            ours.methods = table.methods.or(ours.methods.take());
            ours.passkey_any_key = table.passkey_any_key.or(ours.passkey_any_key.take());
            ours.device_code = table.device_code.or(ours.device_code.take());
            ours.text_messages = table.text_messages.or(ours.text_messages.take());
            ours.text_messages_end = table.text_messages_end.or(ours.text_messages_end.take());
        }
        if let Some(training) = file.training {
            let ours = &mut config.training;
            ours.text_messages = training.text_messages.or(ours.text_messages.take());
            ours.passkey = training.passkey.or(ours.passkey.take());
        }
        if let Some(size) = file.text_size {
            if !(100..=200).contains(size.get_ref()) {
                return Err((
                    at(size.span()),
                    format!(
                        "text_size must be 100 to 200 (percent), not {}",
                        size.get_ref()
                    ),
                ));
            }
            config.text_size = size.into_inner();
        }
        if let Some(appearance) = file.appearance {
            config.appearance = appearance;
        }
        if let Some(logo) = file.logo {
            config.logo = Some(logo);
        }
        if let Some(colour) = file.accent {
            config.accent = Some(Rgb::parse(colour.get_ref()).ok_or_else(|| {
                (
                    at(colour.span()),
                    format!(
                        "accent must be a colour as #RRGGBB, not '{}'",
                        colour.get_ref()
                    ),
                )
            })?);
        }
        if let Some(room) = file.room {
            room.apply(&mut config.room, at)?;
        }
        if let Some(names) = file.locked {
            if origin == Origin::Person {
                return Err((
                    at(names.span()),
                    "locked is only read from the machine-wide config".into(),
                ));
            }
            for name in names.into_inner() {
                match Key::named(name.get_ref()) {
                    Some(keys) => config.locks.extend(keys),
                    None => unknown_locks
                        .push((Some(line_of(name.span().start)), name.get_ref().clone())),
                }
            }
        }
        Ok(config)
    }
}

/// The line (from 1) of byte `offset` in `text`; counted in bytes, so an
/// offset inside a character cannot panic.
pub(crate) fn line_at(text: &[u8], offset: usize) -> usize {
    text[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests;
