//! Starts the assistant: flags, config, provider, window.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use mfa_assistant::app::App;
use mfa_assistant::config::{self, Config, ProviderKind, SettingsError};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Service;
use mfa_assistant::service::privacyidea::PrivacyIdeaProvider;

/// Guides you through setting up two-step verification.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Which provider enrolls (default: the config file's, else training).
    #[arg(long, value_enum)]
    provider: Option<ProviderKind>,
    /// Language: nl or en (default: the config file's, else the system's).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Config file (default: the platform's config directory).
    #[arg(long)]
    config: Option<PathBuf>,
    /// privacyIDEA server URL (with --provider privacyidea).
    #[arg(long)]
    server: Option<String>,
    /// privacyIDEA realm people sign in to (with --provider privacyidea).
    #[arg(long)]
    realm: Option<String>,
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| format!("'{tag}': use nl or en"))
}

fn privacyidea(config: &Config) -> Result<Service, SettingsError> {
    let settings = config.privacyidea.settings()?;
    let provider = PrivacyIdeaProvider::new(&settings)?;
    Ok(Service::new(Arc::new(provider), Duration::from_secs(30)))
}

fn main() -> iced::Result {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let path = args.config.clone().or_else(config::default_path);
    let mut unusable = None;
    let (mut config, error) = match &path {
        Some(path) => Config::load(path),
        None => (Config::default(), None),
    };
    if let Some(error) = &error {
        tracing::warn!("{error}");
    }
    if let Some(provider) = args.provider {
        config.provider = provider;
    }
    let lang = args
        .lang
        .or(config.language)
        .unwrap_or_else(Lang::from_system);
    if args.server.is_some() {
        config.privacyidea.server = args.server.clone();
    }
    if args.realm.is_some() {
        config.privacyidea.realm = args.realm.clone();
    }
    let service = match config.provider {
        ProviderKind::Training => Service::training(&config.organisation),
        ProviderKind::Privacyidea => match privacyidea(&config) {
            Ok(service) => service,
            Err(problem) => {
                // Say what is wrong, and still start: in training mode.
                tracing::warn!("{problem}; running in training mode");
                unusable = Some(problem);
                config.provider = ProviderKind::Training;
                Service::training(&config.organisation)
            }
        },
    };
    tracing::info!(?service, "starting");
    // The phone-number metadata is not loaded here: it is several MiB a
    // person on the welcome screen does not need. The way to the phone step
    // starts loading it (`service::phone::warm_up`).

    iced::application(
        move || {
            App::new(service.clone(), config.clone(), error.clone(), lang)
                .with_provider_problem(unusable.clone())
        },
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .scale_factor(App::scale_factor)
    .subscription(App::subscription)
    .window_size((1180.0, 800.0))
    .exit_on_close_request(false)
    .centered()
    .run()
}
