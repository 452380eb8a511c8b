//! privacyIDEA's answers, read as the provider reads them: real answers of
//! the harness's server (tests/fuzz/seeds, captured by capture.py), each
//! field of them mutated, arbitrary JSON, arbitrary bytes.

use std::sync::LazyLock;

use mfa_assistant::service::Error;
use mfa_assistant::service::privacyidea::fuzz::{Reading, Request, read};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

use crate::fuzz;

/// A captured answer: file name, HTTP status, body.
struct Seed {
    name: String,
    status: u16,
    body: Vec<u8>,
}

static SEEDS: LazyLock<Vec<Seed>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz/seeds");
    let mut seeds: Vec<Seed> = std::fs::read_dir(dir)
        .expect("tests/fuzz/seeds")
        .map(|entry| {
            let path = entry.unwrap().path();
            let file = path.file_name().unwrap().to_str().unwrap().to_owned();
            let mut parts = file.split('.');
            let (name, status) = (parts.next().unwrap(), parts.next().unwrap());
            Seed {
                name: name.to_owned(),
                status: status.parse().expect("NAME.STATUS.json"),
                body: std::fs::read(&path).unwrap(),
            }
        })
        .collect();
    seeds.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(seeds.len() >= 25, "{} seeds", seeds.len());
    seeds
});

/// The request a seed answers, by its name.
fn request_of(name: &str) -> Request {
    let prefixes = [
        ("auth", Request::Auth),
        ("init-totp", Request::InitTotp),
        ("init-push", Request::InitPush),
        ("init-sms", Request::InitSms),
        ("verify", Request::Verify),
        ("rollout", Request::RolloutState),
        ("trigger", Request::Trigger),
        ("poll", Request::Poll),
        ("check", Request::Check),
        ("delete", Request::Delete),
        ("tokens", Request::Tokens),
        ("expired", Request::Tokens),
        ("no-jwt", Request::Tokens),
    ];
    prefixes
        .iter()
        .find(|(prefix, _)| name.starts_with(prefix))
        .map(|(_, request)| *request)
        .unwrap_or_else(|| panic!("which request does seed {name} answer?"))
}

/// The real answers read as they should be: the provider understands each.
#[test]
fn every_real_answer_reads_as_the_server_meant_it() {
    for seed in SEEDS.iter() {
        let got = read(request_of(&seed.name), seed.status, &seed.body);
        let ok = match (seed.name.as_str(), &got) {
            ("auth-ok" | "auth-short" | "auth-piet", Ok(Reading::Jwt)) => true,
            ("auth-wrong-password", Err(Error::WrongPassword)) => true,
            ("auth-unknown-realm", Err(Error::UnknownRealm(_))) => true,
            ("auth-locked", Err(Error::AccountLocked)) => true,
            (
                "init-totp" | "init-totp-spare",
                Ok(Reading::Totp {
                    account, issuer, ..
                }),
            ) => account == "jan@staff" && issuer == "RPO",
            ("init-push", Ok(Reading::Push { uri: Some(uri), .. })) => {
                uri.starts_with("otpauth://pipush/")
            }
            ("init-push-forbidden", Ok(Reading::NoPush(_))) => true,
            ("init-sms", Ok(Reading::Sms(serial))) => serial.starts_with("PISM"),
            ("verify-totp" | "verify-sms", Ok(Reading::Verified)) => true,
            ("verify-wrong", Err(Error::CodeRejected)) => true,
            ("rollout-clientwait", Ok(Reading::State(s))) => s == "clientwait",
            ("rollout-enrolled", Ok(Reading::State(s))) => s == "enrolled",
            ("trigger-push", Ok(Reading::Challenge(_, Some(n)))) => !n.trim().is_empty(),
            ("poll-pending" | "poll-unknown", Ok(Reading::Poll(s))) => s == "pending",
            ("poll-accepted", Ok(Reading::Poll(s))) => s == "accept",
            ("check-accepted", Ok(Reading::Accepted(true))) => true,
            ("check-refused", Ok(Reading::Accepted(false))) => true,
            ("tokens", Ok(Reading::Tokens(3))) => true,
            ("delete", Ok(Reading::Deleted)) => true,
            ("delete-gone" | "no-jwt", Err(Error::Server(_))) => true,
            ("expired", Err(Error::SessionExpired)) => true,
            _ => false,
        };
        assert!(ok, "seed {}: {got:?}", seed.name);
    }
}

/// Names the provider looks for, so random objects often have them.
const KEYS: &[&str] = &[
    "result",
    "status",
    "value",
    "error",
    "code",
    "message",
    "detail",
    "token",
    "tokens",
    "serial",
    "rollout_state",
    "googleurl",
    "pushurl",
    "transaction_id",
    "multi_challenge",
    "presence_answer",
    "challenge_status",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(KEYS).prop_map(str::to_owned),
        ".{0,8}"
    ]
}

