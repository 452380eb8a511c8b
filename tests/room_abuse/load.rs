//! Issue 23, items 3 and 4: one token's flood is refused with a reason
//! and its client keeps its latest state; half-sent requests and bodies
//! sent slowly are cut while a real trainee carries on.

use std::time::Duration;

use mfa_assistant::room::client::Link;
use mfa_assistant::room::{EventKind, Step, Token};
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::trainer::{Trainer, event};
use super::{link_until, trainee};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_from_one_token_is_refused_and_the_client_keeps_its_latest_state() {
    let dir = tempfile::tempdir().unwrap();
    let trainer = Trainer::start(dir.path(), &[]);
    let http = reqwest::Client::new();
    let token = Token::random();
    let body = json!({"code": trainer.code.as_str(), "training": true, "token": token.expose()});
    let joined = http
        .post(trainer.url.join("v1/join").unwrap())
        .json(&body)
        .send();
    assert_eq!(joined.await.unwrap().status(), StatusCode::OK);
    // Batches of 250 "next person" back to back: refused with a reason
    // and a wait, long before a million.
    let mut refused = None;
    for _ in 0..20 {
        let events: Vec<Value> = (0..250)
            .map(|_| event(json!({"kind": "next_person"})))
            .collect();
        let answer = http
            .post(trainer.url.join("v1/events").unwrap())
            .bearer_auth(token.expose())
            .json(&json!({ "events": events }))
            .send()
            .await
            .unwrap();
        if answer.status() == StatusCode::TOO_MANY_REQUESTS {
            let wait = answer.headers()["retry-after"].to_str().unwrap().to_owned();
            let problem: Value = answer.json().await.unwrap();
            refused = Some((problem["error"].as_str().unwrap().to_owned(), wait));
            break;
        }
        assert_eq!(answer.status(), StatusCode::OK);
    }
    let (reason, wait) = refused.expect("the flood was refused");
    assert_eq!(reason, "events_too_fast");
    assert!(wait.parse::<u64>().unwrap() >= 1);
    let room: Value = trainer.room().await;
    assert!(room["trainees"][0]["events"].as_u64().unwrap() <= 500);
    // Heartbeats go on meanwhile.
    let beat = http
        .post(trainer.url.join("v1/heartbeat").unwrap())
        .bearer_auth(token.expose())
        .send()
        .await
        .unwrap();
    assert_eq!(beat.status(), StatusCode::OK);

    // A real client that sends far too much: told to wait, it sends only
    // its latest state, and the room shows where its person is.
    let eager = trainee(&trainer);
    let id = match link_until(&eager, Duration::from_secs(10), |l| {
        matches!(l, Link::Joined { .. })
    })
    .await
    {
        Link::Joined { trainee } => trainee,
        _ => unreachable!(),
    };
    let mut link = eager.link();
    for n in 0..2000 {
        eager.send(EventKind::Hand { raised: n % 2 == 0 });
    }
    eager.send(EventKind::StepPassed { step: Step::Scan });
    eager.send(EventKind::StepEntered {
        step: Step::Approve,
    });
    tokio::time::timeout(
        Duration::from_secs(10),
        link.wait_for(|l| *l == Link::SlowDown),
    )
    .await
    .expect("told to slow down")
    .unwrap();
    tokio::time::timeout(Duration::from_secs(30), eager.flushed())
        .await
        .expect("the latest state got through");
    let room: Value = trainer.room().await;
    let row = room["trainees"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id.0)
        .unwrap()
        .clone();
    assert_eq!(row["step"], "approve", "{row}");
    assert_eq!(row["hand_raised"], false, "the last of 2,000 hands: down");
    assert!(row["events"].as_u64().unwrap() < 2000, "{row}");
    drop(eager);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_requests_and_slow_bodies_are_cut() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let trainer = Trainer::start(dir.path(), &[]);
    let address = trainer.address();
    let mut half = Vec::new();
    for _ in 0..50 {
        let mut tcp = tokio::net::TcpStream::connect(address).await.unwrap();
        tcp.write_all(b"POST /v1/join HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        half.push(tcp);
    }
    // Headers complete, the body a trickle that never ends.
    let mut slow = tokio::net::TcpStream::connect(address).await.unwrap();
    slow.write_all(
        b"POST /v1/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
    )
    .await
    .unwrap();
    // Meanwhile a trainee joins and beats its heart.
    let real = trainee(&trainer);
    link_until(&real, Duration::from_secs(5), |l| {
        matches!(l, Link::Joined { .. })
    })
    .await;
    // Each is closed by the trainer (the read ends); the bound is twice
    // the 15 s the trainer allows a request.
    let closed = |mut tcp: tokio::net::TcpStream| async move {
        let mut answer = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(30), tcp.read_to_end(&mut answer));
        read.await.is_ok()
    };
    let trickle = tokio::spawn(async move {
        for _ in 0..60 {
            if slow.write_all(b" ").await.is_err() {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        false
    });
    let all = futures::future::join_all(half.into_iter().map(closed)).await;
    let open = all.iter().filter(|closed| !**closed).count();
    assert_eq!(open, 0, "half-sent requests left open");
    assert!(trickle.await.unwrap(), "a body sent slowly was never cut");
    assert!(matches!(*real.link().borrow(), Link::Joined { .. }));
    drop(real);
}
