//! Training's practice passkey and practice new phone behind `Steps`'
//! door: the passkey's two screens share one state, asked with the screen
//! showing; the new phone's old-phone screen has its own.

use iced::Element;

use super::{Message, Press, Steps, map};
use crate::i18n::Lang;
use crate::screen::Ctx;
use crate::screen::practice_new_phone;
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

    /// Enter on the old phone's screen: its "Delete", else the footer's.
    pub(super) fn old_phone_primary(&self, lang: Lang) -> Option<Press> {
        let own = self.old_phone.primary().map(Message::OldPhone);
        own.map(Press::Screen)
            .or_else(|| self.forward(lang).and_then(|(_, press)| press))
    }

    /// The practice new phone's state (the room reads what passed).
    pub fn old_phone(&self) -> &practice_new_phone::State {
        &self.old_phone
    }
}
