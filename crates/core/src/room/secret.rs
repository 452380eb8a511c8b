//! Bearer tokens: long, random, wiped when dropped, never shown by `Debug`,
//! and kept by the trainer only as SHA-256 hashes.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// A bearer token (256 random bits as 64 hex digits): wiped when dropped,
/// `[REDACTED]` in `Debug`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Token(SecretString);

/// What the trainer keeps of a token.
pub type TokenHash = [u8; 32];

impl Token {
    /// A fresh random token.
    pub fn random() -> Self {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rand::fill(&mut bytes[..]);
        let mut hex = Zeroizing::new(String::with_capacity(64));
        for b in bytes.iter() {
            hex.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
            hex.push(char::from_digit(u32::from(b & 15), 16).unwrap_or('0'));
        }
        Token(hex.as_str().into())
    }

    /// Reads a token from an `Authorization: Bearer …` value's token part.
    pub fn parse(text: &str) -> Option<Self> {
        (text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| Token(Zeroizing::new(text.to_ascii_lowercase()).as_str().into()))
    }

    /// The token, for the `Authorization` header (and the trainer's stdout,
    /// for the admin token only).
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The SHA-256 hash the trainer stores and compares.
    pub fn hash(&self) -> TokenHash {
        Sha256::digest(self.expose().as_bytes()).into()
    }
}

/// Compared by their hashes, as the trainer compares them: how long a
/// comparison takes says nothing of the text.
impl PartialEq for Token {
    fn eq(&self, other: &Self) -> bool {
        self.hash() == other.hash()
    }
}

impl Eq for Token {}

impl TryFrom<String> for Token {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        let text = Zeroizing::new(text);
        Self::parse(&text).ok_or("not a token")
    }
}

impl From<Token> for String {
    fn from(token: Token) -> String {
        // Leaves as a plain String only to be written into a JSON body.
        token.expose().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_hidden() {
        let (a, b) = (Token::random(), Token::random());
        assert_ne!(a, b);
        assert_eq!(a.expose().len(), 64);
        assert_eq!(Token::parse(a.expose()), Some(a.clone()));
        let debug = format!("{a:?}");
        assert!(
            debug.starts_with("Token(") && debug.contains("REDACTED"),
            "{debug}"
        );
        assert!(!debug.contains(&a.expose()[..8]), "{debug}");
        assert_ne!(a.hash(), b.hash());
        assert_eq!(Token::parse("abc"), None);
    }
}
