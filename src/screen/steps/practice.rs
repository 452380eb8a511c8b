//! Training's practice passkey behind `Steps`' door: its two screens share
//! one state, asked with the screen showing.

use iced::Element;

use super::{Message, Press, Steps, map};
use crate::i18n::Lang;
use crate::screen::Ctx;
use crate::ui::Target;

impl Steps {
    /// The practice phone's controls on the passkey's screen showing.
    pub(super) fn passkey_targets(&self) -> Vec<Target<Message>> {
        map(self.passkey.targets(self.current), Message::Passkey)
    }

    /// Enter: the practice phone's main button, else the footer's.
    pub(super) fn passkey_primary(&self, lang: Lang) -> Option<Press> {
        let own = self.passkey.primary(self.current).map(Message::Passkey);
        own.map(Press::Screen)
            .or_else(|| self.forward(lang).and_then(|(_, press)| press))
    }

    /// The passkey's screen showing.
    pub(super) fn passkey_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        self.passkey.view(self.current, ctx).map(Message::Passkey)
    }
}
