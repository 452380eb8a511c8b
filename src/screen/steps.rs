//! The screens behind one door: every screen's state in one place, and one
//! method per question the app asks about the current screen (what opening
//! it starts, may the person go on, what Enter does, where Tab goes, where
//! typing starts, is a countdown running, what it shows). Each question is
//! one `match`, here or in a submodule (typing in `input.rs`); the app
//! never matches on the current screen itself.

mod access;
mod errand;
mod input;
mod message;
mod microsoft365_pages;
mod practice;

pub use message::{Message, Press};

use std::time::Instant;

use iced::{Element, Task};

use microsoft365_pages::ms;

use super::{
    Ctx, Event, approve, finish, install_app, microsoft365, more_info, phone_number,
    practice_new_phone, practice_passkey, prepare_app, scan_qr, sign_in, verify_sms, welcome,
};
use crate::config::Config;
use crate::guide::{Platform, Screen};
use crate::i18n::Lang;
use crate::service::{Service, SmsSent};
use crate::t;
use crate::ui::Target;

/// Every screen's state, and which one is showing.
#[derive(Debug)]
pub struct Steps {
    service: Service,
    current: Screen,
    /// Where to return after signing in again (the sign-in ran out there).
    resume: Option<Screen>,
    platform: Platform,
    install: install_app::State,
    sign_in: sign_in::State,
    scan: scan_qr::State,
    approve: approve::State,
    passkey: practice_passkey::State,
    old_phone: practice_new_phone::State,
    phone: phone_number::State,
    sms: verify_sms::State,
    finish: finish::State,
    /// Microsoft 365's sign-in and live reading, shared by its screens.
    microsoft365: microsoft365::State,
    /// How many times a screen was entered (see [`Steps::entered`]).
    entered: u32,
}

impl Steps {
    /// Fresh screens for `service`, showing `first`.
    pub fn new(service: Service, config: &Config, first: Screen) -> Self {
        Self {
            install: install_app::State::new(service.profile().app),
            microsoft365: microsoft365::State::new(&service, config.help_url.is_some()),
            service,
            current: first,
            resume: None,
            platform: Platform::default(),
            sign_in: sign_in::State::default(),
            scan: scan_qr::State::default(),
            approve: approve::State::default(),
            passkey: practice_passkey::State::default(),
            old_phone: practice_new_phone::State::default(),
            phone: phone_number::State::new(config.default_country),
            sms: verify_sms::State::default(),
            finish: finish::State::new(config.help_url.is_some()),
            entered: 0,
        }
    }

    /// Counts the screens entered: the window repaints whole on each
    /// (`App::window_style`).
    pub fn entered(&self) -> u32 {
        self.entered
    }

    /// The screen showing.
    pub fn current(&self) -> Screen {
        self.current
    }

    /// The person's phone, as chosen on the welcome screen.
    pub fn platform(&self) -> Platform {
        self.platform
    }

    /// Shows `screen` and starts what it needs from the provider.
    pub fn enter(&mut self, screen: Screen) -> Task<Message> {
        if screen != self.sign_in_screen() {
            // Left the sign-in some other way (Back): no jump back later.
            self.resume = None;
        }
        self.current = screen;
        self.entered = self.entered.wrapping_add(1);
        match screen {
            Screen::Scan => self.scan.enter(&self.service).map(Message::Scan),
            Screen::Approve => self.approve.enter(&self.service).map(Message::Approve),
            Screen::PasskeyAdd => self.passkey.enter(&self.service).map(Message::Passkey),
            Screen::OldPhone => self.old_phone.enter(&self.service).map(Message::OldPhone),
            Screen::Microsoft(page) => self.microsoft365.enter(page).map(ms(page)),
            _ => Task::none(),
        }
    }

    /// Handles a message for any screen. Events about navigation or focus
    /// count only from the screen showing (an answer that arrives after
    /// the person went back moves nothing).
    pub fn update(
        &mut self,
        message: Message,
        lang: Lang,
        config: &Config,
    ) -> (Task<Message>, Option<Event>) {
        let from = message.screen();
        let service = &self.service;
        let (task, event) = match message {
            Message::Welcome(welcome::Message::Platform(p)) => {
                self.platform = p;
                (Task::none(), None)
            }
            Message::Welcome(welcome::Message::Errand(errand)) => {
                self.choose_errand(errand);
                (Task::none(), None)
            }
            Message::SignIn(m) => wrap(self.sign_in.update(m, service), Message::SignIn),
            Message::MoreInfo(m) => (Task::none(), more_info::update(m)),
            Message::Scan(m) => wrap(self.scan.update(m, service), Message::Scan),
            Message::Approve(m) => wrap(self.approve.update(m, service), Message::Approve),
            Message::Passkey(m) => wrap(self.passkey.update(m, service), Message::Passkey),
            Message::OldPhone(m) => wrap(self.old_phone.update(m, service), Message::OldPhone),
            Message::Phone(m) => wrap(self.phone.update(m, service, lang), Message::Phone),
            Message::Sms(m) => wrap(self.sms.update(m, service), Message::Sms),
            Message::Finish(m) => wrap(
                self.finish.update(m, config.help_url.as_deref()),
                Message::Finish,
            ),
            Message::Microsoft(page, m) => self.update_microsoft(page, m, lang, config),
        };
        let (more, event) = self.settle(event, from == self.current);
        (Task::batch([task, more]), event)
    }