/// Any JSON value, nested a few levels.
pub fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop_oneof![
            Just("verify".to_owned()),
            Just("enrolled".to_owned()),
            Just("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP".to_owned()),
            "[0-9]{1,4}",
            ".{0,24}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// Answers shaped like privacyIDEA's, with anything inside.
fn answer_shaped() -> impl Strategy<Value = Value> {
    (prop_oneof![3 => Just(Value::Bool(true)), 1 => json()], json(), json(), json()).prop_map(
        |(status, value, error, detail)| {
            serde_json::json!({"result": {"status": status, "value": value, "error": error}, "detail": detail})
        },
    )
}

fn request() -> impl Strategy<Value = Request> {
    proptest::sample::select(&Request::ALL[..])
}

/// An outcome that holds whatever the input: a value, or a typed error;
/// and a value only from an answer that says `status: true`.
fn check(request: Request, status: u16, body: &[u8]) -> Result<(), TestCaseError> {
    let got = read(request, status, body);
    let said_ok = serde_json::from_slice::<Value>(body)
        .is_ok_and(|v| v["result"]["status"] == Value::Bool(true));
    if got.is_ok() && !said_ok && !matches!(got, Ok(Reading::NoPush(_))) {
        return Err(TestCaseError::fail(format!("{request:?} read as {got:?}")));
    }
    if serde_json::from_slice::<Value>(body).is_err() {
        // Not JSON: unusable, or a web page where JSON was due.
        prop_assert!(
            matches!(got, Err(Error::BadAnswer(_) | Error::WebPage(_))),
            "{:?}",
            got
        );
    }
    Ok(())
}

#[test]
fn arbitrary_bytes() {
    let body = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..64),
        "(<html>|\\{|\\[|\"|)[ -~]{0,40}".prop_map(String::into_bytes),
    ];
    fuzz(
        "privacyidea: bytes",
        3_000,
        (request(), 100u16..600, body),
        |(request, status, body)| check(request, status, &body),
    );
}

#[test]
fn arbitrary_json() {
    let body = prop_oneof![json(), answer_shaped()];
    fuzz(
        "privacyidea: json",
        3_000,
        (request(), body),
        |(request, body)| check(request, 200, &serde_json::to_vec(&body).unwrap()),
    );
}

/// A place in a JSON tree: keys and indices from the root.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    At(usize),
}

fn places(value: &Value, here: &mut Vec<Step>, all: &mut Vec<Vec<Step>>) {
    all.push(here.clone());
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            here.push(Step::Key(k.clone()));
            places(v, here, all);
            here.pop();
        }),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
            here.push(Step::At(i));
            places(v, here, all);
            here.pop();
        }),
        _ => {}
    }
}

/// Replaces (or with `None` removes) the value at `place`.
fn mutate(root: &mut Value, place: &[Step], new: Option<Value>) {
    let Some((last, parent)) = place.split_last() else {
        *root = new.unwrap_or(Value::Null);
        return;
    };
    let mut at = root;
    for step in parent {
        at = match step {
            Step::Key(k) => &mut at[k.as_str()],
            Step::At(i) => &mut at[*i],
        };
    }
    match (last, new, at) {
        (Step::Key(k), Some(v), Value::Object(map)) => drop(map.insert(k.clone(), v)),
        (Step::Key(k), None, Value::Object(map)) => drop(map.remove(k)),
        (Step::At(i), Some(v), Value::Array(items)) => items[*i] = v,
        (Step::At(i), None, Value::Array(items)) => drop(items.remove(*i)),
        _ => unreachable!("a place found in this tree"),
    }
}

#[test]
fn each_field_of_a_real_answer_mutated() {
    let edit = (any::<Index>(), proptest::option::weighted(0.85, json()));
    let input = (any::<Index>(), proptest::collection::vec(edit, 1..4));
    fuzz("privacyidea: fields", 4_000, input, |(which, edits)| {
        let seed = which.get(&SEEDS);
        let mut value: Value = serde_json::from_slice(&seed.body).unwrap();
        for (place, new) in edits {
            let mut all = Vec::new();
            places(&value, &mut Vec::new(), &mut all);
            mutate(&mut value, place.get(&all).as_slice(), new);
        }
        check(
            request_of(&seed.name),
            seed.status,
            &serde_json::to_vec(&value).unwrap(),
        )
    });
}

#[test]
fn bytes_of_a_real_answer_mutated() {
    let edit = (any::<Index>(), any::<u8>(), 0..3u8);
    let input = (any::<Index>(), proptest::collection::vec(edit, 1..6));
    fuzz(
        "privacyidea: bytes mutated",
        3_000,
        input,
        |(which, edits)| {
            let seed = which.get(&SEEDS);
            let mut body = seed.body.clone();
            for (at, byte, how) in edits {
                let i = at.index(body.len() + 1);
                match how {
                    0 if i < body.len() => body[i] = byte,
                    1 if i < body.len() => drop(body.remove(i)),
                    _ => body.insert(i, byte),
                }
            }
            check(request_of(&seed.name), seed.status, &body)
        },
    );
}
