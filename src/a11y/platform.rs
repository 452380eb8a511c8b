//! The tree on the Linux accessibility bus (AT-SPI), with `accesskit_unix`.
//!
//! The adapter stays idle until an assistive technology turns the bus on
//! (`org.a11y.Status IsEnabled`): until then no tree is built, and the
//! widgets note nothing. Its handlers run on the adapter's own thread and
//! cannot read the app: they answer from [`Shared`], the latest tree the
//! app sent, and hand the person's actions to the app as [`Request`]s
//! through a channel the app's subscription reads.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use accesskit::{
    Action, ActionData, ActionHandler, ActionRequest, ActivationHandler, DeactivationHandler,
    TreeUpdate,
};
use accesskit_unix::Adapter;
use tokio::sync::mpsc;

use super::Request;
use super::tree::{Nodes, Sent};

/// What the adapter's thread reads: the latest tree sent while a screen
/// reader is on, and whether one is.
#[derive(Debug, Default)]
struct Shared {
    active: AtomicBool,
    latest: Mutex<Option<TreeUpdate>>,
}

type Channel = (
    mpsc::UnboundedSender<Request>,
    Mutex<Option<mpsc::UnboundedReceiver<Request>>>,
);

/// The channel from the adapter's handlers to the app's subscription.
fn channel() -> &'static Channel {
    static CHANNEL: OnceLock<Channel> = OnceLock::new();
    CHANNEL.get_or_init(|| {
        let (tx, rx) = mpsc::unbounded_channel();
        (tx, Mutex::new(Some(rx)))
    })
}

/// The requests, as the app's subscription reads them (one reader: the
/// window's).
pub fn requests() -> impl futures_util::Stream<Item = Request> {
    let rx = channel().1.lock().ok().and_then(|mut rx| rx.take());
    futures_util::stream::unfold(rx, |rx| async move {
        let mut rx = rx?;
        let request = rx.recv().await?;
        Some((request, Some(rx)))
    })
}

struct Handlers(Arc<Shared>);

impl ActivationHandler for Handlers {
    fn request_initial_tree(&mut self) -> Option<TreeUpdate> {
        self.0.active.store(true, Ordering::SeqCst);
        let _ = channel().0.send(Request::Activated);
        // Answered from the snapshot when there is one; otherwise the app
        // sends the whole tree as soon as it reads `Activated`.
        self.0.latest.lock().ok().and_then(|t| t.clone())
    }
}

impl ActionHandler for Handlers {
    fn do_action(&mut self, request: ActionRequest) {
        let node = request.target_node;
        let request = match (request.action, request.data) {
            (Action::Click, _) => Request::Press(node),
            (Action::Focus, _) => Request::Focus(node),
            (Action::SetValue, Some(ActionData::Value(value))) => {
                Request::SetValue(node, value.into())
            }
            _ => return,
        };
        let _ = channel().0.send(request);
    }
}

impl DeactivationHandler for Handlers {
    fn deactivate_accessibility(&mut self) {
        self.0.active.store(false, Ordering::SeqCst);
        if let Ok(mut latest) = self.0.latest.lock() {
            *latest = None;
        }
        let _ = channel().0.send(Request::Deactivated);
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

    /// True while a screen reader listens: only then is a tree built.
    pub fn active(&self) -> bool {
        self.shared.active.load(Ordering::SeqCst)
    }

    /// Sends what changed since the last tree (the whole tree with `full`).
    pub fn publish(&mut self, nodes: Nodes, full: bool) {
        let update = if full {
            Some(self.sent.full(nodes))
        } else {
            self.sent.changes(nodes)
        };
        let Some(update) = update else { return };
        if let Ok(mut latest) = self.shared.latest.lock() {
            *latest = self.sent.snapshot();
        }
        self.adapter.update_if_active(|| update);
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
