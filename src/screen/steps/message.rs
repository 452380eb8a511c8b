//! What the app hands to the screens: one message type for all of them,
//! and what the footer's main button does.

use super::super::{
    approve, finish, microsoft365, more_info, phone_number, practice_new_phone, practice_passkey,
    scan_qr, sign_in, verify_sms, welcome,
};
use crate::guide::{Page, Screen};

/// A message for one of the screens.
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
    /// Training's practice passkey, both its screens.
    Passkey(practice_passkey::Message),
    /// Training's practice new phone, its old phone's screen.
    OldPhone(practice_new_phone::Message),
    /// Phone number screen.
    Phone(phone_number::Message),
    /// SMS code screen.
    Sms(verify_sms::Message),
    /// Finish screen.
    Finish(finish::Message),
    /// A Microsoft 365 screen: the page it came from, and its message.
    Microsoft(Page, microsoft365::Message),
}

impl Message {
    /// The screen the message is for.
    pub(super) fn screen(&self) -> Screen {
        match self {
            Message::Welcome(_) => Screen::Welcome,
            Message::SignIn(_) => Screen::SignIn,
            Message::MoreInfo(_) => Screen::MoreInfo,
            Message::Scan(_) => Screen::Scan,
            Message::Approve(_) => Screen::Approve,
            Message::Passkey(m) => m.screen(),
            Message::OldPhone(_) => Screen::OldPhone,
            Message::Phone(_) => Screen::Phone,
            Message::Sms(_) => Screen::Sms,
            Message::Finish(_) => Screen::Finish,
            Message::Microsoft(page, _) => Screen::Microsoft(*page),
        }
    }
}

/// What pressing the footer's main button (or Enter) does: one answer
/// for every screen (a screen's own module answers with its own `M`, and
/// `Steps` tags it).
#[derive(Debug, Clone)]
pub enum Press<M = Message> {
    /// On to the next screen.
    Next,
    /// The screen's own action (sign in, send the SMS, …).
    Screen(M),
}

macro_rules! from_screen {
    ($($module:ident => $variant:ident),* $(,)?) => {
        $(impl From<$module::Message> for Message {
            fn from(message: $module::Message) -> Self {
                Message::$variant(message)
            }
        })*
    };
}

from_screen!(
    welcome => Welcome,
    sign_in => SignIn,
    more_info => MoreInfo,
    scan_qr => Scan,
    approve => Approve,
    practice_passkey => Passkey,
    practice_new_phone => OldPhone,
    phone_number => Phone,
    verify_sms => Sms,
    finish => Finish,
);
