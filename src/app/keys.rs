//! The keyboard: which keys the app handles itself, the Tab order across the
//! screen and the window's frame, and iced's text-field focus kept in step
//! with the app's own.

use iced::event::{self, Status};
use iced::keyboard::{self, key::Named};
use iced::widget::operation;
use iced::{Subscription, Task};
use zeroize::Zeroizing;

use super::{App, Message};
use crate::config;
use crate::i18n::Lang;
use crate::ui::{self, FocusId, Target, focus};

pub(super) const APPEARANCE: FocusId = FocusId("appearance");
pub(super) const TEXT_SMALLER: FocusId = FocusId("text-smaller");
pub(super) const TEXT_LARGER: FocusId = FocusId("text-larger");
pub(super) const NAV_BACK: FocusId = FocusId("nav-back");
pub(super) const NAV_NEXT: FocusId = FocusId("nav-next");
pub(super) const LANG_FOCUS: [FocusId; 2] = [FocusId("lang-nl"), FocusId("lang-en")];

/// A key the app handles itself, whatever the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// Tab, or Shift+Tab with `back`.
    Tab {
        /// Shift was held.
        back: bool,
    },
    /// Enter outside a text field: the focused button, else the primary action.
    Enter,
    /// Space outside a text field: the focused button.
    Space,
    /// Arrow up or down, for the country picker.
    Arrow {
        /// Down rather than up.
        down: bool,
    },
    /// Alt+Left: back.
    Back,
    /// Ctrl+plus, Ctrl+minus (`Some(true/false)`), Ctrl+0 (`None`): text size.
    TextSize(Option<bool>),
    /// Text typed outside a text field (it may be part of a password:
    /// wiped when dropped).
    Text(Zeroizing<String>),
}

/// Key presses the app handles, the close button and window resizes.
pub(super) fn subscription() -> Subscription<Message> {
    let keys = event::listen_with(|event, status, _window| {
        let iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            modifiers,
            text,
            ..
        }) = event
        else {
            return None;
        };
        if let Some(size) = ui::shortcut::text_size(&key, modifiers) {
            // Kept from text fields by `ui::shortcut::guard`.
            return Some(Message::Key(Key::TextSize(size)));
        }
        let free = status == Status::Ignored;
        let key = match key.as_ref() {
            keyboard::Key::Named(Named::Tab) => Key::Tab {
                back: modifiers.shift(),
            },
            keyboard::Key::Named(Named::Enter) if free => Key::Enter,
            keyboard::Key::Named(Named::Space) if free => Key::Space,
            keyboard::Key::Named(Named::ArrowUp) if free => Key::Arrow { down: false },
            keyboard::Key::Named(Named::ArrowDown) if free => Key::Arrow { down: true },
            keyboard::Key::Named(Named::ArrowLeft) if modifiers.alt() => Key::Back,
            // Typing that no field took (after a click elsewhere): the
            // screen's field gets it. Shortcuts with Ctrl, Alt or the logo
            // key are not typing; Ctrl+Alt together is AltGr on Windows
            // ("@" on many keyboards), which is.
            keyboard::Key::Character(_)
                if free && modifiers.control() == modifiers.alt() && !modifiers.logo() =>
            {
                Key::Text(Zeroizing::new(text?.to_string()))
            }
            _ => return None,
        };
        Some(Message::Key(key))
    });
    let closing = iced::window::close_requests().map(|_| Message::Closing);
    let resized = iced::window::resize_events().map(|(_, size)| Message::Resized(size));
    Subscription::batch([keys, closing, resized])
}

impl App {
    /// Every control Tab reaches, in visual order: the screen's, Back and
    /// Next, then the header's.
    pub(super) fn targets(&self) -> Vec<Target<Message>> {
        let mut targets: Vec<Target<Message>> = self
            .steps
            .focus_targets(self.now)
            .into_iter()
            .map(|t| t.map(Message::Screen))
            .collect();
        targets.extend(self.room_form_targets());
        if self.route().previous(self.screen()).is_some() {
            targets.push(Target::Button(NAV_BACK, Message::Back));
        }
        if let Some((_, Some(press))) = self.steps.forward(self.lang) {
            targets.push(Target::Button(NAV_NEXT, press.into()));
        }
        let free = |key| !self.config.locked(key);
        if free(config::Key::Appearance) {
            targets.push(Target::Button(
                APPEARANCE,
                Message::Appearance(self.appearance.next()),
            ));
        }
        if free(config::Key::TextSize) {
            if self.text_scale > 1.0 {
                targets.push(Target::Button(TEXT_SMALLER, Message::TextSize(false)));
            }
            if self.text_scale < 2.0 {
                targets.push(Target::Button(TEXT_LARGER, Message::TextSize(true)));
            }
        }
        if free(config::Key::Language) {
            for (lang, id) in Lang::ALL.into_iter().zip(LANG_FOCUS) {
                targets.push(Target::Button(id, Message::Language(lang)));
            }
        }
        targets.extend(self.room_hand_target());
        targets
    }

