//! The service layer: everything the assistant checks for real, behind one
//! async interface. Nothing here knows about iced; screens call [`Service`]
//! and turn its typed [`Error`]s into sentences.

mod attempts;
pub mod clock;
mod code;
pub mod diagnosis;
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
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

pub use code::{Code, CodeError};
pub use diagnosis::{Accepted, Diagnosis};
pub use error::Error;
pub use phone::{Country, PhoneError, PhoneNumber};
pub use profile::{AccountKind, AuthenticatorApp, Profile, SignInKind};
pub use text_messages::{PhoneStep, TextMessages};
pub use totp::{KeyGroups, TotpEnrollment};
pub use training::TrainingPhone;

/// A boxed future, so providers can be used as trait objects.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// What the person gives to sign in.
#[derive(Clone, PartialEq, Eq)]
pub enum SignIn {
    /// Training: only a name or e-mail, used as the account label.
    Label(String),
    /// A real server: the person's own username and password.
    UsernamePassword {
        /// The login name.
        username: String,
        /// Zeroised when dropped; never shown by `Debug`.
        password: zeroize::Zeroizing<String>,
    },
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignIn::Label(label) => f.debug_tuple("Label").field(label).finish(),
            SignIn::UsernamePassword { username, .. } => f
                .debug_struct("UsernamePassword")
                .field("username", username)
                .finish_non_exhaustive(),
        }
    }
}

/// The signed-in account, as the provider names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Shown in the authenticator app and on the screens.
    pub label: String,
}

/// A test sign-in waiting for the phone: what the PC shows and how the
/// phone asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalRequest {
    /// Identifies this challenge to the provider.
    pub id: u64,
    /// What the PC shows, exactly as the server gives it: two digits
    /// (Microsoft Authenticator), or a letter, a number or a word
    /// (privacyIDEA's presence options). Empty without matching.
    pub number: String,
    /// How the phone asks for it.
    pub matching: Matching,
}

/// How the authenticator app checks that the person sees the PC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matching {
    /// No check: the phone only asks to approve.
    None,
    /// The person types the number shown on the PC into the phone
    /// (Microsoft Authenticator: "Enter the number shown to sign in").
    Type,
    /// The phone offers choices, one of which is the one shown on the PC
    /// (privacyIDEA Authenticator with `push_require_presence`); empty when
    /// only the real phone knows them.
    Pick(Vec<String>),
}

impl ApprovalRequest {
    /// True when the PC must show something for the phone to match.
    pub fn matching(&self) -> bool {
        self.matching != Matching::None
    }
}

/// How a test sign-in ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApprovalOutcome {
    /// The person approved with the right number.
    Approved,
    /// The person denied the sign-in.
    Denied,
    /// The person approved but picked a number other than the one shown.
    WrongNumber,
    /// Nobody answered in time.
    TimedOut,
}

/// What the approval step needs before a test sign-in can be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushSetup {
    /// Nothing: the phone can be asked right away.
    Ready,
    /// The phone's app must first scan this (an `otpauth://pipush/` URI for
    /// the privacyIDEA Authenticator).
    Scan {
        /// The content of the QR code.
        uri: String,
    },
    /// The server allows no push enrollment: the test is a code from the
    /// app instead.
    CodeInstead {
        /// The server's reason, for the screen.
        reason: String,
    },
}

/// The answer given on the phone to a test sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneAnswer {
    /// "Approve" after typing or picking this.
    Approve(String),
    /// "Deny".
    Deny,
}

/// An SMS code on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsSent {
    /// The number the code was sent to.
    pub to: PhoneNumber,
    /// How long until another code may be requested.
    pub resend_after: Duration,
    /// How long the code stays valid.
    pub valid_for: Duration,
}

/// One provider of enrollment: training, privacyIDEA, …
pub trait Provider: Send + Sync + 'static {
    /// What the guide must say for this provider (app, account type, sign-in).
    fn profile(&self) -> Profile;
    /// Signs the person in and starts an enrollment session.
    fn sign_in(&self, request: SignIn) -> BoxFuture<Result<Account, Error>>;
    /// Creates a TOTP secret for the phone to scan.
    fn start_totp(&self) -> BoxFuture<Result<TotpEnrollment, Error>>;
    /// Checks a code from the phone against the pending TOTP enrollment. A
    /// refusal carries a diagnosis where the provider holds the secret
    /// ([`Error::Diagnosed`]); an acceptance may carry a note.
    fn verify_totp(&self, code: Code) -> BoxFuture<Result<Accepted, Error>>;
    /// Gets the phone ready for test sign-ins (a push token for a real server).
    fn prepare_approval(&self) -> BoxFuture<Result<PushSetup, Error>>;

    /// Waits until the phone registered what [`Provider::prepare_approval`]
    /// showed. Ends by itself: the provider gives up after a while.
    fn await_registration(&self) -> BoxFuture<Result<(), Error>>;

    /// The test sign-in by code, where push is not possible; diagnosed
    /// like [`Provider::verify_totp`].
    fn verify_test_code(&self, code: Code) -> BoxFuture<Result<Accepted, Error>>;

    /// Sends a test sign-in to the phone.
    fn start_approval(&self) -> BoxFuture<Result<ApprovalRequest, Error>>;
    /// Waits until the phone answers the test sign-in, or it times out.
    fn await_approval(&self, id: u64) -> BoxFuture<Result<ApprovalOutcome, Error>>;
    /// Registers the phone number and sends a code to it by SMS.
    fn send_sms(&self, to: PhoneNumber) -> BoxFuture<Result<SmsSent, Error>>;
    /// Checks the code the person typed from the SMS (diagnosed where the
    /// provider knows the codes it sent).
    fn verify_sms(&self, code: Code) -> BoxFuture<Result<Accepted, Error>>;
    /// Abandons the enrollment; unfinished registrations are removed.
    fn cancel(&self) -> BoxFuture<Result<(), Error>>;
}

