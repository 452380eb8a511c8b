//! `mfa-assistant trainer`: starts the room and prints, one per line,
//! `join: http://HOST:PORT`, `code: NNNNNN` and `admin-token: …` on
//! stdout for IT's scripts. Until the dashboard window exists it runs
//! without a window; Ctrl+C (or SIGTERM) stops it.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use super::server::{self, DEFAULT_PORT, Running};
use crate::config::Config;

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

/// Runs the trainer until Ctrl+C or SIGTERM; the process's exit status.
pub fn run(args: TrainerArgs, config: &Config) -> i32 {
    let Some(data_dir) = args.data_dir.or_else(default_data_dir) else {
        tracing::error!("no data directory: give --data-dir");
        return 1;
    };
    let retention = Duration::from_secs(u64::from(config.room.retention_days) * 24 * 3600);
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
    runtime.block_on(async move {
        let running = match server::start(args.listen, &data_dir, retention).await {
            Ok(running) => running,
            Err(e) => {
                tracing::error!("{e}");
                return 1;
            }
        };
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        if stdout
            .write_all(announcement(&running).as_bytes())
            .and_then(|()| stdout.flush())
            .is_err()
        {
            return 1;
        }
        drop(stdout);
        tracing::info!(data = %data_dir.display(), "trainer running without a window");
        stopped().await;
        running.stop().await;
        0
    })
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
