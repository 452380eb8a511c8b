//! The training room under abuse (issue 23), against the real trainer
//! process on loopback: the room code is shown to everyone, so anyone on
//! the network can try it. Each test shows one promise holding:
//! 1. wrong codes from another address never keep a real trainee out, and
//!    many of them alarm the trainer, whose new code survives a restart;
//! 2. join number 61 is refused (`room_full`), and the trainee is told;
//! 3. one token's flood is refused with a reason, and its client keeps its
//!    latest state;
//! 4. half-sent requests and bodies sent slowly are cut;
//! 5. names that hide what they are are refused;
//! 6. the room's files are the trainer's only;
//! 7. an old room's token gets 409, and the client joins again.
//!
//! Only loopback (127.0.0.0/8) is used; every loop is bounded. Timeouts
//! here are bounds that a broken trainer would blow by far (the old
//! room-wide back-off kept a trainee out for 50 s), not measurements:
//! figures are in `benches/room_abuse.rs` and docs/training-room.md.
//! Each test was checked to fail with the thing it guards broken.

// Shared with benches/room_abuse.rs, which uses the rest of it.
#[path = "room_abuse/load.rs"]
mod load;
#[path = "room_abuse/trainer.rs"]
#[allow(dead_code)]
mod trainer;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use mfa_assistant::room::client::{Link, Options, Timing, Trainee};
use mfa_assistant::room::{EventKind, Step, Token};
use reqwest::StatusCode;
use serde_json::{Value, json};
use trainer::{Trainer, event, join_body};

/// Quick enough for a test, as patient as a real trainee otherwise.
const TIMING: Timing = Timing {
    heartbeat: Duration::from_millis(300),
    retry_first: Duration::from_millis(100),
    retry_max: Duration::from_millis(500),
    request_timeout: Duration::from_secs(5),
};

fn trainee(trainer: &Trainer) -> Trainee {
    Trainee::start(Options {
        address: trainer.url.clone(),
        code: trainer.code.clone(),
        training: true,
        text_messages: true,
        timing: TIMING,
    })
}

/// Waits (at most `bound`) for the trainee's link to satisfy `check`.
async fn link_until(trainee: &Trainee, bound: Duration, check: impl Fn(&Link) -> bool) -> Link {
    let mut link = trainee.link();
    let result = tokio::time::timeout(bound, link.wait_for(|l| check(l)))
        .await
        .map(|seen| *seen.expect("the link runs"));
    result.unwrap_or_else(|_| panic!("the link stayed {:?}", *link.borrow()))
}

