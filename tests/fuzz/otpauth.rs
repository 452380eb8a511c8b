//! otpauth URIs as privacyIDEA sends them for the QR code: any text, URIs
//! built from random parts, and the real ones of the captured answers
//! mutated. A URI either gives the enrollment with the URI's own secret as
//! the key to type, or a typed error.

use mfa_assistant::service::{Error, TotpEnrollment};
use proptest::prelude::*;
use proptest::sample::Index;
use secrecy::ExposeSecret;

use crate::fuzz;

/// The `secret` parameter of an otpauth URI, if any.
fn secret_of(uri: &str) -> Option<String> {
    url::Url::parse(uri)
        .ok()?
        .query_pairs()
        .find(|(k, _)| k == "secret")
        .map(|(_, v)| v.into_owned())
}

/// Whatever the URI, a value or BadAnswer; a value only for a TOTP URI,
/// showing its own secret as the key to type.
fn check(uri: &str) -> Result<(), TestCaseError> {
    match TotpEnrollment::from_uri(uri) {
        Ok(enrollment) => {
            prop_assert!(uri.starts_with("otpauth://totp/"));
            prop_assert_eq!(enrollment.uri.expose_secret(), uri);
            let secret = secret_of(uri).unwrap_or_default();
            let want = base32::decode(
                base32::Alphabet::Rfc4648 { padding: false },
                &secret.to_uppercase(),
            );
            let shown = base32::decode(
                base32::Alphabet::Rfc4648 { padding: false },
                &enrollment.key.plain(),
            );
            prop_assert_eq!(shown, want, "key shown for {}", uri);
        }
        Err(e) => prop_assert!(matches!(e, Error::BadAnswer(_)), "{:?}", e),
    }
    Ok(())
}

#[test]
fn any_text() {
    let text = prop_oneof![
        any::<String>(),
        "otpauth://totp/.{0,60}",
        "otpauth://[a-z]{0,6}/[ -~]{0,60}"
    ];
    fuzz("otpauth: any text", 5_000, text, |uri| check(&uri));
}

/// Percent-encoded bytes, mostly printable.
fn escaped() -> impl Strategy<Value = String> {
    proptest::collection::vec(prop_oneof![3 => "[A-Za-z0-9@._ -]", 1 => "%[0-9A-Fa-f]{0,2}", 1 => ".", 1 => Just(":".to_owned())], 0..12)
        .prop_map(|parts| parts.concat())
}

fn parameter() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        "[A-Z2-7]{0,40}=*",
        "[a-z2-7]{16,32}",
        escaped(),
        "(SHA1|SHA256|SHA512|sha1|MD5)",
        "-?[0-9]{1,12}",
    ];
    let name = prop_oneof![
        proptest::sample::select(
            &[
                "secret",
                "issuer",
                "algorithm",
                "digits",
                "period",
                "image",
                "counter"
            ][..]
        )
        .prop_map(str::to_owned),
        "[a-z]{0,6}",
    ];
    (name, value).prop_map(|(n, v)| format!("{n}={v}"))
}

#[test]
fn uris_built_from_random_parts() {
    let uri = (
        escaped(),
        proptest::collection::vec(parameter(), 0..7),
        "[?&#]{0,2}",
    )
        .prop_map(|(label, params, extra)| {
            format!("otpauth://totp/{label}?{}{extra}", params.join("&"))
        });
    fuzz("otpauth: random parts", 10_000, uri, |uri| check(&uri));
}

/// The URIs of the captured TOTP and SMS enrollments.
fn real_uris() -> Vec<String> {
    ["init-totp.200.json", "init-totp-spare.200.json"]
        .iter()
        .map(|file| {
            let path = format!("{}/tests/fuzz/seeds/{file}", env!("CARGO_MANIFEST_DIR"));
            let answer: serde_json::Value =
                serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
            answer["detail"]["googleurl"]["value"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn real_uris_read_and_mutated() {
    let uris = real_uris();
    for uri in &uris {
        let enrollment = TotpEnrollment::from_uri(uri).expect("the server's URI");
        assert_eq!(enrollment.account, "jan@staff");
        assert_eq!(enrollment.issuer, "RPO");
        check(uri).unwrap();
    }
    let edit = (any::<Index>(), any::<char>(), 0..3u8);
    let input = (any::<Index>(), proptest::collection::vec(edit, 1..5));
    fuzz(
        "otpauth: real URIs mutated",
        10_000,
        input,
        |(which, edits)| {
            let mut chars: Vec<char> = which.get(&uris).chars().collect();
            for (at, c, how) in edits {
                let i = at.index(chars.len() + 1);
                match how {
                    0 if i < chars.len() => chars[i] = c,
                    1 if i < chars.len() => drop(chars.remove(i)),
                    _ => chars.insert(i, c),
                }
            }
            check(&chars.into_iter().collect::<String>())
        },
    );
}

#[test]
fn uris_made_by_totp_rs_read_back() {
    let input = (
        proptest::collection::vec(any::<u8>(), 16..64),
        "[A-Za-z0-9 .-]{1,20}",
        "[A-Za-z0-9@._-]{1,30}",
    );
    fuzz(
        "otpauth: round trip",
        3_000,
        input,
        |(secret, issuer, account)| {
            let totp = totp_rs::Builder::new()
                .with_secret(totp_rs::Secret::new(secret.clone().into_boxed_slice()))
                .with_issuer(Some(issuer.as_str()))
                .with_account_name(account.as_str())
                .build()
                .unwrap();
            let enrollment = TotpEnrollment::from_uri(&totp.to_url().unwrap()).unwrap();
            prop_assert_eq!(&enrollment.account, &account);
            prop_assert_eq!(&enrollment.issuer, &issuer);
            let key = base32::decode(
                base32::Alphabet::Rfc4648 { padding: false },
                &enrollment.key.plain(),
            );
            prop_assert_eq!(key, Some(secret));
            Ok(())
        },
    );
}
