//! OAuth 2 with Entra ID through the `oauth2` crate: the authorization code
//! with PKCE (S256), the device code, and refreshing; Entra's error answers
//! (with their `error_codes`) turned into typed errors. Tokens are moved
//! out of the answers (see [`super::tokens`]).

use oauth2::basic::{BasicRevocationErrorResponse, BasicTokenIntrospectionResponse};
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, CsrfToken, DeviceAuthorizationUrl, EndpointNotSet,
    EndpointSet, HttpRequest, HttpResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl,
    RefreshToken, RequestTokenError, Scope, StandardDeviceAuthorizationResponse,
    StandardRevocableToken, TokenUrl,
};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::fault::{Fault, aadsts, classify};
use super::settings::{SCOPES, Settings};
use super::tokens::EntraTokens;
use crate::service::Error;

/// Entra's error answer: RFC 6749's fields plus the AADSTS numbers.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct EntraError {
    /// The OAuth error, e.g. `invalid_grant`.
    pub error: String,
    /// Entra's sentence, led by "AADSTSnnnn:" (for logs, never shown).
    pub error_description: Option<String>,
    /// The AADSTS numbers.
    #[serde(default)]
    pub error_codes: Vec<u32>,
}

impl std::fmt::Display for EntraError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {:?}", self.error, self.error_codes)
    }
}

impl oauth2::ErrorResponse for EntraError {}

impl EntraError {
    /// What the answer means.
    pub fn to_error(&self) -> Error {
        classify(
            &self.error,
            aadsts(&self.error_codes, self.error_description.as_deref()),
        )
    }
}

type Client = oauth2::Client<
    EntraError,
    EntraTokens,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointSet,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// A failed HTTP exchange with the sign-in service.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Transport(Error);

/// The sign-in service of one tenant, for one app registration.
#[derive(Clone)]
pub struct OAuth {
    client: std::sync::Arc<Client>,
    http: reqwest::Client,
}

impl OAuth {
    /// Entra's endpoints for `settings`' tenant; `http` follows no redirects.
    pub fn new(settings: &Settings, http: reqwest::Client) -> Result<Self, Error> {
        let url = |path: &str| settings.authority_url(path).to_string();
        let bad = |e: url::ParseError| Error::BadAnswer(format!("authority URL: {e}"));
        let client = oauth2::Client::new(ClientId::new(settings.client_id.clone()))
            .set_auth_uri(AuthUrl::new(url("oauth2/v2.0/authorize")).map_err(bad)?)
            .set_token_uri(TokenUrl::new(url("oauth2/v2.0/token")).map_err(bad)?)
            .set_device_authorization_url(
                DeviceAuthorizationUrl::new(url("oauth2/v2.0/devicecode")).map_err(bad)?,
            );
        Ok(Self {
            client: std::sync::Arc::new(client),
            http,
        })
    }

    /// The browser's sign-in address for `redirect`, with a fresh `state`
    /// and PKCE S256 challenge; the verifier stays here.
    pub fn authorize_url(&self, redirect: &RedirectUrl) -> (url::Url, CsrfToken, PkceCodeVerifier) {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state) = self
            .client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(SCOPES.map(|s| Scope::new(s.to_owned())))
            .set_pkce_challenge(challenge)
            .set_redirect_uri(std::borrow::Cow::Borrowed(redirect))
            .url();
        (url, state, verifier)
    }

    /// Trades the code from the browser for tokens.
    pub async fn exchange_code(
        &self,
        code: Zeroizing<String>,
        verifier: PkceCodeVerifier,
        redirect: &RedirectUrl,
    ) -> Result<EntraTokens, Error> {
        let http = |request| send(self.http.clone(), request);
        let mut code = code;
        self.client
            .exchange_code(AuthorizationCode::new(std::mem::take(&mut *code)))
            .set_pkce_verifier(verifier)
            .set_redirect_uri(std::borrow::Cow::Borrowed(redirect))
            .request_async(&http)
            .await
            .map_err(token_error)
    }

    /// A new access token (and usually a new refresh token).
    pub async fn refresh(&self, refresh: &str) -> Result<EntraTokens, Error> {
        let http = |request| send(self.http.clone(), request);
        let token = RefreshToken::new(refresh.to_owned());
        let answer = self
            .client
            .exchange_refresh_token(&token)
            .request_async(&http)
            .await;
        token.into_secret().zeroize();
        answer.map_err(token_error)
    }

    /// Asks for a device code (`/devicecode`).
    pub async fn device_code(&self) -> Result<StandardDeviceAuthorizationResponse, Error> {
        let http = |request| send(self.http.clone(), request);
        self.client
            .exchange_device_code()
            .add_scopes(SCOPES.map(|s| Scope::new(s.to_owned())))
            .request_async(&http)
            .await
            .map_err(token_error)
    }

    /// Polls the token endpoint until the person has signed in elsewhere
    /// with the device code, it runs out, or the future is dropped.
    pub async fn device_token(
        &self,
        code: &StandardDeviceAuthorizationResponse,
    ) -> Result<EntraTokens, Error> {
        let http = |request| send(self.http.clone(), request);
        self.client
            .exchange_device_access_token(code)
            .request_async(&http, tokio::time::sleep, None)
            .await
            .map_err(|e| match e {
                RequestTokenError::ServerResponse(e) => EntraError {
                    error: e.error().as_ref().to_owned(),
                    error_description: e.error_description().cloned(),
                    error_codes: Vec::new(),
                }
                .to_error(),
                RequestTokenError::Request(Transport(e)) => e,
                RequestTokenError::Parse(..) => unreadable(),
                RequestTokenError::Other(detail) => Error::BadAnswer(detail),
            })
    }
}

