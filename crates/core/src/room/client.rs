//! The trainee's side: joins the room, sends events from an outbox (kept
//! while the trainer is down, sent when it is back: nothing lost), beats
//! its heart, and hands the trainer's resets to the app. Outbound HTTP
//! only: nothing listens on the trainee's PC.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{Notify, oneshot, watch};
use url::Url;

use super::link::{Driver, Shared};
use super::wire::{CommandId, EventId, EventKind, Refusal, RoomCode, Step, TraineeId};
use crate::service::{ApprovalOutcome, Error};

/// How often, and how patiently, the trainee talks to the trainer.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Between heartbeats (and so between looks for a reset).
    pub heartbeat: Duration,
    /// The first wait after a failed request; it doubles up to `retry_max`.
    pub retry_first: Duration,
    /// The longest wait between attempts while the trainer is away.
    pub retry_max: Duration,
    /// A request with no answer by then has failed.
    pub request_timeout: Duration,
}

impl Timing {
    /// For a room: a reset arrives within 3 s, a trainer that is back is
    /// noticed within 5 s.
    pub const DEFAULT: Timing = Timing {
        heartbeat: Duration::from_secs(3),
        retry_first: Duration::from_millis(250),
        retry_max: Duration::from_secs(5),
        request_timeout: Duration::from_secs(5),
    };
}

/// Where and how to join.
#[derive(Debug, Clone)]
pub struct Options {
    /// The trainer's address, e.g. `http://192.168.1.20:7641`.
    pub address: Url,
    /// The room code from the projector.
    pub code: RoomCode,
    /// Only an assistant running the training provider obeys resets; any
    /// other declines them (the trainer sees that).
    pub training: bool,
    /// The assistant's route has the phone step (text messages on).
    pub text_messages: bool,
    /// How often and how patiently.
    pub timing: Timing,
}

/// The link to the trainer, for a small sign on the trainee's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Not joined yet.
    Joining,
    /// In the room.
    Joined {
        /// The trainee's number in the room.
        trainee: TraineeId,
    },
    /// The trainer does not answer; events are kept and sent later.
    Unreachable,
    /// The room code is wrong: no more tries (each would slow the room).
    WrongCode,
    /// The room is full: tried again every minute; events are kept.
    RoomFull,
    /// The trainer asked this PC to wait (too many wrong codes from its
    /// address, or too many events): it waits, then sends its latest state.
    SlowDown,
}

/// The trainer asks this PC to start over for the next person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reset {
    /// The trainer's command.
    pub command: CommandId,
}

/// The trainee's handle; clones share one link. When the last clone is
/// dropped, the link stops.
#[derive(Clone)]
pub struct Trainee {
    shared: Arc<Shared>,
    _alive: Arc<oneshot::Sender<()>>,
}

impl std::fmt::Debug for Trainee {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Trainee")
            .field("link", &*self.shared.link.borrow())
            .finish_non_exhaustive()
    }
}

/// The trainer's resets as they come, for the app to carry out.
#[derive(Debug, Clone)]
pub struct Resets(watch::Receiver<Option<Reset>>);

impl Resets {
    /// Waits for the next reset; `None` when the link has stopped.
    pub async fn next(&mut self) -> Option<Reset> {
        loop {
            self.0.changed().await.ok()?;
            if let Some(reset) = *self.0.borrow_and_update() {
                return Some(reset);
            }
        }
    }

    /// The same as a stream (for an iced subscription).
    pub fn into_stream(self) -> impl futures_util::Stream<Item = Reset> + Send + 'static {
        futures_util::stream::unfold(self, |mut resets| async move {
            let reset = resets.next().await?;
            Some((reset, resets))
        })
    }
}

impl Trainee {
    /// Starts the link on the current tokio runtime.
    pub fn start(options: Options) -> Trainee {
        let (trainee, link) = Trainee::new(options);
        drop(tokio::spawn(link));
        trainee
    }

    /// The handle and the future that runs the link, for any executor
    /// (e.g. an iced `Task`); the future ends when every handle is gone or
    /// the room code is wrong.
    pub fn new(options: Options) -> (Trainee, impl Future<Output = ()> + Send + 'static) {
        let shared = Arc::new(Shared {
            outbox: Mutex::default(),
            wake: Notify::new(),
            link: watch::channel(Link::Joining).0,
            resets: watch::channel(None).0,
            pending: watch::channel(0).0,
        });
        let (alive, gone) = oneshot::channel();
        let link = Driver::new(Arc::clone(&shared), options);
        let run = async move {
            tokio::select! {
                () = link.run() => {}
                _ = gone => {}
            }
        };
        let trainee = Trainee {
            shared,
            _alive: Arc::new(alive),
        };
        (trainee, run)
    }

    /// Queues an event; it is sent as soon as the trainer can be reached.
    pub fn send(&self, kind: EventKind) -> EventId {
        self.shared.push(kind)
    }

    /// Reports a service error on `step` if it is a refusal of the person
    /// (wrong code, cool-down, …); says whether it was one.
    pub fn report_error(&self, step: Step, error: &Error) -> bool {
        let reason = Refusal::from_error(error);
        if let Some(reason) = reason {
            self.send(EventKind::Refused { step, reason });
        }
        reason.is_some()
    }

    /// Reports how a test sign-in ended: passed, or refused and why.
    pub fn report_approval(&self, outcome: ApprovalOutcome) {
        self.send(match Refusal::from_outcome(outcome) {
            Some(reason) => EventKind::Refused {
                step: Step::Approve,
                reason,
            },
            None => EventKind::StepPassed {
                step: Step::Approve,
            },
        });
    }

    /// The link to the trainer now, and its changes.
    pub fn link(&self) -> watch::Receiver<Link> {
        self.shared.link.subscribe()
    }

    /// The resets from now on.
    pub fn resets(&self) -> Resets {
        Resets(self.shared.resets.subscribe())
    }

    /// The app started over for the next person: confirms every reset
    /// handed to it so far.
    pub fn confirm_reset(&self) {
        let delivered = std::mem::take(&mut self.shared.outbox().delivered);
        for command in delivered {
            self.shared.push(EventKind::ResetDone { command });
        }
    }

    /// Events not yet acknowledged by the trainer.
    pub fn pending(&self) -> usize {
        *self.shared.pending.borrow()
    }

    /// Waits until the trainer has acknowledged every event sent so far.
    pub async fn flushed(&self) {
        let mut pending = self.shared.pending.subscribe();
        let _ = pending.wait_for(|n| *n == 0).await;
    }
}
