//! Trainer mode over real HTTP on loopback: a trainer and 20 simulated
//! trainees, each walking the real flow through the service layer (the
//! training provider), and the room the trainer shows compared with what
//! each did: every event counted once, nothing lost, across a trainer
//! restart midway and with answers lost on the way (events re-sent). Then
//! the faults one by one (`room/faults.rs`) and resets (`room/resets.rs`).

#[path = "room/faults.rs"]
mod faults;
#[path = "room/proxy.rs"]
mod proxy;
#[path = "room/resets.rs"]
mod resets;
#[path = "room/sim.rs"]
mod sim;

use std::collections::{BTreeMap, HashSet};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use mfa_assistant::room::client::{Link, Options, Trainee};
use mfa_assistant::room::server::{self, Running};
use mfa_assistant::room::store::DEFAULT_RETENTION;
use mfa_assistant::room::{Refusal, Snapshot, Step, TraineeId};
use proxy::Proxy;
use sim::{FAST, Record, Sim};
use tokio::sync::Barrier;
use url::Url;

const TRAINEES: usize = 20;

pub async fn trainer(dir: &Path, listen: SocketAddr) -> Running {
    server::start(listen, dir, DEFAULT_RETENTION).await.unwrap()
}

pub fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

pub fn url(address: SocketAddr) -> Url {
    Url::parse(&format!("http://{address}")).unwrap()
}

pub fn options(running: &Running, training: bool) -> Options {
    Options {
        address: url(running.address()),
        code: running.code().clone(),
        training,
        text_messages: true,
        timing: FAST,
    }
}

pub async fn joined(trainee: &Trainee) -> TraineeId {
    let mut link = trainee.link();
    let link = tokio::time::timeout(
        Duration::from_secs(10),
        link.wait_for(|l| matches!(l, Link::Joined { .. })),
    )
    .await
    .expect("joined")
    .unwrap();
    match *link {
        Link::Joined { trainee } => trainee,
        _ => unreachable!(),
    }
}

/// Waits up to 10 s for `check`, polling.
pub async fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}

/// The CSV's refusal counts per (trainee, step, reason), for the rooms'
/// only person per PC.
fn report_refusals(csv: &str) -> BTreeMap<(i64, String, String), u32> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let first_reason = header.iter().position(|h| *h == "wrong_code").unwrap();
    let mut counts = BTreeMap::new();
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields.len(), header.len(), "{line}");
        for (i, count) in fields.iter().enumerate().skip(first_reason) {
            let count: u32 = count.parse().unwrap();
            if count > 0 {
                let key = (
                    fields[1].parse().unwrap(),
                    fields[4].to_owned(),
                    header[i].to_owned(),
                );
                counts.insert(key, count);
            }
        }
    }
    counts
}

