//! The application: routes messages to the screens, moves along the
//! provider's route, and reacts to what the screens report. The window's
//! frame (header, stepper, footer) is in `chrome`; keys, Tab order and focus
//! in `keys`.

mod a11y;
mod chrome;
mod keys;
mod notices;
mod reading;
mod room;
mod window;

use std::time::Instant;

use iced::widget::operation;
use iced::{Subscription, Task};

pub use keys::Key;
pub use notices::Notices;
pub use room::RoomMessage;

use crate::appearance::Appearance;
use crate::config::{self, Config, SettingsError};
use crate::guide::Screen;
use crate::i18n::Lang;
use crate::screen::{self, Ctx, Event, Press, Steps};
use crate::service::{Profile, Service};
use crate::ui::FocusId;

/// Below this many logical pixels of width, pictures go below the text.
const NARROW: f32 = 960.0;
/// One step of the text size setting.
const TEXT_STEP: f32 = 0.25;
/// How long a copied key may stay on the clipboard.
const KEY_ON_CLIPBOARD: std::time::Duration = std::time::Duration::from_secs(60);
/// How long closing waits for the provider to remove what is unfinished.
const CLOSING_WAIT: std::time::Duration = std::time::Duration::from_secs(5);
/// The scrollable that holds the current screen.
const BODY: &str = "screen-body";

/// Everything that can happen in the app.
#[derive(Debug, Clone)]
pub enum Message {
    /// A message for one of the screens.
    Screen(screen::Message),
    /// Next screen, when the current one allows it.
    Next,
    /// Previous screen; always allowed, nothing is lost.
    Back,
    /// Switch language; nothing is lost.
    Language(Lang),
    /// A key handled by the app.
    Key(Key),
    /// Larger (`true`) or smaller text.
    TextSize(bool),
    /// Light, dark or high contrast.
    Appearance(Appearance),
    /// The window's size changed (logical pixels).
    Resized(iced::Size),
    /// A second passed while a countdown is shown.
    Tick(Instant),
    /// A background call finished with nothing to report.
    Ignore,
    /// The window is being closed: unfinished enrollments go first.
    Closing,
    /// What the clipboard holds as the window closes: the copied key goes.
    ClosingClipboard(Option<String>),
    /// A minute after a key was copied: take it off the clipboard.
    ForgetCopy,
    /// What the clipboard holds now (checked, then wiped).
    ClipboardHolds(Option<String>),
    /// Cleaned up; the app ends.
    Exit,
    /// The training room: its link, resets, the raised hand, joining.
    Room(RoomMessage),
    /// A screen reader started or stopped, or asks for an action.
    A11y(crate::a11y::Request),
    /// The window gained (`true`) or lost the keyboard focus.
    WindowFocus(bool),
    /// Where the heading and the focused control are now (for the screen
    /// reader).
    A11yBounds(crate::a11y::bounds::Bounds),
}

impl<M: Into<screen::Message>> From<M> for Message {
    fn from(message: M) -> Self {
        Message::Screen(message.into())
    }
}

impl From<Press> for Message {
    fn from(press: Press) -> Self {
        match press {
            Press::Next => Message::Next,
            Press::Screen(m) => Message::Screen(m),
        }
    }
}

/// The assistant's whole state.
pub struct App {
    service: Service,
    profile: Profile,
    config: Config,
    /// Why the configured provider could not be used (training instead).
    provider_problem: Option<SettingsError>,
    /// What the start found worth saying (settings, the crash journal).
    notices: Notices,
    /// The organisation's logo, read at start.
    logo: Option<iced::widget::image::Handle>,
    /// A digest of the key put on the clipboard (not the key): it comes off
    /// again only if it is still the key there. Kept across start-overs.
    copied_key: Option<[u8; 32]>,
    /// The window is closing: what is left unfinished is being removed.
    closing: bool,
    lang: Lang,
    steps: Steps,
    focus: Option<FocusId>,
    now: Instant,
    /// 1.0 to 2.0: the text size setting, applied as the window's scale.
    text_scale: f32,
    appearance: Appearance,
    window: iced::Size,
    /// The training room this PC is in, if any.
    room: room::Room,
    /// The accessibility bus, once joined (`with_screen_reader`).
    a11y: Option<crate::a11y::platform::Publisher>,
    /// What changed while the window was away, for the screen reader.
    away: a11y::Away,
    /// Where the heading and the focused control were last read to be.
    a11y_bounds: crate::a11y::bounds::Bounds,
}

