//! The Microsoft 365 provider: Microsoft's enrollment cannot be driven from
//! outside, so the assistant walks beside Microsoft's own Security info page
//! and checks the result for real, reading the person's authentication
//! methods from Microsoft Graph, signed in as IT's app registration.
//!
//! The flow for the screens:
//! 1. [`Microsoft365::sign_in`] opens the browser at Entra's sign-in and
//!    waits for it to come back (or [`Microsoft365::start_device_code`] and
//!    [`Microsoft365::finish_device_code`] where IT allows that);
//! 2. [`Microsoft365::watch`] reads the methods every few seconds; the
//!    first reading is the "before", later ones say what is new;
//! 3. a [`Session`] that has run out gives [`Error::SessionExpired`]: sign
//!    in again and watch on with the same "before".
//!
//! Tokens live in memory only, are wiped when dropped, and never printed.

mod browser;
mod fault;
mod graph;
mod loopback;
mod methods;
mod oauth;
mod provider;
mod replacement;
mod settings;
mod tokens;
mod watch;

use std::sync::Arc;
use std::time::Duration;

use oauth2::{RedirectUrl, StandardDeviceAuthorizationResponse};
use secrecy::{ExposeSecret, SecretString};

pub use browser::{Browser, commands as browser_commands};
pub use fault::{Fault, SettingsProblem};
pub use loopback::{Outcome as LoopbackOutcome, page as loopback_page};
pub use methods::{Method, MethodKind, PhoneType, Progress, Snapshot, Tick};
pub use provider::{Handle, SECURITY_INFO_PAGE, SETUP_PAGE};
pub use replacement::Replacement;
pub use settings::{
    Choice, DEFAULT_AUTHORITY, DEFAULT_GRAPH, DEFAULT_METHODS, Folded, SCOPES, Settings, Table,
    tenant_is_plausible,
};
pub use tokens::Account;
pub use watch::{Update, WatchTiming, Watcher};

use crate::i18n::Lang;
use crate::service::Error;
use crate::service::server_clock::ServerClock;
use loopback::{Loopback, Redirect};
use oauth::OAuth;
use tokens::Tokens;

/// A signed-in person: their tokens (shared by every copy, so a refresh
/// serves all) and who they are.
#[derive(Clone)]
pub struct Session {
    tokens: Arc<tokio::sync::Mutex<Tokens>>,
    account: Account,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("account", &self.account)
            .finish_non_exhaustive()
    }
}

impl Session {
    fn new(tokens: Tokens, account: Account) -> Self {
        Self {
            tokens: Arc::new(tokio::sync::Mutex::new(tokens)),
            account,
        }
    }

    /// Who signed in.
    pub fn account(&self) -> &Account {
        &self.account
    }
}

/// A device code to show: the person opens `verification_uri` on any
/// device and types `user_code`.
#[derive(Debug, Clone)]
pub struct DeviceCode {
    /// E.g. "ABCD-EFGH"; shown large.
    pub user_code: String,
    /// E.g. `https://microsoft.com/devicelogin`.
    pub verification_uri: String,
    /// How long the code can be used.
    pub expires_in: Duration,
    answer: StandardDeviceAuthorizationResponse,
}

/// One tenant's sign-in and Graph, for one app registration.
#[derive(Clone)]
pub struct Microsoft365 {
    settings: Arc<Settings>,
    http: reqwest::Client,
    oauth: OAuth,
    /// Graph's clock, from its answers' `Date`.
    graph_clock: ServerClock,
}

impl std::fmt::Debug for Microsoft365 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Microsoft365")
            .field("tenant", &self.settings.tenant)
            .field("authority", &self.settings.authority.as_str())
            .field("graph", &self.settings.graph.as_str())
            .finish_non_exhaustive()
    }
}

impl Microsoft365 {
    /// A client for `settings`: HTTPS (http only on this computer), no
    /// redirects followed, `settings.timeout` per request.
    pub fn new(settings: Settings) -> Result<Self, Error> {
        settings.check()?;
        let http = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("mfa-assistant/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::BadAnswer(format!("HTTP client: {e}")))?;
        let oauth = OAuth::new(&settings, http.clone())?;
        Ok(Self {
            settings: Arc::new(settings),
            http,
            oauth,
            graph_clock: ServerClock::default(),
        })
    }

    /// Graph's time now (Unix seconds), once one of its answers told it:
    /// Microsoft's date beats a PC clock that is wrong.
    pub fn graph_now(&self) -> Option<u64> {
        self.graph_clock.told_now()
    }

    /// The settings in use (the screens need `phone_optional`, `device_code`).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Asks Entra whether the tenant exists (its OpenID configuration), so
    /// a wrong tenant is named before a browser shows Microsoft's error page.
    pub async fn check_tenant(&self) -> Result<(), Error> {
        let url = self
            .settings
            .authority_url("v2.0/.well-known/openid-configuration");
        let response = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| oauth::transport(&e))?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(|e| oauth::transport(&e))?;
        oauth::tenant_answer(status, &body)
    }

