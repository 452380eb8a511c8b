//! The tree on the Linux accessibility bus (AT-SPI), with `accesskit_unix`.
//!
//! The adapter stays idle until an assistive technology turns the bus on
//! (`org.a11y.Status IsEnabled`): until then no tree is built, and the
//! widgets note nothing. Its handlers run on the adapter's own thread
//! (`handlers`).

use std::sync::Arc;

use accesskit::DeactivationHandler;
use accesskit_unix::Adapter;
use iced::Task;

pub use super::handlers::requests;
use super::handlers::{Handlers, Shared};
use super::tree::{Nodes, Sent};

impl DeactivationHandler for Handlers {
    fn deactivate_accessibility(&mut self) {
        self.0.deactivated();
    }
}

/// The app's side of the adapter.
#[derive(Debug)]
pub struct Publisher {
    adapter: Adapter,
    shared: Arc<Shared>,
    sent: Sent,
}

impl Publisher {
    /// Joins the accessibility bus (idle until a screen reader starts).
    pub fn new() -> Self {
        let shared = Arc::new(Shared::default());
        let adapter = Adapter::new(
            Handlers(shared.clone()),
            Handlers(shared.clone()),
            Handlers(shared.clone()),
        );
        Self {
            adapter,
            shared,
            sent: Sent::default(),
        }
    }

    /// Nothing to do once the window is there: AT-SPI needs no window
    /// handle.
    pub fn start<T>(&self) -> Task<T> {
        Task::none()
    }

    /// True while a screen reader listens: only then is a tree built.
    pub fn active(&self) -> bool {
        self.shared.active()
    }

    /// Sends what changed since the last tree (the whole tree with `full`),
    /// from here: the Linux adapter may be called from any thread.
    pub fn publish<T>(&mut self, nodes: Nodes, full: bool) -> Task<T> {
        let update = if full {
            Some(self.sent.full(nodes))
        } else {
            self.sent.changes(nodes)
        };
        if let Some(update) = update {
            self.shared.keep(self.sent.snapshot());
            self.adapter.update_if_active(|| update);
        }
        Task::none()
    }

    /// The window gained or lost the keyboard focus.
    pub fn window_focused(&mut self, focused: bool) {
        self.adapter.update_window_focus_state(focused);
    }

    /// Forgets the tree sent (a screen reader stopped).
    pub fn reset(&mut self) {
        self.sent = Sent::default();
    }
}

impl Default for Publisher {
    fn default() -> Self {
        Self::new()
    }
}