    /// Acts on the events that concern other screens' state, and on the
    /// sign-in running out; passes the rest on to the app. Navigation and
    /// focus count only from the screen `showing`: an answer that arrives
    /// after the person went back moves nothing (a text that was sent does
    /// take them to typing its code).
    fn settle(&mut self, event: Option<Event>, showing: bool) -> (Task<Message>, Option<Event>) {
        match event {
            Some(Event::AccountChanged) => {
                // A new account: what was under way belonged to the old one.
                self.scan = scan_qr::State::default();
                self.approve = approve::State::default();
                self.passkey = practice_passkey::State::default();
                self.old_phone = practice_new_phone::State::default();
                self.sms = verify_sms::State::default();
                self.resume = None;
                (Task::none(), showing.then_some(Event::Continue))
            }
            Some(Event::Continue) if showing && self.current == self.sign_in_screen() => {
                // Signed in again after the sign-in ran out: back to where
                // the person was, with everything under way kept.
                let event = match self.resume.take() {
                    Some(screen) => Event::GoTo(screen),
                    None => Event::Continue,
                };
                (Task::none(), Some(event))
            }
            Some(Event::SmsSent(sent)) => (self.start_sms(sent), Some(Event::GoTo(Screen::Sms))),
            // Already signing in again: a late refusal changes nothing.
            Some(Event::SessionExpired) if self.current == self.sign_in_screen() => {
                (Task::none(), None)
            }
            Some(Event::SessionExpired) => {
                self.resume = Some(self.current);
                self.sign_in.expired();
                (Task::none(), Some(Event::GoTo(self.sign_in_screen())))
            }
            other => (Task::none(), other.filter(|_| showing)),
        }
    }

    fn start_sms(&mut self, sent: SmsSent) -> Task<Message> {
        self.sms.start(sent, &self.service).map(Message::Sms)
    }

    /// May the person go on from the screen showing?
    pub fn can_continue(&self) -> bool {
        match self.current {
            Screen::SignIn => self.sign_in.signed_in(),
            Screen::Scan => self.scan.verified(),
            Screen::Approve => self.approve.approved(),
            Screen::Sms => self.sms.verified(),
            Screen::PasskeyReady | Screen::PasskeyAdd => self.passkey.can_continue(self.current),
            Screen::OldPhone => self.old_phone.done(),
            Screen::Phone | Screen::Finish => false,
            Screen::Welcome | Screen::Install | Screen::MoreInfo | Screen::Prepare => true,
            Screen::Microsoft(page) => self.microsoft365.can_continue(page),
        }
    }

    /// The footer's main button: its label and what it does; `None` where
    /// there is none.
    pub fn forward(&self, lang: Lang) -> Option<(String, Option<Press>)> {
        let next = self.can_continue().then_some(Press::Next);
        Some(match self.current {
            Screen::Welcome => (t!(lang, "welcome-start"), Some(Press::Next)),
            Screen::Install => (t!(lang, "install-done"), Some(Press::Next)),
            Screen::SignIn => (
                t!(lang, "nav-next"),
                Some(Press::Screen(Message::SignIn(sign_in::Message::Submit))),
            ),
            Screen::Phone => (
                t!(lang, "nav-next"),
                Some(Press::Screen(Message::Phone(phone_number::Message::Send))),
            ),
            Screen::Approve => (t!(lang, "approve-done"), next),
            Screen::Sms => (t!(lang, "sms-done"), next),
            Screen::Finish => return None,
            Screen::MoreInfo | Screen::Prepare | Screen::Scan => (t!(lang, "nav-next"), next),
            Screen::PasskeyReady | Screen::PasskeyAdd | Screen::OldPhone => {
                (t!(lang, "nav-next"), next)
            }
            Screen::Microsoft(page) => return self.forward_microsoft(page, lang),
        })
    }

