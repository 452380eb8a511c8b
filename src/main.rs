//! Starts the assistant: flags, config, provider, window.

// Windows: no console window behind the GUI; `attach_console` below lets
// --help, --print-config and the trainer's lines reach a console it was
// started from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use mfa_assistant::app::{App, Notices};
use mfa_assistant::config::{self, Config, IgnoredBy, ProviderKind, SettingsError};
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Service;
use mfa_assistant::service::journal::Journal;
use mfa_assistant::service::microsoft365::{Handle, Microsoft365};
use mfa_assistant::service::privacyidea::PrivacyIdeaProvider;
use tracing_subscriber::prelude::*;

/// Guides you through setting up two-step verification.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// `trainer`: run a training room instead of the assistant.
    #[command(subcommand)]
    command: Option<Command>,
    /// Which provider enrolls (default: the config files', else training).
    #[arg(long, value_enum)]
    provider: Option<ProviderKind>,
    /// Language: nl or en (default: the config files', else the system's).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Your own config file, read over IT's machine-wide one (default:
    /// your config folder, e.g. ~/.config/mfa-assistant/config.toml).
    #[arg(long)]
    config: Option<PathBuf>,
    /// privacyIDEA server URL (with --provider privacyidea).
    #[arg(long)]
    server: Option<String>,
    /// privacyIDEA realm people sign in to (with --provider privacyidea).
    #[arg(long)]
    realm: Option<String>,
    /// Print the settings in force (IT's machine-wide file, your own file,
    /// these flags; what IT locked) and exit; exit status 1 if a file is
    /// wrong.
    #[arg(long)]
    print_config: bool,
    /// The training room to join: the trainer's address (with --room-code).
    #[arg(long, value_parser = config::parse_room_address)]
    room: Option<url::Url>,
    /// The training room's 6-digit code.
    #[arg(long, value_parser = config::parse_room_code)]
    room_code: Option<mfa_assistant::room::RoomCode>,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Runs a training room: prints the join address, the room code and an
    /// admin token, and shows who is where.
    Trainer(mfa_assistant::trainer::TrainerArgs),
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| format!("'{tag}': use nl or en"))
}

