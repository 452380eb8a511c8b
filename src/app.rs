//! The application: routes messages to the current screen, moves between
//! screens, owns keyboard focus, and draws the frame around each screen.

use std::time::{Duration, Instant};

use iced::event::{self, Status};
use iced::keyboard::{self, key::Named};
use iced::widget::{column, container, operation, row, scrollable, space, text};
use iced::{Element, Length, Subscription, Task, Theme};

use crate::config::{Config, ConfigError, SettingsError};
use crate::guide::{Platform, SCREENS, Screen};
use crate::i18n::Lang;
use crate::screen::{
    self, Ctx, Event, approve, finish, install_app, more_info, phone_number, scan_qr, sign_in,
    verify_sms, welcome,
};
use crate::service::{Profile, Service};
use crate::t;
use crate::ui::style::Appearance;
use crate::ui::{self, FocusId, Kind, Target, Tone, focus, style};

/// Below this many logical pixels of width, pictures go below the text.
const NARROW: f32 = 960.0;
/// One step of the text size setting.
const TEXT_STEP: f32 = 0.25;
const APPEARANCE: FocusId = FocusId("appearance");
const TEXT_SMALLER: FocusId = FocusId("text-smaller");
const TEXT_LARGER: FocusId = FocusId("text-larger");
const NAV_BACK: FocusId = FocusId("nav-back");
const NAV_NEXT: FocusId = FocusId("nav-next");
/// The scrollable that holds the current screen.
const BODY: &str = "screen-body";
const LANG_FOCUS: [FocusId; 2] = [FocusId("lang-nl"), FocusId("lang-en")];

/// A key the app handles itself, whatever the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Tab, or Shift+Tab with `back`.
    Tab {
        /// Shift was held.
        back: bool,
    },
    /// Enter outside a text field: the focused button, else the primary action.
    Enter,
    /// Space outside a text field: the focused button.
    Space,
    /// Arrow up or down, for the country picker.
    Arrow {
        /// Down rather than up.
        down: bool,
    },
    /// Alt+Left: back.
    Back,
    /// Ctrl+plus, Ctrl+minus (`Some(true/false)`), Ctrl+0 (`None`): text size.
    TextSize(Option<bool>),
    /// A digit typed outside a text field.
    Digit(u8),
}

/// Everything that can happen in the app.
#[derive(Debug, Clone)]
pub enum Message {
    /// Welcome screen.
    Welcome(welcome::Message),
    /// Sign-in screen.
    SignIn(sign_in::Message),
    /// "More information required" screen.
    MoreInfo(more_info::Message),
    /// Scan screen.
    Scan(scan_qr::Message),
    /// Approval screen.
    Approve(approve::Message),
    /// Phone number screen.
    Phone(phone_number::Message),
    /// SMS code screen.
    Sms(verify_sms::Message),
    /// Finish screen.
    Finish(finish::Message),
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
    /// Cleaned up; the app ends.
    Exit,
}

/// The assistant's whole state.
pub struct App {
    service: Service,
    profile: Profile,
    config: Config,
    config_error: Option<ConfigError>,
    /// Why the configured provider could not be used (training instead).
    provider_problem: Option<SettingsError>,
    lang: Lang,
    platform: Platform,
    screen: Screen,
    /// Where to return after signing in again (the sign-in ran out there).
    resume: Option<Screen>,
    focus: Option<FocusId>,
    now: Instant,
    /// 1.0 to 2.0: the text size setting, applied as the window's scale.
    text_scale: f32,
    appearance: Appearance,
    window: iced::Size,
    install: install_app::State,
    sign_in: sign_in::State,
    scan: scan_qr::State,
    approve: approve::State,
    phone: phone_number::State,
    sms: verify_sms::State,
    finish: finish::State,
}

