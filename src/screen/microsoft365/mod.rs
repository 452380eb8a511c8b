//! Microsoft 365: the screens beside Microsoft's own pages (one per file)
//! and what they share: the sign-in, which may still be under way while the
//! person works through Microsoft's "More information required" inside it,
//! and the live reading of the methods from Graph, which keeps running on
//! every screen after the sign-in and ticks the guide's two results off the
//! moment Microsoft shows them.

mod backup;
mod code;
mod finish;
mod get_app;
mod lost_phone;
mod more_info;
mod new_phone;
mod new_phone_add;
mod new_phone_remove;
mod passkey_add;
mod passkey_ready;
mod phone;
mod scan;
mod set_up;
mod sign_in;
mod success;
mod ticks;
mod try_it;
mod update;

pub use update::Message;

use std::sync::Arc;
use std::time::Duration;

use iced::widget::{Column, column, container};
use iced::{Element, Length};

use super::{Busy, Call, Ctx, Press, Problem};
use crate::guide::{Errand, Page};
use crate::i18n::Lang;
use crate::service::microsoft365::{
    Account, Choice, DeviceCode, Handle, Progress, Session, Snapshot, Update, Watcher,
};
use crate::service::{Error, Service};
use crate::t;
use crate::ui::{self, FocusId, Target};

const SIGN_IN: FocusId = FocusId("m365-sign-in");
const DEVICE: FocusId = FocusId("m365-device-code");
const CANCEL: FocusId = FocusId("m365-cancel");
const OPEN_PAGE: FocusId = FocusId("m365-open-page");
const BACK_TO_INSTALL: FocusId = FocusId("m365-back-to-install");
const HELP: FocusId = FocusId("m365-help");
const RESTART: FocusId = FocusId("m365-restart");

/// The sign-in, the watch on the methods, and what Microsoft has.
#[derive(Debug, Default)]
pub struct State {
    handle: Option<Handle>,
    /// The service, for the phone step today (Microsoft's date from Graph).
    service: Option<Service>,
    /// The browser sign-in or device code under way.
    sign_in: Call,
    /// The code to show while signing in on another device.
    device: Option<DeviceCode>,
    session: Option<Session>,
    account: Option<Account>,
    /// The sign-in ran out: sign in again (the "before" is kept).
    expired: bool,
    /// Another account signed in after the sign-in ran out: on from the
    /// sign-in screen starts afresh instead of going back.
    new_person: bool,
    /// The watcher, shared with the reading under way.
    watcher: Option<Arc<tokio::sync::Mutex<Watcher>>>,
    /// The reading under way; dropping it stops the watch.
    reading: Option<Busy>,
    /// The last reading reported (a reading like it is not reported again).
    last: Option<Update>,
    /// What Microsoft had at the first reading.
    before: Option<Snapshot>,
    progress: Progress,
    /// The last reading failed for a passing reason; the next follows.
    retrying: Option<(Error, Duration)>,
    /// Why nothing can be checked (consent missing, Graph refuses).
    not_checked: Option<Error>,
    /// Microsoft's page was opened (once, on the way in).
    page_opened: bool,
    /// The organisation named a help page for the finish.
    help: bool,
    /// Opening Microsoft's page failed.
    page_problem: Option<Problem>,
    /// Opening the organisation's help page failed.
    help_failed: bool,
    /// The passkey screen's wait for Graph to list the passkey.
    passkey: passkey_add::PasskeyWait,
    /// Why the person came: the guide, or a new phone.
    errand: Errand,
    /// What Graph listed at the last reading.
    now: Option<Snapshot>,
}

impl State {
    /// The screens' state for `service` (no handle: another provider).
    /// `help`: the organisation named a help page for the finish.
    pub fn new(service: &Service, help: bool) -> Self {
        Self {
            handle: service.microsoft365(),
            service: Some(service.clone()),
            help,
            ..Self::default()
        }
    }

    /// True once signed in (and the sign-in still holds).
    pub fn signed_in(&self) -> bool {
        self.session.is_some()
    }

    /// Who signed in.
    pub fn account(&self) -> Option<&Account> {
        self.account.as_ref()
    }

    /// What Microsoft has for the guide's two results, as last read.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// What Microsoft had at the first reading, once read.
    pub fn before(&self) -> Option<&Snapshot> {
        self.before.as_ref()
    }

    /// Why nothing can be checked, if that is so.
    pub fn not_checked(&self) -> Option<&Error> {
        self.not_checked.as_ref()
    }

    /// The code to type on another device, while that sign-in is under way.
    pub fn device_code(&self) -> Option<&DeviceCode> {
        self.device.as_ref()
    }

