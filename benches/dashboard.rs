//! What the trainer's window costs with a full room: the room's snapshot
//! (taken on every change, at most five times a second, and each second),
//! building the view, and a full frame laid out and rendered with
//! tiny-skia (first paint, resize, language switch; iced's simulator renders
//! at scale 2, so a 1920×1080 window is 3840×2160 px), for 20 and for 200
//! trainees. The room is built by the room model from events, as the
//! trainer builds it. Also what a screen reader costs while one listens: the
//! accessibility tree built and compared with the one sent before, on a
//! tick (every row's time moved on).
//!
//! `cargo bench --bench dashboard` prints medians and maxima. Under
//! `cargo test` it runs each measurement once, as a smoke test, and prints
//! no figures.

#[path = "support/timing.rs"]
mod timing;

use std::sync::Arc;
use timing::{measure, ms};

use iced_test::Simulator;
use mfa_assistant::a11y::tree::Sent;
use mfa_assistant::appearance::Appearance;
use mfa_assistant::dashboard::{Dashboard, Message, Still};
use mfa_assistant::i18n::Lang;
use mfa_assistant::room::model::Model;
use mfa_assistant::room::{DisplayName, EventKind, Refusal, RoomCode, Step, TraineeId};

const NOW: u64 = 1_800_001_500;

/// `n` trainees spread over the steps, some refused, some with a hand up.
fn room(n: usize) -> Model {
    let mut m = Model::new(RoomCode::parse("042137").unwrap());
    for i in 0..n {
        let id = TraineeId(i as i64 + 1);
        let reached = (i * 7) % Step::ALL.len();
        let mut at = NOW - 900 + (i as u64 % 60);
        m.join(id, true, at);
        for step in &Step::ALL[..reached] {
            at += 20 + (i as u64 * 13) % 70;
            if *step == Step::SignIn {
                let name = DisplayName::new(&format!("Person {}", i % 997)).unwrap();
                m.apply(id, at, &EventKind::Named { name });
            }
            m.apply(id, at, &EventKind::StepPassed { step: *step });
            let next = Step::ALL[step.index() + 1];
            m.apply(id, at, &EventKind::StepEntered { step: next });
        }
        if i % 5 == 0 {
            let step = Step::ALL[reached];
            let reason = Refusal::ALL[i % Refusal::ALL.len()];
            m.apply(id, at + 5, &EventKind::Refused { step, reason });
        }
        if i % 9 == 0 {
            m.apply(id, at + 6, &EventKind::Hand { raised: true });
        }
        m.seen(id, NOW - (i as u64 % 4) * 30);
    }
    m
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let (quick, slow) = if bench { (200, 10) } else { (1, 1) };
    let mut rows = Vec::new();
    let mut trees = Vec::new();
    for n in [20, 200] {
        let model = room(n);
        let (snap, snap_max) = measure(quick, || {
            std::hint::black_box(model.snapshot(NOW));
        });
        let still = Arc::new(Still::new("http://192.168.1.20:7641", model.snapshot(NOW)));
        let later = Arc::new(Still::new(
            "http://192.168.1.20:7641",
            model.snapshot(NOW + 1),
        ));
        let ticks = [still.clone(), later]
            .map(|room| Dashboard::new(room, Lang::Nl, Appearance::Light, Some("/tmp".into())));
        let mut sent = Sent::default();
        let _ = sent.full(ticks[0].describe());
        let mut tick = 0;
        let (tree, tree_max) = measure(quick, || {
            tick += 1;
            let update = sent.changes(ticks[tick % 2].describe());
            assert!(std::hint::black_box(update).is_some());
        });
        trees.push(format!("{n:>4} {:>9} {:>9}", ms(tree), ms(tree_max)));
        for (size, label) in [
            (iced::Size::new(1920.0, 1080.0), "1920×1080"),
            (iced::Size::new(1600.0, 960.0), "1600×960"),
        ] {
            let mut d = Dashboard::new(still.clone(), Lang::Nl, Appearance::Light, None);
            let _ = d.update(Message::Resized(size));
            let (view, view_max) = measure(quick, || {
                std::hint::black_box(d.view());
            });
            let (paint, paint_max) = measure(slow, || {
                let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), size, d.view());
                std::hint::black_box(ui.snapshot(&d.theme()).expect("render"));
            });
            rows.push(format!(
                "{n:>4} {label:>10} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
                ms(snap),
                ms(snap_max),
                ms(view),
                ms(view_max),
                ms(paint),
                ms(paint_max)
            ));
        }
    }
    if bench {
        println!("trainer's window, ms (median, max): the room's snapshot, the view, a full frame");
        println!(
            "{:>4} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "n", "window", "snapshot", "max", "view", "max", "frame", "max"
        );
        for row in rows {
            println!("{row}");
        }
        println!("the screen reader's tree on a tick, ms (median, max): built and compared");
        println!("{:>4} {:>9} {:>9}", "n", "tree", "max");
        for row in trees {
            println!("{row}");
        }
    }
}