/// A client whose requests leave from `source` (another address on
/// loopback: 127.0.0.2 is this machine too).
fn from(source: Ipv4Addr) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::V4(source))
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_codes_from_another_address_never_keep_a_trainee_out() {
    let dir = tempfile::tempdir().unwrap();
    let trainer = Trainer::start(dir.path(), &[]);
    let wrong = trainer.wrong_code();
    // The attacker: a wrong code every 50 ms from 127.0.0.2, following no
    // Retry-After, until the trainee is in (at most 200 tries, 10 s).
    let attacker = from(Ipv4Addr::new(127, 0, 0, 2));
    let (url, body) = (trainer.url.join("v1/join").unwrap(), join_body(&wrong));
    let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
    let attack = tokio::spawn(async move {
        let mut answers = Vec::new();
        for _ in 0..200 {
            if stopped.try_recv().is_ok() {
                break;
            }
            let answer = attacker.post(url.clone()).json(&body).send().await;
            answers.push(answer.map(|r| r.status()).ok());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        answers
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    // The real trainee, from 127.0.0.1 with the right code, gets in.
    let real = trainee(&trainer);
    link_until(&real, Duration::from_secs(5), |l| {
        matches!(l, Link::Joined { .. })
    })
    .await;
    let _ = stop.send(());
    let answers = attack.await.unwrap();
    // The attacker was slowed down, not the room.
    assert!(answers.contains(&Some(StatusCode::FORBIDDEN)));
    assert!(answers.contains(&Some(StatusCode::TOO_MANY_REQUESTS)));

    // Wrong codes from many addresses: the trainer is alarmed, nobody is
    // locked out.
    let room: Value = trainer.room().await;
    assert_eq!(
        room["door"]["trying_codes"], false,
        "one address is no alarm"
    );
    for last in 3..40u8 {
        let status = from(Ipv4Addr::new(127, 0, 0, last))
            .post(trainer.url.join("v1/join").unwrap())
            .json(&join_body(&wrong))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let room: Value = trainer.room().await;
    assert_eq!(room["door"]["trying_codes"], true, "{room}");
    assert!(room["door"]["wrong_codes"].as_u64().unwrap() > 20);
    let ok = reqwest::Client::new()
        .post(trainer.url.join("v1/join").unwrap())
        .json(&join_body(&trainer.code))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK, "the right code still gets in");

    // A new code: the alarm stops, trainees in stay in, and a restarted
    // trainer has the new code.
    let answer: Value = trainer.admin_post("v1/code").await;
    let code = answer["code"].as_str().unwrap().to_owned();
    assert_ne!(code, trainer.code.as_str());
    let room: Value = trainer.room().await;
    assert_eq!(room["door"]["trying_codes"], false);
    assert_eq!(room["code"], code.as_str());
    real.send(EventKind::StepEntered { step: Step::Scan });
    tokio::time::timeout(Duration::from_secs(10), real.flushed())
        .await
        .expect("the trainee in the room carries on");
    let restarted = trainer.restart(&[]);
    assert_eq!(restarted.code.as_str(), code);
    drop(real);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn join_number_61_is_refused_and_the_trainee_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let trainer = Trainer::start(dir.path(), &[]);
    let http = reqwest::Client::new();
    let url = trainer.url.join("v1/join").unwrap();
    for n in 1..=60 {
        let status = http
            .post(url.clone())
            .json(&join_body(&trainer.code))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::OK, "join {n}");
    }
    let refused = http
        .post(url.clone())
        .json(&join_body(&trainer.code))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["error"], "room_full");
    // A trainee's assistant says so (its words: src/room/text.rs's tests).
    let late = trainee(&trainer);
    link_until(&late, Duration::from_secs(10), |l| *l == Link::RoomFull).await;
    let room: Value = trainer.room().await;
    assert_eq!(room["trainees"].as_array().unwrap().len(), 60);
    assert_eq!(room["door"]["refused_full"], 2, "{}", room["door"]);
    drop(late);

    // IT's cap: --max-trainees.
    let dir = tempfile::tempdir().unwrap();
    let small = Trainer::start(dir.path(), &["--max-trainees", "2"]);
    let url = small.url.join("v1/join").unwrap();
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let body = join_body(&small.code);
        statuses.push(
            http.post(url.clone())
                .json(&body)
                .send()
                .await
                .unwrap()
                .status(),
        );
    }
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::OK, StatusCode::FORBIDDEN]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_that_hide_what_they_are_are_refused_and_equal_ones_numbered_by_who_came_first() {
    let dir = tempfile::tempdir().unwrap();
    let trainer = Trainer::start(dir.path(), &[]);
    let http = reqwest::Client::new();
    let join = |token: &Token| {
        let body =
            json!({"code": trainer.code.as_str(), "training": true, "token": token.expose()});
        http.post(trainer.url.join("v1/join").unwrap())
            .json(&body)
            .send()
    };
    let name = |token: &Token, name: &str| {
        let events = json!({"events": [event(json!({"kind": "named", "name": name}))]});
        http.post(trainer.url.join("v1/events").unwrap())
            .bearer_auth(token.expose())
            .json(&events)
            .send()
    };
    let (first, second) = (Token::random(), Token::random());
    assert_eq!(join(&first).await.unwrap().status(), StatusCode::OK);
    assert_eq!(join(&second).await.unwrap().status(), StatusCode::OK);
    for lie in [
        "Bob\u{202E}",
        "Bob\u{200B}",
        "Bob\u{2060}",
        "\u{FEFF}Bob",
        "Bo\u{00AD}b",
        "\u{200B}=HYPERLINK(\"http://127.0.0.1/\")",
    ] {
        let status = name(&first, lie).await.unwrap().status();
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{lie:?}");
    }
    // The second to join names itself first: it is "Bob"; the first, who
    // came later by name and looks the same after NFKC, is "Ｂｏｂ (2)".
    assert_eq!(name(&second, "Bob").await.unwrap().status(), StatusCode::OK);
    assert_eq!(
        name(&first, "Ｂｏｂ").await.unwrap().status(),
        StatusCode::OK
    );
    let room: Value = trainer.room().await;
    let mut names: Vec<(i64, String)> = room["trainees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_i64().unwrap(),
                r["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    names.sort();
    assert_eq!(names[0].1, "Ｂｏｂ (2)");
    assert_eq!(names[1].1, "Bob");
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rooms_files_are_the_trainers_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("trainer");
    let trainer = Trainer::start(&dir, &[]);
    // A write, so that the -wal and -shm files are there.
    let http = reqwest::Client::new();
    let joined = http
        .post(trainer.url.join("v1/join").unwrap())
        .json(&join_body(&trainer.code));
    assert_eq!(joined.send().await.unwrap().status(), StatusCode::OK);
    assert_eq!(mode(&dir), 0o700);
    for file in ["room.sqlite3", "room.sqlite3-wal", "room.sqlite3-shm"] {
        assert_eq!(mode(&dir.join(file)), 0o600, "{file}");
    }
    drop(trainer);
    // Files an older version left at 0644 are tightened; a folder given
    // with --data-dir is never changed, and the trainer says it is open.
    for file in ["room.sqlite3", "room.sqlite3-wal", "room.sqlite3-shm"] {
        let path = dir.join(file);
        if path.exists() {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let again = Trainer::start(&dir, &[]);
    assert_eq!(mode(&dir), 0o755, "a folder that exists is left as it is");
    assert_eq!(mode(&dir.join("room.sqlite3")), 0o600);
    let said = again.stop_and_read_stderr();
    assert!(said.contains("can be read by other users"), "{said}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_rooms_token_gets_409_and_the_client_joins_again() {
    let dir = tempfile::tempdir().unwrap();
    let first = Trainer::start(dir.path(), &[]);
    let code = first.code.clone();
    let token = Token::random();
    let body = json!({"code": code.as_str(), "training": true, "token": token.expose()});
    let http = reqwest::Client::new();
    let client = trainee(&first);
    link_until(&client, Duration::from_secs(10), |l| {
        matches!(l, Link::Joined { .. })
    })
    .await;
    let joined = http
        .post(first.url.join("v1/join").unwrap())
        .json(&body)
        .send();
    assert_eq!(joined.await.unwrap().status(), StatusCode::OK);
    let port = first.address().port();
    drop(first);
    // Thirteen hours pass: the next start is a new room; then that room
    // is given the old code (a one-in-a-million draw, made certain here),
    // so old tokens come back with the right code.
    trainer::age_rooms(dir.path(), 13 * 3600);
    // (On another port: the client must not meet it with its old code.)
    let second = Trainer::start(dir.path(), &[]);
    assert_ne!(second.code, code, "a new room");
    drop(second);
    trainer::set_code(dir.path(), &code);
    let third = Trainer::start_on(dir.path(), port, &[]);
    assert_eq!(third.code, code);
    let again = http
        .post(third.url.join("v1/join").unwrap())
        .json(&body)
        .send();
    let again = again.await.unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let problem: Value = again.json().await.unwrap();
    assert_eq!(problem["error"], "token_of_another_room");
    // The client's heartbeat is refused (401); it joins again with the
    // old token (409), draws a new one and is in the new room.
    tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            let room: Value = third.room().await;
            if !room["trainees"].as_array().unwrap().is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await
    .expect("the client joined the new room");
    link_until(&client, Duration::from_secs(5), |l| {
        matches!(l, Link::Joined { .. })
    })
    .await;
    drop(client);
}
