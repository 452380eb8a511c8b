//! The room under abuse (issue 23), against the real trainer process on
//! loopback, figures printed and never asserted (machines are noisy):
//! 1. one token floods events as fast as it can for a while, 59 trainees
//!    beat their hearts every 3 s and IT polls `GET /v1/room`: the
//!    trainer's memory, and heartbeat and room latency p50 / p99;
//! 2. 60 trainees at their limit of events each (written into the
//!    database while the trainer is down, as a day of floods would leave
//!    it): the trainer's start time and memory, then heartbeats and
//!    `GET /v1/room` while `GET /v1/report.csv` is exported back to back.
//!
//! `cargo bench --bench room_abuse` (or `scripts/bench-room`); under
//! `cargo test` it runs a short smoke version.

#[path = "../tests/room_abuse/trainer.rs"]
#[allow(dead_code)]
mod trainer;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use mfa_assistant::room::Token;
use mfa_assistant::room::limits::EVENTS_PER_TRAINEE;
use serde_json::{Value, json};
use trainer::{Trainer, event};

/// Resident and peak memory of `pid`, in MiB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    (kb("VmRSS:") / 1024.0, kb("VmHWM:") / 1024.0)
}

fn percentile(sorted: &[Duration], p: usize) -> f64 {
    let i = (sorted.len() * p / 100).min(sorted.len().saturating_sub(1));
    sorted.get(i).map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
}

fn line(what: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "  {what:<34} p50 {:>7.1} ms  p99 {:>7.1} ms  max {:>7.1} ms  ({} requests)",
        percentile(&times, 50),
        percentile(&times, 99),
        percentile(&times, 100),
        times.len()
    );
}

async fn join(http: &reqwest::Client, trainer: &Trainer) -> Token {
    let token = Token::random();
    let body = json!({"code": trainer.code.as_str(), "training": true, "token": token.expose()});
    let answer = http
        .post(trainer.url.join("v1/join").unwrap())
        .json(&body)
        .send();
    assert!(answer.await.unwrap().status().is_success());
    token
}

/// Heartbeats from each of `tokens` every 3 s until `stop`; their latencies.
async fn heartbeats(trainer: &Trainer, tokens: &[Token], stop: Arc<AtomicBool>) -> Vec<Duration> {
    let url = trainer.url.join("v1/heartbeat").unwrap();
    let beats = tokens.iter().enumerate().map(|(i, token)| {
        let (url, token, stop) = (url.clone(), token.clone(), stop.clone());
        async move {
            let http = reqwest::Client::new();
            let mut times = Vec::new();
            tokio::time::sleep(Duration::from_millis(i as u64 * 3000 / tokens.len() as u64)).await;
            while !stop.load(Ordering::Relaxed) {
                let start = Instant::now();
                let answer = http
                    .post(url.clone())
                    .bearer_auth(token.expose())
                    .send()
                    .await;
                if answer.is_ok_and(|a| a.status().is_success()) {
                    times.push(start.elapsed());
                }
                tokio::time::sleep(Duration::from_secs(3)).await;
            }
            times
        }
    });
    futures::future::join_all(beats).await.concat()
}

