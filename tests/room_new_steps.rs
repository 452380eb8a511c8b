//! The steps added after the first ten, in a training room, over real
//! HTTP on loopback: the assistant (iced's simulator) walks training's
//! practice passkey (`[training] passkey`) and practice new phone, and a
//! real trainer counts them under their own names (`passkey_ready`,
//! `passkey_add`, `old_phone`) in its room, chart, `GET /v1/room`, CSV
//! report and SQLite store (read again after a restart). A trainer older
//! than these steps (one that answers a join without `passkey_steps` or
//! `old_phone_step`, and refuses a batch with a step it does not know, as
//! such a trainer's JSON does) hears them as the first steps they are
//! like (`prepare`, `scan`, `approve`) and refuses nothing.

mod common;
#[path = "common/walk_passkey.rs"]
mod walk_passkey;
#[path = "common/walk_practice_new_phone.rs"]
mod walk_practice_new_phone;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::http::StatusCode;
use axum::routing::post;
use common::Harness;
use mfa_assistant::app::App;
use mfa_assistant::config::Config;
use mfa_assistant::i18n::Lang;
use mfa_assistant::room::client::{Link, Options, Timing, Trainee};
use mfa_assistant::room::server::{self, Running};
use mfa_assistant::room::store::DEFAULT_RETENTION;
use mfa_assistant::room::{EventKind, Row, Step};
use mfa_assistant::screen::practice_passkey::Message as Passkey;
use mfa_assistant::service::Service;
use mfa_assistant::service::training::PasskeyWay;

fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