    /// The button Enter presses, while no button has the focus (a text
    /// field may): it wears the focus ring, so the person sees what Enter
    /// does before pressing it.
    pub(super) fn default_button(&self) -> Option<FocusId> {
        let targets = self.targets();
        let button_focused = self.focus.is_some_and(|f| {
            targets
                .iter()
                .any(|t| matches!(t, Target::Button(id, _) if *id == f))
        });
        if button_focused {
            return None;
        }
        let press: Message = self.steps.primary(self.lang)?.into();
        // The button whose message is the one Enter sends. Messages carry
        // no equality (some hold secrets); their Debug form names the
        // variant and its fields, and secrets show redacted on both sides.
        let wanted = format!("{press:?}");

        targets.iter().find_map(|t| match t {
            Target::Button(id, message) if format!("{message:?}") == wanted => Some(*id),
            _ => None,
        })
    }

    /// The ring `id` wears: focused, or what Enter presses.
    pub(super) fn ringed(&self, id: FocusId) -> ui::Ring {
        if self.focus == Some(id) {
            ui::Ring::Focus
        } else if self.default_button() == Some(id) {
            ui::Ring::Default
        } else {
            ui::Ring::Off
        }
    }

    pub(super) fn key(&mut self, key: Key) -> Task<Message> {
        match key {
            Key::Tab { back } => {
                let targets = self.targets();
                self.focus = focus::step(&targets, self.focus, back);
                focus_task(self.focus.filter(|f| is_input(&targets, *f)))
            }
            Key::Enter | Key::Space => {
                let focused = self.focus.and_then(|f| {
                    self.targets().into_iter().find_map(|t| match t {
                        Target::Button(id, m) if id == f => Some(m),
                        _ => None,
                    })
                });
                match (focused, key) {
                    (Some(message), _) => self.update(message),
                    (None, Key::Enter) => match self.steps.primary(self.lang) {
                        Some(press) => self.update(press.into()),
                        None => Task::none(),
                    },
                    // A space people type to group digits ("123 456").
                    _ => self.key(Key::Text(Zeroizing::new(" ".to_owned()))),
                }
            }
            Key::Arrow { down } => match self.steps.arrow(self.focus, down) {
                Some(m) => self.update(Message::Screen(m)),
                None => Task::none(),
            },
            Key::Back => self.update(Message::Back),
            Key::Text(text) => match self.steps.typed(&text, self.focus) {
                Some((m, field)) => {
                    let task = self.update(Message::Screen(m));
                    // The field takes the rest of the typing itself.
                    Task::batch([task, self.refocus_on(field)])
                }
                None => Task::none(),
            },
            Key::TextSize(Some(larger)) => self.update(Message::TextSize(larger)),
            Key::TextSize(None) if self.config.locked(config::Key::TextSize) => Task::none(),
            Key::TextSize(None) => {
                self.text_scale = 1.0;
                self.refocus()
            }
        }
    }

    /// Keyboard focus on `input` (where the screen's typing goes), when
    /// nothing else has the app's focus.
    fn refocus_on(&mut self, input: Option<FocusId>) -> Task<Message> {
        match input {
            Some(id) => {
                self.focus = Some(id);
                focus_task(Some(id))
            }
            None => Task::none(),
        }
    }

    /// Keyboard focus back on the text field the app's focus is on, if any.
    pub(super) fn refocus(&self) -> Task<Message> {
        let targets = self.targets();
        focus_task(self.focus.filter(|f| is_input(&targets, *f)))
    }
}

fn is_input(targets: &[Target<Message>], id: FocusId) -> bool {
    targets
        .iter()
        .any(|t| matches!(t, Target::Input(i) if *i == id))
}

/// Focuses a text input, or (with `None`) takes focus out of all of them so
/// Enter and Space reach the app.
pub(super) fn focus_task(input: Option<FocusId>) -> Task<Message> {
    match input {
        Some(id) => operation::focus(id.widget()),
        None => operation::focus(iced::widget::Id::new("no-input")),
    }
}
