//! The trainer's HTTP server (axum): trainees join, send events and
//! heartbeats and fetch resets; IT's tools read the room and the report with
//! the admin token. The dashboard uses [`Running`] directly: a snapshot,
//! a change counter to watch, and the resets.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;

use super::gate::Gate;
pub use super::limits::Limits;
use super::secret::Token;
use super::shared::{Inner, Shared};
use super::snapshot::Snapshot;
use super::store::{Store, StoreError};
use super::wire::{CommandId, RoomCode, TraineeId};
use super::{accept, handlers};
use crate::service::clock::{Clock, SystemClock};

/// The trainer's port when `--listen` names none (documented in the README).
pub const DEFAULT_PORT: u16 = 7641;
/// How often rooms past the retention are looked for while running.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// Why the trainer cannot start or answer.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The address cannot be listened on (in use, not this machine's).
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The server was stopped.
    #[error("the trainer has stopped")]
    Stopped,
    /// No trainee with this number in the room.
    #[error("no trainee {0:?} in the room")]
    NoSuchTrainee(TraineeId),
    /// The report could not be written.
    #[error("writing the report: {0}")]
    Write(std::io::Error),
}

/// How to start a trainer.
#[derive(Clone)]
pub struct Options {
    /// Where to listen; port 0 picks a free one.
    pub listen: SocketAddr,
    /// Where the room's database lives.
    pub data_dir: PathBuf,
    /// How long rooms are kept after their last activity.
    pub retention: Duration,
    /// The trainer's time (a manual clock in tests).
    pub clock: Arc<dyn Clock>,
    /// Trainees per room, events per trainee.
    pub limits: Limits,
}

/// A trainer that is listening.
pub struct Running {
    address: SocketAddr,
    admin_token: Token,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

/// Starts a trainer on `listen` with its room in `data_dir`, keeping rooms
/// for `retention` after their last activity, on the system clock.
pub async fn start(
    listen: SocketAddr,
    data_dir: &std::path::Path,
    retention: Duration,
) -> Result<Running, ServerError> {
    start_with(Options {
        listen,
        data_dir: data_dir.to_owned(),
        retention,
        clock: Arc::new(SystemClock),
        limits: Limits::default(),
    })
    .await
}

/// Starts a trainer as `options` say.
pub async fn start_with(options: Options) -> Result<Running, ServerError> {
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|e| ServerError::Listen(options.listen, e))?;
    let address = listener
        .local_addr()
        .map_err(|e| ServerError::Listen(options.listen, e))?;
    let now = options.clock.now();
    let (data_dir, retention) = (options.data_dir.clone(), options.retention);
    let (store, model) =
        tokio::task::spawn_blocking(move || Store::open(&data_dir, now, retention))
            .await
            .map_err(|_| ServerError::Stopped)??;
    let tokens = store.tokens()?.into_iter().collect();
    let admin_token = Token::random();
    let inner = Inner {
        store: Some(store),
        model,
        tokens,
        gate: Gate::default(),
        buckets: Default::default(),
        refused_full: 0,
    };
    let shared = Arc::new(Shared::new(
        inner,
        admin_token.hash(),
        options.clock,
        options.limits,
        options.data_dir.clone(),
    ));
    let router = Router::new()
        .route("/v1/join", post(handlers::join))
        .route("/v1/events", post(handlers::events))
        .route("/v1/heartbeat", post(handlers::heartbeat))
        .route("/v1/room", get(handlers::room))
        .route("/v1/report.csv", get(handlers::report))
        .route("/v1/reset", post(handlers::reset_all))
        .route("/v1/code", post(handlers::new_code))
        .route("/v1/trainees/{id}/reset", post(handlers::reset_one))
        .with_state(Arc::clone(&shared));
    let (shutdown, stop) = oneshot::channel::<()>();
    let serve = tokio::spawn(accept::serve(listener, router, stop));
    let purging = Arc::clone(&shared);
    let purge = tokio::spawn(async move {
        let mut every = tokio::time::interval(PURGE_EVERY);
        every.tick().await;
        loop {
            every.tick().await;
            let now = purging.clock.now();
            let shared = Arc::clone(&purging);
            let _ = tokio::task::spawn_blocking(move || {
                if let Some(store) = shared.lock().store.as_mut()
                    && let Err(e) = store.purge(now, retention)
                {
                    tracing::warn!("removing old rooms: {e}");
                }
            })
            .await;
        }
    });
    tracing::info!(%address, "trainer listening");
    Ok(Running {
        address,
        admin_token,
        shared,
        shutdown: Some(shutdown),
        tasks: vec![serve, purge],
    })
}

