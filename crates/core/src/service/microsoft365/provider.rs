//! Microsoft 365 behind the one service interface. Enrollment happens on
//! Microsoft's own page, so every enrollment call of [`Enroller`] is out of
//! order here; what the screens need instead (sign in, open Microsoft's
//! page, watch the methods) is on the [`Handle`] the service hands out, as
//! the training provider hands out its practice phone.

use std::future::Future;

use super::{Browser, Choice, DeviceCode, Microsoft365, Session, Snapshot, WatchTiming, Watcher};
use crate::i18n::Lang;
use crate::service::{AuthenticatorApp, Error, Profile, SignInKind};

/// Microsoft's Security info page, as the guide names it (it leads to the
/// "More information required" wizard when methods are missing).
pub const SETUP_PAGE: &str = "https://aka.ms/mfasetup";

/// Microsoft's "My Security info" page, where a passkey is added with
/// "+ Add sign-in method" (Microsoft Entra's documentation names this
/// address).
pub const SECURITY_INFO_PAGE: &str = "https://aka.ms/mysecurityinfo";

/// What the Microsoft 365 screens call: every future is `Send + 'static`,
/// so it runs as a cancellable task; dropping it stops the call.
#[derive(Debug, Clone)]
pub struct Handle {
    client: Microsoft365,
    browser: Browser,
    timing: WatchTiming,
}

impl Handle {
    /// The screens' way to `client`, with the system's browser and the
    /// usual pace of readings.
    pub fn new(client: Microsoft365) -> Self {
        Self {
            client,
            browser: Browser::System,
            timing: WatchTiming::default(),
        }
    }

    /// Another browser (tests play it; IT may name one).
    pub fn with_browser(mut self, browser: Browser) -> Self {
        self.browser = browser;
        self
    }

    /// Another pace of readings (tests read every few hundred ms).
    pub fn with_timing(mut self, timing: WatchTiming) -> Self {
        self.timing = timing;
        self
    }

    /// What the guide says beside Microsoft's pages: Microsoft
    /// Authenticator, a work or school account, Microsoft's sign-in, and the
    /// route beside its pages.
    pub fn profile(&self) -> Profile {
        Profile {
            app: AuthenticatorApp::Microsoft,
            account_kind: crate::service::AccountKind::WorkOrSchool,
            sign_in: SignInKind::Microsoft,
            training: false,
            route: crate::guide::microsoft365(&self.client.settings().methods),
        }
    }

    /// What the route sets up, in IT's order.
    pub fn methods(&self) -> &[Choice] {
        &self.client.settings().methods
    }

    /// True when a security key counts as the passkey too.
    pub fn passkey_any_key(&self) -> bool {
        self.client.settings().passkey_any_key
    }

    /// The pace of readings (the passkey screen waits some forty of them
    /// before it shows what to check).
    pub fn timing(&self) -> WatchTiming {
        self.timing
    }

    /// True when IT does not require the phone number besides the app.
    pub fn phone_optional(&self) -> bool {
        self.client.settings().phone_optional
    }

    /// Graph's time now, once one of its answers told it.
    pub fn graph_now(&self) -> Option<u64> {
        self.client.graph_now()
    }

    /// True when IT allows signing in with a code on another device.
    pub fn device_code(&self) -> bool {
        self.client.settings().device_code
    }

    /// The host Microsoft's sign-in page is on, for the pictures: the
    /// configured authority's (a national cloud), or Microsoft's own where
    /// it is not a public HTTPS address (a test server standing in).
    pub fn sign_in_host(&self) -> String {
        let authority = &self.client.settings().authority;
        let default = url::Url::parse(super::DEFAULT_AUTHORITY).expect("valid URL");
        let shown = if authority.scheme() == "https" {
            authority
        } else {
            &default
        };
        shown.host_str().unwrap_or_default().to_owned()
    }

    /// Signs in through the browser; see [`Microsoft365::sign_in`].
    pub fn sign_in(
        &self,
        lang: Lang,
    ) -> impl Future<Output = Result<Session, Error>> + Send + 'static + use<> {
        let (client, browser) = (self.client.clone(), self.browser.clone());
        async move { client.sign_in(&browser, lang).await }
    }

    /// Starts a sign-in on another device; see [`Microsoft365::start_device_code`].
    pub fn start_device_code(
        &self,
    ) -> impl Future<Output = Result<DeviceCode, Error>> + Send + 'static + use<> {
        let client = self.client.clone();
        async move { client.start_device_code().await }
    }

    /// Waits for the sign-in with `code`; see [`Microsoft365::finish_device_code`].
    pub fn finish_device_code(
        &self,
        code: DeviceCode,
    ) -> impl Future<Output = Result<Session, Error>> + Send + 'static + use<> {
        let client = self.client.clone();
        async move { client.finish_device_code(&code).await }
    }

    /// Opens Microsoft's Security info page ([`SETUP_PAGE`]) in the browser.
    pub fn open_setup_page(
        &self,
    ) -> impl Future<Output = Result<(), Error>> + Send + 'static + use<> {
        let browser = self.browser.clone();
        async move { browser.open(SETUP_PAGE) }
    }

    /// Opens Microsoft's My Security info ([`SECURITY_INFO_PAGE`]) in the browser.
    pub fn open_security_info(
        &self,
    ) -> impl Future<Output = Result<(), Error>> + Send + 'static + use<> {
        let browser = self.browser.clone();
        async move { browser.open(SECURITY_INFO_PAGE) }
    }

    /// Reads the methods at this handle's pace; see [`Microsoft365::watch`].
    pub fn watch(&self, session: Session, before: Option<Snapshot>) -> Watcher {
        self.client.watch(session, before).with_timing(self.timing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::microsoft365::Settings;

    #[tokio::test]
    async fn the_service_on_microsoft365_enrolls_nothing_and_leaves_nothing() {
        use crate::service::{Service, SignIn};
        let handle = Handle::new(Microsoft365::new(Settings::new("contoso.com", "app")).unwrap());
        let service = Service::for_microsoft365(handle);
        assert_eq!(service.profile().route, crate::guide::MICROSOFT365);
        assert_eq!(service.start_totp().await.unwrap_err(), Error::OutOfOrder);
        assert_eq!(
            service
                .sign_in(SignIn::Label("x".into()))
                .await
                .unwrap_err(),
            Error::OutOfOrder
        );
        assert_eq!(
            service.start_approval().await.unwrap_err(),
            Error::OutOfOrder
        );
        assert_eq!(service.cancel().await, Ok(()));
    }

    #[test]
    fn pictures_show_microsofts_host_or_the_national_clouds() {
        let mut settings = Settings::new("contoso.com", "app");
        let handle = |s: &Settings| Handle::new(Microsoft365::new(s.clone()).unwrap());
        assert_eq!(
            handle(&settings).sign_in_host(),
            "login.microsoftonline.com"
        );
        settings.authority = url::Url::parse("https://login.microsoftonline.us").unwrap();
        assert_eq!(handle(&settings).sign_in_host(), "login.microsoftonline.us");
        settings.authority = url::Url::parse("http://127.0.0.1:4000").unwrap();
        assert_eq!(
            handle(&settings).sign_in_host(),
            "login.microsoftonline.com"
        );
    }
}