fn check_room(snapshot: &Snapshot, done: &[(TraineeId, String, Record)]) {
    assert_eq!(snapshot.trainees.len(), TRAINEES, "no trainee twice");
    let mut shown = HashSet::new();
    for (id, name, record) in done {
        let row = snapshot.trainees.iter().find(|r| r.id == *id).unwrap();
        let what = format!("trainee {} ({name})", id.0);
        assert_eq!(row.events, record.events, "{what}: events counted once");
        assert_eq!(row.step, Step::Finish, "{what}");
        assert_eq!(row.refusals, record.refusal_count(), "{what}");
        assert_eq!(row.last_reason, record.last_reason, "{what}");
        assert_eq!(row.hand_raised, record.hand_raised, "{what}");
        assert!(row.online && row.training && row.stuck.is_empty(), "{what}");
        assert_eq!(row.person, 1, "{what}");
        let shown_name = row.name.clone().unwrap();
        assert!(
            shown_name.starts_with(name.as_str()),
            "{shown_name} for {name}"
        );
        assert!(shown.insert(shown_name), "{what}: told apart");
    }
    assert!(shown.iter().any(|n| n.ends_with("(2)")), "{shown:?}");
    for stats in &snapshot.steps {
        let refusals: u32 = done
            .iter()
            .flat_map(|(_, _, r)| r.refusals.iter())
            .filter(|((step, _), _)| *step == stats.step)
            .map(|(_, n)| n)
            .sum();
        assert_eq!(stats.refusals, refusals, "{:?}", stats.step);
        if stats.step != Step::Finish {
            assert_eq!(stats.passed, TRAINEES as u32, "{:?}", stats.step);
            assert!(stats.median.is_some() && stats.slowest >= stats.median);
        }
    }
    // The chart's rows are the steps some route has: found by step.
    let finish = snapshot.steps.iter().find(|s| s.step == Step::Finish);
    assert_eq!(finish.unwrap().here, TRAINEES as u32);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_trainees_are_counted_once_across_a_restart_and_lost_answers() {
    let dir = tempfile::tempdir().unwrap();
    let first = trainer(dir.path(), loopback()).await;
    let address = first.address();
    let code = first.code().clone();
    // A quarter of the room sits behind a network that loses a quarter of
    // the answers.
    let lossy = Proxy::start(address, 0.25).await;
    let barrier = Arc::new(Barrier::new(TRAINEES + 1));
    let mut handles = Vec::new();
    let mut tasks = Vec::new();
    for n in 0..TRAINEES {
        let via = if n % 4 == 1 { lossy.address } else { address };
        let mut sim = Sim::new(n, &url(via), &code);
        handles.push(sim.trainee.clone());
        let barrier = barrier.clone();
        tasks.push(tokio::spawn(async move {
            sim.first_half().await;
            barrier.wait().await; // midway
            barrier.wait().await; // the trainer is down
            sim.scan_and_approve().await;
            barrier.wait().await; // kept while down
            barrier.wait().await; // the trainer is back
            sim.phone_and_sms().await;
            tokio::time::timeout(Duration::from_secs(30), sim.trainee.flushed())
                .await
                .expect("every event acknowledged");
            let Link::Joined { trainee } = *sim.trainee.link().borrow() else {
                panic!("trainee {n} not in the room");
            };
            (trainee, sim.name.clone(), sim.record.clone())
        }));
    }

    barrier.wait().await;
    // Killed midway: some of the first half is still on its way.
    first.kill().await;
    barrier.wait().await;
    barrier.wait().await;
    for (n, trainee) in handles.iter().enumerate() {
        assert!(trainee.pending() > 0, "trainee {n} kept its events");
        let mut link = trainee.link();
        tokio::time::timeout(
            Duration::from_secs(10),
            link.wait_for(|l| *l == Link::Unreachable),
        )
        .await
        .unwrap_or_else(|_| panic!("trainee {n} sees the trainer is away"))
        .unwrap();
    }
    let second = trainer(dir.path(), address).await;
    assert_eq!(second.address(), address);
    assert_eq!(second.code(), code, "the same room after the restart");
    barrier.wait().await;

    let mut done = Vec::new();
    for task in tasks {
        done.push(task.await.unwrap());
    }
    assert!(lossy.dropped() > 0, "answers lost: {}", lossy.dropped());
    eprintln!(
        "lossy network: {} of {} answers lost",
        lossy.dropped(),
        lossy.answers()
    );
    let snapshot = second.snapshot();
    check_room(&snapshot, &done);

    // IT's tools see the same, with the admin token.
    let http = reqwest::Client::new();
    let room: serde_json::Value = http
        .get(format!("http://{address}/v1/room"))
        .bearer_auth(second.admin_token().expose())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let rows = room["trainees"].as_array().unwrap();
    assert_eq!(rows.len(), TRAINEES);
    for row in rows {
        let id = TraineeId(row["id"].as_i64().unwrap());
        let mine = snapshot.trainees.iter().find(|r| r.id == id).unwrap();
        assert_eq!(row["name"].as_str(), mine.name.as_deref());
        assert_eq!(row["step"], "finish");
        assert_eq!(row["refusals"], mine.refusals);
        assert_eq!(row["online"], true);
        assert!(row["seconds_on_step"].is_u64());
    }

    // The report has every refusal, by step and reason.
    let csv = http
        .get(format!("http://{address}/v1/report.csv"))
        .bearer_auth(second.admin_token().expose())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let expected: BTreeMap<(i64, String, String), u32> = done
        .iter()
        .flat_map(|(id, _, record)| {
            record.refusals.iter().map(move |((step, reason), n)| {
                ((id.0, step.key().to_owned(), reason.key().to_owned()), *n)
            })
        })
        .collect();
    assert_eq!(report_refusals(&csv), expected);
    assert!(
        expected
            .keys()
            .any(|(_, _, r)| r == Refusal::CoolDown.key())
    );
    assert!(
        expected
            .keys()
            .any(|(_, _, r)| r == Refusal::UsedAlready.key())
    );
    assert!(
        expected
            .keys()
            .any(|(_, _, r)| r == Refusal::SmsResend.key())
    );
    assert!(
        expected
            .keys()
            .any(|(_, _, r)| r == Refusal::ApprovalDenied.key())
    );
    assert!(
        expected
            .keys()
            .any(|(_, _, r)| r == Refusal::WrongNumber.key())
    );
    second.stop().await;
}