    /// Signs in through the browser: authorization code with PKCE, the
    /// answer received on a loopback port; the page the browser lands on is
    /// in `lang`. Gives up after `settings.sign_in_wait`; dropping the
    /// future stops waiting and closes the port.
    pub async fn sign_in(&self, browser: &Browser, lang: Lang) -> Result<Session, Error> {
        self.check_tenant().await?;
        let loopback = Loopback::bind().await?;
        let redirect = RedirectUrl::new(loopback.redirect_uri())
            .map_err(|e| Error::BadAnswer(format!("redirect URI: {e}")))?;
        let (url, state, verifier) = self.oauth.authorize_url(&redirect);
        browser.open(url.as_str())?;
        let answer = tokio::time::timeout(
            self.settings.sign_in_wait,
            loopback.receive(state.secret(), lang),
        )
        .await
        .map_err(|_| Error::from(Fault::SignInTimedOut))??;
        let code = match answer {
            Redirect::Code(code) => code,
            Redirect::Refused { error, description } => {
                tracing::info!(error, "sign-in refused in the browser");
                return Err(fault::classify(
                    &error,
                    fault::aadsts(&[], description.as_deref()),
                ));
            }
        };
        let answer = self.oauth.exchange_code(code, verifier, &redirect).await?;
        let (tokens, account) = answer.into_tokens(None);
        Ok(Session::new(tokens, account))
    }

    /// Starts a sign-in on another device: the code to show.
    pub async fn start_device_code(&self) -> Result<DeviceCode, Error> {
        self.check_tenant().await?;
        let answer = self.oauth.device_code().await?;
        Ok(DeviceCode {
            user_code: answer.user_code().secret().clone(),
            verification_uri: answer.verification_uri().to_string(),
            expires_in: answer.expires_in(),
            answer,
        })
    }

    /// Waits until the person has signed in with `code` (polling at the
    /// pace Entra asks), the code runs out, or the future is dropped.
    pub async fn finish_device_code(&self, code: &DeviceCode) -> Result<Session, Error> {
        let answer = self.oauth.device_token(&code.answer).await?;
        let (tokens, account) = answer.into_tokens(None);
        Ok(Session::new(tokens, account))
    }

    /// Reads the methods every few seconds from now on; `before` is what
    /// an earlier watch saw first (after signing in again), else the first
    /// reading becomes it.
    pub fn watch(&self, session: Session, before: Option<Snapshot>) -> Watcher {
        Watcher::new(self.clone(), session, before, WatchTiming::default())
    }

    /// A new access token from the refresh token, replacing the old.
    async fn access_token(&self, session: &Session, force: bool) -> Result<SecretString, Error> {
        // Held across the refresh: two readers never spend one refresh token twice.
        let mut tokens = session.tokens.lock().await;
        if !force && !tokens.due() {
            return Ok(tokens.access.clone());
        }
        let Some(refresh) = tokens.refresh.as_ref() else {
            return Err(Error::SessionExpired);
        };
        let answer = self.oauth.refresh(refresh.expose_secret()).await?;
        let (fresh, _) = answer.into_tokens(tokens.refresh.take());
        *tokens = fresh;
        Ok(tokens.access.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send<T: Send + 'static>(_: T) {}

    /// The screens run these as iced tasks, which must be `Send + 'static`.
    /// Compiled with the tests, never run: the compiler is the check, so
    /// it is not counted as a test.
    #[allow(dead_code)]
    fn every_call_can_be_a_task() {
        let client = Microsoft365::new(Settings::new("contoso.com", "app")).unwrap();
        let session = Session::new(
            Tokens {
                access: "a".to_owned().into(),
                refresh: None,
                expires_at: std::time::Instant::now(),
                lifetime: Duration::ZERO,
            },
            Account::default(),
        );
        let c = client.clone();
        send(async move { c.sign_in(&Browser::System, Lang::En).await });
        let c = client.clone();
        send(async move { c.start_device_code().await });
        let (c, s) = (client.clone(), session.clone());
        send(async move { c.methods(&s).await });
        let mut watcher = client.watch(session, None);
        send(async move { watcher.next().await });
    }
}