/// The one handle the UI holds: a provider plus a time limit on every call.
#[derive(Clone)]
pub struct Service {
    provider: Arc<dyn Provider>,
    timeout: Duration,
    /// The practice phone, when the provider trains rather than enrolls.
    phone: Option<TrainingPhone>,
    /// Sign-in and Graph, when the provider walks beside Microsoft's page.
    microsoft365: Option<microsoft365::Handle>,
    /// Who sends the phone step's text messages, as IT set it.
    text_messages: TextMessages,
    /// The PC's clock (tests pin it), for the day Microsoft's codes end.
    clock: Arc<dyn clock::Clock>,
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Service")
            .field("profile", &self.provider.profile())
            .finish_non_exhaustive()
    }
}

impl Service {
    /// Wraps a provider; every call fails with [`Error::Timeout`] after `timeout`.
    pub fn new(provider: Arc<dyn Provider>, timeout: Duration) -> Self {
        Self {
            provider,
            timeout,
            phone: None,
            microsoft365: None,
            // The organisation's own gateway (training, privacyIDEA).
            text_messages: TextMessages::new(text_messages::Sender::OwnProvider),
            clock: Arc::new(clock::SystemClock),
        }
    }

    /// Microsoft 365: the provider with its route, and `handle` for the
    /// screens (sign-in, Microsoft's page, the methods).
    pub fn for_microsoft365(handle: microsoft365::Handle) -> Self {
        let mut service = Self::new(
            Arc::new(microsoft365::Microsoft365Provider),
            Duration::from_secs(30),
        );
        service.microsoft365 = Some(handle);
        // Microsoft's own text messages, until their day.
        service.text_messages = TextMessages::default();
        service
    }

    /// The embedded training provider with the real clock.
    pub fn training(issuer: &str) -> Self {
        Self::practice(
            training::TrainingProvider::new(issuer, Arc::new(clock::SystemClock)),
            Duration::from_secs(20),
        )
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
        self.provider.profile()
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
            .microsoft365
            .as_ref()
            .and_then(microsoft365::Handle::graph_now)
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
        self.microsoft365.clone()
    }

    async fn limited<T: Send + 'static>(
        timeout: Duration,
        future: BoxFuture<Result<T, Error>>,
    ) -> Result<T, Error> {
        tokio::time::timeout(timeout, future)
            .await
            .unwrap_or(Err(Error::Timeout))
    }

    /// See [`Provider::sign_in`].
    pub fn sign_in(
        &self,
        request: SignIn,
    ) -> impl Future<Output = Result<Account, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.sign_in(request))
    }

    /// See [`Provider::start_totp`].
    pub fn start_totp(
        &self,
    ) -> impl Future<Output = Result<TotpEnrollment, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.start_totp())
    }

    /// See [`Provider::verify_totp`].
    pub fn verify_totp(
        &self,
        code: Code,
    ) -> impl Future<Output = Result<Accepted, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.verify_totp(code))
    }

    /// See [`Provider::prepare_approval`]. Also starts loading the
    /// phone-number metadata: the phone step comes next.
    pub fn prepare_approval(
        &self,
    ) -> impl Future<Output = Result<PushSetup, Error>> + Send + 'static + use<> {
        phone::warm_up();
        Self::limited(self.timeout, self.provider.prepare_approval())
    }

    /// See [`Provider::await_registration`]; like `await_approval`, not
    /// limited by the call timeout.
    pub fn await_registration(
        &self,
    ) -> impl Future<Output = Result<(), Error>> + Send + 'static + use<> {
        self.provider.await_registration()
    }

    /// See [`Provider::verify_test_code`].
    pub fn verify_test_code(
        &self,
        code: Code,
    ) -> impl Future<Output = Result<Accepted, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.verify_test_code(code))
    }

    /// See [`Provider::start_approval`].
    pub fn start_approval(
        &self,
    ) -> impl Future<Output = Result<ApprovalRequest, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.start_approval())
    }

    /// See [`Provider::await_approval`]. Not limited by the call timeout: the
    /// provider ends the wait itself with [`ApprovalOutcome::TimedOut`].
    pub fn await_approval(
        &self,
        id: u64,
    ) -> impl Future<Output = Result<ApprovalOutcome, Error>> + Send + 'static + use<> {
        self.provider.await_approval(id)
    }

    /// See [`Provider::send_sms`].
    pub fn send_sms(
        &self,
        to: PhoneNumber,
    ) -> impl Future<Output = Result<SmsSent, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.send_sms(to))
    }

    /// See [`Provider::verify_sms`].
    pub fn verify_sms(
        &self,
        code: Code,
    ) -> impl Future<Output = Result<Accepted, Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.verify_sms(code))
    }

    /// See [`Provider::cancel`].
    pub fn cancel(&self) -> impl Future<Output = Result<(), Error>> + Send + 'static + use<> {
        Self::limited(self.timeout, self.provider.cancel())
    }
}
