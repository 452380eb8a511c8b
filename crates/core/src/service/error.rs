//! What can go wrong in the service layer; the UI turns each into a sentence.

use std::time::Duration;

use super::Diagnosis;

/// A refusal or failure from a provider.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The code does not match; `attempts_left` before a cool-down.
    #[error("the code is not correct ({attempts_left} attempts left)")]
    WrongCode {
        /// Wrong codes still allowed before the cool-down starts.
        attempts_left: u32,
    },
    /// A refused code (one of the refusals above), with what the assistant
    /// found out about why; the screens show the diagnosis. Never wraps a
    /// [`Error::CoolDown`]: the screens lock code entry on a bare one.
    #[error("{refusal} ({diagnosis:?})")]
    Diagnosed {
        /// The provider's refusal.
        refusal: Box<Error>,
        /// Why, as far as the assistant can tell.
        diagnosis: Diagnosis,
    },
    /// The code was right but has been used already.
    #[error("the code has been used already")]
    CodeReused,
    /// The SMS code is older than its validity.
    #[error("the code has expired")]
    CodeExpired,
    /// Too many wrong codes; wait before trying again.
    #[error("too many wrong codes; wait {0:?}")]
    CoolDown(Duration),
    /// Another SMS may not be sent yet.
    #[error("wait {0:?} before requesting another code")]
    ResendTooSoon(Duration),
    /// A step was asked for before the step it depends on.
    #[error("this step needs an earlier step first")]
    OutOfOrder,
    /// The account label cannot be used.
    #[error("the account name is not usable")]
    InvalidAccount,
    /// The provider did not answer in time.
    #[error("the server did not answer in time")]
    Timeout,
    /// The provider could not be reached.
    #[error("the server could not be reached")]
    Unreachable,
    /// The server did not accept the code (it gives no count of attempts).
    #[error("the server did not accept the code")]
    CodeRejected,
    /// Username or password is wrong.
    #[error("wrong username or password")]
    WrongPassword,
    /// The realm (organisation part) is not known to the server.
    #[error("unknown realm {0}")]
    UnknownRealm(String),
    /// The account is blocked from signing in (privacyIDEA: a
    /// `login_mode=disable` policy).
    #[error("the account is locked")]
    AccountLocked,
    /// The sign-in ran out (privacyIDEA: the JWT, after an hour unless a
    /// `jwt_validity` policy says otherwise); signing in again continues.
    #[error("the sign-in has expired")]
    SessionExpired,
    /// The server's policy does not allow this for the person.
    #[error("not allowed by the server's policy: {0}")]
    NotAllowed(String),
    /// The server failed (HTTP 5xx).
    #[error("the server failed with HTTP {0}")]
    ServerFault(u16),
    /// The server's certificate is not trusted (an internal CA needs
    /// `ca_file` in the config).
    #[error("the server's certificate is not trusted")]
    Untrusted,
    /// The server address is not HTTPS and not on this computer.
    #[error("the server address must start with https://")]
    Insecure,
    /// The provider answered with an error of its own, in its words.
    #[error("the server refused: {0}")]
    Server(String),
    /// The server's answer was not what its API promises (detail for IT).
    #[error("unusable answer from the server: {0}")]
    BadAnswer(String),
    /// The internal CA certificate file (`ca_file`) cannot be used.
    #[error("CA file {path}: {detail}")]
    CaFile {
        /// The file as configured.
        path: String,
        /// Why (the system's words).
        detail: String,
    },
    /// The server asked to be left alone for a while (HTTP 429, or 503
    /// with `Retry-After`); requests before the wait is over are not sent.
    #[error("the server is busy; wait {0:?}")]
    ServerBusy(Duration),
    /// The connection broke off after the request was sent, before the
    /// answer was complete: the server may have acted on it.
    #[error("the connection broke off during the answer")]
    ConnectionLost,
    /// No secure connection could be set up (a TLS alert, or something
    /// other than TLS answering); detail for IT, in the TLS library's words.
    #[error("no secure connection: {0}")]
    TlsFailed(String),
    /// A web page came back where privacyIDEA answers with JSON: a proxy,
    /// a firewall, a sign-in portal or a website at the configured address.
    #[error("a web page answered instead of privacyIDEA (HTTP {0})")]
    WebPage(u16),
    /// Microsoft 365 (Entra ID sign-in or Microsoft Graph) in particular.
    #[error(transparent)]
    Microsoft365(#[from] super::microsoft365::Fault),
}

impl Error {
    /// This refusal, carrying `diagnosis` when there is one.
    pub fn diagnosed(self, diagnosis: Option<Diagnosis>) -> Error {
        match diagnosis {
            Some(diagnosis) => Error::Diagnosed {
                refusal: Box::new(self),
                diagnosis,
            },
            None => self,
        }
    }

    /// Why the code was refused, if the assistant could tell.
    pub fn diagnosis(&self) -> Option<&Diagnosis> {
        match self {
            Error::Diagnosed { diagnosis, .. } => Some(diagnosis),
            _ => None,
        }
    }

    /// The refusal itself, without a diagnosis (for cool-down countdowns
    /// and the like).
    pub fn refusal(&self) -> &Error {
        match self {
            Error::Diagnosed { refusal, .. } => refusal,
            other => other,
        }
    }
}
