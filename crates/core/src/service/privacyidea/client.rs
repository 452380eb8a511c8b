//! privacyIDEA's REST API over HTTPS (rustls): requests, and its answers
//! turned into typed [`Error`]s.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;
use url::Url;
use zeroize::Zeroize;

use super::answer::{Answer, form_body};
use super::answers::{accepted, detail_of, jwt_of, poll_status, rollout_state_of, tokens_of};
use super::fault;
use crate::service::Error;
use crate::service::server_clock::ServerClock;

/// Where the server is and how to reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The server's base URL, e.g. `https://mfa.example.org`.
    pub server: Url,
    /// The realm the person's account is in.
    pub realm: String,
    /// An extra CA certificate (PEM) for servers with an internal CA.
    pub ca_file: Option<PathBuf>,
    /// The limit on each HTTP request.
    pub timeout: Duration,
    /// How long before another SMS code may be requested.
    pub resend_after: Duration,
}

impl Settings {
    /// `server` and `realm` with the usual limits: 15 s per request, 30 s
    /// between SMS codes.
    pub fn new(server: Url, realm: &str) -> Self {
        Self {
            server,
            realm: realm.to_owned(),
            ca_file: None,
            timeout: Duration::from_secs(15),
            resend_after: Duration::from_secs(30),
        }
    }
}

/// privacyIDEA's JSON error codes the assistant tells apart.
mod code {
    /// Authentication failed (wrong password, unknown realm, …).
    pub const AUTHENTICATE: i64 = 4031;
    /// The JWT has expired.
    pub const TOKEN_EXPIRED: i64 = 4305;
    /// A policy forbids the action.
    pub const POLICY: i64 = 303;
}

/// A JSON Web Token from `/auth`: wiped when dropped, `[REDACTED]` in
/// `Debug`, read only for the `Authorization` header.
pub type Jwt = secrecy::SecretString;

/// An HTTP client bound to one privacyIDEA server.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    realm: String,
    gate: fault::Gate,
    /// The server's clock, from the HTTP `Date` of its answers.
    clock: ServerClock,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base.as_str())
            .field("realm", &self.realm)
            .finish()
    }
}

impl Client {
    /// A client for `settings`: HTTPS, or http on loopback only.
    pub fn new(settings: &Settings) -> Result<Self, Error> {
        match settings.server.scheme() {
            "https" => {}
            "http" if crate::service::is_loopback(&settings.server) => {}
            _ => return Err(Error::Insecure),
        }
        let mut builder = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("mfa-assistant/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = &settings.ca_file {
            let unusable = |detail: String| Error::CaFile {
                path: path.display().to_string(),
                detail,
            };
            let pem = std::fs::read(path).map_err(|e| unusable(e.to_string()))?;
            let cert = reqwest::Certificate::from_pem(&pem).map_err(|e| unusable(e.to_string()))?;
            builder = builder.add_root_certificate(cert);
        }
        let http = builder
            .build()
            .map_err(|e| Error::BadAnswer(format!("HTTP client: {e}")))?;
        let mut base = settings.server.clone();
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        Ok(Self {
            http,
            base,
            realm: settings.realm.clone(),
            gate: fault::Gate::default(),
            clock: ServerClock::default(),
        })
    }

    /// The server's clock minus this PC's, in seconds, as the last answer's
    /// HTTP `Date` told (`None` before any answer had one).
    pub fn clock_offset(&self) -> Option<i64> {
        self.clock.offset()
    }

    /// The server's time now, as far as its last `Date` tells.
    pub fn server_now(&self) -> u64 {
        self.clock.now()
    }

    /// The realm sign-ins go to.
    pub fn realm(&self) -> &str {
        &self.realm
    }

    /// `POST /auth`: the person's own username and password.
    pub async fn auth(&self, username: &str, password: &str) -> Result<Jwt, Error> {
        let form = [
            ("username", username),
            ("password", password),
            ("realm", self.realm.as_str()),
        ];
        let answer = self.send(reqwest::Method::POST, "auth", None, &form).await;
        jwt_of(answer, &self.realm)
    }