/// `GET /v1/room` every 100 ms until `stop`; the latencies.
async fn room_polls(trainer: &Trainer, admin: String, stop: Arc<AtomicBool>) -> Vec<Duration> {
    let http = reqwest::Client::new();
    let url = trainer.url.join("v1/room").unwrap();
    let mut times = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        let start = Instant::now();
        let answer = http.get(url.clone()).bearer_auth(&admin).send().await;
        if answer.is_ok_and(|a| a.status().is_success()) {
            times.push(start.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    times
}

/// Writes `per_trainee` events for every trainee of the latest room
/// straight into the database (the trainer is down): steps, refusals and
/// a next person every 30 events, as a flood within the limits leaves it.
fn fill(dir: &std::path::Path, per_trainee: u64) {
    let mut db = rusqlite::Connection::open(dir.join("room.sqlite3")).unwrap();
    let tx = db.transaction().unwrap();
    let trainees: Vec<i64> = {
        let mut q = tx
            .prepare("SELECT id FROM trainees WHERE room = (SELECT MAX(id) FROM rooms)")
            .unwrap();
        q.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let steps = [
        "install",
        "sign_in",
        "more_info",
        "prepare",
        "scan",
        "approve",
    ];
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    {
        let mut insert = tx
            .prepare("INSERT INTO events (trainee, id, at, kind) VALUES (?1, ?2, ?3, ?4)")
            .unwrap();
        for trainee in &trainees {
            for n in 0..per_trainee {
                let kind = match n % 30 {
                    29 => json!({"kind": "next_person"}),
                    k if k % 5 == 4 => {
                        json!({"kind": "refused", "step": steps[(k / 5) as usize % 6], "reason": "wrong_code"})
                    }
                    k => json!({"kind": "step_entered", "step": steps[(k / 5) as usize % 6]}),
                };
                let id = format!("{:016x}{:016x}", trainee, n);
                insert
                    .execute(rusqlite::params![
                        trainee,
                        id,
                        now - 3600 + n as i64 / 2,
                        kind.to_string()
                    ])
                    .unwrap();
            }
        }
    }
    tx.commit().unwrap();
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let (seconds, per_trainee) = if bench {
        (20, EVENTS_PER_TRAINEE)
    } else {
        (2, 100)
    };
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let trainer = Trainer::start(dir.path(), &[]);
    let http = reqwest::Client::new();

    // 1. A flood from one token.
    let (flooder, tokens) = runtime.block_on(async {
        let flooder = join(&http, &trainer).await;
        let mut tokens = Vec::new();
        for _ in 0..59 {
            tokens.push(join(&http, &trainer).await);
        }
        (flooder, tokens)
    });
    let before = memory(trainer.pid());
    let stop = Arc::new(AtomicBool::new(false));
    let (flood, beats, polls) = runtime.block_on(async {
        let stopper = {
            let stop = stop.clone();
            async move {
                tokio::time::sleep(Duration::from_secs(seconds)).await;
                stop.store(true, Ordering::Relaxed);
            }
        };
        let flood = async {
            let url = trainer.url.join("v1/events").unwrap();
            let (mut sent, mut refused) = (0u64, 0u64);
            // One body, sent again and again: the flooder's own work stays
            // small, so the figures are the trainer's (fresh ids would be
            // refused all the same).
            let events: Vec<Value> = (0..250)
                .map(|_| event(json!({"kind": "next_person"})))
                .collect();
            let body = serde_json::to_vec(&json!({ "events": events })).unwrap();
            while !stop.load(Ordering::Relaxed) {
                let answer = http
                    .post(url.clone())
                    .bearer_auth(flooder.expose())
                    .header("content-type", "application/json")
                    .body(body.clone())
                    .send()
                    .await;
                sent += 250;
                if answer.is_ok_and(|a| a.status() == reqwest::StatusCode::TOO_MANY_REQUESTS) {
                    refused += 250;
                }
            }
            (sent, refused)
        };
        let admin = trainer.admin().to_owned();
        let (_, flood, beats, polls) = tokio::join!(
            stopper,
            flood,
            heartbeats(&trainer, &tokens, stop.clone()),
            room_polls(&trainer, admin, stop.clone())
        );
        (flood, beats, polls)
    });
    let flooded = memory(trainer.pid());
    let code = trainer.code.clone();

    // 2. Every trainee at its limit, then a report exported back to back.
    let port = trainer.address().port();
    drop(trainer);
    fill(dir.path(), per_trainee);
    let start = Instant::now();
    let trainer = Trainer::start_on(dir.path(), port, &[]);
    let started_in = start.elapsed();
    assert_eq!(trainer.code, code, "the same room");
    let started = memory(trainer.pid());
    let mut all = tokens.clone();
    all.push(flooder.clone());
    stop.store(false, Ordering::Relaxed);
    let (reports, beats2, polls2) = runtime.block_on(async {
        let stopper = {
            let stop = stop.clone();
            async move {
                tokio::time::sleep(Duration::from_secs(seconds)).await;
                stop.store(true, Ordering::Relaxed);
            }
        };
        let export = async {
            let url = trainer.url.join("v1/report.csv").unwrap();
            let mut reports = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let start = Instant::now();
                let answer = http
                    .get(url.clone())
                    .bearer_auth(trainer.admin())
                    .send()
                    .await
                    .unwrap();
                let bytes = answer.bytes().await.unwrap().len();
                reports.push((start.elapsed(), bytes));
            }
            reports
        };
        let admin = trainer.admin().to_owned();
        let (_, reports, beats, polls) = tokio::join!(
            stopper,
            export,
            heartbeats(&trainer, &all, stop.clone()),
            room_polls(&trainer, admin, stop.clone())
        );
        (reports, beats, polls)
    });
    let exported = memory(trainer.pid());
    if !bench {
        assert!(!beats.is_empty() && !reports.is_empty(), "smoke");
        return;
    }
    let (sent, refused) = flood;
    println!(
        "the room under abuse: the trainer process on loopback, 60 trainees (its default cap)"
    );
    println!(
        "1. one token floods for {seconds} s: {sent} events sent in batches of 250, {refused} refused (429)"
    );
    line("heartbeats of 59 others", beats);
    line("GET /v1/room every 100 ms", polls);
    println!(
        "  trainer memory: {:.1} MiB before, {:.1} MiB after (peak {:.1} MiB)",
        before.0, flooded.0, flooded.1
    );
    println!(
        "2. 60 trainees at their limit ({per_trainee} events each, {} in all): trainer started in {:.2} s, {:.1} MiB",
        60 * per_trainee,
        started_in.as_secs_f64(),
        started.0
    );
    let (report_times, sizes): (Vec<Duration>, Vec<usize>) = reports.into_iter().unzip();
    println!(
        "  report.csv exported {} times back to back for {seconds} s ({:.1} MB each)",
        report_times.len(),
        sizes.first().copied().unwrap_or(0) as f64 / 1e6
    );
    line("report.csv", report_times);
    line("heartbeats of 60 meanwhile", beats2);
    line("GET /v1/room meanwhile", polls2);
    println!(
        "  trainer memory after: {:.1} MiB (peak {:.1} MiB)",
        exported.0, exported.1
    );
}
