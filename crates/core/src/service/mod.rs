//! The service layer: everything the assistant checks for real, behind one
//! async interface. Nothing here knows about iced; screens call [`Service`]
//! and turn its typed [`Error`]s into sentences.

mod attempts;
pub mod clock;
mod code;
pub mod diagnosis;
mod enroller;
mod error;
pub mod journal;
pub mod microsoft365;
pub mod phone;
pub mod privacyidea;
mod profile;
pub mod server_clock;
pub mod text_messages;
mod totp;
pub mod training;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

pub use code::{Code, CodeError};
pub use diagnosis::{Accepted, Diagnosis};
pub use enroller::{
    Account, ApprovalOutcome, ApprovalRequest, BoxFuture, Enroller, Matching, PhoneAnswer,
    PushSetup, SignIn, SmsSent,
};
pub use error::Error;
pub use phone::{Country, PhoneError, PhoneNumber};
pub use profile::{AccountKind, AuthenticatorApp, Profile, SignInKind};
pub use text_messages::{PhoneStep, TextMessages};
pub use totp::{KeyGroups, TotpEnrollment};
pub use training::TrainingPhone;

/// True for addresses on this computer (127.0.0.0/8, ::1, localhost),
/// where plain http is allowed.
pub(crate) fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Who is behind the service.
#[derive(Clone)]
enum Backend {
    /// A provider that enrolls (training, privacyIDEA).
    Enroller(Arc<dyn Enroller>),
    /// Sign-in and Graph, when the provider walks beside Microsoft's page.
    Microsoft365(microsoft365::Handle),
}

/// The one handle the UI holds: a provider plus a time limit on every call.
#[derive(Clone)]
pub struct Service {
    backend: Backend,
    timeout: Duration,
    /// The practice phone, when the provider trains rather than enrolls.
    phone: Option<TrainingPhone>,
    /// Who sends the phone step's text messages, as IT set it.
    text_messages: TextMessages,
    /// The PC's clock (tests pin it), for the day Microsoft's codes end.
    clock: Arc<dyn clock::Clock>,
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Service")
            .field("profile", &self.profile())
            .finish_non_exhaustive()
    }
}

impl Service {
    /// Wraps a provider; every call fails with [`Error::Timeout`] after `timeout`.
    pub fn new(provider: Arc<dyn Enroller>, timeout: Duration) -> Self {
        Self {
            backend: Backend::Enroller(provider),
            timeout,
            phone: None,
            // The organisation's own gateway (training, privacyIDEA).
            text_messages: TextMessages::new(text_messages::Sender::OwnProvider),
            clock: Arc::new(clock::SystemClock),
        }
    }

    /// Microsoft 365: the provider with its route, and `handle` for the
    /// screens (sign-in, Microsoft's page, the methods).
    pub fn for_microsoft365(handle: microsoft365::Handle) -> Self {
        Self {
            backend: Backend::Microsoft365(handle),
            timeout: Duration::from_secs(30),
            phone: None,
            // Microsoft's own text messages, until their day.
            text_messages: TextMessages::default(),
            clock: Arc::new(clock::SystemClock),
        }
    }

    /// The embedded training provider with the real clock.
    pub fn training(issuer: &str) -> Self {
        Self::practice(
            training::TrainingProvider::new(issuer, Arc::new(clock::SystemClock)),
            Duration::from_secs(20),
        )
    }

    /// The embedded training provider as `config` sets it (the practice
    /// passkey, `[training] passkey`), with the real clock.
    pub fn training_for(config: &crate::config::Config) -> Self {
        let provider =
            training::TrainingProvider::new(config.training_issuer(), Arc::new(clock::SystemClock))
                .with_passkey(config.training.passkey.unwrap_or(false));
        Self::practice(provider, Duration::from_secs(20))
    }

    /// A training provider and the practice phone it hands out.
    pub fn practice(provider: training::TrainingProvider, timeout: Duration) -> Self {
        let phone = provider.phone();
        Self::new(Arc::new(provider), timeout).with_practice_phone(phone)
    }

    /// Draws `phone` beside the steps: the practice phone of the training
    /// provider behind this service (possibly wrapped, e.g. by a test).
    pub fn with_practice_phone(mut self, phone: TrainingPhone) -> Self {
        self.phone = Some(phone);
        self
    }

    /// What the guide must say for this provider.
    pub fn profile(&self) -> Profile {
        match &self.backend {
            Backend::Enroller(provider) => provider.profile(),
            Backend::Microsoft365(handle) => handle.profile(),
        }
    }

    /// The phone step's text messages as IT set them.
    pub fn with_text_messages(mut self, text_messages: TextMessages) -> Self {
        self.text_messages = text_messages;
        self
    }

