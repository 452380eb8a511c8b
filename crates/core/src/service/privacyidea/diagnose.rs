//! The doctor's part in the privacyIDEA provider: codes checked for length
//! before the server sees them, and the server's verdict explained with the
//! server's own time.

use super::PrivacyIdeaProvider;
use crate::service::{Accepted, Code, Error};

impl PrivacyIdeaProvider {
    /// Refuses a code that cannot be the TOTP enrollment's for its length
    /// (it would only raise the token's fail counter), with why.
    pub(super) fn check_length(&self, code: &Code) -> Result<(), Error> {
        let now = self.client.server_now();
        let mut session = self.lock();
        match session
            .doctor
            .as_mut()
            .and_then(|d| d.wrong_length(code, now))
        {
            Some(diagnosis) => Err(Error::CodeRejected.diagnosed(Some(diagnosis))),
            None => Ok(()),
        }
    }

    /// The server's verdict on a TOTP `code`, with the doctor's reading:
    /// why a refused code was wrong, or a note on an accepted one. The
    /// reference time is the server's, from the answer's HTTP `Date`.
    pub(super) fn diagnose(
        &self,
        verdict: Result<(), Error>,
        code: &Code,
    ) -> Result<Accepted, Error> {
        let now = self.client.server_now();
        let pc_minus_server = self.client.clock_offset().map(|offset| -offset);
        let mut session = self.lock();
        let Some(doctor) = session.doctor.as_mut() else {
            return verdict.map(|()| Accepted::default());
        };
        doctor.pc_clock(pc_minus_server);
        match verdict {
            Ok(()) => Ok(Accepted {
                note: doctor.accepted(code, now),
            }),
            Err(Error::CodeRejected) => {
                Err(Error::CodeRejected.diagnosed(doctor.refused(code, now)))
            }
            Err(other) => Err(other),
        }
    }
}
