//! What one sign-in has under way on the server: the person, their JWT, and
//! the tokens created but not yet verified.

use std::time::Instant;

use super::{Client, Jwt};
use crate::service::TotpEnrollment;
use crate::service::journal::Step;

/// A token created on the server but not yet verified.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    pub(super) serial: String,
}

/// The push token for test sign-ins.
#[derive(Debug, Clone)]
pub(super) struct Push {
    pub(super) serial: String,
    pub(super) uri: String,
    pub(super) registered: bool,
}

/// The state of one sign-in.
#[derive(Default)]
pub(super) struct Session {
    pub(super) jwt: Option<Jwt>,
    pub(super) username: Option<String>,
    pub(super) push: Option<Push>,
    /// privacyIDEA's transaction ids, by the id the UI holds.
    pub(super) transactions: std::collections::HashMap<u64, String>,
    pub(super) next_transaction: u64,
    pub(super) totp: Option<(Pending, TotpEnrollment)>,
    /// Explains refused TOTP codes with the secret of the otpauth URI, from
    /// the first QR until the person cancels or someone else signs in (the
    /// test by code needs it after the enrollment is verified).
    pub(super) doctor: Option<crate::service::diagnosis::Doctor>,
    pub(super) sms: Option<(Pending, Instant)>,
    pub(super) enrolled: Vec<String>,
    /// A token of this step may exist on the server without the session
    /// knowing its serial: its creation is under way, or was cut off after
    /// the request went out, or an earlier run's leftovers could not be
    /// removed yet. Cleared by a sweep of the server.
    pub(super) unknown: Option<Step>,
}

impl Session {
    /// The serials this session created and has not verified, by step.
    pub(super) fn unverified(&self) -> Vec<(String, Step)> {
        let push = self.push.as_ref().filter(|p| !p.registered);
        [
            self.totp
                .as_ref()
                .map(|(p, _)| (p.serial.clone(), Step::Scan)),
            push.map(|p| (p.serial.clone(), Step::Approve)),
            self.sms
                .as_ref()
                .map(|(p, _)| (p.serial.clone(), Step::Sms)),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Drops the unverified token `serial` (deleted on the server).
    pub(super) fn forget(&mut self, serial: &str) {
        self.totp.take_if(|(p, _)| p.serial == serial);
        self.sms.take_if(|(p, _)| p.serial == serial);
        self.push.take_if(|p| p.serial == serial && !p.registered);
    }

    /// The step the journal names: one under way, else the latest with a
    /// token waiting; `None` when nothing is left on the server.
    pub(super) fn step(&self) -> Option<Step> {
        self.unknown
            .or_else(|| self.unverified().last().map(|(_, step)| *step))
    }
}

impl super::PrivacyIdeaProvider {
    /// Serials of the tokens this session enrolled and verified.
    pub fn enrolled(&self) -> Vec<String> {
        self.lock().enrolled.clone()
    }

    /// The HTTP client, signed in as the person (tests list tokens with it).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The person's JWT, for listing tokens (tests).
    pub fn session_jwt(&self) -> Option<Jwt> {
        self.lock().jwt.clone()
    }
}
