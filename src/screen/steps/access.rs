//! What the app and the tests read off the screens' state.

use super::Steps;
use crate::screen::{approve, scan_qr, verify_sms};

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
}
