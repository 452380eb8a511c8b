//! The trainee's link at work: the outbox, and the loop that joins, sends
//! events in order, beats the heart and picks up resets, waiting longer
//! after each failure while the trainer is away.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use tokio::sync::{Notify, watch};
use url::Url;

use super::client::{Link, Options, Reset};
use super::outbox::{Outbox, Queued};
use super::secret::Token;
use super::wire::{
    Event, EventId, EventKind, EventsRequest, HeartbeatResponse, JoinRequest, JoinResponse, Known,
    Problem, TraineeId,
};

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
        outbox.queue.push_back(Queued::new(id, kind));
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
    /// Join: the room is full.
    RoomFull,
    /// Join: the token is an older room's; draw a new one.
    OldToken,
    /// Join: wait this long first.
    SlowDown(Duration),
    /// Events: too many; wait this long, then send only the latest state.
    TooManyEvents(Duration),
}

/// How long a full room is left before trying again.
const FULL_RETRY: Duration = Duration::from_secs(60);

/// The wait a refusal asks for (`Retry-After`, in seconds).
fn retry_after(response: &reqwest::Response) -> Duration {
    let seconds = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok()?.parse().ok())
        .unwrap_or(1);
    Duration::from_secs(seconds)
}

/// The loop that joins, sends and listens.
pub(super) struct Driver {
    shared: Arc<Shared>,
    options: Options,
    http: reqwest::Client,
    token: Token,
    joined: Option<TraineeId>,
    /// The later steps the trainer counts as their own (see
    /// [`JoinResponse::passkey_steps`]).
    known: Known,
    /// Events wait until then: the trainer said there were too many.
    hold_events: Option<Instant>,
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
            known: Known::default(),
            hold_events: None,
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
            } else if self.holding() || self.shared.outbox().queue.is_empty() {
                let mut until = heartbeat_at;
                if let Some(hold) = self.hold_events {
                    until = until.min(hold);
                }
                let sleep = tokio::time::sleep_until(until.into());
                tokio::select! {
                    () = self.shared.wake.notified() => {}
                    () = sleep => {}
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
                        // Still told to wait: the footer keeps saying so.
                        let now = if self.hold_events.is_some() {
                            Link::SlowDown
                        } else {
                            Link::Joined { trainee }
                        };
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
                Err(Failure::RoomFull) => {
                    self.shared.link.send_replace(Link::RoomFull);
                    tokio::time::sleep(FULL_RETRY).await;
                }
                // Never the old token again: it would be refused for ever.
                Err(Failure::OldToken) => self.token = Token::random(),
                Err(Failure::SlowDown(pause)) => {
                    self.shared.link.send_replace(Link::SlowDown);
                    tokio::time::sleep(pause).await;
                }
                Err(Failure::TooManyEvents(pause)) => {
                    self.shared.link.send_replace(Link::SlowDown);
                    self.shared.outbox().latest_only();
                    self.hold_events = Some(Instant::now() + pause);
                }
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
            StatusCode::FORBIDDEN => {
                let problem: Option<Problem> = response.json().await.ok();
                return Err(match problem {
                    Some(p) if p.error == "room_full" => Failure::RoomFull,
                    _ => Failure::WrongCode,
                });
            }
            StatusCode::CONFLICT => return Err(Failure::OldToken),
            StatusCode::TOO_MANY_REQUESTS => return Err(Failure::SlowDown(retry_after(&response))),
            _ => return Err(Failure::Unreachable),
        }
        let joined: JoinResponse = response.json().await.map_err(|_| Failure::Unreachable)?;
        self.joined = Some(joined.trainee);
        self.known = joined.known();
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
            outbox
                .queue
                .push_front(Queued::new(EventId::random(), kind));
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

    /// Events are held back (the trainer said there were too many).
    fn holding(&mut self) -> bool {
        match self.hold_events {
            Some(until) if Instant::now() < until => true,
            Some(_) => {
                self.hold_events = None;
                false
            }
            None => false,
        }
    }

    /// Sends the oldest events; forgets them once the trainer has them.
    async fn send_batch(&mut self) -> Result<(), Failure> {
        let (events, count) = {
            let outbox = self.shared.outbox();
            let mut events: Vec<Event> =
                outbox.queue.iter().take(BATCH).map(Queued::event).collect();
            if self.known != Known::ALL {
                for event in &mut events {
                    event.kind = event.kind.clone().for_trainer(self.known);
                }
            }
            let count = events.len();
            (EventsRequest { events }, count)
        };
        let response = self.post("v1/events").json(&events).send().await;
        let response = response.map_err(|_| Failure::Unreachable)?;
        let status = response.status();
        match status {
            StatusCode::OK => {}
            StatusCode::UNAUTHORIZED => return Err(Failure::Unauthorized),
            // Kept: sent again, fewer, after the wait.
            StatusCode::TOO_MANY_REQUESTS => {
                return Err(Failure::TooManyEvents(retry_after(&response)));
            }
            s if s.is_client_error() => {
                // Never taken, so never sent again: one bad event must not
                // hold up the rest.
                tracing::warn!("the trainer refused {count} events: HTTP {s}");
            }
            _ => return Err(Failure::Unreachable),
        }
        let mut outbox = self.shared.outbox();
        outbox.acknowledged(count);
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
            let fresh = self.shared.outbox().first_time(command.id);
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
