//! What every request handler and the dashboard share: the room behind one
//! lock (the database and the model change together), and the work on it
//! that is more than one request's: resets, a new code, the report.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::watch;

use super::gate::Gate;
use super::limits::{Bucket, Limits};
use super::model::Model;
use super::report;
use super::secret::TokenHash;
use super::server::ServerError;
use super::snapshot::Door;
use super::store::{Store, reader};
use super::wire::{CommandId, RoomCode, TraineeId};
use crate::service::clock::Clock;

/// The room behind one lock.
pub(super) struct Inner {
    pub(super) store: Option<Store>,
    pub(super) model: Model,
    pub(super) tokens: HashMap<TokenHash, TraineeId>,
    pub(super) gate: Gate,
    /// Each trainee's allowance of events (bounded by the trainee cap).
    pub(super) buckets: HashMap<TraineeId, Bucket>,
    /// Joins refused because the room was full, since the trainer started.
    pub(super) refused_full: u32,
}

impl Inner {
    /// Who was kept out at the door, at `now`.
    pub(super) fn door(&self, now: u64) -> Door {
        Door {
            trying_codes: self.gate.alarm(now),
            wrong_codes: self.gate.wrong_total(),
            refused_full: self.refused_full,
        }
    }
}

/// What every request handler shares.
pub(super) struct Shared {
    inner: Mutex<Inner>,
    pub(super) admin: TokenHash,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) limits: Limits,
    data_dir: PathBuf,
    changes: watch::Sender<u64>,
}

impl Shared {
    pub(super) fn new(
        inner: Inner,
        admin: TokenHash,
        clock: Arc<dyn Clock>,
        limits: Limits,
        data_dir: PathBuf,
    ) -> Self {
        Self {
            inner: Mutex::new(inner),
            admin,
            clock,
            limits,
            data_dir,
            changes: watch::channel(0).0,
        }
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic in one request must not take the room down with it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells the dashboard something changed.
    pub(super) fn changed(&self) {
        self.changes.send_modify(|n| *n += 1);
    }

    /// Watches the changes.
    pub(super) fn subscribe(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
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

    /// Gives the room a new code: trainees already in keep their tokens;
    /// the code is kept in the database, so a restarted trainer has it.
    pub(super) fn new_code(&self) -> Result<RoomCode, ServerError> {
        let mut inner = self.lock();
        let mut code = RoomCode::random();
        while code == *inner.model.code() {
            code = RoomCode::random();
        }
        inner
            .store
            .as_mut()
            .ok_or(ServerError::Stopped)?
            .set_code(&code)?;
        inner.model.set_code(code.clone());
        inner.gate.new_code();
        drop(inner);
        self.changed();
        Ok(code)
    }

    /// Writes the CSV report of every room kept into `out`, one room at a
    /// time, from a connection of its own: the room's lock is not held, so
    /// heartbeats and the dashboard go on while a big report is written.
    pub(super) fn write_report(&self, out: &mut dyn std::io::Write) -> Result<(), ServerError> {
        if self.lock().store.is_none() {
            return Err(ServerError::Stopped);
        }
        let now = self.clock.now();
        let store = reader(&self.data_dir)?;
        report::header(out).map_err(ServerError::Write)?;
        store.each_room(|room| report::room(out, &room, now).map_err(ServerError::Write))
    }

    /// The report as one string (`GET /v1/report.csv`).
    pub(super) fn report(&self) -> Result<String, ServerError> {
        let mut out = Vec::new();
        self.write_report(&mut out)?;
        // Written from Rust strings: always UTF-8.
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// No more requests: the database is closed.
    pub(super) fn close(&self) {
        self.lock().store = None;
    }
}
