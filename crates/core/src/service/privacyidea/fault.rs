//! How a request to privacyIDEA fails below privacyIDEA's own JSON errors:
//! the transport (TLS, a connection cut midway), a busy server's
//! `Retry-After`, a web page where JSON was due. Each becomes a typed
//! [`Error`] from what the libraries report as types, never from their
//! English sentences.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap, RETRY_AFTER};

use crate::service::Error;

/// The longest wait a `Retry-After` may impose: a proxy that asks for a day
/// is misconfigured, and the person is told minutes at most.
const LONGEST_WAIT: Duration = Duration::from_secs(600);

/// The wait after a `429` that names none: short, since the person retries
/// by hand.
const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// Closed while the server asked to be left alone (`Retry-After`): requests
/// in that time fail at once with the wait that is left, without reaching
/// the server. Shared by every clone of a client.
#[derive(Debug, Clone, Default)]
pub(super) struct Gate(Arc<Mutex<Option<Instant>>>);

impl Gate {
    /// `Err(ServerBusy(left))` while closed.
    pub(super) fn check(&self) -> Result<(), Error> {
        let mut until = self.0.lock().unwrap_or_else(|p| p.into_inner());
        match *until {
            Some(t) if Instant::now() < t => Err(Error::ServerBusy(t - Instant::now())),
            Some(_) => {
                *until = None;
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Keeps requests away for `wait`.
    fn close_for(&self, wait: Duration) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now() + wait);
    }
}

/// The error for a status privacyIDEA itself never answers with, if it is
/// one: `429`/`503` with their wait (which closes `gate`), other `5xx`.
pub(super) fn status(status: StatusCode, headers: &HeaderMap, gate: &Gate) -> Option<Error> {
    let wait = retry_after(headers, SystemTime::now());
    let wait = match (status, wait) {
        (StatusCode::TOO_MANY_REQUESTS, wait) => wait.unwrap_or(DEFAULT_WAIT),
        (StatusCode::SERVICE_UNAVAILABLE, Some(wait)) => wait,
        (s, _) if s.is_server_error() => return Some(Error::ServerFault(s.as_u16())),
        _ => return None,
    };
    gate.close_for(wait);
    Some(Error::ServerBusy(wait))
}

/// `Retry-After` as seconds or as an HTTP date, capped at [`LONGEST_WAIT`].
fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let wait = match value.parse::<u64>() {
        Ok(seconds) => Duration::from_secs(seconds),
        Err(_) => httpdate::parse_http_date(value)
            .ok()?
            .duration_since(now)
            .unwrap_or_default(),
    };
    Some(wait.min(LONGEST_WAIT))
}

/// True when an answer that is no JSON is a web page: a proxy's or a
/// firewall's, a login portal, or a website at the configured address.
pub(super) fn is_web_page(headers: &HeaderMap, body: &[u8]) -> bool {
    let html = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/html"));
    html || body.trim_ascii_start().first() == Some(&b'<')
}

/// A failure to get an answer at all.
pub(super) fn transport(e: &reqwest::Error) -> Error {
    if e.is_timeout() {
        return Error::Timeout;
    }
    if let Some(tls) = rustls_error(e) {
        return match tls {
            rustls::Error::InvalidCertificate(_) => Error::Untrusted,
            other => Error::TlsFailed(other.to_string()),
        };
    }
    if e.is_connect() {
        Error::Unreachable
    } else {
        // Connected and sent, then cut before the answer was complete: the
        // server may have acted on the request.
        Error::ConnectionLost
    }
}

/// A failure while reading an answer whose head had arrived.
pub(super) fn body(e: &reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::Timeout
    } else {
        Error::ConnectionLost
    }
}

/// The TLS library's own error somewhere in `e`'s chain. tokio-rustls wraps
/// it in an `io::Error` (hyper wraps that in another), whose `source()`
/// skips what it wraps, so those are opened.
fn rustls_error(e: &reqwest::Error) -> Option<&rustls::Error> {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(error) = next {
        if let Some(tls) = error.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        next = match error.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as _),
            None => error.source(),
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(name: reqwest::header::HeaderName, value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let wait = |v: &str| retry_after(&headers(RETRY_AFTER, v), now);
        assert_eq!(wait("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            wait("Sun, 06 Nov 1994 08:50:07 GMT"),
            Some(Duration::from_secs(30))
        );
        assert_eq!(wait("Sun, 06 Nov 1994 08:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(wait("86400"), Some(LONGEST_WAIT));
        assert_eq!(wait("soon"), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn busy_statuses_close_the_gate_for_their_wait() {
        let gate = Gate::default();
        let busy = status(
            StatusCode::SERVICE_UNAVAILABLE,
            &headers(RETRY_AFTER, "2"),
            &gate,
        );
        assert_eq!(busy, Some(Error::ServerBusy(Duration::from_secs(2))));
        assert!(matches!(gate.check(), Err(Error::ServerBusy(d)) if d <= Duration::from_secs(2)));
        // A 503 without a wait is a fault like any 5xx; a 429 always waits.
        let open = Gate::default();
        assert_eq!(
            status(StatusCode::SERVICE_UNAVAILABLE, &HeaderMap::new(), &open),
            Some(Error::ServerFault(503))
        );
        assert_eq!(open.check(), Ok(()));
        assert_eq!(
            status(StatusCode::TOO_MANY_REQUESTS, &HeaderMap::new(), &open),
            Some(Error::ServerBusy(DEFAULT_WAIT))
        );
        assert_eq!(status(StatusCode::OK, &HeaderMap::new(), &open), None);
        assert_eq!(
            status(StatusCode::UNAUTHORIZED, &HeaderMap::new(), &open),
            None
        );
    }

    #[test]
    fn the_gate_opens_when_the_wait_is_over() {
        let gate = Gate::default();
        gate.close_for(Duration::from_millis(30));
        assert!(gate.check().is_err());
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(gate.check(), Ok(()));
    }

    #[test]
    fn web_pages_by_type_or_by_their_first_byte() {
        let none = HeaderMap::new();
        assert!(is_web_page(
            &headers(CONTENT_TYPE, "text/html; charset=utf-8"),
            b"x"
        ));
        assert!(is_web_page(
            &none,
            b"\r\n  <!DOCTYPE html><title>502</title>"
        ));
        assert!(!is_web_page(
            &headers(CONTENT_TYPE, "application/json"),
            b"{\"result\""
        ));
        assert!(!is_web_page(&none, b""));
    }
}