/// Windows: a GUI program has no console; when started from one (cmd,
/// PowerShell), print there. Started from the Start menu there is none to
/// attach, and nothing is printed. Output already sent elsewhere (`> file`)
/// stays there.
#[cfg(windows)]
fn attach_console() {
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };
    // SAFETY: both calls take plain values and only change this process's
    // standard handles, before anything has printed.
    unsafe {
        let out = GetStdHandle(STD_OUTPUT_HANDLE);
        if out.is_null() || out == INVALID_HANDLE_VALUE {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// On Linux the window's application id (X11 WM_CLASS, Wayland app_id) is
/// the desktop entry's name, so the desktop shows its icon and name. On
/// Windows the window opens hidden: the screen reader's adapter must see it
/// before it is first shown, and `App::start` shows it after attaching one
/// (src/a11y/windows.rs).
fn window_settings() -> iced::window::Settings {
    #[allow(unused_mut)]
    let mut settings = iced::window::Settings::default();
    #[cfg(target_os = "linux")]
    {
        settings.platform_specific.application_id = "mfa-assistant".into();
    }
    #[cfg(windows)]
    {
        settings.visible = false;
    }
    settings
}

fn privacyidea(config: &Config, journal: &Journal) -> Result<Service, SettingsError> {
    let settings = config.privacyidea.settings()?;
    let provider = PrivacyIdeaProvider::new(&settings)?.with_journal(journal.clone());
    Ok(Service::new(Arc::new(provider), Duration::from_secs(30)))
}

fn microsoft365(config: &Config) -> Result<Microsoft365, SettingsError> {
    let settings = config.microsoft365.settings()?;
    Ok(Microsoft365::new(settings)?)
}

fn main() -> iced::Result {
    // Before anything holds a secret.
    let hardened = mfa_assistant::hardening::forbid_core_dumps();
    #[cfg(windows)]
    attach_console();
    tracing_subscriber::fmt()
        .with_env_filter(mfa_assistant::logging::filter(
            std::env::var("RUST_LOG").ok().as_deref(),
        ))
        .with_writer(std::io::stderr)
        // Plain text when the log goes to a file (tests, IT's redirects).
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .finish()
        .with(tracing_subscriber::filter::filter_fn(
            mfa_assistant::logging::allowed_meta,
        ))
        .init();
    if let Err(e) = hardened {
        tracing::warn!("core dumps could not be switched off: {e}");
    }
    let args = Args::parse();
    let flags = config::Flags {
        provider: args.provider,
        language: args.lang,
        server: args.server.clone(),
        realm: args.realm.clone(),
        room: args.room.clone(),
        room_code: args.room_code.clone(),
    };
    let loaded = config::load(&config::Paths::usual(args.config.clone()), &flags);
    for error in &loaded.errors {
        tracing::warn!("{error}");
    }
    for unknown in &loaded.unknown_locks {
        tracing::warn!("{unknown}");
    }
    for ignored in &loaded.ignored {
        let by = match &ignored.by {
            IgnoredBy::Flag(flag) => (*flag).to_owned(),
            IgnoredBy::File { file, .. } => file.display().to_string(),
        };
        tracing::warn!(
            "{} is locked by IT; the value from {by} is not used",
            ignored.key.name()
        );
    }
    if let Some(refused) = &loaded.accent_refused {
        tracing::warn!("{refused}");
    }
    if args.print_config {
        print!("{}", config::describe(&loaded));
        let wrong = !loaded.errors.is_empty()
            || !loaded.unknown_locks.is_empty()
            || loaded.accent_refused.is_some();
        std::process::exit(i32::from(wrong));
    }
    // The trainer's window needs none of what follows.
    if let Some(Command::Trainer(trainer)) = args.command {
        std::process::exit(mfa_assistant::trainer::run(trainer, &loaded.config));
    }
    // Said in the window: what loading the settings found.
    let found = loaded.clone();
    // The logo, read once, at the largest it is drawn (the header at 200 %).
    let (logo, logo_error) = match &loaded.config.logo {
        Some(path) => match mfa_assistant::brand::Logo::load(path, 640, 160) {
            Ok(logo) => (Some(logo), None),
            Err(e) => {
                tracing::warn!("logo: {e}");
                (None, Some(e))
            }
        },
        None => (None, None),
    };
    let mut config = loaded.config;
    let mut unusable = None;
    let lang = config.language.unwrap_or_else(Lang::from_system);
    // What an earlier run left unfinished on privacyIDEA; the provider
    // cleans it up when that person signs in. Read once, here.
    let journal = Journal::in_data_dir();
    let unfinished = match config.provider {
        ProviderKind::Privacyidea => journal.unfinished(),
        _ => Default::default(),
    };
    for entry in &unfinished.entries {
        tracing::warn!(user = %entry.user, server = %entry.server, step = ?entry.step,
            "an enrollment was left unfinished; signing in cleans it up");
    }
    for problem in &unfinished.problems {
        tracing::warn!("journal: {problem}");
    }
    let service = match config.provider {
        ProviderKind::Training => Service::training_for(&config),
        ProviderKind::Privacyidea => match privacyidea(&config, &journal) {
            Ok(service) => service,
            Err(problem) => {
                // Say what is wrong, and still start: in training mode.
                tracing::warn!("{problem}; running in training mode");
                unusable = Some(problem);
                config.provider = ProviderKind::Training;
                Service::training_for(&config)
            }
        },
        ProviderKind::Microsoft365 => match microsoft365(&config) {
            // Beside Microsoft's pages; the browser is $BROWSER or the system's.
            Ok(client) => Service::for_microsoft365(Handle::new(client)),
            Err(problem) => {
                tracing::warn!("{problem}; running in training mode");
                unusable = Some(problem);
                config.provider = ProviderKind::Training;
                Service::training_for(&config)
            }
        },
    };
    // With the provider that really runs: who sends the phone step's codes.
    let service = service.with_text_messages(config.text_messages());
    // What the package test reads to see which provider really runs.
    tracing::info!(provider = ?config.provider, ?service, "starting");
    // The phone-number metadata is not loaded here: it is several MiB a
    // person on the welcome screen does not need. The way to the phone step
    // starts loading it (`service::phone::warm_up`).

    iced::application(
        move || {
            let mut notices = Notices::default()
                .loaded(found.clone())
                .logo(logo_error.clone());
            // Only privacyIDEA's sign-in cleans up what the journal names.
            if config.provider == ProviderKind::Privacyidea {
                notices = notices.journal(journal.clone(), unfinished.clone());
            }
            App::new(service.clone(), config.clone(), lang)
                .with_provider_problem(unusable.clone())
                .with_notices(notices)
                .with_logo(logo.as_ref())
                // Screen readers (AT-SPI, UI Automation): idle until one
                // starts.
                .with_screen_reader()
                .start()
        },
        App::update,
        App::view,
    )
    .settings(mfa_assistant::ui::settings())
    .title(App::title)
    .theme(App::theme)
    .style(App::window_style)
    .scale_factor(App::scale_factor)
    .subscription(App::subscription)
    .window(window_settings())
    .window_size((1180.0, 800.0))
    .exit_on_close_request(false)
    .centered()
    .run()
}
