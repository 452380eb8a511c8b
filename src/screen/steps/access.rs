//! What the app and the tests read off the screens' state.

use super::Steps;
use crate::guide::Screen;
use crate::screen::{approve, practice_passkey, scan_qr, verify_sms};

impl Steps {
    /// The account signed in, while the sign-in holds.
    pub fn signed_in(&self) -> Option<&crate::service::Account> {
        self.sign_in.account().filter(|_| self.sign_in.signed_in())
    }

    pub(super) fn account_label(&self) -> &str {
        self.sign_in
            .account()
            .map(|a| a.label.as_str())
            .unwrap_or_default()
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

    /// The practice passkey's state (the room reads what passed).
    pub fn passkey(&self) -> &practice_passkey::State {
        &self.passkey
    }

    /// In training, once the app has the account: its current code and
    /// seconds left, as the practice phone's app shows them.
    pub fn live_code(&self) -> Option<(u32, u64)> {
        match self.current {
            Screen::Scan | Screen::Finish if self.scan.verified() => self
                .service
                .training_phone()
                .and_then(|phone| phone.authenticator_code()),
            _ => None,
        }
    }
}