impl App {
    /// A fresh assistant on the first screen of the provider's route.
    pub fn new(service: Service, config: Config, lang: Lang) -> Self {
        let profile = service.profile();
        let training = profile.training;
        Self {
            steps: Steps::new(service.clone(), &config, service.route().first()),
            profile,
            service,
            text_scale: config.text_scale(),
            appearance: config.appearance,
            room: room::Room::new(&config, training),
            config,
            provider_problem: None,
            notices: Notices::default(),
            logo: None,
            copied_key: None,
            closing: false,
            lang,
            focus: None,
            now: Instant::now(),
            window: iced::Size::new(1180.0, 800.0),
            a11y: None,
            away: a11y::Away::default(),
            a11y_bounds: crate::a11y::bounds::Bounds::default(),
        }
    }

    /// Joins the accessibility bus, so a screen reader can read the window
    /// (idle until one starts).
    pub fn with_screen_reader(mut self) -> Self {
        self.a11y = Some(crate::a11y::platform::Publisher::new());
        self
    }

    /// The organisation's logo, in the header and on its drawn pages.
    pub fn with_logo(mut self, logo: Option<&crate::brand::Logo>) -> Self {
        self.logo =
            logo.map(|l| iced::widget::image::Handle::from_rgba(l.width, l.height, l.rgba.clone()));
        self
    }

    /// What the start found worth saying.
    pub fn with_notices(mut self, notices: Notices) -> Self {
        self.notices = notices;
        self
    }

