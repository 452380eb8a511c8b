//! The dashboard by keyboard: Tab and Shift+Tab go through every button
//! (each trainee's reset first, in the table's order, then the room's
//! buttons and the header's), Enter or Space presses the focused one,
//! Escape takes back a "reset all" that asks to be confirmed. N gives the
//! room a new code while someone is trying codes.

use iced::Subscription;
use iced::event;
use iced::keyboard::{self, key::Named};

use super::{Dashboard, Message};
use crate::i18n::Lang;
use crate::room::TraineeId;

/// A control the keyboard can reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// "New code", while someone is trying codes.
    NewCode,
    /// One trainee's "reset for the next person".
    Reset(TraineeId),
    /// "Reset all".
    ResetAll,
    /// "Yes, reset all".
    ConfirmAll,
    /// Take "reset all" back.
    CancelAll,
    /// "Export as CSV".
    Export,
    /// Light, dark, high contrast.
    Appearance,
    /// A language.
    Lang(Lang),
}

/// A key the dashboard handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Tab, or Shift+Tab with `back`.
    Tab {
        /// Shift was held.
        back: bool,
    },
    /// Enter or Space: the focused button.
    Press,
    /// Escape.
    Escape,
    /// N: a new room code, while someone is trying codes.
    NewCode,
}

/// The keys above, from the window.
pub(super) fn subscription() -> Subscription<Message> {
    event::listen_with(|event, _status, _window| {
        let iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event
        else {
            return None;
        };
        let key = match key.as_ref() {
            keyboard::Key::Named(Named::Tab) => Key::Tab {
                back: modifiers.shift(),
            },
            keyboard::Key::Named(Named::Enter | Named::Space) => Key::Press,
            keyboard::Key::Named(Named::Escape) => Key::Escape,
            keyboard::Key::Character("n" | "N") if !modifiers.command() && !modifiers.alt() => {
                Key::NewCode
            }
            _ => return None,
        };
        Some(Message::Key(key))
    })
}

impl Dashboard {
    /// Every button Tab reaches, in order, with what pressing it does.
    pub(super) fn targets(&self) -> Vec<(Focus, Message)> {
        let mut targets: Vec<(Focus, Message)> = Vec::new();
        if self.snapshot.door.trying_codes {
            targets.push((Focus::NewCode, Message::NewCode));
        }
        targets.extend(
            self.snapshot
                .trainees
                .iter()
                .filter(|row| resettable(row))
                .map(|row| (Focus::Reset(row.id), Message::Reset(row.id))),
        );
        if !self.snapshot.trainees.is_empty() {
            if self.confirm_all {
                targets.push((Focus::ConfirmAll, Message::ConfirmAll));
                targets.push((Focus::CancelAll, Message::CancelAll));
            } else {
                targets.push((Focus::ResetAll, Message::ResetAll));
            }
        }
        if self.export_dir.is_some() {
            targets.push((Focus::Export, Message::Export));
        }
        targets.push((
            Focus::Appearance,
            Message::Appearance(self.appearance.next()),
        ));
        for lang in Lang::ALL {
            targets.push((Focus::Lang(lang), Message::Language(lang)));
        }
        targets
    }

    /// Handles a key.
    pub(super) fn key(&mut self, key: Key) -> Option<Message> {
        match key {
            Key::Tab { back } => {
                let order: Vec<Focus> = self.targets().into_iter().map(|(f, _)| f).collect();
                self.focus = crate::ui::focus::next(&order, self.focus, back);
                None
            }
            Key::Press => {
                let focus = self.focus?;
                self.targets()
                    .into_iter()
                    .find_map(|(f, message)| (f == focus).then_some(message))
            }
            Key::Escape => self.confirm_all.then_some(Message::CancelAll),
            // One key, and only while the alarm shows: a projected window
            // must not change its code by a stray key.
            Key::NewCode => self.snapshot.door.trying_codes.then_some(Message::NewCode),
        }
    }

    /// True when `focus` is on screen and has the keyboard.
    pub(super) fn focused(&self, focus: Focus) -> bool {
        self.focus == Some(focus)
    }
}

/// A row whose reset button shows: none sent and waiting, and the PC has
/// not declined one.
pub(super) fn resettable(row: &crate::room::Row) -> bool {
    !row.reset_pending && !row.reset_declined
}
