//! The trainer's faults one at a time: re-sent batches, bad tokens, wrong
//! room codes, a trainee that goes silent, a trainer that is down.

use std::sync::Arc;
use std::time::Duration;

use mfa_assistant::room::client::{Link, Options, Trainee};
use mfa_assistant::room::server::{self, Options as ServerOptions, Running};
use mfa_assistant::room::store::DEFAULT_RETENTION;
use mfa_assistant::room::wire::{
    Event, EventId, EventsRequest, EventsResponse, JoinRequest, JoinResponse,
};
use mfa_assistant::room::{EventKind, RoomCode, Step, Stuck, Token};
use mfa_assistant::service::clock::ManualClock;
use reqwest::StatusCode;
use serde_json::json;

use super::sim::FAST;
use super::{eventually, joined, loopback, options, trainer, url};

const T0: u64 = 1_800_000_000;

async fn on_manual_clock(dir: &std::path::Path) -> (Running, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(T0));
    let running = server::start_with(ServerOptions {
        listen: loopback(),
        data_dir: dir.to_owned(),
        retention: DEFAULT_RETENTION,
        clock: clock.clone(),
        limits: Default::default(),
    })
    .await
    .unwrap();
    (running, clock)
}

async fn join(http: &reqwest::Client, running: &Running, token: &Token) -> reqwest::Response {
    http.post(format!("http://{}/v1/join", running.address()))
        .json(&JoinRequest {
            code: running.code().clone(),
            training: true,
            token: token.clone(),
        })
        .send()
        .await
        .unwrap()
}

