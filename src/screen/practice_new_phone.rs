//! Training's practice new phone, its last step: the old phone's entry
//! deleted on the practice server's Security info, drawn as a page with a
//! real "Delete" beside the old phone's Microsoft Authenticator, and only
//! once the practice server lists the new phone (add before remove). The
//! screen ticks it off when the old phone's id is gone and the new one's
//! is still there.

mod view;

use iced::Task;

use super::Event;
use crate::service::training::{PracticeEntry, PracticePhone};
use crate::service::{Error, Service};
use crate::ui::{FocusId, Target};

/// Focus id of "Delete" beside the old phone's entry.
pub const DELETE_OLD: FocusId = FocusId("practice-new-phone-delete-old");

/// The practice Security info as last read, and a deletion under way.
#[derive(Debug, Default)]
pub struct State {
    /// What the practice server listed at the last reading.
    entries: Option<Vec<PracticeEntry>>,
    /// The entry being deleted: its button waits.
    deleting: Option<u64>,
    /// Why the last reading or deletion failed.
    failed: Option<Error>,
}

/// What the practice server answered, and what the person does.
#[derive(Debug, Clone)]
pub enum Message {
    /// The practice Security info (after opening the screen, or after a
    /// deletion).
    Listed(Result<Vec<PracticeEntry>, Error>),
    /// "Delete" beside the entry of this id.
    Delete(u64),
}

impl State {
    /// Opening the screen: reads the practice Security info (the new
    /// phone's entry comes with its first accepted code, screens before).
    pub fn enter(&self, service: &Service) -> Task<Message> {
        match service.training_phone() {
            Some(phone) => Task::perform(phone.practice_entries(), Message::Listed),
            None => Task::none(),
        }
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Listed(answer) => {
                self.deleting = None;
                match answer {
                    Ok(entries) => {
                        self.entries = Some(entries);
                        self.failed = None;
                    }
                    Err(e) => self.failed = Some(e),
                }
            }
            Message::Delete(id) => {
                // Add before remove: nothing is deleted until the new
                // phone is listed, nor twice at once.
                if !self.new_listed() || self.deleting.is_some() {
                    return (Task::none(), None);
                }
                if let Some(phone) = service.training_phone() {
                    self.deleting = Some(id);
                    let task = Task::perform(phone.delete_entry(id), Message::Listed);
                    return (task, None);
                }
            }
        }
        (Task::none(), None)
    }

    fn listed(&self, phone: PracticePhone) -> impl Iterator<Item = &PracticeEntry> {
        self.entries
            .iter()
            .flatten()
            .filter(move |e| e.phone == phone)
    }

    /// The practice server lists the new phone's app.
    pub fn new_listed(&self) -> bool {
        self.listed(PracticePhone::New).next().is_some()
    }

    /// The old phone's entry still listed, if any.
    fn old_entry(&self) -> Option<&PracticeEntry> {
        self.listed(PracticePhone::Old).next()
    }

    /// Done: the new phone is listed and nothing of the old one is.
    pub fn done(&self) -> bool {
        self.new_listed() && self.old_entry().is_none()
    }

    /// The old phone's "Delete", where it may be pressed now.
    fn delete_old(&self) -> Option<Message> {
        let old = self.old_entry().filter(|_| self.new_listed());
        old.filter(|_| self.deleting.is_none())
            .map(|e| Message::Delete(e.id))
    }

    /// The practice page's controls Tab reaches.
    pub fn targets(&self) -> Vec<Target<Message>> {
        self.delete_old()
            .map(|m| Target::Button(DELETE_OLD, m))
            .into_iter()
            .collect()
    }

    /// What Enter does: delete the old phone's entry, while it may be.
    pub fn primary(&self) -> Option<Message> {
        self.delete_old()
    }
}
