//! The app and the screen reader: what the window says (the view, noted
//! as it is built), sent after every update while a screen reader listens,
//! and the screen reader's actions turned into the app's own: its focus is
//! the app's focus, its press is Enter on that control.

use iced::{Subscription, Task};
use zeroize::Zeroizing;

use super::keys::{self, Key};
use super::{App, Message};
use crate::a11y::tree::{self, Description};
use crate::a11y::{self, Part, Request};
use crate::ui::FocusId;

impl App {
    /// What the window says now, as a screen reader reads it.
    pub fn describe(&self) -> Description {
        Description {
            title: self.title(),
            lang: self.lang,
            parts: self.parts(),
            focus: self.focus,
            // Logical pixels; the same as physical at a scale of 1
            // (docs/accessibility.md).
            size: (f64::from(self.window.width), f64::from(self.window.height)),
            bounds: self.a11y_bounds,
        }
    }

    fn parts(&self) -> Vec<Part> {
        let mut parts = a11y::record(self.lang, || drop(self.view())).1;
        if let Some(summary) = self.away.summary(self.steps.entered()) {
            parts.push(Part::Status(summary.to_owned()));
        }
        parts
    }

    /// The window gained or lost the keyboard focus. On its return, what
    /// the screen came to say meanwhile (a tick that arrived while the
    /// person was in the browser) is summed up in one polite line, until
    /// the next screen.
    pub(super) fn window_focus(&mut self, focused: bool) -> Task<Message> {
        if let Some(publisher) = &mut self.a11y {
            publisher.window_focused(focused);
        }
        // With the bus joined but no screen reader listening, nobody hears
        // a summary: no view is built for one (the simulator, which joins
        // no bus, describes always).
        if self.a11y.as_ref().is_some_and(|p| !p.active()) {
            self.away = Away::default();
            return Task::none();
        }
        let said = said(&self.parts());
        if !focused {
            self.away.left(said);
            return Task::none();
        }
        if let Some(new) = self.away.back(said) {
            let summary = crate::t!(self.lang, "a11y-while-away", changes = new.join(" "));
            self.away.summary = Some((self.steps.entered(), summary));
        }
        Task::none()
    }

    /// After an update: what changed, to the screen reader, if one listens
    /// (on Windows, the task that hands it to the window's thread).
    pub(super) fn publish(&mut self, full: bool) -> Task<Message> {
        if let Some(publisher) = &self.a11y
            && publisher.active()
        {
            let nodes = self.describe().nodes();
            if let Some(publisher) = &mut self.a11y {
                return publisher.publish(nodes, full);
            }
        }
        Task::none()
    }

    /// While a screen reader listens: where the heading and the focused
    /// control are once this update is laid out (read back as a message).
    pub(super) fn measure(&self) -> Task<Message> {
        match &self.a11y {
            Some(publisher) if publisher.active() => {
                crate::a11y::bounds::measure(self.focus).map(Message::A11yBounds)
            }
            _ => Task::none(),
        }
    }

    /// Once the window is there: the screen reader's adapter on it, where
    /// the platform needs the window for that (Windows, which then shows
    /// the window).
    pub(super) fn start_screen_reader(&self) -> Task<Message> {
        match &self.a11y {
            Some(publisher) => publisher.start(),
            None => Task::none(),
        }
    }

    /// The screen reader's requests, and the window's focus (the screen
    /// reader follows the window that has it).
    pub(super) fn a11y_subscription(&self) -> Subscription<Message> {
        if self.a11y.is_none() {
            return Subscription::none();
        }
        a11y::subscription().map(|heard| match heard {
            a11y::Heard::Request(request) => Message::A11y(request),
            a11y::Heard::WindowFocused(focused) => Message::WindowFocus(focused),
        })
    }

    /// Does what the screen reader asked.
    pub(super) fn a11y_request(&mut self, request: Request) -> Task<Message> {
        match request {
            Request::Activated => self.publish(true),
            Request::Deactivated => {
                if let Some(publisher) = &mut self.a11y {
                    publisher.reset();
                }
                Task::none()
            }
            Request::Focus(node) => match self.control(node) {
                Some(id) => self.focus_on(id),
                None => Task::none(),
            },
            Request::Press(node) => match self.control(node) {
                Some(id) => {
                    let focus = self.focus_on(id);
                    Task::batch([focus, self.key(Key::Enter)])
                }
                None => Task::none(),
            },
            Request::SetValue(node, value) => self.set_value(node, value),
        }
    }

    fn focus_on(&mut self, id: FocusId) -> Task<Message> {
        self.focus = Some(id);
        keys::focus_task(Some(id))
    }

    /// Typing into a field: a value that extends what is there is typed
    /// (the rest of it), as the keyboard would; anything else is left to
    /// the keyboard (docs/accessibility.md).
    fn set_value(&mut self, node: accesskit::NodeId, value: String) -> Task<Message> {
        let parts = self.parts();
        let Some(Part::Field(field)) = tree::part(&parts, node) else {
            return Task::none();
        };
        let Some(rest) = value.strip_prefix(field.value.as_str()) else {
            return Task::none();
        };
        let id = field.id;
        let focus = self.focus_on(id);
        Task::batch([focus, self.key(Key::Text(Zeroizing::new(rest.to_owned())))])
    }

    /// The Tab target a node stands for: a field by its id; a button by
    /// trying each target in turn and seeing which one rings it (buttons
    /// know only whether they have focus).
    fn control(&mut self, node: accesskit::NodeId) -> Option<FocusId> {
        let parts = self.parts();
        match tree::part(&parts, node)? {
            Part::Field(field) => Some(field.id),
            Part::Button { .. } => {
                let index = tree::index(&parts, node)?;
                let saved = self.focus;
                let found = self.targets().iter().map(|t| t.id()).find(|&id| {
                    self.focus = Some(id);
                    matches!(
                        self.parts().get(index),
                        Some(Part::Button { focused: true, .. })
                    )
                });
                self.focus = saved;
                found
            }
            _ => None,
        }
    }
}

/// The lines a screen reader says by themselves (alerts and status lines).
fn said(parts: &[Part]) -> Vec<String> {
    parts
        .iter()
        .filter_map(|p| match p {
            Part::Alert(text) | Part::Status(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// What the window said when it lost the focus, and the summary of what
/// changed by its return.
#[derive(Debug, Default)]
pub(super) struct Away {
    said: Option<Vec<String>>,
    /// The summary and the screen (by [`crate::screen::Steps::entered`]) it
    /// belongs to.
    summary: Option<(u32, String)>,
}

impl Away {
    fn left(&mut self, said: Vec<String>) {
        self.said = Some(said);
        self.summary = None;
    }

    /// The lines said now that were not said when the window lost the
    /// focus, if any.
    fn back(&mut self, said: Vec<String>) -> Option<Vec<String>> {
        let before = self.said.take()?;
        let new: Vec<String> = said.into_iter().filter(|s| !before.contains(s)).collect();
        (!new.is_empty()).then_some(new)
    }

    fn summary(&self, entered: u32) -> Option<&str> {
        self.summary
            .as_ref()
            .filter(|(on, _)| *on == entered)
            .map(|(_, text)| text.as_str())
    }
}
