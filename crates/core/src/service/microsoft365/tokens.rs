//! The tokens Entra hands out: the token answer as `oauth2` parses it, and
//! the secrets moved out of it into buffers that are wiped when dropped.

use std::time::{Duration, Instant};

use oauth2::basic::BasicTokenType;
use oauth2::{AccessToken, RefreshToken, Scope, TokenResponse};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// A token answer, fields owned so the secrets can be moved out unmoved.
#[derive(Deserialize, Serialize)]
pub struct EntraTokens {
    access_token: AccessToken,
    #[serde(deserialize_with = "token_type")]
    token_type: BasicTokenType,
    expires_in: Option<u64>,
    refresh_token: Option<RefreshToken>,
    id_token: Option<String>,
}

impl std::fmt::Debug for EntraTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntraTokens")
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

/// Entra says "Bearer"; the crate's type expects "bearer".
fn token_type<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BasicTokenType, D::Error> {
    let text = String::deserialize(d)?;
    Ok(match text.to_ascii_lowercase().as_str() {
        "bearer" => BasicTokenType::Bearer,
        "mac" => BasicTokenType::Mac,
        _ => BasicTokenType::Extension(text),
    })
}

impl TokenResponse for EntraTokens {
    type TokenType = BasicTokenType;
    fn access_token(&self) -> &AccessToken {
        &self.access_token
    }
    fn token_type(&self) -> &BasicTokenType {
        &self.token_type
    }
    fn expires_in(&self) -> Option<Duration> {
        self.expires_in.map(Duration::from_secs)
    }
    fn refresh_token(&self) -> Option<&RefreshToken> {
        self.refresh_token.as_ref()
    }
    fn scopes(&self) -> Option<&Vec<Scope>> {
        None
    }
}

/// The person's tokens, in memory only; wiped when dropped, printed as
/// `[REDACTED]`.
#[derive(Debug)]
pub struct Tokens {
    /// For Graph, as `Authorization: Bearer`.
    pub access: SecretString,
    /// For a new access token without a new sign-in.
    pub refresh: Option<SecretString>,
    /// When the access token runs out (Entra's `expires_in`).
    pub expires_at: Instant,
    /// How long it was given for.
    pub lifetime: Duration,
}

impl Tokens {
    /// True when the access token should be renewed before use: less than
    /// a minute (or a quarter of its life, for short-lived ones) is left.
    pub fn due(&self) -> bool {
        let margin = (self.lifetime / 4).min(Duration::from_secs(60));
        Instant::now() + margin >= self.expires_at
    }
}

/// Who signed in, from the ID token's claims.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Account {
    /// The person's name, e.g. "Jan Jansen".
    pub name: Option<String>,
    /// The sign-in name, e.g. `jan@contoso.com`.
    pub username: Option<String>,
}

impl EntraTokens {
    /// Moves the secrets out; `previous_refresh` stays when Entra sends no new one.
    pub fn into_tokens(self, previous_refresh: Option<SecretString>) -> (Tokens, Account) {
        let account = self.id_token.as_deref().map(claims).unwrap_or_default();
        if let Some(mut id) = self.id_token {
            id.zeroize();
        }
        let lifetime = Duration::from_secs(self.expires_in.unwrap_or(3600));
        let tokens = Tokens {
            access: self.access_token.into_secret().into(),
            refresh: self
                .refresh_token
                .map(|t| t.into_secret().into())
                .or(previous_refresh),
            expires_at: Instant::now() + lifetime,
            lifetime,
        };
        (tokens, account)
    }
}

/// The name claims of an ID token. Its signature is not checked: it came
/// straight from the token endpoint over TLS (OpenID Connect Core 3.1.3.7),
/// and only names the person on screen.
fn claims(id_token: &str) -> Account {
    use base64::Engine;
    #[derive(Deserialize)]
    struct Claims {
        name: Option<String>,
        preferred_username: Option<String>,
    }
    let payload = id_token.split('.').nth(1).unwrap_or_default();
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()
        .and_then(|json| serde_json::from_slice::<Claims>(&json).ok())
        .map(|c| Account {
            name: c.name,
            username: c.preferred_username,
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_token_names_the_person() {
        use base64::Engine;
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(r#"{"name":"Jan Jansen","preferred_username":"jan@contoso.com"}"#);
        let account = claims(&format!("eyJhbGciOiJSUzI1NiJ9.{payload}.sig"));
        assert_eq!(account.name.as_deref(), Some("Jan Jansen"));
        assert_eq!(account.username.as_deref(), Some("jan@contoso.com"));
        assert_eq!(claims("garbage"), Account::default());
    }

    #[test]
    fn token_answers_never_print_tokens() {
        let answer: EntraTokens = serde_json::from_str(
            r#"{"access_token":"eyJ-secret","token_type":"Bearer","expires_in":3599,
                "refresh_token":"0.AR-secret","id_token":"x.e30.y","scope":"openid"}"#,
        )
        .unwrap();
        assert!(!format!("{answer:?}").contains("secret"));
        let (tokens, _) = answer.into_tokens(None);
        assert!(!format!("{tokens:?}").contains("secret"));
        use secrecy::ExposeSecret;
        assert_eq!(tokens.access.expose_secret(), "eyJ-secret");
        assert_eq!(
            tokens.refresh.as_ref().map(|r| r.expose_secret()),
            Some("0.AR-secret")
        );
    }
}