    /// Says in the window why the configured provider is not used.
    pub fn with_provider_problem(mut self, problem: Option<SettingsError>) -> Self {
        self.provider_problem = problem;
        self
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            lang: self.lang,
            platform: self.steps.platform(),
            profile: &self.profile,
            config: &self.config,
            focus: self.focus,
            default: self.default_button(),
            now: self.now,
            narrow: self.window.width / self.text_scale < NARROW,
            live_code: self.steps.live_code(),
            logo: self.logo.as_ref(),
            phone_step: self.service.phone_step(),
        }
    }

    /// Handles a message (and tells a training room what it changed);
    /// afterwards, what the journal has to say.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        self.room_before(&message);
        let measured = matches!(message, Message::A11yBounds(_));
        let task = self.handle(message);
        self.room_after();
        self.notices.refresh();
        let published = self.publish(false);
        // Where things are is read back after each change, but not after
        // reading it (the reading moves nothing).
        let measure = if measured {
            Task::none()
        } else {
            self.measure()
        };
        Task::batch([task, published, measure])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Screen(m) => {
                let (task, event) = self.steps.update(m, self.lang, &self.config);
                Task::batch([task.map(Message::Screen), self.react(event)])
            }
            Message::Next => {
                if self.steps.can_continue() {
                    self.react(Some(Event::Continue))
                } else {
                    Task::none()
                }
            }
            Message::Back => match self.route().previous(self.screen()) {
                Some(previous) => self.go(previous),
                None => Task::none(),
            },
            // What IT locked stays as IT set it.
            Message::Language(_) if self.config.locked(config::Key::Language) => Task::none(),
            Message::TextSize(_) if self.config.locked(config::Key::TextSize) => Task::none(),
            Message::Appearance(_) if self.config.locked(config::Key::Appearance) => Task::none(),
            Message::Language(lang) => {
                self.lang = lang;
                Task::none()
            }
            Message::Key(key) => self.key(key),
            Message::TextSize(larger) => {
                let step = if larger { TEXT_STEP } else { -TEXT_STEP };
                self.text_scale = (self.text_scale + step).clamp(1.0, 2.0);
                // The narrow layout rebuilds the widgets, and with them the
                // text field's focus: someone typing keeps their place.
                self.refocus()
            }
            Message::Appearance(appearance) => {
                self.appearance = appearance;
                Task::none()
            }
            Message::Resized(size) => {
                self.window = size;
                Task::none()
            }
            Message::Tick(now) => {
                self.now = now;
                Task::none()
            }
            Message::Ignore => Task::none(),
            // One close at a time: it may take a few seconds.
            Message::Closing if self.closing => Task::none(),
            // The copied key does not outlive the assistant on the clipboard.
            Message::Closing if self.copied_key.is_some() => {
                self.closing = true;
                iced::clipboard::read().map(Message::ClosingClipboard)
            }
            Message::ClosingClipboard(text) => {
                self.wipe_if_ours(text).chain(self.cancel_and_exit())
            }
            Message::Closing => {
                self.closing = true;
                self.cancel_and_exit()
            }
            Message::ForgetCopy => match self.copied_key {
                Some(_) => iced::clipboard::read().map(Message::ClipboardHolds),
                None => Task::none(),
            },
            Message::ClipboardHolds(text) => self.wipe_if_ours(text),
            Message::Exit => iced::exit(),
            Message::Room(m) => self.room_update(m),
            Message::A11y(request) => self.a11y_request(request),
            Message::WindowFocus(focused) => self.window_focus(focused),
            Message::A11yBounds(bounds) => {
                self.a11y_bounds = bounds;
                Task::none()
            }
        }
    }

    /// What the app does with what a screen reported.
    fn react(&mut self, event: Option<Event>) -> Task<Message> {
        match event {
            Some(Event::Continue) => match self.route().next(self.screen()) {
                Some(next) => self.go(next),
                None => Task::none(),
            },
            Some(Event::GoTo(screen)) if self.route().position(screen).is_some() => self.go(screen),
            Some(Event::Focus(id)) => {
                self.focus = Some(id);
                keys::focus_task(Some(id))
            }
            Some(Event::Reveal) => operation::snap_to_end(BODY),
            Some(Event::Restart) => self.start_again(),
            Some(Event::KeyCopied(digest)) => {
                self.copied_key = Some(digest);
                Task::perform(tokio::time::sleep(KEY_ON_CLIPBOARD), |()| {
                    Message::ForgetCopy
                })
            }
            // Steps acts on these itself.
            Some(
                Event::GoTo(_) | Event::AccountChanged | Event::SmsSent(_) | Event::SessionExpired,
            )
            | None => Task::none(),
        }
    }

    /// Shows `screen`, puts focus where the person starts typing, and starts
    /// what the screen needs from the provider.
    fn go(&mut self, screen: Screen) -> Task<Message> {
        self.now = Instant::now();
        if screen != self.route().first() {
            self.notices.started();
        }
        let entering = self.steps.enter(screen).map(Message::Screen);
        self.focus = self.steps.first_input();
        Task::batch([entering, keys::focus_task(self.focus)])
    }

    /// Empties the clipboard if it still holds the key the person copied
    /// (and not what they copied since); the key is forgotten either way.
    fn wipe_if_ours(&mut self, text: Option<String>) -> Task<Message> {
        let text = text.map(zeroize::Zeroizing::new);
        let ours = text
            .as_deref()
            .is_some_and(|t| self.copied_key == Some(screen::clipboard_digest(t)));
        self.copied_key = None;
        match ours {
            true => iced::clipboard::write(String::new()),
            false => Task::none(),
        }
    }

    /// Tokens the server created but the phone never proved are removed,
    /// so quitting midway leaves no orphans; a slow server gets a few
    /// seconds, not its whole time limit (the journal remembers the rest).
    fn cancel_and_exit(&self) -> Task<Message> {
        let cancel = self.service.cancel();
        Task::perform(tokio::time::timeout(CLOSING_WAIT, cancel), |_| {
            Message::Exit
        })
    }

    fn restart(&mut self) -> Task<Message> {
        let (logo, copied_key, window) = (self.logo.take(), self.copied_key, self.window);
        let a11y = self.a11y.take();
        let cancel = Task::perform(self.service.cancel(), |_| Message::Ignore);
        // The PC stays in its training room for the next person.
        let room = std::mem::replace(
            &mut self.room,
            room::Room::new(&self.config, self.profile.training),
        );
        *self = App::new(self.service.clone(), self.config.clone(), self.lang)
            .with_provider_problem(self.provider_problem.take())
            .with_notices(std::mem::take(&mut self.notices));
        self.notices.next_person();
        self.logo = logo;
        self.room = room;
        // The clipboard and the window are the PC's, not the person's.
        self.copied_key = copied_key;
        self.window = window;
        self.a11y = a11y;
        Task::batch([cancel, keys::focus_task(None)])
    }

    /// Keys, and a tick each second while a countdown is on screen.
    pub fn subscription(&self) -> Subscription<Message> {
        let events = Subscription::batch([keys::subscription(), self.a11y_subscription()]);
        if self.steps.ticking() {
            Subscription::batch([
                events,
                iced::time::every(std::time::Duration::from_millis(500)).map(Message::Tick),
            ])
        } else {
            events
        }
    }
}