    /// What Enter does when no button has focus.
    pub fn primary(&self, lang: Lang) -> Option<Press> {
        let own = |m: Option<Message>| m.map(Press::Screen);
        match self.current {
            Screen::SignIn => own(self.sign_in.primary().map(Message::SignIn)),
            Screen::Approve => own(self.approve.primary().map(Message::Approve)),
            Screen::Phone => own(self.phone.primary().map(Message::Phone)),
            Screen::Sms => own(self.sms.primary().map(Message::Sms)),
            Screen::Finish => own(self.finish.primary().map(Message::Finish)),
            Screen::Scan if !self.scan.verified() => own(self.scan.primary().map(Message::Scan)),
            Screen::Microsoft(page) => self.primary_microsoft(page, lang),
            Screen::PasskeyReady | Screen::PasskeyAdd => self.passkey_primary(lang),
            Screen::OldPhone => self.old_phone_primary(lang),
            Screen::Welcome
            | Screen::Install
            | Screen::MoreInfo
            | Screen::Prepare
            | Screen::Scan => self.forward(lang).and_then(|(_, press)| press),
        }
    }

    /// The screen's controls Tab reaches, in visual order.
    pub fn focus_targets(&self, now: Instant) -> Vec<Target<Message>> {
        let training = self.service.profile().training;
        match self.current {
            Screen::Welcome => map(welcome::targets(self.errands_offered()), Message::Welcome),
            Screen::SignIn => map(
                self.sign_in.targets(self.service.profile().sign_in),
                Message::SignIn,
            ),
            Screen::MoreInfo => map(more_info::targets(), Message::MoreInfo),
            Screen::Scan => map(self.scan.targets(), Message::Scan),
            Screen::Approve => map(self.approve.targets(training), Message::Approve),
            Screen::Phone => map(self.phone.targets(), Message::Phone),
            Screen::Sms => map(self.sms.targets(now), Message::Sms),
            Screen::Finish => map(self.finish.targets(), Message::Finish),
            Screen::Microsoft(page) => map(self.microsoft365.targets(page), ms(page)),
            Screen::PasskeyReady | Screen::PasskeyAdd => self.passkey_targets(),
            Screen::OldPhone => map(self.old_phone.targets(), Message::OldPhone),
            Screen::Install | Screen::Prepare => Vec::new(),
        }
    }

    /// True while the screen shows something that changes each second.
    pub fn ticking(&self) -> bool {
        match self.current {
            // The practice phone's code counts down.
            Screen::Scan | Screen::Finish if self.live_code().is_some() => true,
            Screen::Scan => self.scan.ticking(),
            Screen::Sms => self.sms.ticking(),
            _ => false,
        }
    }

    /// The screen showing.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        match self.current {
            Screen::Welcome => {
                welcome::view(ctx, self.errands_offered(), self.errand()).map(Message::Welcome)
            }
            Screen::Install => self.install.view(ctx),
            Screen::SignIn => self.sign_in.view(ctx).map(Message::SignIn),
            Screen::MoreInfo => more_info::view(ctx).map(Message::MoreInfo),
            Screen::Prepare => prepare_app::view(ctx),
            Screen::Scan => self.scan.view(ctx).map(Message::Scan),
            Screen::Approve => {
                // The account as the app shows it: from the enrollment made.
                let account = self.scan.enrolled().map_or(self.account_label(), |e| e.1);
                self.approve.view(ctx, account).map(Message::Approve)
            }
            Screen::PasskeyReady | Screen::PasskeyAdd => self.passkey_view(ctx),
            Screen::OldPhone => (self.old_phone)
                .view(ctx, self.account_label())
                .map(Message::OldPhone),
            Screen::Phone => self.phone.view(ctx).map(Message::Phone),
            Screen::Sms => self.sms.view(ctx).map(Message::Sms),
            Screen::Finish => {
                // The account as the app shows it: from the enrollment made.
                let account = self.scan.enrolled().filter(|_| self.scan.verified());
                let number = self
                    .sms
                    .sent()
                    .filter(|_| self.sms.verified())
                    .map(|s| s.to.international());
                // What the next sign-in asks for is what the test was.
                let test = match (self.approve.approved(), self.approve.by_code()) {
                    (true, true) => Some(finish::Test::Code),
                    (true, false) => Some(finish::Test::Approval),
                    (false, _) => None,
                };
                let practised = finish::Practised {
                    passkey: self.passkey.listed().is_some(),
                    new_phone: self.old_phone.done(),
                };
                self.finish
                    .view(ctx, account, number, test, practised)
                    .map(Message::Finish)
            }
            Screen::Microsoft(page) => self.microsoft365.view(page, ctx).map(ms(page)),
        }
    }
}

fn wrap<M>(
    (task, event): (Task<M>, Option<Event>),
    f: fn(M) -> Message,
) -> (Task<Message>, Option<Event>)
where
    M: Send + 'static,
{
    (task.map(f), event)
}

fn map<M>(targets: Vec<Target<M>>, f: impl Fn(M) -> Message) -> Vec<Target<Message>> {
    targets.into_iter().map(|t| t.map(&f)).collect()
}
