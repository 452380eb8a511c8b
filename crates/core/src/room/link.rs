//! The trainee's link at work: the outbox, and the loop that joins, sends
//! events in order, beats the heart and picks up resets, waiting longer
//! after each failure while the trainer is away.

use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use tokio::sync::{Notify, watch};
use url::Url;

use super::client::{Link, Options, Reset};
use super::secret::Token;
use super::wire::{
    CommandId, DisplayName, Event, EventId, EventKind, EventsRequest, HeartbeatResponse,
    JoinRequest, JoinResponse, Step, TraineeId,
};

/// An event waiting for the trainer's acknowledgement.
pub(super) struct Queued {
    id: EventId,
    kind: EventKind,
    created: Instant,
}

/// What the trainee has to tell the trainer, in order.
#[derive(Default)]
pub(super) struct Outbox {
    queue: VecDeque<Queued>,
    /// The step and name the trainer has acknowledged: told again to a
    /// trainer that lost this trainee.
    step: Option<Step>,
    name: Option<DisplayName>,
    /// Resets handed to the app and not yet confirmed.
    pub(super) delivered: Vec<CommandId>,
    seen: HashSet<CommandId>,
}

/// Shared by the handles and the loop.
pub(super) struct Shared {
    pub(super) outbox: Mutex<Outbox>,
    pub(super) wake: Notify,
    pub(super) link: watch::Sender<Link>,
    pub(super) resets: watch::Sender<Option<Reset>>,
    pub(super) pending: watch::Sender<usize>,
}

impl Shared {
    /// The outbox, even after a panic elsewhere.
    pub(super) fn outbox(&self) -> MutexGuard<'_, Outbox> {
        self.outbox.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues an event with a fresh id and wakes the loop.
    pub(super) fn push(&self, kind: EventKind) -> EventId {
        let id = EventId::random();
        let mut outbox = self.outbox();
        outbox.queue.push_back(Queued {
            id,
            kind,
            created: Instant::now(),
        });
        self.pending.send_replace(outbox.queue.len());
        drop(outbox);
        self.wake.notify_one();
        id
    }
}

/// Why a request failed.
#[derive(Debug)]
enum Failure {
    /// No answer, or the trainer failed (5xx): try again later.
    Unreachable,
    /// The trainer does not know this token (a new database): join again.
    Unauthorized,
    /// The trainer will never take this request.
    Rejected,
    /// Join: the room code is wrong.
    WrongCode,
    /// Join: wait this long first.
    SlowDown(Duration),
}

/// The loop that joins, sends and listens.
pub(super) struct Driver {
    shared: Arc<Shared>,
    options: Options,
    http: reqwest::Client,
    token: Token,
    joined: Option<TraineeId>,
}

impl Driver {
    /// A loop for `options`, drawing this trainee's token.
    pub(super) fn new(shared: Arc<Shared>, options: Options) -> Self {
        let http = reqwest::Client::builder()
            .timeout(options.timing.request_timeout)
            .build()
            .unwrap_or_default();
        Self {
            shared,
            options,
            http,
            token: Token::random(),
            joined: None,
        }
    }

    /// Runs until the room code turns out wrong.
    pub(super) async fn run(mut self) {
        let timing = self.options.timing;
        let mut wait = timing.retry_first;
        let mut heartbeat_at = Instant::now();
        loop {
            let outcome = if self.joined.is_none() {
                self.join().await
            } else if Instant::now() >= heartbeat_at {
                heartbeat_at = Instant::now() + timing.heartbeat;
                self.heartbeat().await
            } else if self.shared.outbox().queue.is_empty() {
                let heartbeat = tokio::time::sleep_until(heartbeat_at.into());
                tokio::select! {
                    () = self.shared.wake.notified() => {}
                    () = heartbeat => {}
                }
                continue;
            } else {
                self.send_batch().await
            };
            if let Err(failure) = &outcome {
                tracing::debug!(?failure, "trainer link");
            }
            match outcome {
                Ok(()) => {
                    wait = timing.retry_first;
                    if let Some(trainee) = self.joined {
                        let now = Link::Joined { trainee };
                        self.shared
                            .link
                            .send_if_modified(|link| std::mem::replace(link, now) != now);
                    }
                }
                Err(Failure::Unauthorized) => self.joined = None,
                Err(Failure::WrongCode) => {
                    self.shared.link.send_replace(Link::WrongCode);
                    return;
                }
                Err(Failure::SlowDown(pause)) => tokio::time::sleep(pause).await,
                Err(Failure::Rejected) => {}
                Err(Failure::Unreachable) => {
                    self.shared.link.send_replace(Link::Unreachable);
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(timing.retry_max);
                }
            }
        }
    }

