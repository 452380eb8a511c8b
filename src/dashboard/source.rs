//! Where the dashboard reads the room from: the running trainer, or a room
//! held still (the screenshots, the rendering benchmark).

use std::sync::Mutex;

use tokio::sync::watch;

use crate::room::server::{Running, ServerError};
use crate::room::{Snapshot, TraineeId};

/// What the dashboard needs of a room.
pub trait Room: Send + Sync + 'static {
    /// The address trainees type.
    fn join_url(&self) -> String;
    /// The room now.
    fn snapshot(&self) -> Snapshot;
    /// Ticks on every change; `None` for a room that never changes.
    fn changes(&self) -> Option<watch::Receiver<u64>>;
    /// Asks one trainee's assistant to start over for the next person.
    fn reset(&self, trainee: TraineeId) -> Result<(), ServerError>;
    /// Asks every trainee's assistant to start over.
    fn reset_all(&self) -> Result<(), ServerError>;
    /// Writes the CSV report of every room kept into `out` (a blocking
    /// call: the window runs it off its thread).
    fn write_report(&self, out: &mut dyn std::io::Write) -> Result<(), ServerError>;
    /// Gives the room a new code; trainees already in stay in.
    fn new_code(&self) -> Result<(), ServerError>;
}

impl Room for Running {
    fn join_url(&self) -> String {
        Running::join_url(self)
    }

    fn snapshot(&self) -> Snapshot {
        Running::snapshot(self)
    }

    fn changes(&self) -> Option<watch::Receiver<u64>> {
        Some(Running::changes(self))
    }

    fn reset(&self, trainee: TraineeId) -> Result<(), ServerError> {
        Running::reset(self, trainee).map(drop)
    }

    fn reset_all(&self) -> Result<(), ServerError> {
        Running::reset_all(self).map(drop)
    }

    fn write_report(&self, out: &mut dyn std::io::Write) -> Result<(), ServerError> {
        Running::write_report(self, out)
    }

    fn new_code(&self) -> Result<(), ServerError> {
        Running::new_code(self).map(drop)
    }
}

/// A room that stands still at one snapshot; a reset marks the row as sent.
#[derive(Debug)]
pub struct Still {
    join_url: String,
    snapshot: Mutex<Snapshot>,
}

impl Still {
    /// The room `snapshot`, joined at `join_url`.
    pub fn new(join_url: &str, snapshot: Snapshot) -> Self {
        Self {
            join_url: join_url.to_owned(),
            snapshot: Mutex::new(snapshot),
        }
    }

    fn mark(&self, which: impl Fn(&crate::room::Row) -> bool) {
        let mut snapshot = self.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        for row in snapshot.trainees.iter_mut().filter(|r| which(r)) {
            row.reset_pending = true;
        }
    }
}

impl Room for Still {
    fn join_url(&self) -> String {
        self.join_url.clone()
    }

    fn snapshot(&self) -> Snapshot {
        self.snapshot
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn changes(&self) -> Option<watch::Receiver<u64>> {
        None
    }

    fn reset(&self, trainee: TraineeId) -> Result<(), ServerError> {
        if !self.snapshot().trainees.iter().any(|r| r.id == trainee) {
            return Err(ServerError::NoSuchTrainee(trainee));
        }
        self.mark(|r| r.id == trainee);
        Ok(())
    }

    fn reset_all(&self) -> Result<(), ServerError> {
        self.mark(|_| true);
        Ok(())
    }

    fn write_report(&self, _out: &mut dyn std::io::Write) -> Result<(), ServerError> {
        Err(ServerError::Stopped)
    }

    fn new_code(&self) -> Result<(), ServerError> {
        let mut snapshot = self.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        snapshot.code = crate::room::RoomCode::random();
        snapshot.door = Default::default();
        Ok(())
    }
}
