//! The room kept in SQLite in the trainer's data directory: trainees (their
//! token only as a hash), every event once (its id is the key, so re-sent
//! events are not counted twice, across restarts too) and the resets. A
//! restarted trainer replays the events and shows the room as it was. Rooms
//! idle for longer than the retention period are deleted, overwritten on
//! disk (`secure_delete`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use super::model::Model;
use super::secret::TokenHash;
use super::wire::{CommandId, EventId, EventKind, RoomCode, TraineeId};

/// A trainer started again within this long carries on with the same room
/// (same code, the trainees' tokens still valid); later, a new room.
pub const RESUME_WITHIN: Duration = Duration::from_secs(12 * 3600);
/// How long rooms are kept by default.
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(30 * 24 * 3600);
/// The database file in the data directory.
pub const FILE: &str = "room.sqlite3";

/// Why the room's database cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data directory cannot be created.
    #[error("data directory {0}: {1}")]
    DataDir(PathBuf, std::io::Error),
    /// SQLite failed.
    #[error("room database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// An event in the database cannot be read back.
    #[error("room database: unreadable event: {0}")]
    Corrupt(#[from] serde_json::Error),
    /// The token belongs to a trainee of another (older) room.
    #[error("the token belongs to another room")]
    TokenOfAnotherRoom,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS rooms (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    started INTEGER NOT NULL,
    last_active INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS trainees (
    id INTEGER PRIMARY KEY,
    room INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    token_hash BLOB NOT NULL UNIQUE,
    training INTEGER NOT NULL,
    joined INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    trainee INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (trainee, id)
);
CREATE TABLE IF NOT EXISTS commands (
    id INTEGER PRIMARY KEY,
    trainee INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
    issued INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS trainees_room ON trainees(room);
CREATE INDEX IF NOT EXISTS commands_trainee ON commands(trainee);
";

/// One event as it arrived: its id, when it happened, what it was.
pub type Arrived<'a> = (EventId, u64, &'a EventKind);

/// The open database and the room it holds.
pub struct Store {
    conn: Connection,
    room: i64,
}

/// A room read back from the database, for the report.
pub struct StoredRoom {
    /// When the room started (Unix seconds).
    pub started: u64,
    /// Everything in it, replayed.
    pub model: Model,
}

impl Store {
    /// Opens (or creates) the database in `dir`, deletes rooms idle for
    /// longer than `retention`, and carries on with the latest room if it
    /// was active within [`RESUME_WITHIN`]; else starts a new one.
    pub fn open(dir: &Path, now: u64, retention: Duration) -> Result<(Store, Model), StoreError> {
        // People's results: a folder made here is the trainer's account's
        // only; one given that exists is never changed, only reported.
        let folder =
            crate::private::dir(dir).map_err(|e| StoreError::DataDir(dir.to_owned(), e))?;
        if folder == crate::private::Folder::OpenToOthers {
            tracing::warn!(
                "the room's folder {} can be read by other users of this computer; \
                 the room's files in it are not (0600)",
                dir.display()
            );
        }
        let path = dir.join(FILE);
        // SQLite makes its -wal and -shm files with the database's mode: a
        // database made 0600 keeps all three private. Files an older
        // version left at 0644 are tightened.
        match crate::private::new_file(&path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                for suffix in ["", "-wal", "-shm"] {
                    let file = dir.join(format!("{FILE}{suffix}"));
                    crate::private::tighten(&file)
                        .map_err(|e| StoreError::DataDir(file.clone(), e))?;
                }
            }
            Err(e) => return Err(StoreError::DataDir(path, e)),
        }
        let conn = Connection::open(&path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.execute_batch(SCHEMA)?;
        let mut store = Store { conn, room: 0 };
        store.purge(now, retention)?;
        let recent = now.saturating_sub(RESUME_WITHIN.as_secs());
        let latest: Option<(i64, String)> = store
            .conn
            .query_row(
                "SELECT id, code FROM rooms WHERE last_active >= ?1 ORDER BY id DESC LIMIT 1",
                [recent as i64],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let model = match latest.and_then(|(id, code)| Some((id, RoomCode::parse(&code)?))) {
            Some((id, code)) => {
                store.room = id;
                store.replay(id, code, false)?
            }
            None => {
                let code = RoomCode::random();
                store.conn.execute(
                    "INSERT INTO rooms (code, started, last_active) VALUES (?1, ?2, ?2)",
                    params![code.as_str(), now as i64],
                )?;
                store.room = store.conn.last_insert_rowid();
                Model::live(code)
            }
        };
        Ok((store, model))
    }

    /// Deletes every other room last active before `now - retention`.
    pub fn purge(&mut self, now: u64, retention: Duration) -> Result<usize, StoreError> {
        let before = now.saturating_sub(retention.as_secs()) as i64;
        Ok(self.conn.execute(
            "DELETE FROM rooms WHERE last_active < ?1 AND id != ?2",
            params![before, self.room],
        )?)
    }

    /// Builds room `id` again from its trainees, events and commands;
    /// with `everyone`, every person at each PC (the report), else only
    /// what the dashboard shows (the live room).
    fn replay(&self, id: i64, code: RoomCode, everyone: bool) -> Result<Model, StoreError> {
        let mut model = if everyone {
            Model::new(code)
        } else {
            Model::live(code)
        };
        let mut trainees = self
            .conn
            .prepare("SELECT id, training, joined FROM trainees WHERE room = ?1 ORDER BY id")?;
        for row in trainees.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
            let (trainee, training, joined): (i64, bool, i64) = row?;
            model.join(TraineeId(trainee), training, joined as u64);
        }
        let mut events = self.conn.prepare(
            "SELECT e.trainee, e.at, e.kind FROM events e JOIN trainees t ON t.id = e.trainee
             WHERE t.room = ?1 ORDER BY e.rowid",
        )?;
        for row in events.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
            let (trainee, at, kind): (i64, i64, String) = row?;
            let kind: EventKind = serde_json::from_str(&kind)?;
            model.apply(TraineeId(trainee), at as u64, &kind);
        }
        let mut commands = self.conn.prepare(
            "SELECT c.id, c.trainee FROM commands c JOIN trainees t ON t.id = c.trainee
             WHERE t.room = ?1 ORDER BY c.id",
        )?;
        for row in commands.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (command, trainee): (i64, i64) = row?;
            model.issue(TraineeId(trainee), CommandId(command));
        }
        // Last contacts after the events: replaying does not count as one.
        let mut seen = self
            .conn
            .prepare("SELECT id, last_seen FROM trainees WHERE room = ?1")?;
        for row in seen.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (trainee, last_seen): (i64, i64) = row?;
            model.seen(TraineeId(trainee), last_seen as u64);
        }
        Ok(model)
    }

    /// The hashes of the tokens of this room's trainees.
    pub fn tokens(&self) -> Result<Vec<(TokenHash, TraineeId)>, StoreError> {
        let mut query = self
            .conn
            .prepare("SELECT token_hash, id FROM trainees WHERE room = ?1")?;
        let rows = query.query_map([self.room], |r| Ok((r.get(0)?, TraineeId(r.get(1)?))))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A new trainee with this token hash; a token an older room still
    /// keeps is refused (the trainee draws a new one).
    pub fn join(
        &mut self,
        token: &TokenHash,
        training: bool,
        now: u64,
    ) -> Result<TraineeId, StoreError> {
        let inserted = self.conn.execute(
            "INSERT INTO trainees (room, token_hash, training, joined, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![self.room, &token[..], training, now as i64],
        );
        match inserted {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                return Err(StoreError::TokenOfAnotherRoom);
            }
            other => other?,
        };
        let id = TraineeId(self.conn.last_insert_rowid());
        self.touch(now)?;
        Ok(id)
    }

    /// Keeps the events not kept before; says, for each, whether it is new.
    pub fn events(
        &mut self,
        trainee: TraineeId,
        events: &[Arrived<'_>],
        now: u64,
    ) -> Result<Vec<bool>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut new = Vec::with_capacity(events.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO events (trainee, id, at, kind) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (id, at, kind) in events {
                let kind = serde_json::to_string(kind)?;
                let id = String::from(*id);
                new.push(insert.execute(params![trainee.0, id, *at as i64, kind])? == 1);
            }
            tx.execute(
                "UPDATE trainees SET last_seen = ?2 WHERE id = ?1",
                params![trainee.0, now as i64],
            )?;
            tx.execute(
                "UPDATE rooms SET last_active = ?2 WHERE id = ?1",
                params![self.room, now as i64],
            )?;
        }
        tx.commit()?;
        Ok(new)
    }

    /// A heartbeat from `trainee`.
    pub fn seen(&mut self, trainee: TraineeId, now: u64) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE trainees SET last_seen = ?2 WHERE id = ?1",
            params![trainee.0, now as i64],
        )?;
        Ok(())
    }

    /// Marks the room active at `now` (rooms idle too long are deleted).
    pub fn touch(&mut self, now: u64) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE rooms SET last_active = ?2 WHERE id = ?1",
            params![self.room, now as i64],
        )?;
        Ok(())
    }

    /// The room's new code (trainees keep their tokens).
    pub fn set_code(&mut self, code: &RoomCode) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE rooms SET code = ?2 WHERE id = ?1",
            params![self.room, code.as_str()],
        )?;
        Ok(())
    }

    /// Keeps a reset for `trainee`.
    pub fn issue(&mut self, trainee: TraineeId, now: u64) -> Result<CommandId, StoreError> {
        self.conn.execute(
            "INSERT INTO commands (trainee, issued) VALUES (?1, ?2)",
            params![trainee.0, now as i64],
        )?;
        Ok(CommandId(self.conn.last_insert_rowid()))
    }

    /// Every room kept, oldest first, replayed: for the report.
    pub fn rooms(&self) -> Result<Vec<StoredRoom>, StoreError> {
        let mut rooms = Vec::new();
        self.each_room(|room| {
            rooms.push(room);
            Ok::<_, StoreError>(())
        })?;
        Ok(rooms)
    }

    /// Every room kept, oldest first, replayed one at a time into `each`
    /// (memory holds one room, however many are kept).
    pub fn each_room<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(StoredRoom) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut query = self
            .conn
            .prepare("SELECT id, code, started FROM rooms ORDER BY id")
            .map_err(StoreError::from)?;
        let rows: Vec<(i64, String, i64)> = query
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|rows| rows.collect())
            .map_err(StoreError::from)?;
        for (id, code, started) in rows {
            let Some(code) = RoomCode::parse(&code) else {
                continue;
            };
            let model = self.replay(id, code, true)?;
            each(StoredRoom {
                started: started as u64,
                model,
            })?;
        }
        Ok(())
    }
}

/// A second, read-only connection to the room's database in `dir`, for
/// the report: WAL lets it read while the trainer writes, without the
/// room's lock.
pub fn reader(dir: &Path) -> Result<Store, StoreError> {
    use rusqlite::OpenFlags;
    let conn = Connection::open_with_flags(
        dir.join(FILE),
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(Store { conn, room: 0 })
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
