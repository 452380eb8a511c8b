//! The trainer's window and the screen reader: the tree (`a11y`) sent
//! after every update while one listens, through the assistant's own
//! adapter (`crate::a11y::platform`), and the screen reader's requests
//! turned into the dashboard's own: its focus is the keyboard's focus, its
//! press is Enter on that button.

use accesskit::NodeId;
use iced::{Subscription, Task};

use super::a11y::button_node;
use super::keys::{Focus, Key};
use super::{Dashboard, Message};
use crate::a11y::{Heard, Request};

impl Dashboard {
    /// After an update: what changed, to the screen reader, if one listens
    /// (`full`: the whole tree, when one starts). The task applies it
    /// where the adapter lives (on Windows, the window's thread).
    pub(super) fn publish(&mut self, full: bool) -> Task<Message> {
        if let Some(publisher) = &self.a11y
            && publisher.active()
        {
            let nodes = self.describe();
            if let Some(publisher) = &mut self.a11y {
                return publisher.publish(nodes, full);
            }
        }
        Task::none()
    }

    /// Attaches the adapter where it needs the window (Windows: to the
    /// window opened hidden, then shown).
    pub(super) fn start_screen_reader(&self) -> Task<Message> {
        self.a11y
            .as_ref()
            .map_or_else(Task::none, |publisher| publisher.start())
    }

    /// The screen reader's requests, and the window's focus (a screen
    /// reader follows the window that has it).
    pub(super) fn a11y_subscription(&self) -> Subscription<Message> {
        if self.a11y.is_none() {
            return Subscription::none();
        }
        crate::a11y::subscription().map(|heard| match heard {
            Heard::Request(request) => Message::A11y(request),
            Heard::WindowFocused(focused) => Message::WindowFocus(focused),
        })
    }

    /// The window gained or lost the keyboard focus.
    pub(super) fn window_focus(&mut self, focused: bool) {
        if let Some(publisher) = &mut self.a11y {
            publisher.window_focused(focused);
        }
    }

    /// Does what the screen reader asked: its focus is the keyboard's, its
    /// press is Enter on that button. There are no text fields here.
    pub(super) fn a11y_request(&mut self, request: Request) -> Task<Message> {
        match request {
            Request::Activated => {
                // Old news is not said to a screen reader that starts now:
                // the table shows who is still stuck.
                self.heard.clear();
                return self.publish(true);
            }
            Request::Deactivated => {
                if let Some(publisher) = &mut self.a11y {
                    publisher.reset();
                }
            }
            Request::Focus(node) => {
                if let Some(focus) = self.control(node) {
                    self.focus = Some(focus);
                }
            }
            Request::Press(node) => {
                if let Some(focus) = self.control(node) {
                    self.focus = Some(focus);
                    return self.handle(Message::Key(Key::Press));
                }
            }
            Request::SetValue(..) => {}
        }
        Task::none()
    }

    /// The Tab target a node stands for.
    fn control(&self, node: NodeId) -> Option<Focus> {
        self.targets()
            .into_iter()
            .map(|(focus, _)| focus)
            .find(|focus| button_node(*focus) == node)
    }
}
