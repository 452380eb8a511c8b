//! A server's clock as its answers tell it (HTTP `Date`): privacyIDEA's is
//! the reference time for diagnosing codes and whether the PC's own clock is
//! off; Microsoft Graph's says whether Microsoft still sends text messages.

use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// The server's clock minus the PC's, in whole seconds, from the last
/// answer with a `Date`; shared by the clones of a client.
#[derive(Debug, Clone, Default)]
pub struct ServerClock(Arc<Mutex<Option<i64>>>);

impl ServerClock {
    /// Notes the `Date` of an answer, if it has a readable one.
    pub fn saw(&self, headers: &reqwest::header::HeaderMap) {
        let told = headers
            .get(reqwest::header::DATE)
            .and_then(|date| date.to_str().ok())
            .and_then(|date| httpdate::parse_http_date(date).ok())
            .and_then(|time| time.duration_since(UNIX_EPOCH).ok());
        if let Some(server) = told {
            let offset = i64::try_from(server.as_secs()).unwrap_or(i64::MAX)
                - i64::try_from(pc_now()).unwrap_or(i64::MAX);
            *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(offset);
        }
    }

    /// The server's clock minus the PC's, in seconds (`None` before any
    /// answer told).
    pub fn offset(&self) -> Option<i64> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The server's time now, as far as its last `Date` tells; the PC's
    /// when no answer told.
    pub fn now(&self) -> u64 {
        pc_now().saturating_add_signed(self.offset().unwrap_or(0))
    }

    /// The server's time now, once an answer told it.
    pub fn told_now(&self) -> Option<u64> {
        self.offset()
            .map(|offset| pc_now().saturating_add_signed(offset))
    }
}

/// This PC's clock, in whole seconds since the Unix epoch.
fn pc_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{DATE, HeaderMap, HeaderValue};

    #[test]
    fn the_offset_comes_from_the_date_header() {
        let clock = ServerClock::default();
        assert_eq!(clock.offset(), None);
        let mut headers = HeaderMap::new();
        clock.saw(&headers);
        assert_eq!(clock.offset(), None, "no Date, nothing learnt");
        let hour_ahead =
            httpdate::fmt_http_date(SystemTime::now() + std::time::Duration::from_secs(3600));
        headers.insert(DATE, HeaderValue::from_str(&hour_ahead).unwrap());
        clock.saw(&headers);
        let offset = clock.offset().unwrap();
        assert!((3599..=3601).contains(&offset), "{offset}");
        assert!(clock.now().abs_diff(pc_now() + 3600) <= 1);
        headers.insert(DATE, HeaderValue::from_static("not a date"));
        clock.saw(&headers);
        assert_eq!(
            clock.offset(),
            Some(offset),
            "an unreadable Date is ignored"
        );
    }
}
