//! How long the phone step takes to open, in a fresh process each time: as
//! the assistant does it (the phone-number metadata loaded in the background
//! from the approval step on: `phone::warm_up()` in
//! `Service::prepare_approval`), and cold (no warm-up: the metadata loads
//! when the step first shows its country list and reads the number). Timed:
//! from the "Next" that leaves the approval step, through typing a number,
//! to the first view of the phone step built.
//!
//! `cargo bench --bench phone_step` prints the medians of several rounds;
//! under `cargo test` it runs one round as a smoke test and prints nothing.

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::Harness;
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::phone;

/// One walk to the phone step in this process; prints the time in ms and
/// whether the warm-up had finished when the step opened.
fn walk(warm: bool) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut start = None;
    let mut took = Duration::ZERO;
    let mut ready = false;
    if !warm {
        phone::skip_warm_up();
    }
    runtime.block_on(async {
        let mut h = Harness::seeded(Lang::Nl, 2026);
        common::walk::every_screen(&mut h, |h, name| match name {
            "approved" => {
                ready = phone::warmed_up();
                start = Some(Instant::now());
            }
            "phone" => {
                std::hint::black_box(h.app.view());
                took = start.expect("approved before phone").elapsed();
            }
            _ => {}
        })
        .await;
    });
    println!("{:.3} {ready}", took.as_secs_f64() * 1000.0);
}

/// Runs a walk in a fresh process: (ms, warm-up finished).
fn fresh(warm: bool) -> (f64, bool) {
    let mode = if warm { "warm" } else { "cold" };
    let out = Command::new(std::env::current_exe().unwrap())
        .arg(format!("--walk={mode}"))
        .output()
        .expect("run the walk");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut words = text.split_whitespace();
    let ms = words.next().and_then(|w| w.parse().ok()).expect("ms");
    (ms, words.next() == Some("true"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(mode) = args.iter().find_map(|a| a.strip_prefix("--walk=")) {
        return walk(mode == "warm");
    }
    let bench = args.iter().any(|a| a == "--bench");
    let rounds = if bench { 7 } else { 1 };
    let (mut cold, mut warm, mut unfinished) = (Vec::new(), Vec::new(), 0);
    for _ in 0..rounds {
        cold.push(fresh(false).0);
        let (ms, ready) = fresh(true);
        unfinished += usize::from(!ready);
        warm.push(ms);
    }
    if bench {
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        println!(
            "phone step, first view after 'Next' on the approval step ({rounds} fresh processes each, median):"
        );
        println!(
            "  cold (metadata loaded on the way in)  {:>8.1} ms",
            median(&mut cold)
        );
        println!(
            "  warmed up from the approval step on   {:>8.1} ms",
            median(&mut warm)
        );
        if unfinished > 0 {
            println!(
                "  (in {unfinished} of {rounds} the warm-up had not finished when the step opened)"
            );
        }
    }
}