    /// `POST /token/init` with `form`; returns `detail`.
    pub async fn init(&self, jwt: &Jwt, form: &[(&str, &str)]) -> Result<Answer, Error> {
        let answer = self
            .send(reqwest::Method::POST, "token/init", Some(jwt), form)
            .await?;
        Ok(detail_of(answer))
    }

    /// `DELETE /token/<serial>`.
    pub async fn delete(&self, jwt: &Jwt, serial: &str) -> Result<(), Error> {
        let path = format!("token/{serial}");
        self.send(reqwest::Method::DELETE, &path, Some(jwt), &[])
            .await
            .map(|_| ())
    }

    /// `GET /token/`: the person's tokens, as privacyIDEA lists them.
    pub async fn tokens(&self, jwt: &Jwt) -> Result<Vec<Value>, Error> {
        let answer = self
            .send(reqwest::Method::GET, "token/", Some(jwt), &[])
            .await?;
        Ok(tokens_of(answer))
    }

    /// Serials of the person's TOTP, SMS and push tokens whose enrollment
    /// never finished (`rollout_state` clientwait, verify or pending), from
    /// every page of the list. A user's JWT lists only their own tokens.
    pub async fn unfinished(&self, jwt: &Jwt) -> Result<Vec<String>, Error> {
        // privacyIDEA's RolloutState.enrollment_pending_states().
        const UNFINISHED: [&str; 3] = ["clientwait", "verify", "pending"];
        let mut serials = Vec::new();
        let mut page = 1;
        loop {
            let number = page.to_string();
            let query = [
                ("type_list", "totp,sms,push"),
                ("pagesize", "100"),
                ("page", number.as_str()),
            ];
            let value = self
                .send(reqwest::Method::GET, "token/", Some(jwt), &query)
                .await?;
            let listing = &value["result"]["value"];
            let tokens = listing["tokens"]
                .as_array()
                .ok_or_else(|| Error::BadAnswer("no token list in the answer".to_owned()))?;
            for token in tokens {
                if let (Some(serial), Some(state)) =
                    (token["serial"].as_str(), token["rollout_state"].as_str())
                    && UNFINISHED.contains(&state)
                {
                    serials.push(serial.to_owned());
                }
            }
            // A page number that does not move on would loop forever.
            match listing["next"].as_u64() {
                Some(next) if next > page && next <= 1000 => page = next,
                _ => return Ok(serials),
            }
        }
    }

    /// A token's `rollout_state` ("clientwait", "verify", "enrolled", …).
    pub async fn rollout_state(&self, jwt: &Jwt, serial: &str) -> Result<String, Error> {
        let value = self
            .send(
                reqwest::Method::GET,
                "token/",
                Some(jwt),
                &[("serial", serial)],
            )
            .await?;
        rollout_state_of(&value, serial)
    }

    /// `POST /validate/check` for the token `serial` with an empty PIN:
    /// triggers its challenge. Returns `detail`.
    pub async fn trigger(&self, serial: &str) -> Result<Answer, Error> {
        let answer = self
            .send(
                reqwest::Method::POST,
                "validate/check",
                None,
                &[("serial", serial), ("pass", "")],
            )
            .await?;
        Ok(detail_of(answer))
    }

    /// `POST /validate/check` for `username` with an OTP value: true when
    /// the server accepts it.
    pub async fn check(&self, username: &str, otp: &str) -> Result<bool, Error> {
        let form = [
            ("user", username),
            ("realm", self.realm.as_str()),
            ("pass", otp),
        ];
        let value = self
            .send(reqwest::Method::POST, "validate/check", None, &form)
            .await?;
        Ok(accepted(&value))
    }

    /// `GET /validate/polltransaction`: "accept", "declined", "cancelled"
    /// or "pending".
    pub async fn poll(&self, transaction: &str) -> Result<String, Error> {
        let value = self
            .send(
                reqwest::Method::GET,
                "validate/polltransaction",
                None,
                &[("transaction_id", transaction)],
            )
            .await?;
        Ok(poll_status(&value))
    }

