//! Creating and verifying tokens: `POST /token/init`, journaled, and what
//! its answers must say.

use super::answer::Answer;
use super::recovery::may_have_acted;
use super::{Jwt, PrivacyIdeaProvider};
use crate::service::journal::Step;
use crate::service::{Code, Error};

impl PrivacyIdeaProvider {
    /// `POST /token/init` for a new token of `step`, journaled: leftovers
    /// of an earlier cut-off creation are swept first, and the journal
    /// says a token is coming before the request goes out (a kill before
    /// its serial is known still leaves a trace). Returns the serial and
    /// the answer's `detail`; the caller keeps the serial in the session and
    /// then calls [`created`](Self::created).
    pub(super) async fn create(
        &self,
        jwt: &Jwt,
        step: Step,
        form: &[(&str, &str)],
    ) -> Result<(String, Answer), Error> {
        if self.lock().unknown.is_some() {
            self.sweep(jwt).await?;
        }
        self.lock().unknown = Some(step);
        self.note().await;
        let created = self
            .client
            .init(jwt, form)
            .await
            .and_then(|detail| Ok((super::answers::serial_of(&detail)?, detail)));
        if let Err(e) = &created {
            // Unless the request may have reached the server without its
            // answer reaching us, nothing unknown is left.
            if !may_have_acted(e) {
                self.lock().unknown = None;
            }
            self.note().await;
        }
        created
    }

    /// The token from [`create`](Self::create) is in the session (or was
    /// deleted again): nothing unknown is left on the server.
    pub(super) async fn created(&self) {
        self.lock().unknown = None;
        self.note().await;
    }

    /// Verifies the token `serial` with the first `code` from the phone
    /// (`verify_enrollment`).
    pub(super) async fn verify(&self, serial: &str, kind: &str, code: &Code) -> Result<(), Error> {
        let jwt = self.jwt()?;
        let detail = self
            .client
            .init(
                &jwt,
                &[
                    ("serial", serial),
                    ("type", kind),
                    ("verify", code.as_str()),
                ],
            )
            .await?;
        super::answers::verified(&detail)
    }
}
