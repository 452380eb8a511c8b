//! Microsoft Graph: `GET {graph}/v1.0/me/authentication/methods`, with the
//! access token renewed when it runs out or Graph refuses it once, and
//! Graph's status codes turned into typed errors.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderValue, RETRY_AFTER};
use secrecy::ExposeSecret;
use zeroize::Zeroizing;

use super::fault::Fault;
use super::methods::Snapshot;
use super::{Microsoft365, Session};
use crate::service::Error;

/// How long to wait after a 429 that names no time.
const THROTTLE_DEFAULT: Duration = Duration::from_secs(10);

impl Microsoft365 {
    /// What Microsoft has registered for the signed-in person now.
    pub async fn methods(&self, session: &Session) -> Result<Snapshot, Error> {
        let url = self.settings.graph_url("v1.0/me/authentication/methods");
        let mut renewed = false;
        loop {
            let token = self.access_token(session, renewed).await?;
            let bearer = Zeroizing::new(format!("Bearer {}", token.expose_secret()));
            let mut value = HeaderValue::from_str(&bearer)
                .map_err(|_| Error::BadAnswer("unusable access token".to_owned()))?;
            value.set_sensitive(true);
            let response = self
                .http
                .get(url.clone())
                .header(AUTHORIZATION, value)
                .header("Accept", "application/json")
                .send()
                .await
                .map_err(|e| super::oauth::transport(&e))?;
            let status = response.status();
            self.graph_clock.saw(response.headers());
            tracing::debug!(status = status.as_u16(), "Graph methods");
            match status {
                StatusCode::OK => {
                    let body = response
                        .bytes()
                        .await
                        .map_err(|e| super::oauth::transport(&e))?;
                    return Snapshot::parse(&body);
                }
                // Expired or revoked: one new token, then sign in again.
                StatusCode::UNAUTHORIZED if !renewed => renewed = true,
                StatusCode::UNAUTHORIZED => return Err(Error::SessionExpired),
                StatusCode::FORBIDDEN => return Err(Fault::Forbidden.into()),
                StatusCode::TOO_MANY_REQUESTS => {
                    let wait = retry_after(response.headers().get(RETRY_AFTER));
                    return Err(Fault::Throttled(wait.unwrap_or(THROTTLE_DEFAULT)).into());
                }
                s if s.is_server_error() => return Err(Error::ServerFault(s.as_u16())),
                s => {
                    return Err(Error::BadAnswer(format!(
                        "Graph answered HTTP {}",
                        s.as_u16()
                    )));
                }
            }
        }
    }
}

/// `Retry-After` in seconds, as Graph sends it.
fn retry_after(value: Option<&HeaderValue>) -> Option<Duration> {
    let seconds: u64 = value?.to_str().ok()?.trim().parse().ok()?;
    Some(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_seconds() {
        let v = |s: &str| HeaderValue::from_str(s).unwrap();
        assert_eq!(retry_after(Some(&v("7"))), Some(Duration::from_secs(7)));
        assert_eq!(retry_after(Some(&v(" 30 "))), Some(Duration::from_secs(30)));
        assert_eq!(retry_after(Some(&v("soon"))), None);
        assert_eq!(retry_after(None), None);
    }
}
