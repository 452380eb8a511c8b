//! What the trainer's buttons set going: resets, the report, a new code.
//! Each is SQLite work under the room's lock or a file written, so it runs
//! as a task on a blocking thread, never in `update` on the window's
//! thread; its answer comes back as a message.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use super::{Message, Room};
use crate::room::TraineeId;
use crate::room::server::ServerError;

/// What came of a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A reset (one or all) was sent, or not.
    Reset(bool),
    /// The report was written to this file, or could not be written into
    /// this folder.
    Exported(Result<PathBuf, PathBuf>),
    /// The room has a new code, or not.
    NewCode(bool),
}

/// Runs `work` on a blocking thread; its answer comes back as a message
/// (`failed` if the work panicked).
fn off_thread(work: impl FnOnce() -> Answer + Send + 'static, failed: Answer) -> Task<Message> {
    Task::perform(
        async move { tokio::task::spawn_blocking(work).await },
        move |result| Message::Answer(result.unwrap_or(failed)),
    )
}

fn logged(what: &str, result: Result<(), ServerError>) -> bool {
    if let Err(e) = &result {
        tracing::warn!("{what}: {e}");
    }
    result.is_ok()
}

/// Resets one trainee.
pub(super) fn reset(room: &Arc<dyn Room>, id: TraineeId) -> Task<Message> {
    let room = Arc::clone(room);
    let work = move || Answer::Reset(logged("reset", room.reset(id)));
    off_thread(work, Answer::Reset(false))
}

/// Resets every trainee.
pub(super) fn reset_all(room: &Arc<dyn Room>) -> Task<Message> {
    let room = Arc::clone(room);
    let work = move || Answer::Reset(logged("reset all", room.reset_all()));
    off_thread(work, Answer::Reset(false))
}

/// Gives the room a new code.
pub(super) fn new_code(room: &Arc<dyn Room>) -> Task<Message> {
    let room = Arc::clone(room);
    let work = move || Answer::NewCode(logged("new code", room.new_code()));
    off_thread(work, Answer::NewCode(false))
}

/// Writes the CSV report into `dir`, readable by the trainer's account
/// only (people's results at work), as it is read from the database.
pub(super) fn export(room: &Arc<dyn Room>, dir: PathBuf) -> Task<Message> {
    let room = Arc::clone(room);
    let name = chrono::Local::now()
        .format("room-report-%Y-%m-%d-%H%M%S.csv")
        .to_string();
    let path = dir.join(name);
    let failed = Answer::Exported(Err(dir.clone()));
    off_thread(
        move || {
            let written = crate::private::new_file(&path)
                .map_err(ServerError::Write)
                .and_then(|file| {
                    let mut out = std::io::BufWriter::new(file);
                    room.write_report(&mut out)?;
                    std::io::Write::flush(&mut out).map_err(ServerError::Write)
                });
            Answer::Exported(match written {
                Ok(()) => Ok(path),
                Err(e) => {
                    tracing::warn!("export to {}: {e}", dir.display());
                    // Half a report is no report.
                    let _ = std::fs::remove_file(&path);
                    Err(dir)
                }
            })
        },
        failed,
    )
}
