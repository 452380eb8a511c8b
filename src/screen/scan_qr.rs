//! Guide step 7: the live enrollment QR code, "can't scan?" with the key in
//! groups of four, and the first code from the phone verified for real.

use iced::widget::{column, container, qr_code, text};

use crate::a11y;
use iced::{Element, Length, Task};
use secrecy::ExposeSecret;

use super::code_entry::{self, Check, CodeEntry, Outcome};
use super::{Call, Ctx, Event, Problem};
use crate::service::{Error, Service, TotpEnrollment};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone, style};

/// The code field; focused when the screen opens.
pub const CODE: FocusId = Check::Totp.ids()[0];
const KEY: FocusId = FocusId("scan-key");
const COPY: FocusId = FocusId("scan-copy");

/// QR module size in pixels: with a 33×33 code plus quiet zone this is about
/// 6 cm on a laptop screen, easy for a phone camera at arm's length.
const CELL: f32 = 7.0;

struct Qr {
    enrollment: TotpEnrollment,
    data: qr_code::Data,
}

/// The enrollment on screen and the code being typed.
pub struct State {
    qr: Option<Qr>,
    /// Asking the provider for the enrollment, and why it could not be
    /// started.
    loading: Call,
    show_key: bool,
    copied: bool,
    entry: CodeEntry,
    /// Issuer and account of the verified enrollment, for the picture.
    enrolled: Option<(String, String)>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            qr: None,
            loading: Call::default(),
            show_key: false,
            copied: false,
            entry: CodeEntry::new(Check::Totp),
            enrolled: None,
        }
    }
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("scan_qr::State")
            .field("verified", &self.verified())
            .finish_non_exhaustive()
    }
}

/// Scan screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// The provider created the secret.
    Loaded(Result<TotpEnrollment, Error>),
    /// Show or hide the key.
    ToggleKey,
    /// Copy the key to the clipboard.
    Copy,
    /// The code from the app: typed, verified.
    Entry(code_entry::Message),
}

impl State {
    /// True while "Can't scan?" shows the key.
    pub fn key_shown(&self) -> bool {
        self.show_key
    }

    /// True once the phone's code was accepted.
    pub fn verified(&self) -> bool {
        self.entry.verified()
    }

    /// Issuer and account as the app shows them, from the enrollment made
    /// (the otpauth URI), before or after it was verified.
    pub fn enrolled(&self) -> Option<(&str, &str)> {
        match (&self.qr, &self.enrolled) {
            (Some(qr), _) => Some((&qr.enrollment.issuer, &qr.enrollment.account)),
            (None, Some((issuer, account))) => Some((issuer, account)),
            (None, None) => None,
        }
    }

    /// The name the app shows in bold for this account: the issuer, or the
    /// account name where there is none.
    fn app_name(&self) -> Option<&str> {
        self.enrolled()
            .map(|(issuer, account)| if issuer.is_empty() { account } else { issuer })
    }

    /// The otpauth URI on screen, if any (tests read it like a phone would).
    pub fn uri(&self) -> Option<&str> {
        self.qr.as_ref().map(|q| q.enrollment.uri.expose_secret())
    }

