//! The push token's enrollment QR, read as the phone reads it: the name
//! the app will show for the account.

use super::{Phase, State};

impl State {
    /// The push enrollment QR's content while the phone must scan it
    /// (tests read it like a phone would).
    pub fn push_uri(&self) -> Option<&str> {
        match &self.phase {
            Phase::Registering { uri, .. } => Some(uri),
            _ => None,
        }
    }
}

/// The account name in an `otpauth://` URI: its path without the
/// "issuer:" prefix.
pub(super) fn uri_account(uri: &str) -> Option<String> {
    let url = url::Url::parse(uri).ok()?;
    let label = url.path().trim_start_matches('/');
    let label = percent_decode(label);
    let account = label.rsplit(':').next().unwrap_or_default().trim();
    (!account.is_empty()).then(|| account.to_owned())
}

fn percent_decode(s: &str) -> String {
    form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_account_name_is_the_label_without_the_issuer() {
        let uri = "otpauth://pipush/RPO:jan%40staff?url=https://x/ttype/push&serial=PIPU1";
        assert_eq!(super::uri_account(uri).as_deref(), Some("jan@staff"));
        let bare = "otpauth://pipush/PIPU0001A2B3?serial=PIPU0001A2B3";
        assert_eq!(super::uri_account(bare).as_deref(), Some("PIPU0001A2B3"));
        assert_eq!(super::uri_account("not a uri"), None);
    }
}