async fn post_events(
    http: &reqwest::Client,
    running: &Running,
    token: &Token,
    events: &[Event],
) -> EventsResponse {
    let response = http
        .post(format!("http://{}/v1/events", running.address()))
        .bearer_auth(token.expose())
        .json(&EventsRequest {
            events: events.to_vec(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn event(kind: EventKind) -> Event {
    Event {
        id: EventId::random(),
        age_ms: 0,
        kind,
    }
}

#[tokio::test]
async fn resent_batches_count_once_even_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let first = trainer(dir.path(), loopback()).await;
    let http = reqwest::Client::new();
    let token = Token::random();
    let response = join(&http, &first, &token).await;
    let id = response.json::<JoinResponse>().await.unwrap().trainee;
    // Joining again with the same token (the answer got lost) is the same trainee.
    let again = join(&http, &first, &token)
        .await
        .json::<JoinResponse>()
        .await;
    assert_eq!(again.unwrap().trainee, id);
    let batch = [
        event(EventKind::StepEntered {
            step: Step::Install,
        }),
        event(EventKind::StepPassed {
            step: Step::Install,
        }),
        event(EventKind::Hand { raised: true }),
    ];
    let counted = post_events(&http, &first, &token, &batch).await;
    assert_eq!((counted.new, counted.repeated), (3, 0));
    let counted = post_events(&http, &first, &token, &batch).await;
    assert_eq!((counted.new, counted.repeated), (0, 3));
    let address = first.address();
    first.kill().await;

    let second = trainer(dir.path(), address).await;
    let mut more = batch.to_vec();
    more.push(event(EventKind::StepEntered { step: Step::SignIn }));
    let counted = post_events(&http, &second, &token, &more).await;
    assert_eq!((counted.new, counted.repeated), (1, 3));
    let snapshot = second.snapshot();
    assert_eq!(snapshot.trainees.len(), 1);
    let row = &snapshot.trainees[0];
    assert_eq!((row.id, row.events, row.step), (id, 4, Step::SignIn));
    assert!(row.hand_raised);
}

#[tokio::test]
async fn requests_without_a_valid_token_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let running = trainer(dir.path(), loopback()).await;
    let http = reqwest::Client::new();
    let token = Token::random();
    assert_eq!(join(&http, &running, &token).await.status(), StatusCode::OK);
    let base = format!("http://{}", running.address());
    let body = json!({"events": []});
    let stranger = Token::random();
    for bearer in [None, Some(stranger.expose()), Some("not-a-token")] {
        let with = |r: reqwest::RequestBuilder| match bearer {
            Some(b) => r.bearer_auth(b),
            None => r,
        };
        let events = with(http.post(format!("{base}/v1/events")).json(&body));
        assert_eq!(
            events.send().await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
        let heartbeat = with(http.post(format!("{base}/v1/heartbeat")));
        assert_eq!(
            heartbeat.send().await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // The room and the report need the admin token: a trainee's is not enough.
    for path in ["/v1/room", "/v1/report.csv"] {
        let anonymous = http.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
        let trainee = http
            .get(format!("{base}{path}"))
            .bearer_auth(token.expose());
        assert_eq!(
            trainee.send().await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
        let admin = http
            .get(format!("{base}{path}"))
            .bearer_auth(running.admin_token().expose());
        assert_eq!(admin.send().await.unwrap().status(), StatusCode::OK);
    }
    let reset = http
        .post(format!("{base}/v1/reset"))
        .bearer_auth(token.expose());
    assert_eq!(
        reset.send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    // The trainee's own token still works.
    let heartbeat = http
        .post(format!("{base}/v1/heartbeat"))
        .bearer_auth(token.expose());
    assert_eq!(heartbeat.send().await.unwrap().status(), StatusCode::OK);
}

#[tokio::test]
async fn wrong_room_codes_slow_joining_down_for_everyone() {
    let dir = tempfile::tempdir().unwrap();
    let (running, clock) = on_manual_clock(dir.path()).await;
    let http = reqwest::Client::new();
    let attempt = |code: RoomCode| {
        let request = http
            .post(format!("http://{}/v1/join", running.address()))
            .json(&JoinRequest {
                code,
                training: true,
                token: Token::random(),
            });
        async move {
            let response = request.send().await.unwrap();
            let wait = response
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().parse::<u64>().unwrap());
            (response.status(), wait)
        }
    };
    let right = running.code().clone();
    let wrong = RoomCode::parse(if right.as_str() == "000000" {
        "000001"
    } else {
        "000000"
    })
    .unwrap();
    assert_eq!(
        attempt(wrong.clone()).await,
        (StatusCode::FORBIDDEN, Some(1))
    );
    // The door is closed for the address the wrong code came from (here
    // everyone's: all of this test is on 127.0.0.1), the right code too:
    // a slow-down (tests/room_abuse.rs: other addresses get in at once).
    assert_eq!(
        attempt(right.clone()).await,
        (StatusCode::TOO_MANY_REQUESTS, Some(1))
    );
    clock.advance(1);
    assert_eq!(
        attempt(wrong.clone()).await,
        (StatusCode::FORBIDDEN, Some(2))
    );
    clock.advance(2);
    assert_eq!(
        attempt(wrong.clone()).await,
        (StatusCode::FORBIDDEN, Some(4))
    );
    assert_eq!(
        attempt(right.clone()).await,
        (StatusCode::TOO_MANY_REQUESTS, Some(4))
    );
    // Not a lockout: the right code gets in once the wait is over.
    clock.advance(4);
    assert_eq!(attempt(right.clone()).await, (StatusCode::OK, None));

    // An hour later the count starts afresh. A trainee with the wrong code
    // stops trying (each try would slow the room down)...
    clock.advance(3600);
    let lost = Trainee::start(Options {
        code: wrong,
        ..options(&running, true)
    });
    let mut link = lost.link();
    tokio::time::timeout(
        Duration::from_secs(10),
        link.wait_for(|l| *l == Link::WrongCode),
    )
    .await
    .unwrap()
    .unwrap();
    // ...and one with the right code waits as told, then gets in.
    let waiting = Trainee::start(options(&running, true));
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(*waiting.link().borrow(), Link::SlowDown, "told to wait");
    clock.advance(1);
    joined(&waiting).await;
    assert_eq!(running.snapshot().trainees.len(), 2);
}

#[tokio::test]
async fn a_silent_trainee_is_offline_since_its_last_contact() {
    let dir = tempfile::tempdir().unwrap();
    let (running, clock) = on_manual_clock(dir.path()).await;
    let trainee = Trainee::start(options(&running, true));
    let id = joined(&trainee).await;
    trainee.send(EventKind::StepEntered { step: Step::Scan });
    trainee.flushed().await;
    // The assistant is killed; what it had under way lands first.
    drop(trainee);
    tokio::time::sleep(Duration::from_millis(500)).await;
    clock.advance(59);
    let row = running.snapshot().trainees[0].clone();
    assert_eq!((row.id, row.online, row.offline_since), (id, true, None));
    clock.advance(1);
    let row = running.snapshot().trainees[0].clone();
    assert_eq!((row.online, row.offline_since), (false, Some(T0)));
    assert_eq!(row.stuck, vec![Stuck::Offline { since: T0 }]);
}

#[tokio::test]
async fn events_wait_for_a_trainer_that_is_down() {
    let dir = tempfile::tempdir().unwrap();
    let first = trainer(dir.path(), loopback()).await;
    let (address, code) = (first.address(), first.code().clone());
    first.stop().await;
    let trainee = Trainee::start(Options {
        address: url(address),
        code,
        training: true,
        text_messages: true,
        timing: FAST,
    });
    for step in [Step::Welcome, Step::Install, Step::SignIn] {
        trainee.send(EventKind::StepEntered { step });
    }
    eventually("the trainee to see no trainer", || {
        *trainee.link().borrow() == Link::Unreachable
    })
    .await;
    assert_eq!(trainee.pending(), 3);
    // The same room comes back on the same port: everything arrives.
    let second = trainer(dir.path(), address).await;
    tokio::time::timeout(Duration::from_secs(10), trainee.flushed())
        .await
        .unwrap();
    joined(&trainee).await;
    let row = second.snapshot().trainees[0].clone();
    // The route's shape, sent on joining, and the three steps.
    assert_eq!((row.step, row.events), (Step::SignIn, 1 + 3));
}

#[tokio::test]
async fn heartbeats_do_not_wake_the_dashboard_but_events_do() {
    let dir = tempfile::tempdir().unwrap();
    let (running, clock) = on_manual_clock(dir.path()).await;
    let http = reqwest::Client::new();
    let token = Token::random();
    assert_eq!(join(&http, &running, &token).await.status(), StatusCode::OK);
    let mut changes = running.changes();
    changes.borrow_and_update();
    for _ in 0..3 {
        clock.advance(3);
        let beat = http
            .post(format!("http://{}/v1/heartbeat", running.address()))
            .bearer_auth(token.expose())
            .send()
            .await
            .unwrap();
        assert_eq!(beat.status(), StatusCode::OK);
    }
    // The dashboard's 1 s tick shows the heartbeats ("online").
    assert!(
        !changes.has_changed().unwrap(),
        "a heartbeat woke the dashboard"
    );
    assert!(running.snapshot().trainees[0].online);
    let step = EventKind::StepEntered { step: Step::Scan };
    post_events(&http, &running, &token, &[event(step)]).await;
    assert!(changes.has_changed().unwrap(), "an event is a change");
}
