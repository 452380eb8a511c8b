//! A room of 200 trainees against the real trainer: the `trainer` command
//! runs as its own process (so its memory is its own), and 200 trainee
//! clients in this process send events over loopback HTTP. Printed:
//! - at a classroom's pace (each trainee an event every 2 s, 100 events/s
//!   in all), the latency from `Trainee::send` to the event being visible in
//!   the room (`GET /v1/room`, polled back to back: its time is the
//!   resolution), p50 / p99 / max;
//! - a burst (every trainee sends 50 events at once): events per second
//!   until the room shows them all;
//! - the trainer's resident and peak memory and CPU time.
//!
//! `cargo bench --bench room` (or `scripts/bench-room`) prints the figures.
//! Under `cargo test` it runs with 5 trainees as a smoke test and prints
//! nothing. Figures are never asserted: machines are noisy.

use std::collections::HashMap;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mfa_assistant::room::client::{Link, Options, Timing, Trainee};
use mfa_assistant::room::{EventKind, RoomCode, Step, TraineeId};
use serde::Deserialize;
use url::Url;

#[derive(Deserialize)]
struct Room {
    trainees: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    id: TraineeId,
    events: u64,
}

struct Trainer {
    child: Child,
    url: Url,
    code: RoomCode,
    admin: String,
}

impl Trainer {
    fn start(dir: &std::path::Path) -> Trainer {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mfa-assistant"))
            .args([
                "--config",
                "/nonexistent/config.toml",
                "trainer",
                "--headless",
                // 200 trainees: more than a room's default 60.
                "--max-trainees",
                "200",
            ])
            .args(["--listen", "127.0.0.1:0", "--data-dir"])
            .arg(dir)
            .stdout(Stdio::piped())
            .spawn()
            .expect("the trainer starts");
        let stdout = child.stdout.take().unwrap();
        let lines: Vec<String> = std::io::BufReader::new(stdout)
            .lines()
            .take(3)
            .map(Result::unwrap)
            .collect();
        let after = |i: usize, key: &str| lines[i].strip_prefix(key).unwrap().to_owned();
        Trainer {
            child,
            url: Url::parse(&after(0, "join: ")).unwrap(),
            code: RoomCode::parse(&after(1, "code: ")).unwrap(),
            admin: after(2, "admin-token: "),
        }
    }

    /// (resident, peak) in MiB and CPU seconds used so far.
    fn usage(&self) -> (f64, f64, f64) {
        let pid = self.child.id();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let kb = |key: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
                .unwrap_or(f64::NAN)
        };
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let fields: Vec<&str> = stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect();
        let ticks: f64 = fields.get(11).and_then(|u| u.parse().ok()).unwrap_or(0.0)
            + fields.get(12).and_then(|s| s.parse().ok()).unwrap_or(0.0);
        (kb("VmRSS:") / 1024.0, kb("VmHWM:") / 1024.0, ticks / 100.0)
    }
}

impl Drop for Trainer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// When each trainee's events were sent, in order.
type Sent = Arc<Mutex<HashMap<TraineeId, Vec<Instant>>>>;

/// Polls the room back to back until `expected` more of the events in
/// `sent` are visible (`seen`: how many of each trainee's were before);
/// returns each event's latency and the polls made.
async fn watch(
    trainer: &Trainer,
    sent: Sent,
    seen: &mut HashMap<TraineeId, usize>,
    expected: u64,
) -> (Vec<Duration>, u32) {
    let http = reqwest::Client::new();
    let room_url = trainer.url.join("v1/room").unwrap();
    let mut latencies = Vec::new();
    let mut polls = 0;
    let deadline = Instant::now() + Duration::from_secs(300);
    while (latencies.len() as u64) < expected && Instant::now() < deadline {
        let room: Room = http
            .get(room_url.clone())
            .bearer_auth(&trainer.admin)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let now = Instant::now();
        polls += 1;
        let sent = sent.lock().unwrap();
        for row in room.trainees {
            let Some(times) = sent.get(&row.id) else {
                continue;
            };
            let visible = (row.events as usize).min(times.len());
            let before = seen.entry(row.id).or_default();
            for t in &times[*before..visible] {
                latencies.push(now - *t);
            }
            *before = (*before).max(visible);
        }
    }
    (latencies, polls)
}