    /// Called when the screen opens: fetch the secret once.
    pub fn enter(&mut self, service: &Service) -> Task<Message> {
        if self.verified() || self.qr.is_some() {
            return Task::none();
        }
        self.loading.start(service.start_totp(), Message::Loaded)
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Loaded(Ok(enrollment)) => {
                self.loading.done();
                match qr_code::Data::new(enrollment.uri.expose_secret().as_bytes()) {
                    Ok(data) => self.qr = Some(Qr { enrollment, data }),
                    Err(_) => self.loading.refuse(Problem::service(Error::InvalidAccount)),
                }
            }
            // An expired sign-in is the app's (sign in again, then back).
            Message::Loaded(Err(e)) => return (Task::none(), self.loading.failed(e)),
            Message::ToggleKey => {
                self.show_key = !self.show_key;
                self.copied = false;
                // The key opens below the QR: bring it into view.
                return (Task::none(), self.show_key.then_some(Event::Reveal));
            }
            Message::Copy => {
                if let Some(qr) = &self.qr {
                    self.copied = true;
                    let key = qr.enrollment.key.plain();
                    // The key is a secret: the app takes it off the
                    // clipboard again (it keeps a digest, not the key).
                    let copied = Event::KeyCopied(super::clipboard_digest(&key));
                    return (iced::clipboard::write(key.to_string()), Some(copied));
                }
            }
            Message::Entry(m) => {
                let (task, outcome) = self.entry.update(m, service);
                if outcome == Some(Outcome::Verified) {
                    // The phone has the secret now; this side no longer
                    // needs it.
                    self.enrolled = self
                        .qr
                        .take()
                        .map(|qr| (qr.enrollment.issuer.clone(), qr.enrollment.account.clone()));
                }
                return (task.map(Message::Entry), Outcome::event(outcome));
            }
        }
        (Task::none(), None)
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        (!self.verified()).then_some(Message::Entry(code_entry::Message::Verify))
    }

    /// True while a countdown is on screen.
    pub fn ticking(&self) -> bool {
        self.entry.ticking()
    }

    /// Text typed outside the field: it goes into the field.
    pub fn typed(&self, text: &str) -> Option<Message> {
        self.entry.appended(text).map(Message::Entry)
    }

    /// Where typing goes when the screen opens.
    pub fn first_input(&self) -> Option<FocusId> {
        (!self.verified()).then_some(CODE)
    }

    /// Tab order of the screen's controls.
    pub fn targets(&self) -> Vec<Target<Message>> {
        if self.verified() {
            return Vec::new();
        }
        let mut t = self.entry.targets(Message::Entry);
        if self.qr.is_some() {
            t.push(Target::Button(KEY, Message::ToggleKey));
            if self.show_key {
                t.push(Target::Button(COPY, Message::Copy));
            }
        }
        t
    }

    /// The scan screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let lang = ctx.lang;
        // Apps without account types open the camera with [+].
        let scan_only = ctx.profile.account_kind == crate::service::AccountKind::ScanOnly;
        // What the app will really show: the enrollment's own issuer (or
        // its account name, where the server set no issuer).
        let issuer = self.app_name().unwrap_or(ctx.config.training_issuer());
        let mut left = column![
            ui::title(t!(lang, "scan-title")),
            ui::steps(vec![
                if scan_only {
                    t!(lang, "scan-1-plus")
                } else {
                    t!(lang, "scan-1")
                },
                t!(lang, "scan-2"),
                t!(lang, "scan-3", issuer = issuer),
            ]),
        ]
        .spacing(20);
        // What the phone shows while scanning, below the field so the field
        // stays in view; where the phone's clock is off, its clock setting.
        let clock = super::shows_clock(self.entry.diagnosis().or(self.entry.note()));
        let camera = if clock {
            Some(container(ui::picture::clock_setting(lang, ctx.platform)).center_x(Length::Fill))
        } else {
            (!self.verified()).then(|| {
                container(ui::picture::camera_view(
                    lang,
                    ctx.platform,
                    ctx.profile.app,
                    if scan_only {
                        t!(lang, "label-plus")
                    } else {
                        t!(lang, "label-scan-qr")
                    },
                ))
                .center_x(Length::Fill)
            })
        };
        left = if self.verified() {
            left.push(ui::feedback(Tone::Success, t!(lang, "scan-verified")))
                .push(self.entry.note_view(ctx))
        } else {
            left.push(self.code_form(ctx))
        };
        let panel = container(self.panel(ctx));
        if ctx.narrow {
            // One column (large text, small window): the QR right after the
            // field, the camera picture last, and none while the key is
            // shown, so the key box ends the page where "can't scan?"
            // scrolls to.
            left.push(panel.center_x(Length::Fill))
                .push(camera.filter(|_| !self.show_key))
                .into()
        } else {
            ui::split(
                false,
                left.push(camera).width(Length::FillPortion(5)),
                panel.center_x(Length::FillPortion(5)),
            )
        }
    }

    fn code_form<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let mut form = self.entry.form(ctx).spacing(8);
        let problem = self.loading.problem().map(|p| p.view(ctx));
        if let Some(feedback) = self.entry.feedback(ctx).or(problem) {
            form = form.push(feedback);
        }
        Element::from(form).map(Message::Entry)
    }

    fn panel<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let Some(qr) = &self.qr else {
            if self.loading.busy() {
                return ui::feedback(Tone::Info, t!(lang, "scan-loading"));
            }
            if let (true, Some(enrolled)) = (self.verified(), &self.enrolled) {
                // What the app shows now: the new account with its code.
                return column![
                    text(t!(lang, "scan-app-now")).size(ui::TEXT).font(ui::BOLD),
                    ui::picture::account_list(
                        lang,
                        ctx.platform,
                        ctx.profile.app,
                        &enrolled.0,
                        &enrolled.1,
                        ctx.live_code,
                    ),
                ]
                .spacing(8)
                .align_x(iced::Center)
                .into();
            }
            return column![].into();
        };
        let account = qr.enrollment.account.as_str();
        // The code as a picture, and how to get the key instead.
        a11y::note(|| a11y::Part::Image(t!(lang, "a11y-qr", account = account)));
        let mut panel = column![
            text(t!(lang, "scan-qr-label", account = account))
                .size(ui::TEXT)
                .font(ui::BOLD),
            container(qr_code(&qr.data).cell_size(CELL).style(ui::style::qr))
                .padding(20)
                .style(|_| container::Style::default().background(iced::Color::WHITE)),
            ui::button(
                if self.show_key {
                    t!(lang, "scan-hide-key")
                } else {
                    t!(lang, "scan-cant")
                },
                Some(Message::ToggleKey),
                Kind::Secondary,
                ctx.focused(KEY),
            ),
        ]
        .spacing(12)
        .align_x(iced::Center);
        if self.show_key {
            let explain = ui::instruction(t!(lang, "scan-key-explain", account = account));
            a11y::note(|| a11y::Part::Key {
                label: t!(lang, "a11y-key"),
                groups: a11y::groups(qr.enrollment.key.grouped()),
            });
            let mut key = column![
                explain,
                text(qr.enrollment.key.grouped().to_owned())
                    .size(ui::TEXT * 1.2)
                    .font(ui::BOLD),
                ui::button(
                    t!(lang, "scan-copy"),
                    Some(Message::Copy),
                    Kind::Secondary,
                    ctx.focused(COPY),
                ),
            ]
            .spacing(10);
            if self.copied {
                key = key.push(ui::feedback(Tone::Success, t!(lang, "scan-copied")));
            }
            panel = panel.push(container(key).padding(12).style(style::card));
        }
        panel.into()
    }
}
