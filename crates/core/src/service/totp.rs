//! TOTP as a real server does it (RFC 6238: SHA1, 6 digits, 30 s): the
//! secret, the otpauth URI for the QR code, and verification with replay
//! protection.

use secrecy::{ExposeSecret, SecretString};
use totp_rs::{Algorithm, Secret, Totp};
use zeroize::Zeroizing;

use super::{Code, Error};

/// What the scan screen shows: the QR's URI and the key to type by hand.
/// Both hold the secret: wiped when dropped, `[REDACTED]` in `Debug`.
#[derive(Clone, Debug)]
pub struct TotpEnrollment {
    /// `otpauth://totp/...`: the content of the QR code.
    pub uri: SecretString,
    /// The same secret in base32, for "Can't scan?".
    pub key: KeyGroups,
    /// The account label in the app.
    pub account: String,
    /// The organisation shown above the account in the app.
    pub issuer: String,
}

impl TotpEnrollment {
    /// The enrollment a server created, from its otpauth URI. The URI is
    /// checked to be TOTP (and parsed with totp-rs), so the QR shows
    /// something an authenticator app accepts.
    pub fn from_uri(uri: &str) -> Result<Self, Error> {
        let bad = || Error::BadAnswer("unusable otpauth URI".to_owned());
        if !uri.starts_with("otpauth://totp/") || has_a_parameter_twice(uri) {
            return Err(bad());
        }
        let totp = Totp::from_url_unchecked(uri).map_err(|_| bad())?;
        let base32 = Zeroizing::new(totp.secret().to_base32());
        Ok(TotpEnrollment {
            uri: uri.into(),
            key: KeyGroups::new(&base32),
            account: totp.account_name().to_owned(),
            issuer: totp.issuer().unwrap_or_default().to_owned(),
        })
    }
}

/// "secret=A&secret=B": an app may take either, totp-rs takes the last, so
/// the QR and the key to type could differ. Such a URI is refused.
fn has_a_parameter_twice(uri: &str) -> bool {
    let query = uri.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let query = query.split_once('#').map_or(query, |(q, _)| q);
    let mut names: Vec<_> = form_urlencoded::parse(query.as_bytes())
        .map(|(name, _)| name)
        .collect();
    names.sort();
    names.windows(2).any(|pair| pair[0] == pair[1])
}

/// A base32 key, readable in groups of four.
#[derive(Clone, Debug)]
pub struct KeyGroups(SecretString);

impl KeyGroups {
    /// Groups `base32` in fours ("ABCD EFGH …").
    pub fn new(base32: &str) -> Self {
        let mut grouped = Zeroizing::new(String::with_capacity(base32.len() + base32.len() / 4));
        for (i, c) in base32.chars().filter(|c| *c != '=').enumerate() {
            if i > 0 && i % 4 == 0 {
                grouped.push(' ');
            }
            grouped.push(c);
        }
        // Copied at its exact length: no reallocation leaves a copy behind.
        Self(grouped.as_str().into())
    }

    /// The grouped key, for showing.
    pub fn grouped(&self) -> &str {
        self.0.expose_secret()
    }

    /// The key without spaces, for copying into an app.
    pub fn plain(&self) -> Zeroizing<String> {
        Zeroizing::new(self.grouped().chars().filter(|c| *c != ' ').collect())
    }
}

/// Length of generated secrets: 160 bits, as RFC 4226 recommends.
const SECRET_BYTES: usize = 20;

/// A TOTP secret held by the server side, with replay protection.
pub struct Verifier {
    totp: Totp,
    last_step: Option<u64>,
}

impl Verifier {
    /// A new random secret for `account` at `issuer`.
    #[cfg(test)]
    pub fn generate(issuer: &str, account: &str) -> Result<Self, Error> {
        Self::generate_with(&mut rand::rng(), issuer, account)
    }

    /// A new secret drawn from `rng` (a seeded one makes repeatable renders).
    pub fn generate_with(
        rng: &mut impl rand::CryptoRng,
        issuer: &str,
        account: &str,
    ) -> Result<Self, Error> {
        use rand::RngExt;
        let mut bytes = Zeroizing::new([0u8; SECRET_BYTES]);
        rng.fill(&mut bytes[..]);
        Self::from_secret(&bytes[..], issuer, account)
    }

    /// A verifier for a known secret (tests and RFC vectors).
    pub fn from_secret(secret: &[u8], issuer: &str, account: &str) -> Result<Self, Error> {
        let totp = totp_rs::Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(6)
            .with_skew(1)
            .with_step_duration(30)
            .with_secret(Secret::new(secret.to_vec().into_boxed_slice()))
            .with_issuer(Some(issuer))
            .with_account_name(account)
            .build()
            .map_err(|_| Error::InvalidAccount)?;
        Ok(Self {
            totp,
            last_step: None,
        })
    }

    /// The enrollment the phone scans.
    pub fn enrollment(&self) -> Result<TotpEnrollment, Error> {
        let uri = Zeroizing::new(self.totp.to_url().map_err(|_| Error::InvalidAccount)?);
        let base32 = Zeroizing::new(self.totp.secret().to_base32());
        Ok(TotpEnrollment {
            uri: uri.as_str().into(),
            key: KeyGroups::new(&base32),
            account: self.totp.account_name().to_owned(),
            issuer: self.totp.issuer().unwrap_or_default().to_owned(),
        })
    }

