//! The Microsoft 365 screens behind `Steps`' door: their messages tagged
//! with the page they come from, their footer button and Enter, and which
//! screen of the route signs in (for signing in again when it runs out).
//! Why the person came, and the route that follows, is `errand.rs`.

use iced::Task;

use super::{Message, Press, Steps};
use crate::config::Config;
use crate::guide::{Page, Screen};
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

    /// Microsoft 365's sign-in and readings (tests read the ticks).
    pub fn microsoft365(&self) -> &microsoft365::State {
        &self.microsoft365
    }
}
