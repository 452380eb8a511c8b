//! privacyIDEA's answers and request bodies, wiped once used: they carry
//! secrets (the JWT, the otpauth URI with the TOTP seed, the password).

use serde_json::Value;
use zeroize::{Zeroize, Zeroizing};

/// An answer from privacyIDEA, wiped when dropped: answers carry secrets
/// (the JWT, the otpauth URI with the TOTP seed, push enrollment data).
pub struct Answer(pub(super) Value);

impl std::ops::Deref for Answer {
    type Target = Value;
    fn deref(&self) -> &Value {
        &self.0
    }
}

impl std::ops::DerefMut for Answer {
    fn deref_mut(&mut self) -> &mut Value {
        &mut self.0
    }
}

impl Drop for Answer {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// Overwrites every string in `value`.
pub(super) fn wipe(value: &mut Value) {
    match value {
        Value::String(s) => s.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(wipe),
        Value::Object(map) => map.values_mut().for_each(wipe),
        _ => {}
    }
}

/// The url-encoded form in one buffer of its final size (no reallocation
/// leaves a copy behind), wiped when the request is done with it.
pub(super) fn form_body(form: &[(&str, &str)]) -> reqwest::Body {
    // Every byte encodes to at most three ("%2F"), plus "=" and "&".
    let room = form.iter().map(|(k, v)| 3 * (k.len() + v.len()) + 2).sum();
    let mut text = form_urlencoded::Serializer::new(String::with_capacity(room));
    text.extend_pairs(form);
    let text = Zeroizing::new(text.finish().into_bytes());
    reqwest::Body::from(bytes::Bytes::from_owner(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_wiped_to_the_last_string() {
        let mut value = serde_json::json!({
            "detail": {"googleurl": {"value": "otpauth://totp/x?secret=ABCD"}, "serial": "TOTP1"},
            "list": ["jwt", 3, {"token": "eyJ"}],
        });
        wipe(&mut value);
        assert_eq!(
            value,
            serde_json::json!({
                "detail": {"googleurl": {"value": ""}, "serial": ""},
                "list": ["", 3, {"token": ""}],
            })
        );
    }

    #[test]
    fn the_form_is_url_encoded_as_reqwest_would() {
        let form = [("username", "jan@rpo.nl"), ("password", "p&ss wörd=%")];
        let body = form_body(&form);
        assert_eq!(
            body.as_bytes(),
            Some(&b"username=jan%40rpo.nl&password=p%26ss+w%C3%B6rd%3D%25"[..])
        );
    }
}