    /// True while the sign-in is under way.
    pub fn signing_in(&self) -> bool {
        self.sign_in.busy()
    }

    /// True when "done" holds: what IT's `methods` ask for (by default the
    /// app, and the phone unless IT made it optional or its text messages
    /// are off or ended).
    pub fn complete(&self) -> bool {
        if self.replacing() {
            return self.new_phone_complete();
        }
        match &self.handle {
            Some(h) => self
                .progress
                .done(h.methods(), self.phone_required(), h.passkey_any_key()),
            None => self.progress.complete(!self.phone_required()),
        }
    }

    /// True when IT's `methods` include `choice`.
    fn wants(&self, choice: Choice) -> bool {
        self.handle
            .as_ref()
            .is_none_or(|h| h.methods().contains(&choice))
    }

    fn phone_optional(&self) -> bool {
        self.handle.as_ref().is_some_and(Handle::phone_optional)
    }

    /// The phone counts towards "done": IT requires it and text messages
    /// still reach it.
    fn phone_required(&self) -> bool {
        self.wants(Choice::Phone)
            && !self.phone_optional()
            && self
                .service
                .as_ref()
                .is_none_or(|s| s.phone_step().on_route())
    }

    /// Everything the guide asks for was on record at the first reading:
    /// registered while signing in (Microsoft's "More information required"
    /// came during the sign-in itself).
    pub fn on_record_at_sign_in(&self) -> bool {
        // A new phone: what was on record is the old phone's.
        if self.replacing() {
            return false;
        }
        let kept = |t: Option<&crate::service::microsoft365::Tick>| t.is_some_and(|t| !t.new);
        self.complete()
            && (!self.wants(Choice::Authenticator) || kept(self.progress.authenticator.as_ref()))
            && (!self.phone_required() || kept(self.progress.mobile_phone.as_ref()))
            && (!self.wants(Choice::Passkey) || kept(self.counted_passkey()))
    }

    /// Not signed in, not signing in, and nothing that rules checking out:
    /// the finish offers to sign in.
    fn may_sign_in_here(&self) -> bool {
        !self.signed_in() && !self.signing_in() && self.not_checked.is_none()
    }

    /// May the person go on from `page`?
    pub fn can_continue(&self, page: Page) -> bool {
        match page {
            // Signed in; or still signing in (Microsoft may be asking for
            // more information in the browser first); or checking cannot
            // work and the guide runs on unchecked.
            Page::SignIn => self.signed_in() || self.signing_in() || self.not_checked.is_some(),
            Page::Finish => false,
            _ => true,
        }
    }

    /// The footer's main button on `page`: its label and what it does;
    /// `None` where there is none.
    pub fn forward(&self, page: Page, lang: Lang) -> Option<(String, Option<Press<Message>>)> {
        match page {
            Page::Finish => None,
            // Everything was on record at sign-in: the end is one press away.
            Page::SignIn if self.on_record_at_sign_in() => Some((
                t!(lang, "m365-to-finish"),
                Some(Press::Screen(Message::ToFinish)),
            )),
            Page::SignIn => {
                let unchecked =
                    !self.signed_in() && !self.signing_in() && self.not_checked.is_some();
                let label = if unchecked {
                    t!(lang, "m365-go-on-unchecked")
                } else {
                    t!(lang, "nav-next")
                };
                let press = if self.can_continue(page) {
                    Some(Press::Screen(Message::Next))
                } else {
                    None
                };
                Some((label, press))
            }
            _ => Some((t!(lang, "nav-next"), Some(Press::Next))),
        }
    }

    /// What Enter does on `page`.
    pub fn primary(&self, page: Page) -> Option<Press<Message>> {
        match page {
            Page::SignIn if self.signing_in() => None,
            Page::SignIn if self.on_record_at_sign_in() => Some(Press::Screen(Message::ToFinish)),
            Page::SignIn if !self.can_continue(page) || self.expired => {
                Some(Press::Screen(Message::SignIn))
            }
            Page::SignIn => Some(Press::Screen(Message::Next)),
            Page::Finish if self.help => Some(Press::Screen(Message::OpenHelp)),
            Page::Finish => Some(Press::Screen(Message::Restart)),
            _ => Some(Press::Next),
        }
    }

