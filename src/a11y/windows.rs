//! The tree for Windows screen readers (UI Automation: NVDA, Narrator),
//! with `accesskit_windows`'s `SubclassingAdapter` on the app's window.
//!
//! iced 0.14 gives the window only to a closure run on the thread that owns
//! it (`window::run`, on the event loop's thread), and the closure and its
//! result must be `Send`; the adapter is not. So the adapter lives in a
//! thread-local of that thread, made there once ([`Publisher::start`]), and
//! every tree update is queued here and applied there by another
//! `window::run` (the queue keeps them in order, whichever of those tasks
//! runs first).
//!
//! The adapter must exist before the window is first shown. iced_winit
//! 0.14 creates every window invisible, but shows it (when its settings
//! say `visible`) in the same step that builds its first UI, before the
//! app's first task can run (lib.rs, `Event::WindowCreated`, before
//! `on_open`). So main.rs opens the window hidden on Windows, and `start`
//! shows it once the adapter is attached (or could not be).
//!
//! UI Automation asks for the tree with `WM_GETOBJECT`, inside the window
//! procedure; that call is the activation handler, which marks the bus
//! active and asks the app for the whole tree (`Request::Activated`), as on
//! Linux. The action handler is called on UI Automation's threads and hands
//! the person's actions to the app's subscription (`handlers`). The
//! adapter follows the window's focus itself: the subclassed window
//! procedure sees `WM_SETFOCUS` and `WM_KILLFOCUS`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, OnceLock};

use accesskit::TreeUpdate;
use accesskit_windows::{HWND, SubclassingAdapter};
use iced::Task;
use iced::window::raw_window_handle::RawWindowHandle;
use iced::window::{self, Window};

pub use super::handlers::requests;
use super::handlers::{Handlers, Shared};
use super::tree::{Nodes, Sent};

thread_local! {
    /// The adapter, on the thread that owns the window (the only thread
    /// that may make it, and the one its events are raised on).
    static ADAPTER: RefCell<Option<SubclassingAdapter>> = const { RefCell::new(None) };
}

/// Tree updates waiting for the window's thread, in the order they were
/// made.
type Queue = Arc<Mutex<VecDeque<TreeUpdate>>>;

/// The app's side of the adapter.
#[derive(Debug, Default)]
pub struct Publisher {
    shared: Arc<Shared>,
    sent: Sent,
    queue: Queue,
    /// The window the adapter is attached to, once it is.
    window: Arc<OnceLock<window::Id>>,
}

impl Publisher {
    /// Nothing is attached yet: that needs the window ([`Self::start`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// Attaches the adapter to the app's window, still hidden, then shows
    /// the window (also when attaching failed: a window nobody sees helps
    /// no one).
    pub fn start<T: Send + 'static>(&self) -> Task<T> {
        let shared = self.shared.clone();
        let attached_to = self.window.clone();
        window::oldest().then(move |id| {
            let Some(id) = id else { return Task::none() };
            let shared = shared.clone();
            let attached_to = attached_to.clone();
            window::run(id, move |window| {
                let attached = attach(window, shared);
                if attached {
                    let _ = attached_to.set(id);
                }
                attached
            })
            .then(move |attached| {
                if attached {
                    tracing::info!("screen readers: UI Automation adapter on the window");
                } else {
                    tracing::warn!("screen readers: no adapter on the window");
                }
                window::set_mode(id, window::Mode::Windowed)
            })
        })
    }

    /// True while a screen reader listens: only then is a tree built.
    pub fn active(&self) -> bool {
        self.shared.active()
    }

    /// Queues what changed since the last tree (the whole tree with
    /// `full`), and returns the task that applies it on the window's
    /// thread.
    pub fn publish<T: Send + 'static>(&mut self, nodes: Nodes, full: bool) -> Task<T> {
        let update = if full {
            Some(self.sent.full(nodes))
        } else {
            self.sent.changes(nodes)
        };
        let (Some(update), Some(&id)) = (update, self.window.get()) else {
            return Task::none();
        };
        self.shared.keep(self.sent.snapshot());
        if let Ok(mut queue) = self.queue.lock() {
            queue.push_back(update);
        }
        let queue = self.queue.clone();
        window::run(id, move |_| apply(&queue)).discard()
    }

    /// Nothing to do: the subclassed window procedure tells the adapter
    /// when the window gains or loses the focus.
    pub fn window_focused(&mut self, _focused: bool) {}

    /// Forgets the tree sent (a screen reader stopped; UI Automation never
    /// says so).
    pub fn reset(&mut self) {
        self.sent = Sent::default();
    }
}

/// Makes the adapter on the window's thread. False when the window has no
/// Win32 handle, or is visible already (the adapter would panic: it must
/// see the window before it is first shown).
fn attach(window: &dyn Window, shared: Arc<Shared>) -> bool {
    let Ok(handle) = window.window_handle() else {
        return false;
    };
    let RawWindowHandle::Win32(handle) = handle.as_raw() else {
        return false;
    };
    let hwnd = HWND(handle.hwnd.get() as *mut std::ffi::c_void);
    // SAFETY: a plain query on a window handle iced just handed over, on
    // the thread that owns the window.
    let visible = unsafe { windows_sys::Win32::UI::WindowsAndMessaging::IsWindowVisible(hwnd.0) };
    if visible != 0 {
        return false;
    }
    let adapter = SubclassingAdapter::new(hwnd, Handlers(shared.clone()), Handlers(shared));
    ADAPTER.with(|a| *a.borrow_mut() = Some(adapter));
    true
}

/// Applies the queued updates, oldest first, on the window's thread; the
/// events they raise are raised with no borrow held (raising may send the
/// window `WM_GETOBJECT`).
fn apply(queue: &Mutex<VecDeque<TreeUpdate>>) {
    loop {
        let Some(update) = queue.lock().ok().and_then(|mut q| q.pop_front()) else {
            return;
        };
        // Counted by the Wine test (scripts/windows-test).
        tracing::debug!(nodes = update.nodes.len(), "tree update to UI Automation");
        let events = ADAPTER.with(|a| {
            a.borrow_mut()
                .as_mut()
                .and_then(|adapter| adapter.update_if_active(|| update))
        });
        if let Some(events) = events {
            events.raise();
        }
    }
}
