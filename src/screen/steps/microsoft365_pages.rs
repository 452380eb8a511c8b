//! The Microsoft 365 screens behind `Steps`' door: their messages tagged
//! with the page they come from, their footer button and Enter, and which
//! screen of the route signs in (for signing in again when it runs out).

use iced::Task;

use super::{Message, Press, Steps};
use crate::config::Config;
use crate::guide::{Errand, Page, Route, Screen};
use crate::i18n::Lang;
use crate::screen::{Event, microsoft365};

/// A Microsoft 365 screen's message, tagged with its page.
pub fn ms(page: Page) -> impl Fn(microsoft365::Message) -> Message + Clone {
    move |m| Message::Microsoft(page, m)
}

/// What a Microsoft 365 screen's button does: its own message (tagged
/// with its page), the footer's `forward` where it says Next, or nothing.
fn press(
    page: Page,
    press: Option<Press<microsoft365::Message>>,
    forward: Option<Press>,
) -> Option<Press> {
    match press? {
        Press::Screen(m) => Some(Press::Screen(Message::Microsoft(page, m))),
        Press::Next => forward,
    }
}

impl Steps {
    /// The route's sign-in: Microsoft's, or the one of training and
    /// privacyIDEA.
    pub(super) fn sign_in_screen(&self) -> Screen {
        let microsoft = Screen::Microsoft(Page::SignIn);
        let route = self.service.profile().route;
        if route.position(microsoft).is_some() {
            microsoft
        } else {
            Screen::SignIn
        }
    }

    /// A Microsoft 365 screen's message, its answers tagged with its page.
    pub(super) fn update_microsoft(
        &mut self,
        page: Page,
        message: microsoft365::Message,
        lang: Lang,
        config: &Config,
    ) -> (Task<Message>, Option<Event>) {
        let (task, event) = self
            .microsoft365
            .update(message, lang, config.help_url.as_deref());
        (task.map(ms(page)), event)
    }

    /// The footer's main button on a Microsoft 365 screen.
    pub(super) fn forward_microsoft(
        &self,
        page: Page,
        lang: Lang,
    ) -> Option<(String, Option<Press>)> {
        let (label, primary) = self.microsoft365.forward(page, lang)?;
        let next = self.can_continue().then_some(Press::Next);
        Some((label, press(page, primary, next)))
    }

    /// What Enter does on a Microsoft 365 screen.
    pub(super) fn primary_microsoft(&self, page: Page, lang: Lang) -> Option<Press> {
        let forward = self.forward(lang).and_then(|(_, press)| press);
        press(page, self.microsoft365.primary(page), forward)
    }

    /// The errands the welcome offers: on Microsoft 365 with the app or
    /// a passkey to set up, the guide, a new phone and a lost one; in
    /// training, the guide and a new phone to practise (a lost phone needs
    /// the helpdesk's pass, which a practice cannot give); else none.
    pub(super) fn errands_offered(&self) -> &'static [Errand] {
        use crate::service::microsoft365::Choice;
        let microsoft = self.service.microsoft365().is_some_and(|h| {
            h.methods()
                .iter()
                .any(|m| matches!(m, Choice::Authenticator | Choice::Passkey))
        });
        if microsoft {
            &[Errand::Enroll, Errand::NewPhone, Errand::LostPhone]
        } else if self.service.profile().training {
            &[Errand::Enroll, Errand::NewPhone]
        } else {
            &[]
        }
    }

    /// The welcome's choice of errand, where it is offered; in training
    /// the practice server then lists an old phone, or not.
    pub(super) fn choose_errand(&mut self, errand: Errand) {
        if !self.errands_offered().contains(&errand) {
            return;
        }
        self.microsoft365.set_errand(errand);
        if let Some(phone) = self.service.training_phone() {
            phone.rehearse_new_phone(errand == Errand::NewPhone);
        }
    }

    /// Why the person came (always the guide where no errand is offered).
    pub fn errand(&self) -> Errand {
        self.microsoft365.errand()
    }

    /// The route for the errand: the provider's as it is today, or, for a
    /// new phone, the new phone's route for IT's `methods` (in training,
    /// the practice new phone's, with the practice passkey where the
    /// provider's route has it).
    pub fn route(&self) -> Route {
        let errand = self.errand();
        if errand == Errand::Enroll {
            return self.service.route();
        }
        match self.service.microsoft365() {
            Some(handle) => crate::guide::new_phone(handle.methods(), errand == Errand::LostPhone),
            None if self.service.profile().training => {
                let passkey = self.service.route().position(Screen::PasskeyAdd).is_some();
                if passkey {
                    crate::guide::PRACTICE_NEW_PHONE_PASSKEY
                } else {
                    crate::guide::PRACTICE_NEW_PHONE
                }
            }
            None => self.service.route(),
        }
    }

    /// Microsoft 365's sign-in and readings (tests read the ticks).
    pub fn microsoft365(&self) -> &microsoft365::State {
        &self.microsoft365
    }
}
