//! Entry points for the property tests (tests/fuzz), not for the app: each
//! reads an HTTP answer exactly as the provider reads the answer to that
//! request, from the body's bytes on, with the same functions.

use super::answers::{
    accepted, challenge_of, detail_of, jwt_of, needs_verification, poll_status, push_uri_of,
    rollout_state_of, serial_of, tokens_of, totp_of, verified,
};
use super::client::read_answer;

fn read_answer_fuzz(status: u16, body: bytes::Bytes) -> Result<super::answer::Answer, Error> {
    read_answer(status, &reqwest::header::HeaderMap::new(), body)
}
use crate::service::Error;

/// The requests the provider makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// `POST /auth`.
    Auth,
    /// `POST /token/init`, type totp.
    InitTotp,
    /// `POST /token/init`, type push.
    InitPush,
    /// `POST /token/init`, type sms.
    InitSms,
    /// `POST /token/init` with `verify`: the first code.
    Verify,
    /// `GET /token/?serial=`: has the phone registered the push token?
    RolloutState,
    /// `GET /token/`: the person's tokens.
    Tokens,
    /// `POST /validate/check` with a serial: trigger the push.
    Trigger,
    /// `GET /validate/polltransaction`.
    Poll,
    /// `POST /validate/check` with a code.
    Check,
    /// `DELETE /token/<serial>`.
    Delete,
}

impl Request {
    /// Every request.
    pub const ALL: [Request; 11] = [
        Request::Auth,
        Request::InitTotp,
        Request::InitPush,
        Request::InitSms,
        Request::Verify,
        Request::RolloutState,
        Request::Tokens,
        Request::Trigger,
        Request::Poll,
        Request::Check,
        Request::Delete,
    ];
}

/// What the provider made of an answer (secrets left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// A JWT (not shown).
    Jwt,
    /// A TOTP token waiting for its first code.
    Totp {
        /// Its serial.
        serial: String,
        /// The account in the app.
        account: String,
        /// The issuer in the app.
        issuer: String,
    },
    /// A push token, with the URI the phone scans (`None`: a code instead).
    Push {
        /// Its serial.
        serial: String,
        /// The `otpauth://pipush/…` URI.
        uri: Option<String>,
    },
    /// The server's policy allows no push: a code instead, for this reason.
    NoPush(String),
    /// An SMS token waiting for its code.
    Sms(String),
    /// The first code verified the token.
    Verified,
    /// A token's rollout state.
    State(String),
    /// This many tokens listed.
    Tokens(usize),
    /// A push challenge: its transaction, and the number to pick.
    Challenge(String, Option<String>),
    /// The state of a push transaction.
    Poll(String),
    /// Whether the server accepted the code.
    Accepted(bool),
    /// The token is gone.
    Deleted,
}

/// Reads `body` (sent with HTTP `status`) as the answer to `request`.
pub fn read(request: Request, status: u16, body: &[u8]) -> Result<Reading, Error> {
    let answer = read_answer_fuzz(status, bytes::Bytes::copy_from_slice(body));
    let reading = match request {
        Request::Auth => jwt_of(answer, "staff").map(|_| Reading::Jwt)?,
        Request::InitTotp => {
            let detail = detail_of(answer?);
            let serial = serial_of(&detail)?;
            let totp = totp_of(&detail)?;
            Reading::Totp {
                serial,
                account: totp.account.clone(),
                issuer: totp.issuer.clone(),
            }
        }
        Request::InitPush => match answer.map(detail_of) {
            Err(Error::NotAllowed(reason)) => Reading::NoPush(reason),
            detail => {
                let detail = detail?;
                Reading::Push {
                    serial: serial_of(&detail)?,
                    uri: push_uri_of(&detail).map(str::to_owned),
                }
            }
        },
        Request::InitSms => {
            let detail = detail_of(answer?);
            let serial = serial_of(&detail)?;
            needs_verification(&detail)?;
            Reading::Sms(serial)
        }
        Request::Verify => verified(&detail_of(answer?)).map(|()| Reading::Verified)?,
        Request::RolloutState => Reading::State(rollout_state_of(&*answer?, "TOKEN")?),
        Request::Tokens => Reading::Tokens(tokens_of(answer?).len()),
        Request::Trigger => {
            let (transaction, number) = challenge_of(&detail_of(answer?))?;
            Reading::Challenge(transaction, number)
        }
        Request::Poll => Reading::Poll(poll_status(&*answer?)),
        Request::Check => Reading::Accepted(accepted(&*answer?)),
        Request::Delete => answer.map(|_| Reading::Deleted)?,
    };
    Ok(reading)
}