/// Waits until the trainer's only trainee satisfies `check`.
async fn trainee(running: &Running, what: &str, check: impl Fn(&Row) -> bool) -> Row {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let [row] = running.snapshot().trainees.as_slice()
            && check(row)
        {
            return row.clone();
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn until(h: &mut Harness, what: &str, check: impl Fn(&Harness) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !check(h) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        h.settle().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A real trainer on loopback (its files in the returned folder) and the
/// assistant on `service` joined to its room.
async fn joined(service: Service) -> (tempfile::TempDir, Running, Harness) {
    let dir = tempfile::tempdir().unwrap();
    let running = server::start(loopback(), dir.path(), DEFAULT_RETENTION)
        .await
        .unwrap();
    let address = running.address();
    let mut config = Config::default();
    config.room.address = Some(url::Url::parse(&format!("http://{address}")).unwrap());
    config.room.code = Some(running.code());
    let (app, task) = App::new(service, config, Lang::En).start();
    let mut h = Harness::with_app(app, task);
    until(&mut h, "joined", |h| {
        matches!(h.app.room_link(), Some(Link::Joined { .. }))
    })
    .await;
    (dir, running, h)
}

/// The steps in the trainer's chart.
fn steps(r: &Running) -> Vec<Step> {
    r.snapshot().steps.iter().map(|s| s.step).collect()
}

/// The trainer counts `step` passed once.
fn passed(r: &Running, step: Step) -> bool {
    r.snapshot()
        .steps
        .iter()
        .any(|s| s.step == step && s.passed == 1)
}

/// Waits, the app running, until the trainer counts `step` passed once.
async fn until_passed(h: &mut Harness, running: &Running, step: Step) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !passed(running, step) {
        assert!(Instant::now() < deadline, "{} passed", step.key());
        h.settle().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_trainer_counts_the_practice_passkeys_own_steps() {
    let (dir, running, mut h) = joined(walk_passkey::service()).await;
    let address = running.address();
    // No PC has walked a passkey yet: the chart has no rows for it.
    assert!(!steps(&running).contains(&Step::PasskeyReady));

    walk_passkey::to_passkey(&mut h).await;
    trainee(&running, "on passkey_ready", |r| {
        r.step == Step::PasskeyReady
    })
    .await;
    assert!(
        steps(&running).contains(&Step::PasskeyReady),
        "the chart shows it"
    );
    h.send(Passkey::TurnOnProvider);
    h.send(mfa_assistant::app::Message::Next);
    h.settle().await;
    trainee(&running, "on passkey_add", |r| r.step == Step::PasskeyAdd).await;
    h.send(Passkey::Way(PasskeyWay::Authenticator));
    h.send(Passkey::Continue);
    h.settle().await;
    until_passed(&mut h, &running, Step::PasskeyAdd).await;
    assert!(passed(&running, Step::PasskeyReady));
    // The practice passkey is not the app's set-up: prepare and scan
    // passed once each, by the app, not by the passkey.
    assert!(passed(&running, Step::Prepare) && passed(&running, Step::Scan));

    // IT's tools: the room and the report name the steps.
    let http = reqwest::Client::new();
    let room: serde_json::Value = http
        .get(format!("http://{address}/v1/room"))
        .bearer_auth(running.admin_token().expose())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(room["trainees"][0]["step"], "passkey_add");
    let csv = running.report_csv().unwrap();
    for step in ["passkey_ready", "passkey_add"] {
        let line = csv
            .lines()
            .find(|l| l.split(',').nth(4) == Some(step))
            .unwrap_or_else(|| panic!("{step} in the report:\n{csv}"));
        assert_eq!(line.split(',').nth(7), Some("1"), "{step} passed: {line}");
    }

    // The store keeps them: a trainer started again reads them back.
    drop(h);
    running.stop().await;
    let again = server::start(address, dir.path(), DEFAULT_RETENTION)
        .await
        .unwrap();
    let row = trainee(&again, "read back", |_| true).await;
    assert_eq!(row.step, Step::PasskeyAdd);
    assert!(passed(&again, Step::PasskeyReady) && passed(&again, Step::PasskeyAdd));
    again.stop().await;
}

/// What the old trainer heard: each event's step, and batches refused.
#[derive(Default)]
struct Heard {
    steps: Vec<String>,
    refused: usize,
}

/// The first trainers' ten steps.
const FIRST_TEN: [&str; 10] = [
    "welcome",
    "install",
    "sign_in",
    "more_info",
    "prepare",
    "scan",
    "approve",
    "phone",
    "sms",
    "finish",
];

/// A trainer from before some of the steps: its join answer is `joined`
/// (the first ones': only the trainee's number), and a batch with a step
/// outside `known` fails its JSON (422, the whole batch).
async fn older_trainer(
    heard: Arc<Mutex<Heard>>,
    joined: serde_json::Value,
    known: Vec<&'static str>,
) -> SocketAddr {
    let events = move |Json(body): Json<serde_json::Value>| {
        let known = known.clone();
        let heard = Arc::clone(&heard);
        async move {
            let steps: Vec<String> = body["events"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| e["step"].as_str().map(str::to_owned))
                .collect();
            let mut heard = heard.lock().unwrap();
            if steps.iter().any(|s| !known.contains(&s.as_str())) {
                heard.refused += 1;
                return (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Json(serde_json::json!({})),
                );
            }
            heard.steps.extend(steps);
            (StatusCode::OK, Json(serde_json::json!({ "accepted": 1 })))
        }
    };
    let app = axum::Router::new()
        .route(
            "/v1/join",
            post(move || {
                let joined = joined.clone();
                async move { Json(joined) }
            }),
        )
        .route("/v1/events", post(events))
        .route(
            "/v1/heartbeat",
            post(|| async { Json(serde_json::json!({ "commands": [] })) }),
        );
    let listener = tokio::net::TcpListener::bind(loopback()).await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    address
}

/// A trainee's link to the trainer at `address`, quick to retry.
fn trainee_of(address: SocketAddr) -> Trainee {
    Trainee::start(Options {
        address: url::Url::parse(&format!("http://{address}")).unwrap(),
        code: mfa_assistant::room::RoomCode::parse("123456").unwrap(),
        training: true,
        text_messages: true,
        timing: Timing {
            heartbeat: Duration::from_millis(200),
            retry_first: Duration::from_millis(50),
            retry_max: Duration::from_millis(400),
            request_timeout: Duration::from_secs(3),
        },
    })
}

/// Waits until the trainee sent everything and the trainer heard `last`.
async fn heard_all(trainee: &Trainee, heard: &Mutex<Heard>, last: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while trainee.pending() > 0 || !heard.lock().unwrap().steps.iter().any(|s| s == last) {
        assert!(Instant::now() < deadline, "the older trainer heard it all");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_older_trainer_hears_prepare_and_scan_and_refuses_nothing() {
    let heard = Arc::new(Mutex::new(Heard::default()));
    let first = serde_json::json!({ "trainee": 1 });
    let address = older_trainer(Arc::clone(&heard), first, FIRST_TEN.to_vec()).await;
    let trainee = trainee_of(address);
    for kind in [
        EventKind::StepEntered {
            step: Step::PasskeyReady,
        },
        EventKind::StepPassed {
            step: Step::PasskeyReady,
        },
        EventKind::StepEntered {
            step: Step::PasskeyAdd,
        },
        EventKind::StepPassed {
            step: Step::PasskeyAdd,
        },
        EventKind::StepEntered { step: Step::Phone },
    ] {
        trainee.send(kind);
    }
    heard_all(&trainee, &heard, "phone").await;
    let heard = heard.lock().unwrap();
    assert_eq!(heard.refused, 0, "no batch refused");
    let told: Vec<&str> = heard.steps.iter().map(String::as_str).collect();
    assert!(
        told.ends_with(&["prepare", "prepare", "scan", "scan", "phone"]),
        "{told:?}"
    );
    assert!(!told.iter().any(|s| s.starts_with("passkey")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainer_of_the_passkey_hears_the_old_phone_as_approve() {
    let heard = Arc::new(Mutex::new(Heard::default()));
    let joined = serde_json::json!({ "trainee": 1, "passkey_steps": true });
    let mut known = FIRST_TEN.to_vec();
    known.extend(["passkey_ready", "passkey_add"]);
    let address = older_trainer(Arc::clone(&heard), joined, known).await;
    let trainee = trainee_of(address);
    for kind in [
        EventKind::StepEntered {
            step: Step::PasskeyAdd,
        },
        EventKind::StepEntered {
            step: Step::OldPhone,
        },
        EventKind::StepPassed {
            step: Step::OldPhone,
        },
        EventKind::StepEntered { step: Step::Finish },
    ] {
        trainee.send(kind);
    }
    heard_all(&trainee, &heard, "finish").await;
    let heard = heard.lock().unwrap();
    assert_eq!(heard.refused, 0, "no batch refused");
    let told: Vec<&str> = heard.steps.iter().map(String::as_str).collect();
    assert!(
        told.ends_with(&["passkey_add", "approve", "approve", "finish"]),
        "{told:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_trainer_counts_the_practice_new_phones_own_step() {
    let (_dir, running, mut h) = joined(walk_practice_new_phone::service(false)).await;
    assert!(!steps(&running).contains(&Step::OldPhone));

    walk_practice_new_phone::choose_new_phone(&mut h);
    h.send(mfa_assistant::app::Message::Next);
    walk_practice_new_phone::add_the_new_phone(&mut h).await;
    trainee(&running, "on old_phone", |r| r.step == Step::OldPhone).await;
    assert!(
        steps(&running).contains(&Step::OldPhone),
        "the chart shows it"
    );
    h.send(mfa_assistant::app::Message::Key(
        mfa_assistant::app::Key::Enter,
    ));
    h.settle().await;
    until_passed(&mut h, &running, Step::OldPhone).await;
    let csv = running.report_csv().unwrap();
    let line = csv
        .lines()
        .find(|l| l.split(',').nth(4) == Some("old_phone"))
        .unwrap_or_else(|| panic!("old_phone in the report:\n{csv}"));
    assert_eq!(line.split(',').nth(7), Some("1"), "passed: {line}");
    drop(h);
    running.stop().await;
}
