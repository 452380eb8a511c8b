//! The trainer's window: the join address and the room code large enough to
//! read from the back of the room, a live table of the trainees (the stuck
//! ones on top, with the reason), a chart of each step's times and
//! refusals, resets per trainee and for the whole room, and the CSV export.
//! The assistant's look and languages; every button reachable by keyboard;
//! read by a screen reader too (`a11y`: the tree, `live`: who became stuck,
//! `reader`: the accessibility bus). The admin token is never shown: this
//! window is projected.

mod a11y;
mod chart;
mod keys;
mod live;
mod reader;
mod source;
mod table;
mod view;
mod work;

use crate::ui::style::Looks;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use iced::{Size, Subscription, Task, Theme};

pub use keys::{Focus, Key};
pub use source::{Room, Still};
pub use work::Answer;

use crate::appearance::Appearance;
use crate::i18n::Lang;
use crate::room::{Snapshot, TraineeId};
use crate::t;

/// Below this many logical pixels of width, the chart goes below the table.
const NARROW: f32 = 1400.0;
/// The window's first size: a projector's 1080p, less the desktop's bars.
pub const WINDOW: Size = Size::new(1600.0, 960.0);

/// Everything that happens in the trainer's window.
#[derive(Debug, Clone)]
pub enum Message {
    /// The room changed: read it again.
    Changed,
    /// A second passed: times on steps and "offline" move on.
    Tick,
    /// Reset one trainee's PC for the next person.
    Reset(TraineeId),
    /// "Reset all": asks to be confirmed first.
    ResetAll,
    /// Reset every PC.
    ConfirmAll,
    /// Not "reset all" after all.
    CancelAll,
    /// Save the CSV report.
    Export,
    /// Give the room a new code (someone is trying codes).
    NewCode,
    /// A reset, the report or a new code is done.
    Answer(Answer),
    /// Switch language.
    Language(Lang),
    /// Light, dark or high contrast.
    Appearance(Appearance),
    /// A key the window handles.
    Key(Key),
    /// The window's size changed.
    Resized(Size),
    /// What a screen reader asks.
    A11y(crate::a11y::Request),
    /// The window gained (true) or lost the keyboard focus.
    WindowFocus(bool),
}

/// How a time of day is shown ("offline since 10:32").
#[derive(Debug, Clone, Copy)]
pub enum Zone {
    /// The trainer's own time zone.
    Local,
    /// A fixed offset from UTC (renders that must repeat).
    Fixed(chrono::FixedOffset),
}

impl Zone {
    /// Unix seconds as `HH:MM` in this zone.
    pub fn clock(self, at: u64) -> String {
        let Some(utc) = chrono::DateTime::from_timestamp(at as i64, 0) else {
            return "--:--".to_owned();
        };
        match self {
            Zone::Local => utc
                .with_timezone(&chrono::Local)
                .format("%H:%M")
                .to_string(),
            Zone::Fixed(offset) => utc.with_timezone(&offset).format("%H:%M").to_string(),
        }
    }
}

/// Something to tell the trainer after a button.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Notice {
    /// The report was written here.
    Saved(PathBuf),
    /// The report could not be written into this folder.
    ExportFailed(PathBuf),
    /// A reset could not be issued.
    ResetFailed,
    /// The report is being written.
    Exporting,
    /// The room could not get a new code.
    NewCodeFailed,
}

/// The trainer's window.
pub struct Dashboard {
    room: Arc<dyn Room>,
    snapshot: Snapshot,
    join_url: String,
    lang: Lang,
    appearance: Appearance,
    focus: Option<Focus>,
    confirm_all: bool,
    notice: Option<Notice>,
    export_dir: Option<PathBuf>,
    zone: Zone,
    window: Size,
    /// The accessibility bus, once joined (`with_screen_reader`).
    a11y: Option<crate::a11y::platform::Publisher>,
    /// Who became stuck or raised a hand: said once to a screen reader.
    heard: live::Heard,
}

impl Dashboard {
    /// The window on `room`; the CSV report is saved into `export_dir`.
    pub fn new(
        room: Arc<dyn Room>,
        lang: Lang,
        appearance: Appearance,
        export_dir: Option<PathBuf>,
    ) -> Self {
        Self {
            snapshot: room.snapshot(),
            join_url: room.join_url(),
            room,
            lang,
            appearance,
            focus: None,
            confirm_all: false,
            notice: None,
            export_dir,
            zone: Zone::Local,
            window: WINDOW,
            a11y: None,
            heard: live::Heard::default(),
        }
    }

    /// Joins the accessibility bus, so a screen reader can read the window
    /// (idle until one starts).
    pub fn with_screen_reader(mut self) -> Self {
        self.a11y = Some(crate::a11y::platform::Publisher::new());
        self
    }

    /// Times of day in `zone` rather than the trainer's own.
    pub fn with_zone(mut self, zone: Zone) -> Self {
        self.zone = zone;
        self
    }

    /// The window's title.
    pub fn title(&self) -> String {
        format!(
            "{} – {}",
            t!(self.lang, "room-dashboard-title"),
            self.snapshot.code
        )
    }

