//! What the client and the provider read from privacyIDEA's answers: the
//! JWT, the token list, the push status; from `detail` the serial, the
//! otpauth URIs, the push challenge. Plain functions of the JSON, so the
//! property tests (tests/fuzz) run them on any answer. They never index to
//! write (`value["…"] = …` panics where the server put a string or a list).

use serde_json::Value;

use super::answer::Answer;
use super::client::Jwt;
use crate::service::{Error, TotpEnrollment};

/// The serial of the token a `/token/init` answer created.
pub(super) fn serial_of(detail: &Value) -> Result<String, Error> {
    detail["serial"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| Error::BadAnswer("no serial in the /token/init answer".to_owned()))
}

/// The server waits for the first code before the token counts.
pub(super) fn needs_verification(detail: &Value) -> Result<(), Error> {
    if detail["rollout_state"].as_str() == Some("verify") {
        Ok(())
    } else {
        // Without verify_enrollment the token would count before the phone
        // proved it has it; the assistant does not enroll that way.
        Err(Error::NotAllowed(
            "enrollment policy verify_enrollment is not set for this token type".to_owned(),
        ))
    }
}

/// The TOTP enrollment of a `/token/init` answer: waiting for verification,
/// with an otpauth URI an authenticator app accepts.
pub(super) fn totp_of(detail: &Value) -> Result<TotpEnrollment, Error> {
    needs_verification(detail)?;
    TotpEnrollment::from_uri(detail["googleurl"]["value"].as_str().unwrap_or_default())
}

/// The push enrollment URI (`otpauth://pipush/…`) the phone scans, if sent.
pub(super) fn push_uri_of(detail: &Value) -> Option<&str> {
    detail["pushurl"]["value"].as_str()
}

/// After a `verify`: the token is enrolled (older servers send no state).
pub(super) fn verified(detail: &Value) -> Result<(), Error> {
    match detail["rollout_state"].as_str() {
        Some("enrolled") | Some("") | None => Ok(()),
        Some(other) => Err(Error::BadAnswer(format!("token is still {other}"))),
    }
}

/// A triggered push: the transaction to poll, and what the person picks
/// on the phone (with `push_require_presence`), exactly as the server chose
/// it: a letter (privacyIDEA's default), a number or a custom option.
pub(super) fn challenge_of(detail: &Value) -> Result<(String, Option<String>), Error> {
    let transaction = detail["transaction_id"]
        .as_str()
        .ok_or_else(|| Error::BadAnswer("no transaction in the answer".to_owned()))?
        .to_owned();
    let number = detail["multi_challenge"]
        .as_array()
        .and_then(|all| all.iter().find_map(|c| c["presence_answer"].as_str()))
        .filter(|n| !n.trim().is_empty())
        .map(str::to_owned);
    Ok((transaction, number))
}

/// The JWT from a `/auth` answer, moved out (not copied): the only copy is
/// zeroised.
pub(super) fn jwt_of(answer: Result<Answer, Error>, realm: &str) -> Result<Jwt, Error> {
    let mut answer = match answer {
        Err(Error::Server(message)) if message.contains("Unknown realm") => {
            return Err(Error::UnknownRealm(realm.to_owned()));
        }
        other => other?,
    };
    match answer.pointer_mut("/result/value/token").map(Value::take) {
        Some(Value::String(token)) => Ok(token.into()),
        _ => Err(Error::BadAnswer("no token in the /auth answer".to_owned())),
    }
}

/// `detail` of a `/token/init` or `/validate/check` answer (null if none).
pub(super) fn detail_of(mut answer: Answer) -> Answer {
    Answer(
        answer
            .pointer_mut("/detail")
            .map(Value::take)
            .unwrap_or_default(),
    )
}

/// The tokens of a `/token/` answer; none if it lists none.
pub(super) fn tokens_of(mut answer: Answer) -> Vec<Value> {
    match answer.pointer_mut("/result/value/tokens").map(Value::take) {
        Some(Value::Array(tokens)) => tokens,
        _ => Vec::new(),
    }
}

/// The `rollout_state` of the first token of a `/token/?serial=` answer.
pub(super) fn rollout_state_of(answer: &Value, serial: &str) -> Result<String, Error> {
    answer["result"]["value"]["tokens"][0]["rollout_state"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| Error::BadAnswer(format!("token {serial} is gone")))
}

/// Whether a `/validate/check` answer accepts the code.
pub(super) fn accepted(answer: &Value) -> bool {
    answer["result"]["value"].as_bool() == Some(true)
}

/// A `/validate/polltransaction` answer: "accept", the challenge's status
/// ("declined", "cancelled", …), else "pending".
pub(super) fn poll_status(answer: &Value) -> String {
    let status = answer["detail"]["challenge_status"].as_str();
    match (answer["result"]["value"].as_bool(), status) {
        (Some(true), _) => "accept".to_owned(),
        (_, Some(status)) => status.to_owned(),
        _ => "pending".to_owned(),
    }
}