fn unreadable() -> Error {
    Error::BadAnswer("unreadable answer from the sign-in service".to_owned())
}

fn token_error(e: RequestTokenError<Transport, EntraError>) -> Error {
    match e {
        RequestTokenError::ServerResponse(e) => {
            tracing::info!(error = %e, "sign-in service refused");
            e.to_error()
        }
        RequestTokenError::Request(Transport(e)) => e,
        // The body may hold tokens: it is not put into the message.
        RequestTokenError::Parse(..) => unreadable(),
        RequestTokenError::Other(detail) => Error::BadAnswer(detail),
    }
}

/// One request to the sign-in service. The form (code verifier, refresh
/// token) is sent from a buffer wiped afterwards; 5xx and transport
/// failures become typed errors before `oauth2` tries to parse them.
async fn send(http: reqwest::Client, request: HttpRequest) -> Result<HttpResponse, Transport> {
    let (parts, body) = request.into_parts();
    let body = bytes::Bytes::from_owner(Zeroizing::new(body));
    let response = http
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await
        .map_err(|e| Transport(transport(&e)))?;
    let status = response.status();
    if status.is_server_error() {
        return Err(Transport(Error::ServerFault(status.as_u16())));
    }
    let mut builder = oauth2::http::Response::builder().status(status);
    for (name, value) in response.headers() {
        builder = builder.header(name, value);
    }
    let body = response
        .bytes()
        .await
        .map_err(|e| Transport(transport(&e)))?;
    let mut body = body
        .try_into_mut()
        .unwrap_or_else(|shared| bytes::BytesMut::from(&shared[..]));
    let copy = body.to_vec();
    body.as_mut().zeroize();
    builder
        .body(copy)
        .map_err(|e| Transport(Error::BadAnswer(e.to_string())))
}

/// A transport failure: too slow, or nobody there.
pub fn transport(e: &reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::Timeout
    } else {
        Error::Unreachable
    }
}

/// Turns the answer of Entra's OpenID configuration for the tenant into
/// "this tenant exists" or the reason it does not.
pub fn tenant_answer(status: u16, body: &[u8]) -> Result<(), Error> {
    match status {
        200..=299 => Ok(()),
        500.. => Err(Error::ServerFault(status)),
        _ => Err(serde_json::from_slice::<EntraError>(body)
            .map(|e| e.to_error())
            .unwrap_or(Fault::UnknownTenant.into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_authorize_url_is_what_entra_expects() {
        let settings = Settings::new("contoso.com", "app-id");
        let oauth = OAuth::new(&settings, reqwest::Client::new()).unwrap();
        let redirect = RedirectUrl::new("http://localhost:50123".to_owned()).unwrap();
        let (url, state, verifier) = oauth.authorize_url(&redirect);
        assert_eq!(
            url.as_str().split('?').next(),
            Some("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize")
        );
        let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        // No trailing slash: Entra compares the path exactly.
        assert_eq!(query["redirect_uri"], "http://localhost:50123");
        assert_eq!(query["client_id"], "app-id");
        assert_eq!(query["response_type"], "code");
        assert_eq!(query["state"], *state.secret());
        assert_eq!(query["code_challenge_method"], "S256");
        assert_eq!(
            query["code_challenge"],
            *PkceCodeChallenge::from_code_verifier_sha256(&verifier).as_str()
        );
        assert_eq!(
            query["scope"],
            "openid profile offline_access UserAuthenticationMethod.Read"
        );
        // prompt=consent would ask a person without admin rights for an
        // admin's approval.
        assert!(!query.contains_key("prompt"));
    }

    #[test]
    fn an_unknown_tenant_is_named_from_the_code() {
        let body = br#"{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'x' not found.","error_codes":[90002]}"#;
        assert_eq!(
            tenant_answer(400, body),
            Err(Error::Microsoft365(Fault::UnknownTenant))
        );
        assert_eq!(tenant_answer(200, b"{}"), Ok(()));
        assert_eq!(tenant_answer(503, b""), Err(Error::ServerFault(503)));
    }
}
