//! What an enrolling provider does, step by step, and the values its steps
//! hand back: the [`Enroller`] trait that training and privacyIDEA
//! implement.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use super::{Accepted, Code, Error, PhoneNumber, Profile, TotpEnrollment};

/// A boxed future, so providers can be used as trait objects.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// What the person gives to sign in.
#[derive(Debug, Clone)]
pub enum SignIn {
    /// Training: only a name or e-mail, used as the account label.
    Label(String),
    /// A real server: the person's own username and password.
    UsernamePassword {
        /// The login name.
        username: String,
        /// Wiped when dropped; `Debug` shows `[REDACTED]`.
        password: secrecy::SecretString,
    },
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

/// A provider that enrolls the phone step by step itself: training,
/// privacyIDEA. (Microsoft 365 enrolls nothing: its screens walk beside
/// Microsoft's page and watch, through [`microsoft365::Handle`].)
pub trait Enroller: Send + Sync + 'static {
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

    /// Waits until the phone registered what [`Enroller::prepare_approval`]
    /// showed. Ends by itself: the provider gives up after a while.
    fn await_registration(&self) -> BoxFuture<Result<(), Error>>;

    /// The test sign-in by code, where push is not possible; diagnosed
    /// like [`Enroller::verify_totp`].
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
