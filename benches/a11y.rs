//! What the screen reader's tree costs per update (issue 22): describing
//! the window (its view built with the widgets noting themselves), turning
//! that into AccessKit nodes, and finding what changed since the last tree
//! sent, on each screen of the training walk (the largest trees: the scan
//! screen with its key, the approval with the practice phone). Paid only
//! while a screen reader listens; with none, the app builds nothing.
//!
//! `cargo bench --bench a11y` prints medians and maxima per screen and the
//! largest. Under `cargo test` it runs each measurement once and prints
//! nothing.

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/timing.rs"]
mod timing;

use timing::{measure, ms};

use common::Harness;
use mfa_assistant::a11y::tree::Sent;
use mfa_assistant::i18n::Lang;

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let runs = if bench { 500 } else { 1 };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut rows = Vec::new();
    runtime.block_on(async {
        let mut h = Harness::seeded(Lang::Nl, 2026);
        common::walk::every_screen(&mut h, |h, name| {
            let mut sent = Sent::default();
            sent.full(h.app.describe().nodes());
            let nodes = h.app.describe().nodes().nodes.len();
            // One update: describe, nodes, and what changed (nothing).
            let (update, update_max) = measure(runs, || {
                std::hint::black_box(sent.changes(h.app.describe().nodes()));
            });
            let (full, _) = measure(runs, || {
                std::hint::black_box(Sent::default().full(h.app.describe().nodes()));
            });
            rows.push((name.to_owned(), nodes, update, update_max, full));
        })
        .await;
    });
    assert_eq!(rows.len(), common::walk::SCREENS.len());
    if bench {
        println!(
            "{:<20} {:>6} {:>10} {:>10} {:>10}",
            "screen (nl)", "nodes", "update ms", "max ms", "full ms"
        );
        for (name, nodes, update, max, full) in &rows {
            println!(
                "{name:<20} {nodes:>6} {:>10} {:>10} {:>10}",
                ms(*update),
                ms(*max),
                ms(*full)
            );
        }
        let largest = rows.iter().max_by_key(|r| r.1).unwrap();
        println!(
            "largest tree: {} ({} nodes), {} ms per update (goal < 0.2 ms)",
            largest.0,
            largest.1,
            ms(largest.2)
        );
    }
}