    /// The theme of the appearance chosen.
    pub fn theme(&self) -> Theme {
        self.appearance.theme()
    }

    /// The language shown.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The control with keyboard focus.
    pub fn focus(&self) -> Option<Focus> {
        self.focus
    }

    /// The room as shown now.
    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    /// Handles a message; then tells a screen reader what changed.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        Task::batch([task, self.publish(false)])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Changed | Message::Tick => self.refresh(),
            Message::Reset(id) => return work::reset(&self.room, id),
            Message::ResetAll => {
                self.confirm_all = true;
                self.focus = Some(Focus::ConfirmAll);
            }
            Message::ConfirmAll => {
                self.confirm_all = false;
                self.focus = Some(Focus::ResetAll);
                return work::reset_all(&self.room);
            }
            Message::CancelAll => {
                self.confirm_all = false;
                self.focus = Some(Focus::ResetAll);
            }
            Message::Export => {
                // One report at a time.
                if let Some(dir) = self.export_dir.clone()
                    && self.notice != Some(Notice::Exporting)
                {
                    self.notice = Some(Notice::Exporting);
                    return work::export(&self.room, dir);
                }
            }
            Message::NewCode => return work::new_code(&self.room),
            Message::Answer(answer) => {
                self.notice = match answer {
                    Answer::Reset(true) | Answer::NewCode(true) => None,
                    Answer::Reset(false) => Some(Notice::ResetFailed),
                    Answer::NewCode(false) => Some(Notice::NewCodeFailed),
                    Answer::Exported(Ok(path)) => Some(Notice::Saved(path)),
                    Answer::Exported(Err(dir)) => Some(Notice::ExportFailed(dir)),
                };
                self.refresh();
            }
            Message::Language(lang) => {
                // The news was said in the other language.
                self.heard.clear();
                self.lang = lang;
            }
            Message::Appearance(appearance) => self.appearance = appearance,
            Message::Key(key) => {
                if let Some(message) = self.key(key) {
                    return self.handle(message);
                }
            }
            Message::Resized(size) => self.window = size,
            Message::A11y(request) => return self.a11y_request(request),
            Message::WindowFocus(focused) => self.window_focus(focused),
        }
        Task::none()
    }

    /// Reads the room again; focus on a reset button that went away moves
    /// to "reset all".
    fn refresh(&mut self) {
        let before = std::mem::replace(&mut self.snapshot, self.room.snapshot());
        self.heard.read(&before, &self.snapshot);
        if let Some(focus) = self.focus
            && !self.targets().iter().any(|(f, _)| *f == focus)
        {
            self.focus = (!self.snapshot.trainees.is_empty()).then_some(Focus::ResetAll);
        }
    }

    /// Keys, a tick each second, and the room's changes.
    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            keys::subscription(),
            iced::window::resize_events().map(|(_, size)| Message::Resized(size)),
            iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick),
            Subscription::run_with(Watched(Arc::clone(&self.room)), changes),
            self.a11y_subscription(),
        ])
    }
}

/// The room, as the key of its change subscription.
struct Watched(Arc<dyn Room>);

impl std::hash::Hash for Watched {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Arc::as_ptr(&self.0) as *const () as usize).hash(state);
    }
}

/// A message for each burst of changes: at most five a second, however
/// busy the room (200 heartbeats every 3 s would redraw all the time).
fn changes(room: &Watched) -> futures_util::stream::BoxStream<'static, Message> {
    use futures_util::StreamExt;
    let Some(changes) = room.0.changes() else {
        return futures_util::stream::empty().boxed();
    };
    futures_util::stream::unfold(changes, |mut changes| async move {
        changes.changed().await.ok()?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        changes.borrow_and_update();
        Some((Message::Changed, changes))
    })
    .boxed()
}

/// Opens the trainer's window on `room` and runs it until it is closed.
pub fn run(
    room: Arc<dyn Room>,
    lang: Lang,
    appearance: Appearance,
    export_dir: Option<PathBuf>,
) -> iced::Result {
    #[allow(unused_mut)]
    let mut window = iced::window::Settings::default();
    #[cfg(target_os = "linux")]
    {
        window.platform_specific.application_id = "mfa-assistant".into();
    }
    // UI Automation's adapter must see the window before it is shown: it
    // opens hidden, and the adapter shows it once attached.
    #[cfg(windows)]
    {
        window.visible = false;
    }
    iced::application(
        move || {
            // Screen readers (AT-SPI, UI Automation): idle until one starts.
            let dashboard = Dashboard::new(Arc::clone(&room), lang, appearance, export_dir.clone())
                .with_screen_reader();
            let start = dashboard.start_screen_reader();
            (dashboard, start)
        },
        Dashboard::update,
        Dashboard::view,
    )
    .settings(crate::ui::settings())
    .title(Dashboard::title)
    .theme(Dashboard::theme)
    .subscription(Dashboard::subscription)
    .window(window)
    .window_size(WINDOW)
    .centered()
    .run()
}
