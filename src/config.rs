//! Settings from a TOML file at the platform's config path, overridable by
//! command-line flags. A broken file never stops the assistant: it starts
//! with the defaults and says which file and line were wrong.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::i18n::Lang;
use crate::service::Country;

/// The organisation's help page when the config names none.
pub const DEFAULT_HELP_URL: &str = "https://rpo.nl/security-oplossingen/";
/// The organisation name when the config names none.
pub const DEFAULT_ORGANISATION: &str = "RPO";

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
}

/// The assistant's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Shown as the issuer in the authenticator app.
    pub organisation: String,
    /// The organisation's security page, opened from the finish screen.
    pub help_url: String,
    /// The country first selected for the phone number.
    pub default_country: Country,
    /// Fixed language; `None` follows the system.
    pub language: Option<Lang>,
    /// Which provider enrolls.
    pub provider: ProviderKind,
    /// Where the privacyIDEA provider enrolls.
    pub privacyidea: PrivacyIdea,
    /// Text size in percent, 100 to 200.
    pub text_size: u32,
    /// Light, dark or high contrast.
    pub appearance: crate::ui::style::Appearance,
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
    /// The text size as a scale factor, in steps of 25 %.
    pub fn text_scale(&self) -> f32 {
        ((self.text_size as f32 / 25.0).round() * 0.25).clamp(1.0, 2.0)
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            organisation: DEFAULT_ORGANISATION.to_owned(),
            help_url: DEFAULT_HELP_URL.to_owned(),
            default_country: Country::NETHERLANDS,
            language: None,
            provider: ProviderKind::Training,
            privacyidea: PrivacyIdea::default(),
            text_size: 100,
            appearance: crate::ui::style::Appearance::Light,
        }
    }
}

/// The file as written; spans give the line of a value that makes no sense.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    organisation: Option<Spanned<String>>,
    help_url: Option<Spanned<String>>,
    default_country: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    provider: Option<ProviderKind>,
    privacyidea: Option<PrivacyIdea>,
    text_size: Option<Spanned<u32>>,
    appearance: Option<crate::ui::style::Appearance>,
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

/// The config file's usual place, e.g. `~/.config/mfa-assistant/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "mfa-assistant")
        .map(|dirs| dirs.config_dir().join("config.toml"))
}

impl Config {
    /// Reads `path`; a missing file is the defaults, a broken one is the
    /// defaults plus the error to show, with the line for anything in the
    /// file (never a panic, whatever the bytes).
    pub fn load(path: &Path) -> (Config, Option<ConfigError>) {
        let error = |line, detail| ConfigError {
            file: path.to_owned(),
            line,
            detail,
        };
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
            Err(e) => return (Config::default(), Some(error(None, e.to_string()))),
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(e) => {
                let line = line_at(&bytes, e.valid_up_to());
                let detail = "not UTF-8 text (saved in another encoding?)".to_owned();
                return (Config::default(), Some(error(Some(line), detail)));
            }
        };
        match Self::parse(text) {
            Ok(config) => (config, None),
            Err((line, detail)) => (Config::default(), Some(error(Some(line), detail))),
        }
    }

    /// Parses TOML text; errors carry the line (from 1).
    pub fn parse(text: &str) -> Result<Config, (usize, String)> {
        // Editors on Windows may start the file with a byte-order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_at(text.as_bytes(), s.start));
            (line, e.message().trim().to_owned())
        })?;
        // Values that parse but make no sense: the line of the value.
        let line_of = |span: std::ops::Range<usize>| line_at(text.as_bytes(), span.start);
        let mut config = Config::default();
        if let Some(name) = file.organisation {
            let (span, name) = (name.span(), name.into_inner());
            if name.trim().is_empty() || name.contains(':') {
                return Err((
                    line_of(span),
                    "organisation must be a non-empty name without ':'".into(),
                ));
            }
            config.organisation = name.trim().to_owned();
        }
        if let Some(url) = file.help_url {
            let (span, url) = (url.span(), url.into_inner());
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err((line_of(span), "help_url must start with https://".into()));
            }
            config.help_url = url;
        }
        if let Some(code) = file.default_country {
            config.default_country = Country::from_code(code.get_ref()).ok_or_else(|| {
                (
                    line_of(code.span()),
                    format!("unknown country code '{}'", code.get_ref()),
                )
            })?;
        }
        if let Some(tag) = file.language {
            config.language = Some(Lang::from_tag(tag.get_ref()).ok_or_else(|| {
                (
                    line_of(tag.span()),
                    format!("language must be 'nl' or 'en', not '{}'", tag.get_ref()),
                )
            })?);
        }
        if let Some(provider) = file.provider {
            config.provider = provider;
        }
        if let Some(pi) = file.privacyidea {
            config.privacyidea = pi;
        }
        if let Some(size) = file.text_size {
            let (span, size) = (size.span(), size.into_inner());
            if !(100..=200).contains(&size) {
                return Err((
                    line_of(span),
                    format!("text_size must be 100 to 200 (percent), not {size}"),
                ));
            }
            config.text_size = size;
        }
        if let Some(appearance) = file.appearance {
            config.appearance = appearance;
        }
        Ok(config)
    }
}

/// The line (from 1) of byte `offset` in `text`; counted in bytes, so an
/// offset inside a character cannot panic.
fn line_at(text: &[u8], offset: usize) -> usize {
    text[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests;
