//! Where typing goes: the field a screen opens with, text typed outside a
//! text field, and the arrow keys.

use super::{Message, Steps};
use crate::guide::Screen;
use crate::screen::{approve, phone_number, scan_qr, verify_sms};
use crate::ui::FocusId;

impl Steps {
    /// Where typing goes when the screen opens.
    pub fn first_input(&self) -> Option<FocusId> {
        match self.current {
            Screen::SignIn => Some(self.sign_in.first_input(self.service.profile().sign_in)),
            Screen::Scan => self.scan.first_input(),
            Screen::Approve => self.approve.first_input(),
            Screen::Phone => Some(phone_number::NUMBER),
            Screen::Sms => self.sms.first_input(),
            Screen::Welcome
            | Screen::Install
            | Screen::MoreInfo
            | Screen::Prepare
            | Screen::Finish
            | Screen::PasskeyReady
            | Screen::PasskeyAdd
            | Screen::OldPhone
            | Screen::Microsoft(_) => None,
        }
    }

    /// Text typed outside a text field (after a click elsewhere, say): on
    /// a screen whose main job is one field it goes into that field; on
    /// the practice phone it types or picks the answer. Nothing is lost.
    /// With the message, the field that takes the rest of the typing.
    pub fn typed(&self, text: &str, focus: Option<FocusId>) -> Option<(Message, Option<FocusId>)> {
        let kind = self.service.profile().sign_in;
        let field = |m: Message, id| Some((m, Some(id)));
        match self.current {
            Screen::SignIn => {
                let (m, id) = self.sign_in.typed(text, kind, focus)?;
                field(Message::SignIn(m), id)
            }
            Screen::Scan => field(Message::Scan(self.scan.typed(text)?), scan_qr::CODE),
            Screen::Sms => field(Message::Sms(self.sms.typed(text)?), verify_sms::CODE),
            // Letters on the country list are not a phone number.
            Screen::Phone if focus == Some(phone_number::COUNTRY) => None,
            Screen::Phone => field(Message::Phone(self.phone.typed(text)), phone_number::NUMBER),
            Screen::Approve if self.approve.by_code() => field(
                Message::Approve(self.approve.typed_code(text)?),
                approve::CODE,
            ),
            Screen::Approve if self.service.profile().training => {
                let keys = approve::Message::Keys(text.to_owned());
                Some((Message::Approve(keys), None))
            }
            Screen::Welcome
            | Screen::Install
            | Screen::MoreInfo
            | Screen::Prepare
            | Screen::Approve
            | Screen::Finish
            | Screen::PasskeyReady
            | Screen::PasskeyAdd
            | Screen::OldPhone
            | Screen::Microsoft(_) => None,
        }
    }

    /// An arrow key outside a text field, with `focus` where it is.
    pub fn arrow(&self, focus: Option<FocusId>, down: bool) -> Option<Message> {
        match self.current {
            Screen::Phone => phone_number::State::arrow(focus, down).map(Message::Phone),
            _ => None,
        }
    }
}
