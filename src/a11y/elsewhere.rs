//! Where no adapter is built yet (Windows, macOS): nothing is published,
//! and no tree is built. The Windows adapter (`accesskit_windows`) is
//! described in docs/accessibility.md as work still to do.

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

    /// Never: no screen reader can reach this build.
    pub fn active(&self) -> bool {
        false
    }

    /// Nothing is sent.
    pub fn publish(&mut self, _nodes: Nodes, _full: bool) {}

    /// Nothing to tell.
    pub fn window_focused(&mut self, _focused: bool) {}

    /// Nothing was sent.
    pub fn reset(&mut self) {}
}

/// No requests ever come.
pub fn requests() -> impl futures_util::Stream<Item = Request> {
    futures_util::stream::empty()
}