impl Running {
    /// The address actually listened on (the real port when asked for 0).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The address trainees type: this machine's address on the network
    /// when listening on all interfaces.
    pub fn join_url(&self) -> String {
        let ip = match self.address.ip() {
            ip if ip.is_unspecified() => lan_ip().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            ip => ip,
        };
        format!("http://{}", SocketAddr::new(ip, self.address.port()))
    }

    /// The room code trainees join with now.
    pub fn code(&self) -> RoomCode {
        self.shared.lock().model.code().clone()
    }

    /// Gives the room a new code (someone is trying codes): trainees
    /// already in stay; a restarted trainer keeps the new code.
    pub fn new_code(&self) -> Result<RoomCode, ServerError> {
        self.shared.new_code()
    }

    /// The admin token for `GET /v1/room` and the report; never for the
    /// projected window.
    pub fn admin_token(&self) -> &Token {
        &self.admin_token
    }

    /// The room now.
    pub fn snapshot(&self) -> Snapshot {
        let now = self.shared.clock.now();
        let inner = self.shared.lock();
        let mut snapshot = inner.model.snapshot(now);
        snapshot.door = inner.door(now);
        snapshot
    }

    /// Counts every change to the room (joins, events, resets, codes).
    /// Heartbeats are not changes: they move only "offline", which, like
    /// times on steps, moves with the clock, and a dashboard takes a
    /// snapshot every second anyway.
    pub fn changes(&self) -> watch::Receiver<u64> {
        self.shared.subscribe()
    }

    /// Asks one trainee's assistant to start over for the next person; no
    /// new command if one is still pending.
    pub fn reset(&self, trainee: TraineeId) -> Result<Option<CommandId>, ServerError> {
        Ok(self.shared.reset(&[trainee])?.into_iter().next())
    }

    /// Asks every trainee's assistant to start over.
    pub fn reset_all(&self) -> Result<Vec<CommandId>, ServerError> {
        let all: Vec<TraineeId> = self
            .shared
            .lock()
            .model
            .trainees()
            .map(|(id, _)| id)
            .collect();
        self.shared.reset(&all)
    }

    /// The CSV report of every room kept.
    pub fn report_csv(&self) -> Result<String, ServerError> {
        self.shared.report()
    }

    /// Writes the CSV report into `out` as it is read, outside the room's
    /// lock (for a file: memory stays one room's worth).
    pub fn write_report(&self, out: &mut dyn std::io::Write) -> Result<(), ServerError> {
        self.shared.write_report(out)
    }

    /// Stops listening after the requests under way (at most 3 s), and
    /// closes the database.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        let tasks = std::mem::take(&mut self.tasks);
        let mut tasks = tasks.into_iter();
        if let Some(serve) = tasks.next() {
            let abort = serve.abort_handle();
            if tokio::time::timeout(Duration::from_secs(3), serve)
                .await
                .is_err()
            {
                abort.abort();
            }
        }
        tasks.for_each(|t| t.abort());
        self.shared.close();
    }

    /// Stops at once, as if the process were killed: the port is free and
    /// the database closed when this returns; a request that gets no
    /// answer is sent again by the trainee (what was committed stays).
    pub async fn kill(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        for task in std::mem::take(&mut self.tasks) {
            task.abort();
            let _ = task.await;
        }
        self.shared.close();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // Open connections are served by tasks of their own: the signal
        // makes them close once the request under way is answered.
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        self.tasks.iter().for_each(JoinHandle::abort);
        self.shared.close();
    }
}

/// This machine's address on its network: the one a route out would use
/// (a UDP socket that is connected, not sent on).
fn lan_ip() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).ok()?;
    Some(socket.local_addr().ok()?.ip()).filter(|ip| !ip.is_unspecified())
}