impl App {
    /// A fresh assistant on the welcome screen.
    pub fn new(
        service: Service,
        config: Config,
        config_error: Option<ConfigError>,
        lang: Lang,
    ) -> Self {
        let app = service.profile().app;
        let text_scale = config.text_scale();
        let appearance = config.appearance;
        Self {
            profile: service.profile(),
            service,
            phone: phone_number::State::new(config.default_country),
            config,
            config_error,
            provider_problem: None,
            lang,
            platform: Platform::default(),
            screen: Screen::Welcome,
            resume: None,
            focus: None,
            now: Instant::now(),
            text_scale,
            appearance,
            window: iced::Size::new(1180.0, 800.0),
            install: install_app::State::new(app),
            sign_in: sign_in::State::default(),
            scan: scan_qr::State::default(),
            approve: approve::State::default(),
            finish: finish::State::default(),
            sms: verify_sms::State::default(),
        }
    }

    /// Says in the window why the configured provider is not used.
    pub fn with_provider_problem(mut self, problem: Option<SettingsError>) -> Self {
        self.provider_problem = problem;
        self
    }

    /// The window title.
    /// The window title names the step, so the taskbar (and a screen
    /// reader) says where the person is.
    pub fn title(&self) -> String {
        let current: usize = self.screen.index() + 1;
        t!(
            self.lang,
            "window-title",
            step = self.screen.name(self.lang),
            current = current,
            total = SCREENS.len()
        )
    }

    /// The text size setting as a scale for the whole window, so the layout
    /// reflows around larger text rather than clipping it.
    pub fn scale_factor(&self) -> f32 {
        self.text_scale
    }

    /// The text size in percent.
    pub fn text_percent(&self) -> u32 {
        (self.text_scale * 100.0).round() as u32
    }

    /// The theme.
    pub fn theme(&self) -> Theme {
        self.appearance.theme()
    }

    /// The current appearance.
    pub fn appearance(&self) -> Appearance {
        self.appearance
    }

    /// The current screen.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The control with keyboard focus.
    pub fn focus(&self) -> Option<FocusId> {
        self.focus
    }

    /// The scan screen's state (tests read the QR's URI from it).
    pub fn scan(&self) -> &scan_qr::State {
        &self.scan
    }

    /// The approval screen's state (tests read the number from it).
    pub fn approval(&self) -> &approve::State {
        &self.approve
    }

