//! What the platform adapters (AT-SPI on Linux, UI Automation on Windows)
//! call: their handlers run on another thread, or inside the window
//! procedure, and cannot read the app. They answer from [`Shared`], the
//! latest tree the app sent, and hand the person's actions to the app as
//! [`Request`]s through a channel the app's subscription reads.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use accesskit::{Action, ActionData, ActionHandler, ActionRequest, ActivationHandler, TreeUpdate};
use tokio::sync::mpsc;

use super::Request;

/// What the adapter's handlers read: the latest tree sent while a screen
/// reader is on, and whether one is.
#[derive(Debug, Default)]
pub struct Shared {
    active: AtomicBool,
    latest: Mutex<Option<TreeUpdate>>,
}

impl Shared {
    /// True while a screen reader listens.
    pub fn active(&self) -> bool {
        self.active.load(Ordering::SeqCst)
    }

    /// Keeps the whole tree last sent (`None`: forget it), for a screen
    /// reader that starts later.
    pub fn keep(&self, tree: Option<TreeUpdate>) {
        if let Ok(mut latest) = self.latest.lock() {
            *latest = tree;
        }
    }

    /// Every screen reader stopped (AT-SPI says so; UI Automation never
    /// does).
    #[cfg(target_os = "linux")]
    pub fn deactivated(&self) {
        self.active.store(false, Ordering::SeqCst);
        self.keep(None);
        send(Request::Deactivated);
    }
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

fn send(request: Request) {
    let _ = channel().0.send(request);
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

/// The handlers an adapter is given, answering from [`Shared`].
pub struct Handlers(pub Arc<Shared>);

impl ActivationHandler for Handlers {
    fn request_initial_tree(&mut self) -> Option<TreeUpdate> {
        tracing::info!("a screen reader asked for the accessibility tree");
        self.0.active.store(true, Ordering::SeqCst);
        send(Request::Activated);
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
        send(request);
    }
}