    /// One request; privacyIDEA's JSON errors become [`Error`]s.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        jwt: Option<&Jwt>,
        form: &[(&str, &str)],
    ) -> Result<Answer, Error> {
        let url = self
            .base
            .join(path)
            .map_err(|e| Error::BadAnswer(format!("bad path {path}: {e}")))?;
        let mut request = self.http.request(method.clone(), url);
        if let Some(jwt) = jwt {
            request = request.header(
                reqwest::header::AUTHORIZATION,
                secrecy::ExposeSecret::expose_secret(jwt),
            );
        }
        if !form.is_empty() {
            request = if method == reqwest::Method::GET {
                request.query(form)
            } else {
                request
                    .header(
                        reqwest::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .body(form_body(form))
            };
        }
        self.gate.check()?;
        let response = request.send().await.map_err(|e| fault::transport(&e))?;
        self.clock.saw(response.headers());
        let status = response.status();
        tracing::debug!(%method, path, status = status.as_u16(), "privacyIDEA");
        if let Some(error) = fault::status(status, response.headers(), &self.gate) {
            return Err(error);
        }
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| fault::body(&e))?;
        read_answer(status.as_u16(), &headers, body)
    }
}

/// The answer's JSON, or the typed error privacyIDEA's `result.error` names
/// (by its code); a web page where JSON was due is named as such. Never
/// panics, whatever the bytes.
pub(super) fn read_answer(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: bytes::Bytes,
) -> Result<Answer, Error> {
    // Answers carry secrets (the JWT, the otpauth URI): the buffer is
    // wiped once parsed.
    let mut body = body
        .try_into_mut()
        .unwrap_or_else(|shared| bytes::BytesMut::from(&shared[..]));
    let value = serde_json::from_slice::<Value>(&body);
    let web_page = value.is_err() && fault::is_web_page(headers, &body);
    body.as_mut().zeroize();
    let value = value.map_err(|_| match web_page {
        true => Error::WebPage(status),
        false => Error::BadAnswer(format!("unreadable answer (HTTP {status})")),
    })?;
    let value = Answer(value);
    if value["result"]["status"].as_bool() == Some(true) {
        return Ok(value);
    }
    let error = &value["result"]["error"];
    let message = error["message"]
        .as_str()
        .unwrap_or("unknown error")
        .to_owned();
    Err(match error["code"].as_i64() {
        // A `login_mode=disable` policy: privacyIDEA's way to block an account.
        Some(code::POLICY) if message.contains("login for this user is disabled") => {
            Error::AccountLocked
        }
        Some(code::TOKEN_EXPIRED) => Error::SessionExpired,
        Some(code::AUTHENTICATE) if !message.contains("Unknown realm") => Error::WrongPassword,
        Some(code::POLICY) => Error::NotAllowed(message),
        _ if message.contains("Verification of the new token failed") => Error::CodeRejected,
        _ => Error::Server(message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(server: &str) -> Settings {
        Settings::new(Url::parse(server).unwrap(), "staff")
    }

    #[test]
    fn https_everywhere_but_loopback() {
        assert!(Client::new(&settings("https://mfa.example.org")).is_ok());
        assert!(Client::new(&settings("http://127.0.0.1:5000")).is_ok());
        assert!(Client::new(&settings("http://[::1]:5000")).is_ok());
        assert!(Client::new(&settings("http://localhost:5000")).is_ok());
        assert_eq!(
            Client::new(&settings("http://mfa.example.org")).unwrap_err(),
            Error::Insecure
        );
        assert_eq!(
            Client::new(&settings("ftp://127.0.0.1")).unwrap_err(),
            Error::Insecure
        );
    }

    #[test]
    fn a_missing_ca_file_is_named() {
        let mut s = settings("https://mfa.example.org");
        s.ca_file = Some(PathBuf::from("/nonexistent/ca.pem"));
        let err = Client::new(&s).unwrap_err();
        assert!(matches!(err, Error::CaFile { path, .. } if path == "/nonexistent/ca.pem"));
    }
}