    /// The SMS screen's state (tests read the practice phone from it).
    pub fn sms(&self) -> &verify_sms::State {
        &self.sms
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            lang: self.lang,
            platform: self.platform,
            profile: &self.profile,
            config: &self.config,
            focus: self.focus,
            now: self.now,
            narrow: self.window.width / self.text_scale < NARROW,
            live_code: match self.screen {
                Screen::Scan | Screen::Finish if self.scan.verified() => self
                    .service
                    .training_phone()
                    .and_then(|phone| phone.authenticator_code()),
                _ => None,
            },
        }
    }

    /// Handles a message; whichever step finds the sign-in expired sends
    /// the person back to sign in.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        Task::batch([task, self.sign_in_again_if_expired()])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Welcome(welcome::Message::Platform(p)) => {
                self.platform = p;
                Task::none()
            }
            Message::MoreInfo(m) => {
                let event = more_info::update(m);
                self.react(Some(event))
            }
            Message::SignIn(m) => {
                let before = self.sign_in.account().cloned();
                let (task, event) = self.sign_in.update(m, &self.service);
                if self.sign_in.account() != before.as_ref() {
                    // A new sign-in is a new session: what belonged to the
                    // old account is gone on the provider's side too.
                    self.scan.reset();
                    self.approve = approve::State::default();
                    self.sms = verify_sms::State::default();
                }
                let follow = match (event, self.resume.take()) {
                    (Some(Event::Continue), Some(screen)) => self.go(screen),
                    (event, resume) => {
                        self.resume = resume;
                        self.react(event)
                    }
                };
                Task::batch([task.map(Message::SignIn), follow])
            }
            Message::Scan(m) => {
                let revealing = matches!(m, scan_qr::Message::ToggleKey) && !self.scan.key_shown();
                let (task, event) = self.scan.update(m, &self.service);
                // The key opens below the QR: bring it into view.
                let reveal = if revealing {
                    operation::snap_to_end(BODY)
                } else {
                    Task::none()
                };
                Task::batch([task.map(Message::Scan), reveal, self.react(event)])
            }
            Message::Approve(m) => {
                let by_code = self.approve.by_code();
                let (task, event) = self.approve.update(m, &self.service);
                // Where push is not possible the test is a code: type it.
                let focus = if !by_code && self.approve.by_code() && self.screen == Screen::Approve
                {
                    self.focus = Some(approve::CODE);
                    focus_task(self.focus)
                } else {
                    Task::none()
                };
                Task::batch([task.map(Message::Approve), focus, self.react(event)])
            }
            Message::Phone(m) => {
                let (task, sent) = self.phone.update(m, &self.service, self.lang);
                let task = task.map(Message::Phone);
                match sent {
                    Some(Ok(sent)) => {
                        let waiting = self.sms.start(sent, &self.service).map(Message::Sms);
                        Task::batch([task, waiting, self.go(Screen::Sms)])
                    }
                    _ => task,
                }
            }
            Message::Sms(m) => {
                let (task, event) = self.sms.update(m, &self.service);
                Task::batch([task.map(Message::Sms), self.react(event)])
            }
            Message::Finish(m) => {
                let (task, outcome) = self.finish.update(m, &self.config.help_url);
                let task = task.map(Message::Finish);
                match outcome {
                    Some(finish::Outcome::Restart) => Task::batch([task, self.restart()]),
                    None => task,
                }
            }
            Message::Next => {
                if self.can_continue() {
                    self.react(Some(Event::Continue))
                } else {
                    Task::none()
                }
            }
            Message::Back => match self.screen.previous() {
                Some(previous) => self.go(previous),
                None => Task::none(),
            },
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
            Message::Closing => {
                // Tokens the server created but the phone never proved are
                // removed, so quitting midway leaves no orphans.
                Task::perform(self.service.cancel(), |_| Message::Exit)
            }
            Message::Exit => iced::exit(),
        }
    }

    fn react(&mut self, event: Option<Event>) -> Task<Message> {
        match event {
            Some(Event::Continue) => match self.screen.next() {
                Some(next) => self.go(next),
                None => Task::none(),
            },
            Some(Event::GoTo(screen)) => self.go(screen),
            None => Task::none(),
        }
    }

    /// A real server's sign-in runs out (privacyIDEA: after an hour by
    /// default). Whichever step noticed, the person signs in again and comes
    /// back to that step, with everything under way kept.
    fn sign_in_again_if_expired(&mut self) -> Task<Message> {
        let expired = match self.screen {
            Screen::Scan => self.scan.take_expired(),
            Screen::Approve => self.approve.take_expired(),
            Screen::Phone => self.phone.take_expired(),
            Screen::Sms => self.sms.take_expired(),
            _ => false,
        };
        if !expired {
            return Task::none();
        }
        self.resume = Some(self.screen);
        self.sign_in.expired();
        self.go(Screen::SignIn)
    }

    /// Shows `screen`, puts focus where the person starts typing, and starts
    /// what the screen needs from the provider.
    fn go(&mut self, screen: Screen) -> Task<Message> {
        self.screen = screen;
        self.now = Instant::now();
        let entering = match screen {
            Screen::Scan => self.scan.enter(&self.service).map(Message::Scan),
            Screen::Approve => self.approve.enter(&self.service).map(Message::Approve),
            _ => Task::none(),
        };
        let first_input = match screen {
            Screen::SignIn => Some(self.sign_in.first_input(self.profile.sign_in)),
            Screen::Scan if !self.scan.verified() => Some(scan_qr::CODE),
            Screen::Approve if self.approve.by_code() && !self.approve.approved() => {
                Some(approve::CODE)
            }
            Screen::Phone => Some(phone_number::NUMBER),
            Screen::Sms if !self.sms.verified() => Some(verify_sms::CODE),
            _ => None,
        };
        self.focus = first_input;
        Task::batch([entering, focus_task(first_input)])
    }

    fn restart(&mut self) -> Task<Message> {
        let cancel = Task::perform(self.service.cancel(), |_| Message::Ignore);
        let lang = self.lang;
        *self = App::new(
            self.service.clone(),
            self.config.clone(),
            self.config_error.take(),
            lang,
        )
        .with_provider_problem(self.provider_problem.take());
        Task::batch([cancel, focus_task(None)])
    }

    /// May the person go on from this screen?
    fn can_continue(&self) -> bool {
        match self.screen {
            Screen::SignIn => self.sign_in.signed_in(),
            Screen::Scan => self.scan.verified(),
            Screen::Approve => self.approve.approved(),
            Screen::Phone => false,
            Screen::Sms => self.sms.verified(),
            Screen::Finish => false,
            _ => true,
        }
    }

    /// The footer's main button: its label and what it does.
    fn forward(&self) -> Option<(String, Option<Message>)> {
        let lang = self.lang;
        let next = |allowed: bool| allowed.then_some(Message::Next);
        Some(match self.screen {
            Screen::Welcome => (t!(lang, "welcome-start"), Some(Message::Next)),
            Screen::Install => (t!(lang, "install-done"), Some(Message::Next)),
            Screen::SignIn => (
                t!(lang, "nav-next"),
                Some(Message::SignIn(sign_in::Message::Submit)),
            ),
            Screen::Phone => (
                t!(lang, "nav-next"),
                Some(Message::Phone(phone_number::Message::Send)),
            ),
            Screen::Approve => (t!(lang, "approve-done"), next(self.can_continue())),
            Screen::Sms => (t!(lang, "sms-done"), next(self.can_continue())),
            Screen::Finish => return None,
            _ => (t!(lang, "nav-next"), next(self.can_continue())),
        })
    }

    /// What Enter does when no button has focus.
    fn primary(&self) -> Option<Message> {
        match self.screen {
            Screen::SignIn => self.sign_in.primary().map(Message::SignIn),
            Screen::Scan if !self.scan.verified() => self.scan.primary().map(Message::Scan),
            Screen::Approve => self.approve.primary().map(Message::Approve),
            Screen::Phone => self.phone.primary().map(Message::Phone),
            Screen::Sms => self.sms.primary().map(Message::Sms),
            Screen::Finish => self.finish.primary().map(Message::Finish),
            _ => self.forward().and_then(|(_, m)| m),
        }
    }

    /// Every control Tab reaches, in visual order.
    fn targets(&self) -> Vec<Target<Message>> {
        let mut targets: Vec<Target<Message>> = match self.screen {
            Screen::Welcome => welcome::targets()
                .into_iter()
                .map(|t| t.map(Message::Welcome))
                .collect(),
            Screen::SignIn => map(self.sign_in.targets(self.profile.sign_in), Message::SignIn),
            Screen::MoreInfo => map(more_info::targets(), Message::MoreInfo),
            Screen::Scan => map(self.scan.targets(), Message::Scan),
            Screen::Approve => map(
                self.approve.targets(self.profile.training),
                Message::Approve,
            ),
            Screen::Phone => map(self.phone.targets(), Message::Phone),
            Screen::Sms => map(self.sms.targets(self.now), Message::Sms),
            Screen::Finish => map(self.finish.targets(), Message::Finish),
            Screen::Install | Screen::Prepare => Vec::new(),
        };
        if self.screen.previous().is_some() {
            targets.push(Target::Button(NAV_BACK, Message::Back));
        }
        if let Some((_, Some(message))) = self.forward() {
            targets.push(Target::Button(NAV_NEXT, message));
        }
        targets.push(Target::Button(
            APPEARANCE,
            Message::Appearance(self.appearance.next()),
        ));
        if self.text_scale > 1.0 {
            targets.push(Target::Button(TEXT_SMALLER, Message::TextSize(false)));
        }
        if self.text_scale < 2.0 {
            targets.push(Target::Button(TEXT_LARGER, Message::TextSize(true)));
        }
        for (lang, id) in Lang::ALL.into_iter().zip(LANG_FOCUS) {
            targets.push(Target::Button(id, Message::Language(lang)));
        }
        targets
    }

    fn key(&mut self, key: Key) -> Task<Message> {
        match key {
            Key::Tab { back } => {
                let targets = self.targets();
                self.focus = focus::step(&targets, self.focus, back);
                focus_task(self.focus.filter(|f| is_input(&targets, *f)))
            }
            Key::Enter | Key::Space => {
                let focused = self.focus.and_then(|f| {
                    self.targets().into_iter().find_map(|t| match t {
                        Target::Button(id, m) if id == f => Some(m),
                        _ => None,
                    })
                });
                match (focused, key) {
                    (Some(message), _) => self.update(message),
                    (None, Key::Enter) => match self.primary() {
                        Some(message) => self.update(message),
                        None => Task::none(),
                    },
                    _ => Task::none(),
                }
            }
            Key::Arrow { down } if self.focus == Some(phone_number::COUNTRY) => {
                self.update(Message::Phone(phone_number::Message::StepCountry(down)))
            }
            Key::Arrow { .. } => Task::none(),
            Key::Back => self.update(Message::Back),
            Key::Digit(d) if self.screen == Screen::Approve && self.profile.training => {
                let task = self.update(Message::Approve(approve::Message::Digit(d)));
                if self.approve.picked().is_some() {
                    self.focus = Some(screen::training_phone::APPROVE);
                }
                task
            }
            Key::Digit(_) => Task::none(),
            Key::TextSize(Some(larger)) => self.update(Message::TextSize(larger)),
            Key::TextSize(None) => {
                self.text_scale = 1.0;
                self.refocus()
            }
        }
    }

    /// Keyboard focus back on the text field the app's focus is on, if any.
    fn refocus(&self) -> Task<Message> {
        let targets = self.targets();
        focus_task(self.focus.filter(|f| is_input(&targets, *f)))
    }

    /// Keys, and a tick each second while a countdown is on screen.
    pub fn subscription(&self) -> Subscription<Message> {
        let keys = event::listen_with(|event, status, _window| {
            let iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event
            else {
                return None;
            };
            if let Some(size) = ui::shortcut::text_size(&key, modifiers) {
                // Kept from text fields by `ui::shortcut::guard`.
                return Some(Message::Key(Key::TextSize(size)));
            }
            let free = status == Status::Ignored;
            let key = match key.as_ref() {
                keyboard::Key::Named(Named::Tab) => Key::Tab {
                    back: modifiers.shift(),
                },
                keyboard::Key::Named(Named::Enter) if free => Key::Enter,
                keyboard::Key::Named(Named::Space) if free => Key::Space,
                keyboard::Key::Named(Named::ArrowUp) if free => Key::Arrow { down: false },
                keyboard::Key::Named(Named::ArrowDown) if free => Key::Arrow { down: true },
                keyboard::Key::Named(Named::ArrowLeft) if modifiers.alt() => Key::Back,
                keyboard::Key::Character(c) if free => {
                    Key::Digit(c.parse::<u8>().ok().filter(|d| *d < 10)?)
                }
                _ => return None,
            };
            Some(Message::Key(key))
        });
        let closing = iced::window::close_requests().map(|_| Message::Closing);
        let resized = iced::window::resize_events().map(|(_, size)| Message::Resized(size));
        let keys = Subscription::batch([keys, closing, resized]);
        let ticking = match self.screen {
            // The practice phone's code counts down.
            Screen::Scan | Screen::Finish if self.scan.verified() && self.profile.training => true,
            Screen::Scan => self.scan.ticking(),
            Screen::Sms => self.sms.ticking(),
            _ => false,
        };
        if ticking {
            Subscription::batch([
                keys,
                iced::time::every(Duration::from_millis(500)).map(Message::Tick),
            ])
        } else {
            keys
        }
    }

    /// The window: header, stepper, the screen, and Back / Next.
    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let lang = self.lang;
        let content: Element<'_, Message> = match self.screen {
            Screen::Welcome => welcome::view(&ctx).map(Message::Welcome),
            Screen::Install => self.install.view(&ctx),
            Screen::SignIn => self.sign_in.view(&ctx).map(Message::SignIn),
            Screen::MoreInfo => more_info::view(&ctx).map(Message::MoreInfo),
            Screen::Prepare => screen::prepare_app::view(&ctx),
            Screen::Scan => self.scan.view(&ctx).map(Message::Scan),
            Screen::Approve => self
                .approve
                .view(&ctx, self.account_label())
                .map(Message::Approve),
            Screen::Phone => self.phone.view(&ctx).map(Message::Phone),
            Screen::Sms => self.sms.view(&ctx).map(Message::Sms),
            Screen::Finish => self
                .finish
                .view(
                    &ctx,
                    self.scan.verified().then(|| self.account_label()),
                    self.sms
                        .verified()
                        .then(|| self.sms.sent().map(|s| s.to.international()))
                        .flatten(),
                )
                .map(Message::Finish),
        };

        let mut body = column![self.header(), self.stepper()].spacing(16);
        if let Some(error) = &self.config_error {
            body = body.push(ui::feedback(
                Tone::Error,
                t!(
                    lang,
                    "config-error",
                    file = error.file.display().to_string(),
                    line = error.line.map_or("?".to_owned(), |l| l.to_string()),
                    detail = error.detail.as_str()
                ),
            ));
        }
        if let Some(problem) = &self.provider_problem {
            let reason = match problem {
                SettingsError::MissingServer => t!(lang, "provider-missing-server"),
                SettingsError::BadServer(server) => {
                    t!(lang, "provider-bad-server", server = server.as_str())
                }
                SettingsError::MissingRealm => t!(lang, "provider-missing-realm"),
                SettingsError::Refused(e) => screen::error_text(lang, e, 0),
                SettingsError::Microsoft365(p) => p.text(lang),
            };
            let banner = match problem {
                SettingsError::Microsoft365(_) => t!(lang, "m365-unusable", reason = reason),
                _ => t!(lang, "provider-unusable", reason = reason),
            };
            body = body.push(ui::feedback(Tone::Error, banner));
        }
        if let Some(steps) = self.screen.guide_steps() {
            body = body.push(
                text(t!(lang, "guide-step", steps = steps))
                    .size(ui::TEXT * 0.9)
                    .color(self.appearance.palette().muted),
            );
        }
        let content = container(content).padding([8, 4]);
        let body = if ctx.narrow {
            // Large text: everything but Back/Next scrolls, so the screen
            // itself gets the room.
            column![
                scrollable(body.push(content))
                    .id(BODY)
                    .spacing(6)
                    .height(Length::Fill),
                self.footer()
            ]
            .spacing(12)
        } else {
            body.push(
                // The scrollbar beside the text, never over its last words.
                scrollable(content).id(BODY).spacing(6).height(Length::Fill),
            )
            .push(self.footer())
        };
        ui::shortcut::guard(container(body).padding(if ctx.narrow { 12 } else { 24 }))
    }

    fn account_label(&self) -> &str {
        self.sign_in
            .account()
            .map(|a| a.label.as_str())
            .unwrap_or_default()
    }

    fn header(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let mut header = row![
            text(t!(lang, "app-title"))
                .size(ui::TEXT * 1.1)
                .font(ui::BOLD)
        ]
        .spacing(16)
        .align_y(iced::Center);
        if self.profile.training {
            header = header.push(
                container(
                    text(t!(lang, "training-badge"))
                        .size(ui::TEXT * 0.85)
                        .color(self.appearance.palette().training)
                        .font(ui::BOLD),
                )
                .padding([4, 10])
                .style(|theme| style::feedback_box(style::palette(theme).training)),
            );
        }
        header = header
            .push(space::horizontal())
            .push(ui::button(
                match self.appearance {
                    Appearance::Light => t!(lang, "appearance-light"),
                    Appearance::Dark => t!(lang, "appearance-dark"),
                    Appearance::HighContrast => t!(lang, "appearance-high-contrast"),
                },
                Some(Message::Appearance(self.appearance.next())),
                Kind::Secondary,
                self.focus == Some(APPEARANCE),
            ))
            .push(text(t!(lang, "text-size", percent = self.text_percent())).size(ui::TEXT * 0.9))
            .push(ui::button(
                t!(lang, "text-smaller"),
                (self.text_scale > 1.0).then_some(Message::TextSize(false)),
                Kind::Secondary,
                self.focus == Some(TEXT_SMALLER),
            ))
            .push(ui::button(
                t!(lang, "text-larger"),
                (self.text_scale < 2.0).then_some(Message::TextSize(true)),
                Kind::Secondary,
                self.focus == Some(TEXT_LARGER),
            ))
            .push(text(t!(lang, "language-label")).size(ui::TEXT * 0.9));
        for (l, id) in Lang::ALL.into_iter().zip(LANG_FOCUS) {
            let label = match l {
                Lang::Nl => t!(lang, "lang-nl"),
                Lang::En => t!(lang, "lang-en"),
            };
            let kind = if l == lang {
                Kind::Primary
            } else {
                Kind::Secondary
            };
            header = header.push(ui::button(
                label,
                Some(Message::Language(l)),
                kind,
                self.focus == Some(id),
            ));
        }
        header.wrap().vertical_spacing(8).into()
    }

    fn stepper(&self) -> Element<'_, Message> {
        let current = self.screen.index();
        let palette = self.appearance.palette();
        let items = SCREENS.iter().enumerate().map(|(i, s)| {
            let (colour, weight) = if i == current {
                (palette.accent_text, ui::BOLD)
            } else if i < current {
                (palette.success, iced::Font::DEFAULT)
            } else {
                (palette.muted, iced::Font::DEFAULT)
            };
            // Narrow (large text): numbers only, except the current step.
            let name = if self.ctx().narrow && i != current {
                (i + 1).to_string()
            } else {
                format!("{} {}", i + 1, s.name(self.lang))
            };
            // Longer names get wider slots, so none has to wrap.
            let portion = name.chars().count() as u16 + 3;
            let label = text(name).size(ui::TEXT * 0.85).font(weight).color(colour);
            let underline = container(space::horizontal().height(3))
                .width(Length::Fill)
                .style(move |_| {
                    container::Style::default().background(if i <= current {
                        colour
                    } else {
                        iced::Color::TRANSPARENT
                    })
                });
            column![label, underline]
                .spacing(4)
                .width(Length::FillPortion(portion))
                .into()
        });
        let (position, total) = (current + 1, SCREENS.len());
        column![
            text(t!(
                self.lang,
                "stepper-label",
                current = position,
                total = total
            ))
            .size(ui::TEXT * 0.85)
            .color(self.appearance.palette().muted),
            row(items).spacing(6),
        ]
        .spacing(6)
        .into()
    }

    fn footer(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let mut footer = row![].spacing(12).align_y(iced::Center);
        if self.screen.previous().is_some() {
            footer = footer.push(ui::button(
                t!(lang, "nav-back"),
                Some(Message::Back),
                Kind::Secondary,
                self.focus == Some(NAV_BACK),
            ));
        }
        footer = footer.push(space::horizontal());
        if let Some((label, message)) = self.forward() {
            footer = footer.push(ui::button(
                label,
                message,
                Kind::Primary,
                self.focus == Some(NAV_NEXT),
            ));
        }
        footer.into()
    }
}

fn map<M, N>(targets: Vec<Target<M>>, f: impl Fn(M) -> N) -> Vec<Target<N>> {
    targets.into_iter().map(|t| t.map(&f)).collect()
}

/// Focuses a text input, or (with `None`) takes focus out of all of them so
/// Enter and Space reach the app.
fn is_input(targets: &[Target<Message>], id: FocusId) -> bool {
    targets
        .iter()
        .any(|t| matches!(t, Target::Input(i) if *i == id))
}

fn focus_task(input: Option<FocusId>) -> Task<Message> {
    match input {
        Some(id) => operation::focus(id.widget()),
        None => operation::focus(iced::widget::Id::new("no-input")),
    }
}
