//! What the crash journal costs: each write is a temporary file, an fsync,
//! a rename and an fsync of the folder, done before a token is created and
//! after it is verified. Prints figures; asserts nothing.
//!
//! `cargo bench --bench journal` (the folder is under `target/`, on the
//! same disk as a home usually is; `JOURNAL_DIR` picks another).

use std::time::{Duration, Instant};

use mfa_assistant::service::journal::{Entry, Journal, Step};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let base = std::env::var_os("JOURNAL_DIR")
        .map(Into::into)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = tempfile::tempdir_in(base).expect("a folder for the journal");
    let journal = Journal::at(dir.path().join("unfinished"));
    let entry = |n: usize| {
        Entry::new(
            "https://mfa.example.org/",
            "staff",
            "jan",
            Step::Scan,
            (0..n).map(|i| format!("TOTP{i:08X}")).collect(),
        )
    };
    let rounds = 200;
    let (mut writes, mut removes, mut reads) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..rounds {
        let e = entry(1 + i % 3);
        let t = Instant::now();
        journal.record(&e).expect("record");
        writes.push(t.elapsed());
        let t = Instant::now();
        let found = journal.unfinished();
        reads.push(t.elapsed());
        assert_eq!(found.entries.len(), 1);
        let t = Instant::now();
        journal
            .remove(&e.server, &e.realm, &e.user)
            .expect("remove");
        removes.push(t.elapsed());
    }
    println!(
        "crash journal, {rounds} rounds in {}:",
        dir.path().display()
    );
    for (name, times) in [
        ("record (write, fsync, rename, fsync dir)", &mut writes),
        ("read at start (one entry)", &mut reads),
        ("remove (unlink, fsync dir)", &mut removes),
    ] {
        times.sort();
        println!(
            "  {name:42} median {:>8.2?}  p95 {:>8.2?}  max {:>8.2?}",
            percentile(times, 0.5),
            percentile(times, 0.95),
            times[times.len() - 1]
        );
    }
}
