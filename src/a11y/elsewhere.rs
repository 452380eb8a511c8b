//! Where no adapter is built (macOS and the rest): nothing is published,
//! and no tree is built.

use iced::Task;

use super::Request;
use super::tree::Nodes;

/// No accessibility bus here: never active.
#[derive(Debug, Default)]
pub struct Publisher;

impl Publisher {
    /// Nothing to join.
    pub fn new() -> Self {
        Self
    }

    /// Nothing to attach.
    pub fn start<T>(&self) -> Task<T> {
        Task::none()
    }

    /// Never: no screen reader can reach this build.
    pub fn active(&self) -> bool {
        false
    }

    /// Nothing is sent.
    pub fn publish<T>(&mut self, _nodes: Nodes, _full: bool) -> Task<T> {
        Task::none()
    }

    /// Nothing to tell.
    pub fn window_focused(&mut self, _focused: bool) {}

    /// Nothing was sent.
    pub fn reset(&mut self) {}
}

/// No requests ever come.
pub fn requests() -> impl futures_util::Stream<Item = Request> {
    futures_util::stream::empty()
}