    /// Checks `code` at Unix time `now`: one step of tolerance either side,
    /// and a step once accepted is never accepted again.
    pub fn verify(&mut self, code: &Code, now: u64) -> Result<(), Verdict> {
        match self.totp.check(code.as_str(), now) {
            Some(step) if self.last_step.is_some_and(|last| step <= last) => Err(Verdict::Reused),
            Some(step) => {
                self.last_step = Some(step);
                Ok(())
            }
            None => Err(Verdict::Wrong),
        }
    }

    /// The secret and its settings, for a [`Doctor`](super::diagnosis::Doctor)
    /// to explain refused codes with.
    pub fn totp(&self) -> &Totp {
        &self.totp
    }

    /// The code at `now`; what the phone would show.
    pub fn code_at(&self, now: u64) -> String {
        self.totp.generate(now).to_string()
    }
}

/// Why a code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Not the code for this window.
    Wrong,
    /// Right, but already used.
    Reused,
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B, SHA1 secret "12345678901234567890"; the RFC lists
    // 8 digits, a 6-digit code is the last six of them.
    const RFC_SECRET: &[u8] = b"12345678901234567890";
    const RFC_VECTORS: [(u64, &str); 6] = [
        (59, "94287082"),
        (1_111_111_109, "07081804"),
        (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"),
        (20_000_000_000, "65353130"),
    ];

    fn rfc() -> Verifier {
        Verifier::from_secret(RFC_SECRET, "RPO", "jan@example.nl").unwrap()
    }

    #[test]
    fn rfc6238_sha1_vectors() {
        let v = rfc();
        for (time, eight) in RFC_VECTORS {
            assert_eq!(v.code_at(time), eight[2..], "t={time}");
            let mut fresh = rfc();
            assert_eq!(
                fresh.verify(&Code::parse(&eight[2..]).unwrap(), time),
                Ok(())
            );
        }
    }

    #[test]
    fn one_step_of_skew_either_side_and_no_more() {
        let now = 1_234_567_890;
        let code = |t| Code::parse(&rfc().code_at(t)).unwrap();
        assert_eq!(rfc().verify(&code(now - 30), now), Ok(()));
        assert_eq!(rfc().verify(&code(now + 30), now), Ok(()));
        assert_eq!(rfc().verify(&code(now - 60), now), Err(Verdict::Wrong));
        assert_eq!(rfc().verify(&code(now + 60), now), Err(Verdict::Wrong));
    }

    #[test]
    fn a_code_is_accepted_once() {
        let mut v = rfc();
        let now = 1_234_567_890;
        let code = Code::parse(&v.code_at(now)).unwrap();
        assert_eq!(v.verify(&code, now), Ok(()));
        assert_eq!(v.verify(&code, now + 1), Err(Verdict::Reused));
        // An older code, still inside the skew window, is refused too.
        let older = Code::parse(&v.code_at(now - 30)).unwrap();
        assert_eq!(v.verify(&older, now), Err(Verdict::Reused));
        let next = Code::parse(&v.code_at(now + 30)).unwrap();
        assert_eq!(v.verify(&next, now + 30), Ok(()));
    }

    #[test]
    fn enrollment_uri_is_sha1_six_digits_thirty_seconds_160_bits() {
        let v = Verifier::generate("RPO", "jan@example.nl").unwrap();
        let e = v.enrollment().unwrap();
        let uri = e.uri.expose_secret();
        assert!(
            uri.starts_with("otpauth://totp/RPO:jan%40example.nl?"),
            "{uri}"
        );
        let parsed = Totp::from_url(uri).unwrap();
        assert_eq!(parsed.algorithm(), Algorithm::SHA1);
        assert_eq!(parsed.digits(), 6);
        assert_eq!(parsed.step(), 30);
        assert!(parsed.secret().as_bytes().len() * 8 >= 160);
        assert_eq!(e.key.plain().len(), 32);
        assert_eq!(e.key.grouped().split(' ').count(), 8);
        // Neither the key nor the URI's secret shows in `Debug`; what is
        // not secret does.
        let debug = format!("{e:?}");
        assert!(!debug.contains(e.key.plain().as_str()), "{debug}");
        assert!(!debug.contains(e.key.grouped()), "{debug}");
        assert!(!debug.contains("otpauth"), "{debug}");
        assert!(debug.contains("jan@example.nl"), "{debug}");
    }

    #[test]
    fn a_uri_with_a_parameter_twice_is_refused() {
        let one = "otpauth://totp/RPO:jan?secret=JBSWY3DPEHPK3PXP&issuer=RPO";
        assert_eq!(
            TotpEnrollment::from_uri(one).unwrap().key.plain().as_str(),
            "JBSWY3DPEHPK3PXP"
        );
        for twice in [
            "otpauth://totp/RPO:jan?secret=JBSWY3DPEHPK3PXP&secret=KRSXG5CTMVRXEZLU",
            "otpauth://totp/RPO:jan?secret=JBSWY3DPEHPK3PXP&issuer=RPO&issuer=RPO",
        ] {
            assert!(
                matches!(TotpEnrollment::from_uri(twice), Err(Error::BadAnswer(_))),
                "{twice}"
            );
        }
    }

    #[test]
    fn secrets_differ() {
        let a = Verifier::generate("RPO", "a")
            .unwrap()
            .enrollment()
            .unwrap();
        let b = Verifier::generate("RPO", "a")
            .unwrap()
            .enrollment()
            .unwrap();
        assert_ne!(a.key.plain(), b.key.plain());
    }
}