fn percentile(sorted: &[Duration], p: usize) -> f64 {
    let i = (sorted.len() * p / 100).min(sorted.len().saturating_sub(1));
    sorted.get(i).map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let (trainees, pace_secs, burst) = if bench { (200, 20, 50) } else { (5, 2, 5) };
    let dir = tempfile::tempdir().unwrap();
    let trainer = Trainer::start(dir.path());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let idle = trainer.usage();
    let report = runtime.block_on(async {
        let mut room = Vec::new();
        for _ in 0..trainees {
            room.push(Trainee::start(Options {
                address: trainer.url.clone(),
                code: trainer.code.clone(),
                training: true,
                text_messages: true,
                timing: Timing::DEFAULT,
            }));
        }
        let mut ids = Vec::new();
        for trainee in &room {
            let mut link = trainee.link();
            let link = link
                .wait_for(|l| matches!(l, Link::Joined { .. }))
                .await
                .unwrap();
            let Link::Joined { trainee } = *link else {
                unreachable!()
            };
            ids.push(trainee);
        }
        let joined = trainer.usage();
        let sent: Sent = Arc::default();

        // A classroom's pace: one event every 2 s from each trainee, spread out.
        let per_trainee = pace_secs / 2;
        let expected = (trainees * per_trainee) as u64;
        let mut seen = HashMap::new();
        let watcher = watch(&trainer, sent.clone(), &mut seen, expected);
        let senders = room.iter().zip(&ids).enumerate().map(|(i, (t, id))| {
            let (t, id, sent) = (t.clone(), *id, sent.clone());
            async move {
                let offset = Duration::from_millis((i * 2000 / trainees) as u64);
                tokio::time::sleep(offset).await;
                for k in 0..per_trainee {
                    let step = Step::ALL[k % Step::ALL.len()];
                    sent.lock()
                        .unwrap()
                        .entry(id)
                        .or_default()
                        .push(Instant::now());
                    t.send(EventKind::StepEntered { step });
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
            }
        });
        let ((mut latencies, polls), _) = tokio::join!(watcher, futures::future::join_all(senders));
        latencies.sort();
        let paced = trainer.usage();

        // A burst: every trainee sends `burst` events at once.
        let start = Instant::now();
        for (t, id) in room.iter().zip(&ids) {
            for k in 0..burst {
                sent.lock()
                    .unwrap()
                    .entry(*id)
                    .or_default()
                    .push(Instant::now());
                t.send(EventKind::StepEntered {
                    step: Step::ALL[k % Step::ALL.len()],
                });
            }
        }
        let all = (trainees * burst) as u64;
        let (burst_latencies, _) = watch(&trainer, sent.clone(), &mut seen, all).await;
        let burst_time = start.elapsed();
        let after = trainer.usage();
        (
            latencies,
            polls,
            burst_latencies.len(),
            burst_time,
            [idle, joined, paced, after],
        )
    });
    let (latencies, polls, burst_events, burst_time, usage) = report;
    if !bench {
        assert_eq!(burst_events, trainees * burst, "smoke: every event seen");
        return;
    }
    let [idle, joined, paced, after] = usage;
    println!("trainer mode: the trainer process and {trainees} trainee clients on loopback");
    println!(
        "at a classroom's pace ({} events/s for {pace_secs} s): {} events, {polls} polls of GET /v1/room ({:.1} ms each)",
        trainees / 2,
        latencies.len(),
        pace_secs as f64 * 1000.0 / f64::from(polls.max(1))
    );
    println!(
        "  send to visible in the room: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 50),
        percentile(&latencies, 99),
        percentile(&latencies, 100)
    );
    println!(
        "burst: {burst_events} events ({burst} per trainee at once) visible in {:.2} s: {:.0} events/s",
        burst_time.as_secs_f64(),
        burst_events as f64 / burst_time.as_secs_f64()
    );
    println!("trainer memory (resident / peak) and CPU time used (mostly answering the polls):");
    for (label, (rss, hwm, cpu)) in [
        ("started, empty room", idle),
        ("all trainees joined", joined),
        ("after the paced part", paced),
        ("after the burst", after),
    ] {
        println!("  {label:<24} {rss:>6.1} MiB / {hwm:>6.1} MiB   CPU {cpu:>6.2} s");
    }
}