    /// The controls Tab reaches on `page`, in visual order.
    pub fn targets(&self, page: Page) -> Vec<Target<Message>> {
        let button = Target::Button;
        match page {
            Page::SignIn if self.signing_in() => vec![button(CANCEL, Message::Cancel)],
            Page::SignIn => {
                let mut t = Vec::new();
                if !self.signed_in() {
                    t.push(button(SIGN_IN, Message::SignIn));
                    if self.handle.as_ref().is_some_and(Handle::device_code) {
                        t.push(button(DEVICE, Message::DeviceCode));
                    }
                }
                t
            }
            Page::MoreInfo => vec![
                button(OPEN_PAGE, Message::OpenSetupPage),
                button(BACK_TO_INSTALL, Message::BackToInstall),
            ],
            Page::GetApp => vec![button(BACK_TO_INSTALL, Message::BackToInstall)],
            Page::PasskeyAdd => self.passkey_targets(),
            Page::NewPhoneAdd | Page::NewPhoneRemove => vec![button(
                passkey_add::OPEN_SECURITY_INFO,
                Message::OpenSecurityInfo,
            )],
            Page::Finish => {
                let mut t = Vec::new();
                if self.may_sign_in_here() {
                    t.push(button(SIGN_IN, Message::SignIn));
                }
                if self.help {
                    t.push(button(HELP, Message::OpenHelp));
                }
                t.push(button(RESTART, Message::Restart));
                t
            }
            Page::SetUp
            | Page::Scan
            | Page::TryIt
            | Page::Phone
            | Page::Code
            | Page::Success
            | Page::PasskeyReady
            | Page::LostPhone => Vec::new(),
        }
    }

    /// The screen beside `page`.
    pub fn view<'a>(&'a self, page: Page, ctx: &Ctx<'_>) -> Element<'a, Message> {
        match page {
            Page::SignIn => sign_in::view(self, ctx),
            Page::MoreInfo => more_info::view(self, ctx),
            Page::GetApp => get_app::view(self, ctx),
            Page::SetUp => set_up::view(self, ctx),
            Page::Scan => scan::view(self, ctx),
            Page::TryIt => try_it::view(self, ctx),
            Page::Phone => phone::view(self, ctx),
            Page::Code => code::view(self, ctx),
            Page::Success => success::view(self, ctx),
            Page::PasskeyReady => passkey_ready::view(self, ctx),
            Page::PasskeyAdd => passkey_add::view(self, ctx),
            Page::LostPhone => lost_phone::view(self, ctx),
            Page::NewPhoneAdd => new_phone_add::view(self, ctx),
            Page::NewPhoneRemove => new_phone_remove::view(self, ctx),
            Page::Finish => finish::view(self, ctx),
        }
    }

    /// The person's sign-in name for the pictures, once signed in.
    fn username(&self) -> Option<&str> {
        self.account.as_ref().and_then(|a| a.username.as_deref())
    }

    /// The organisation on the drawn pages and in the drawn app: as the
    /// config names it, else the signed-in account's domain (what Entra
    /// knows it by), else "your organisation".
    fn organisation(&self, ctx: &Ctx<'_>) -> String {
        let domain = self
            .username()
            .and_then(|name| name.rsplit_once('@'))
            .map(|(_, domain)| domain.to_owned());
        match (&ctx.config.organisation, domain) {
            (Some(name), _) => name.clone(),
            (None, Some(domain)) => domain,
            (None, None) => ctx.organisation_name(),
        }
    }

    /// The host of Microsoft's sign-in page, for the pictures.
    fn sign_in_host(&self) -> String {
        self.handle
            .as_ref()
            .map_or_else(String::new, Handle::sign_in_host)
    }
}

/// A screen's two halves: the instructions, and beside them Microsoft's
/// page in the browser with, where the phone matters, the phone.
fn layout<'a>(
    ctx: &Ctx<'_>,
    left: Column<'a, Message>,
    page: Element<'a, Message>,
    phone: Option<Element<'a, Message>>,
) -> Element<'a, Message> {
    // The text gets as much room as Microsoft's page, less beside a phone.
    let (text, pictures, right): (u16, u16, Element<'a, Message>) = match phone {
        Some(phone) => (
            5,
            7,
            ui::split(
                ctx.narrow,
                container(page).width(Length::FillPortion(3)),
                container(phone).center_x(Length::FillPortion(2)),
            ),
        ),
        None => (1, 1, container(page).into()),
    };
    ui::split(
        ctx.narrow,
        left.spacing(16).width(Length::FillPortion(text)),
        container(right).width(Length::FillPortion(pictures)),
    )
}

/// The title and numbered steps every screen starts with.
fn heading<'a>(title: String, steps: Vec<String>) -> Column<'a, Message> {
    column![ui::title(title), ui::steps(steps)]
}
