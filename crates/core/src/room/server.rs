//! The trainer's HTTP server (axum): trainees join, send events and
//! heartbeats and fetch resets; IT's tools read the room and the report with
//! the admin token. The dashboard uses [`Running`] directly: a snapshot,
//! a change counter to watch, and the resets.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;

use super::gate::Gate;
use super::model::Model;
use super::secret::{Token, TokenHash};
use super::snapshot::Snapshot;
use super::store::{Store, StoreError};
use super::wire::{CommandId, RoomCode, TraineeId};
use super::{handlers, report};
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
}

/// The room behind one lock: the database and the model change together.
pub(super) struct Inner {
    pub(super) store: Option<Store>,
    pub(super) model: Model,
    pub(super) tokens: HashMap<TokenHash, TraineeId>,
    pub(super) gate: Gate,
}

/// What every request handler shares.
pub(super) struct Shared {
    inner: Mutex<Inner>,
    pub(super) admin: TokenHash,
    pub(super) clock: Arc<dyn Clock>,
    changes: watch::Sender<u64>,
}

impl Shared {
    pub(super) fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic in one request must not take the room down with it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells the dashboard something changed.
    pub(super) fn changed(&self) {
        self.changes.send_modify(|n| *n += 1);
    }

    /// Issues a reset for each of `trainees` without one pending.
    pub(super) fn reset(&self, trainees: &[TraineeId]) -> Result<Vec<CommandId>, ServerError> {
        let now = self.clock.now();
        let mut inner = self.lock();
        let Inner { store, model, .. } = &mut *inner;
        let store = store.as_mut().ok_or(ServerError::Stopped)?;
        let mut issued = Vec::new();
        for id in trainees {
            if !model.contains(*id) {
                return Err(ServerError::NoSuchTrainee(*id));
            }
            if !model.pending(*id).is_empty() {
                continue;
            }
            let command = store.issue(*id, now)?;
            model.issue(*id, command);
            issued.push(command);
        }
        drop(inner);
        self.changed();
        Ok(issued)
    }

    pub(super) fn report(&self) -> Result<String, ServerError> {
        let inner = self.lock();
        let store = inner.store.as_ref().ok_or(ServerError::Stopped)?;
        Ok(report::csv(&store.rooms()?, self.clock.now()))
    }

    /// No more requests: the database is closed.
    fn close(&self) {
        self.lock().store = None;
    }
}

/// A trainer that is listening.
pub struct Running {
    address: SocketAddr,
    code: RoomCode,
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
    let code = model.code().clone();
    let admin_token = Token::random();
    let shared = Arc::new(Shared {
        inner: Mutex::new(Inner {
            store: Some(store),
            model,
            tokens,
            gate: Gate::default(),
        }),
        admin: admin_token.hash(),
        clock: options.clock,
        changes: watch::channel(0).0,
    });
    let router = Router::new()
        .route("/v1/join", post(handlers::join))
        .route("/v1/events", post(handlers::events))
        .route("/v1/heartbeat", post(handlers::heartbeat))
        .route("/v1/room", get(handlers::room))
        .route("/v1/report.csv", get(handlers::report))
        .route("/v1/reset", post(handlers::reset_all))
        .route("/v1/trainees/{id}/reset", post(handlers::reset_one))
        .with_state(Arc::clone(&shared));
    // Small answers go out at once, not after Nagle's delay.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let (shutdown, stop) = oneshot::channel::<()>();
    let serve = tokio::spawn(async move {
        let stopped = async {
            let _ = stop.await;
        };
        if let Err(e) = axum::serve(listener, router)
            .with_graceful_shutdown(stopped)
            .await
        {
            tracing::error!("trainer server: {e}");
        }
    });
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
        code,
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

    /// The room code trainees join with.
    pub fn code(&self) -> &RoomCode {
        &self.code
    }

    /// The admin token for `GET /v1/room` and the report; never for the
    /// projected window.
    pub fn admin_token(&self) -> &Token {
        &self.admin_token
    }

    /// The room now.
    pub fn snapshot(&self) -> Snapshot {
        let now = self.shared.clock.now();
        self.shared.lock().model.snapshot(now)
    }

    /// Counts every change to the room (joins, events, heartbeats, resets).
    /// Times on steps and "offline" change with the clock alone: a
    /// dashboard also takes a snapshot every second.
    pub fn changes(&self) -> watch::Receiver<u64> {
        self.shared.changes.subscribe()
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