    /// Another clock for the PC's time (tests pin the day).
    pub fn with_clock(mut self, clock: Arc<dyn clock::Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The phone step today: Microsoft Graph's date once it told one (a
    /// PC's clock can be wrong), else the PC's.
    pub fn phone_step(&self) -> PhoneStep {
        let now = self
            .microsoft365()
            .and_then(|handle| handle.graph_now())
            .unwrap_or_else(|| self.clock.now());
        self.text_messages.at(now)
    }

    /// The provider's route as it is today: without the phone screens
    /// where text messages are off or Microsoft no longer sends them.
    pub fn route(&self) -> crate::guide::Route {
        self.profile()
            .route
            .with_text_messages(self.phone_step().on_route())
    }

    /// The simulated phone, if this is a training provider.
    pub fn training_phone(&self) -> Option<TrainingPhone> {
        self.phone.clone()
    }

    /// The Microsoft 365 screens' handle, if this is that provider.
    pub fn microsoft365(&self) -> Option<microsoft365::Handle> {
        match &self.backend {
            Backend::Microsoft365(handle) => Some(handle.clone()),
            Backend::Enroller(_) => None,
        }
    }

    /// `call` on the enrolling provider; out of order where the provider
    /// enrolls nothing (Microsoft 365: no screen of its route calls it).
    fn enroll<T: Send + 'static>(
        &self,
        call: impl FnOnce(&dyn Enroller) -> BoxFuture<Result<T, Error>>,
    ) -> BoxFuture<Result<T, Error>> {
        match &self.backend {
            Backend::Enroller(provider) => call(provider.as_ref()),
            Backend::Microsoft365(_) => Box::pin(async { Err(Error::OutOfOrder) }),
        }
    }

    async fn limited<T: Send + 'static>(
        timeout: Duration,
        future: BoxFuture<Result<T, Error>>,
    ) -> Result<T, Error> {
        tokio::time::timeout(timeout, future)
            .await
            .unwrap_or(Err(Error::Timeout))
    }

    /// See [`Enroller::sign_in`].
    pub fn sign_in(
        &self,
        request: SignIn,
    ) -> impl Future<Output = Result<Account, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.enroll(|p| p.sign_in(request)))
    }

    /// See [`Enroller::start_totp`].
    pub fn start_totp(
        &self,
    ) -> impl Future<Output = Result<TotpEnrollment, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.enroll(|p| p.start_totp()))
    }

    /// See [`Enroller::verify_totp`].
    pub fn verify_totp(
        &self,
        code: Code,
    ) -> impl Future<Output = Result<Accepted, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.enroll(|p| p.verify_totp(code)))
    }

    /// See [`Enroller::prepare_approval`]. Also starts loading the
    /// phone-number metadata: the phone step comes next.
    pub fn prepare_approval(
        &self,
    ) -> impl Future<Output = Result<PushSetup, Error>> + Send + 'static + use<> {
        phone::warm_up();
        Self::limited(self.timeout, self.enroll(|p| p.prepare_approval()))
    }

    /// See [`Enroller::await_registration`]; like `await_approval`, not
    /// limited by the call timeout.
    pub fn await_registration(
        &self,
    ) -> impl Future<Output = Result<(), Error>> + Send + 'static + use<> {
        self.enroll(|p| p.await_registration())
    }

    /// See [`Enroller::verify_test_code`].
    pub fn verify_test_code(
        &self,
        code: Code,
    ) -> impl Future<Output = Result<Accepted, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.enroll(|p| p.verify_test_code(code)))
    }

    /// See [`Enroller::start_approval`].
    pub fn start_approval(
        &self,
    ) -> impl Future<Output = Result<ApprovalRequest, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.enroll(|p| p.start_approval()))
    }

    /// See [`Enroller::await_approval`]. Not limited by the call timeout: the
    /// provider ends the wait itself with [`ApprovalOutcome::TimedOut`].
    pub fn await_approval(
        &self,
        id: u64,
    ) -> impl Future<Output = Result<ApprovalOutcome, Error>> + Send + 'static + use<> {
        self.enroll(|p| p.await_approval(id))
    }

    /// See [`Enroller::send_sms`].
    pub fn send_sms(
        &self,
        to: PhoneNumber,
    ) -> impl Future<Output = Result<SmsSent, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.enroll(|p| p.send_sms(to)))
    }

    /// See [`Enroller::verify_sms`].
    pub fn verify_sms(
        &self,
        code: Code,
    ) -> impl Future<Output = Result<Accepted, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.enroll(|p| p.verify_sms(code)))
    }

    /// See [`Enroller::cancel`].
    /// Nothing is left behind at Microsoft: the assistant only reads.
    pub fn cancel(&self) -> impl Future<Output = Result<(), Error>> + Send + 'static + use<> {
        let cancel = match &self.backend {
            Backend::Enroller(provider) => provider.cancel(),
            Backend::Microsoft365(_) => Box::pin(async { Ok(()) }),
        };
        Self::limited(self.timeout, cancel)
    }
}
