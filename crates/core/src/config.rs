//! Settings in layers: the defaults, then IT's machine-wide file, then the
//! person's own file, then the command-line flags; keys that the machine
//! file names in `locked` keep the machine's value. A broken file never
//! stops the assistant: it is left out, and the window says which file and
//! line were wrong.

mod describe;
mod helpdesk;
mod key;
mod layers;
mod parse;
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
    /// How to reach the helpdesk (a phone number or an address), shown
    /// where the person needs it: a lost phone's Temporary Access Pass.
    pub helpdesk: Option<String>,
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
            helpdesk: None,
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
    helpdesk: Option<Spanned<String>>,
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

pub(crate) use parse::line_at;

#[cfg(test)]
mod tests;
