//! The tree on the Linux accessibility bus (AT-SPI), with `accesskit_unix`.
//!
//! Nothing of the adapter exists until the session bus says a screen reader
//! is on (`org.a11y.Status IsEnabled`). Until then a thread of ours waits on
//! one libdbus connection (the system's library, which desktops already
//! have mapped) for that property to turn true, then makes the adapter: its
//! thread, its zbus connection, its AT-SPI objects. zbus's connection alone
//! costs about 3 MiB of the start's memory (its code pages), which a person
//! without a screen reader does not pay (docs/performance.md). The adapter
//! then follows the bus by itself: it asks for the tree (`Activated`) and
//! says when every screen reader stopped. Its handlers run on its own thread
//! (`handlers`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

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

/// The adapter once a screen reader was heard, and the window's focus to
/// give it (it may be made after the window got the focus).
#[derive(Debug, Default)]
struct Slot {
    adapter: Option<Adapter>,
    focused: bool,
}

/// The app's side of the adapter.
#[derive(Debug)]
pub struct Publisher {
    slot: Arc<Mutex<Slot>>,
    shared: Arc<Shared>,
    sent: Sent,
}

impl Publisher {
    /// Ready to join the accessibility bus once a screen reader is on
    /// ([`Publisher::start`] watches for one).
    pub fn new() -> Self {
        Self {
            slot: Arc::default(),
            shared: Arc::new(Shared::default()),
            sent: Sent::default(),
        }
    }

    /// Watches the session bus until a screen reader is on, then makes the
    /// adapter, on a thread of its own that waits in the kernel meanwhile.
    /// Without a session bus, or without the accessibility bus's launcher,
    /// it says so in the log and ends: no screen reader can reach the
    /// window then.
    pub fn start<T>(&self) -> Task<T> {
        let slot = self.slot.clone();
        let shared = self.shared.clone();
        let watch = move || match screen_reader_on() {
            Ok(()) => {
                tracing::info!("a screen reader is on: joining the accessibility bus");
                let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
                let mut adapter = Adapter::new(
                    Handlers(shared.clone()),
                    Handlers(shared.clone()),
                    Handlers(shared),
                );
                adapter.update_window_focus_state(slot.focused);
                slot.adapter = Some(adapter);
            }
            Err(error) => tracing::info!(%error, "no accessibility bus to join"),
        };
        if let Err(error) = std::thread::Builder::new()
            .name("a11y-watch".into())
            .spawn(watch)
        {
            tracing::warn!(%error, "could not watch for a screen reader");
        }
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
            let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(adapter) = &mut slot.adapter {
                adapter.update_if_active(|| update);
            }
        }
        Task::none()
    }

    /// The window gained or lost the keyboard focus.
    pub fn window_focused(&mut self, focused: bool) {
        let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        slot.focused = focused;
        if let Some(adapter) = &mut slot.adapter {
            adapter.update_window_focus_state(focused);
        }
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

/// Returns once `org.a11y.Status IsEnabled` is true on the session bus: at
/// once when a screen reader already runs, or when one starts.
fn screen_reader_on() -> Result<(), dbus::Error> {
    use dbus::blocking::Connection;
    use dbus::blocking::stdintf::org_freedesktop_dbus::{Properties, PropertiesPropertiesChanged};

    const STATUS: &str = "org.a11y.Status";
    let bus = Connection::new_session()?;
    let status = bus.with_proxy("org.a11y.Bus", "/org/a11y/bus", Duration::from_secs(25));
    let on = Arc::new(AtomicBool::new(false));
    let heard = on.clone();
    // Listening before reading: a change between the two is not missed.
    status.match_signal(
        move |change: PropertiesPropertiesChanged, _: &Connection, _: &dbus::Message| {
            let enabled = change.changed_properties.get("IsEnabled");
            if change.interface_name == STATUS && enabled.and_then(|v| v.0.as_u64()) == Some(1) {
                heard.store(true, Ordering::SeqCst);
            }
            true
        },
    )?;
    if status.get::<bool>(STATUS, "IsEnabled")? {
        return Ok(());
    }
    while !on.load(Ordering::SeqCst) {
        // Returns when a message arrives: no wake-ups while nothing does.
        bus.process(Duration::from_secs(24 * 3600))?;
    }
    Ok(())
}
