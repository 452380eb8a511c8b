//! What can go wrong in the service layer; the UI turns each into a sentence.

use std::time::Duration;

/// A refusal or failure from a provider.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The code does not match; `attempts_left` before a cool-down.
    #[error("the code is not correct ({attempts_left} attempts left)")]
    WrongCode {
        /// Wrong codes still allowed before the cool-down starts.
        attempts_left: u32,
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
    /// The provider answered with an error of its own.
    #[error("the server refused: {0}")]
    Server(String),
}
