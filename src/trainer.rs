//! `mfa-assistant trainer`: starts the room (the core's `room::server`), prints, one per line,
//! `join: http://HOST:PORT`, `code: NNNNNN` and `admin-token: …` on
//! stdout for IT's scripts, and opens the dashboard window; closing it
//! stops the trainer. With `--headless` (or where no window can open) it
//! runs without one until Ctrl+C (or SIGTERM).

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::config::Config;
use crate::dashboard::{self, Room};
use crate::i18n::Lang;
use crate::room::server::{self, DEFAULT_PORT, Running};

/// `mfa-assistant trainer [--listen ADDR:PORT] [--data-dir DIR]`.
#[derive(Debug, Clone, clap::Args)]
pub struct TrainerArgs {
    /// Address and port to listen on; the default is every network
    /// interface on port 7641. Port 0 picks a free port (printed).
    #[arg(long, default_value_t = SocketAddr::from((Ipv4Addr::UNSPECIFIED, DEFAULT_PORT)))]
    pub listen: SocketAddr,
    /// Where the room is kept (default: the platform's data directory,
    /// e.g. ~/.local/share/mfa-assistant/trainer).
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// No window: for a server, or IT's scripts (`GET /v1/room`).
    #[arg(long)]
    pub headless: bool,
    /// How many trainees may join the room (default 60, or `[room]
    /// max_trainees`; not used when IT locked that key).
    #[arg(long, value_parser = crate::config::parse_max_trainees)]
    pub max_trainees: Option<u32>,
}

/// The trainer's data directory when none is given.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "mfa-assistant")
        .map(|dirs| dirs.data_dir().join("trainer"))
}

/// The lines IT's scripts read from stdout.
pub fn announcement(running: &Running) -> String {
    format!(
        "join: {}\ncode: {}\nadmin-token: {}\n",
        running.join_url(),
        running.code(),
        running.admin_token().expose()
    )
}

/// Runs the trainer until its window is closed (headless: Ctrl+C or
/// SIGTERM); the process's exit status.
pub fn run(args: TrainerArgs, config: &Config) -> i32 {
    let Some(data_dir) = args.data_dir.or_else(default_data_dir) else {
        tracing::error!("no data directory: give --data-dir");
        return 1;
    };
    let retention = Duration::from_secs(u64::from(config.room.retention_days) * 24 * 3600);
    let limits = server::Limits {
        max_trainees: max_trainees(args.max_trainees, config),
        ..server::Limits::default()
    };
    // Idle sockets must not use up the descriptors real heartbeats need.
    crate::room::accept::raise_file_limit();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            tracing::error!("{e}");
            return 1;
        }
    };
    let running = runtime.block_on(async {
        let options = server::Options {
            listen: args.listen,
            data_dir: data_dir.clone(),
            retention,
            clock: Arc::new(crate::service::clock::SystemClock),
            limits,
        };
        let running = match server::start_with(options).await {
            Ok(running) => running,
            Err(e) => {
                tracing::error!("{e}");
                return Err(1);
            }
        };
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        if stdout
            .write_all(announcement(&running).as_bytes())
            .and_then(|()| stdout.flush())
            .is_err()
        {
            return Err(1);
        }
        Ok(running)
    });
    let running = match running {
        Ok(running) => Arc::new(running),
        Err(status) => return status,
    };
    if args.headless || !can_show_window() {
        tracing::info!(data = %data_dir.display(), "trainer running without a window");
        runtime.block_on(stopped());
    } else {
        let lang = config.language.unwrap_or_else(Lang::from_system);
        let room: Arc<dyn Room> = Arc::clone(&running) as Arc<dyn Room>;
        // The window's own tasks run on iced's executor; the server keeps
        // running on this runtime's threads meanwhile.
        let window = dashboard::run(room, lang, config.appearance, Some(data_dir.clone()));
        if let Err(e) = window {
            tracing::warn!("no window ({e}); the trainer runs on until Ctrl+C");
            runtime.block_on(stopped());
        }
    }
    match Arc::try_unwrap(running) {
        Ok(running) => runtime.block_on(running.stop()),
        // Dropping the last handle closes the room all the same.
        Err(running) => drop(running),
    }
    0
}

/// The cap on trainees: the flag's, unless IT locked `room.max_trainees`.
fn max_trainees(flag: Option<u32>, config: &Config) -> u32 {
    let key = crate::config::Key::RoomMaxTrainees;
    match flag {
        Some(_) if config.locked(key) => {
            tracing::warn!("{} is locked by IT; --max-trainees is not used", key.name());
            config.room.max_trainees
        }
        Some(n) => n,
        None => config.room.max_trainees,
    }
}

/// Whether a window can open: on Linux and the BSDs only with an X11 or
/// Wayland display (iced would stop the process without one).
fn can_show_window() -> bool {
    if cfg!(all(unix, not(target_os = "macos"))) {
        ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty()))
    } else {
        true
    }
}

/// Waits for Ctrl+C, or SIGTERM where there is one.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
