//! Starts the assistant: flags, config, provider, window.

use std::path::PathBuf;

use clap::Parser;
use mfa_assistant::app::App;
use mfa_assistant::config::{self, Config, ProviderKind};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Service;

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
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| format!("'{tag}': use nl or en"))
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
    let service = match config.provider {
        ProviderKind::Training => Service::training(&config.organisation),
    };
    tracing::info!(?service, "starting");

    iced::application(
        move || App::new(service.clone(), config.clone(), error.clone(), lang),
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .subscription(App::subscription)
    .window_size((1180.0, 800.0))
    .centered()
    .run()
}