    /// Exchanges the room code for a token; a trainer that lost this
    /// trainee is told again where it stands.
    async fn join(&mut self) -> Result<(), Failure> {
        let request = JoinRequest {
            code: self.options.code.clone(),
            training: self.options.training,
            token: self.token.clone(),
        };
        let response = self
            .http
            .post(self.url("v1/join"))
            .json(&request)
            .send()
            .await
            .map_err(|_| Failure::Unreachable)?;
        match response.status() {
            StatusCode::OK => {}
            StatusCode::FORBIDDEN => return Err(Failure::WrongCode),
            StatusCode::TOO_MANY_REQUESTS => {
                let seconds = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok()?.parse().ok())
                    .unwrap_or(1);
                return Err(Failure::SlowDown(Duration::from_secs(seconds)));
            }
            _ => return Err(Failure::Unreachable),
        }
        let joined: JoinResponse = response.json().await.map_err(|_| Failure::Unreachable)?;
        self.joined = Some(joined.trainee);
        let mut outbox = self.shared.outbox();
        // The route's shape first: the trainer's chart follows it.
        let mut again = vec![EventKind::Route {
            text_messages: self.options.text_messages,
        }];
        if let Some(name) = outbox.name.clone() {
            again.push(EventKind::Named { name });
        }
        if let Some(step) = outbox.step {
            again.push(EventKind::StepEntered { step });
        }
        for kind in again.into_iter().rev() {
            outbox.queue.push_front(Queued {
                id: EventId::random(),
                kind,
                created: Instant::now(),
            });
        }
        self.shared.pending.send_replace(outbox.queue.len());
        Ok(())
    }

    fn url(&self, path: &str) -> Url {
        self.options
            .address
            .join(path)
            .unwrap_or_else(|_| self.options.address.clone())
    }

    fn post(&self, path: &str) -> reqwest::RequestBuilder {
        self.http
            .post(self.url(path))
            .bearer_auth(self.token.expose())
    }

    /// Sends the oldest events; forgets them once the trainer has them.
    async fn send_batch(&mut self) -> Result<(), Failure> {
        let (events, count) = {
            let outbox = self.shared.outbox();
            let events: Vec<Event> = outbox
                .queue
                .iter()
                .take(BATCH)
                .map(|q| Event {
                    id: q.id,
                    age_ms: q.created.elapsed().as_millis() as u64,
                    kind: q.kind.clone(),
                })
                .collect();
            let count = events.len();
            (EventsRequest { events }, count)
        };
        let response = self.post("v1/events").json(&events).send().await;
        let status = response.map_err(|_| Failure::Unreachable)?.status();
        match status {
            StatusCode::OK => {}
            StatusCode::UNAUTHORIZED => return Err(Failure::Unauthorized),
            s if s.is_client_error() => {
                // Never taken, so never sent again: one bad event must not
                // hold up the rest.
                tracing::warn!("the trainer refused {count} events: HTTP {s}");
            }
            _ => return Err(Failure::Unreachable),
        }
        let mut outbox = self.shared.outbox();
        for sent in outbox.queue.drain(..count).collect::<Vec<_>>() {
            match sent.kind {
                EventKind::StepEntered { step } => outbox.step = Some(step),
                EventKind::Named { name } => outbox.name = Some(name),
                EventKind::ResetDone { .. } => {
                    outbox.name = None;
                    outbox.step = Some(Step::Welcome);
                }
                _ => {}
            }
        }
        self.shared.pending.send_replace(outbox.queue.len());
        if status == StatusCode::OK {
            Ok(())
        } else {
            Err(Failure::Rejected)
        }
    }

    /// Says "still here" and takes the resets waiting.
    async fn heartbeat(&mut self) -> Result<(), Failure> {
        let response = self
            .post("v1/heartbeat")
            .send()
            .await
            .map_err(|_| Failure::Unreachable)?;
        match response.status() {
            StatusCode::OK => {}
            StatusCode::UNAUTHORIZED => return Err(Failure::Unauthorized),
            _ => return Err(Failure::Unreachable),
        }
        let answer: HeartbeatResponse = response.json().await.map_err(|_| Failure::Unreachable)?;
        for command in answer.commands {
            let fresh = self.shared.outbox().seen.insert(command.id);
            if !fresh {
                continue;
            }
            if self.options.training {
                self.shared.outbox().delivered.push(command.id);
                self.shared.resets.send_replace(Some(Reset {
                    command: command.id,
                }));
            } else {
                self.shared.push(EventKind::ResetDeclined {
                    command: command.id,
                });
            }
        }
        Ok(())
    }
}

/// Most events in one request (the trainer takes up to 500).
const BATCH: usize = 200;
