//! What one screen costs to draw: building the view (iced calls `view` after
//! every message, so on each key press and each second of a countdown) and a
//! full frame laid out and rendered with tiny-skia (the worst case: first
//! paint, resize, language or text-size switch; otherwise only the damaged
//! part is redrawn). Each of the walk's screens, in Dutch:
//! - 100 % text in a 1180×800 window on a 2× (HiDPI) screen: 2360×1600 px,
//!   four times the pixels of the same window on an ordinary screen (iced's
//!   simulator renders at scale 2);
//! - 200 % text in a 1180×800 window on an ordinary screen: the app doubles
//!   its scale, so it lays out 590×400 and renders 1180×800 px.
//!
//! `cargo bench --bench screens` prints medians and maxima. Under
//! `cargo test` it runs each measurement once, as a smoke test, and prints
//! no figures.

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/timing.rs"]
mod timing;

use timing::{measure, ms};

use common::{Harness, WINDOW};
use iced_test::Simulator;
use mfa_assistant::app::Message;
use mfa_assistant::i18n::Lang;

fn frame(h: &Harness, logical: iced::Size) {
    let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), logical, h.app.view());
    let snapshot = ui.snapshot(&h.app.theme()).expect("render");
    std::hint::black_box(snapshot);
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let (view_runs, frame_runs) = if bench { (200, 15) } else { (1, 1) };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut rows = Vec::new();
    runtime.block_on(async {
        let mut h = Harness::seeded(Lang::Nl, 2026);
        common::walk::every_screen(&mut h, |h, name| {
            let half = iced::Size::new(WINDOW.width / 2.0, WINDOW.height / 2.0);
            for (label, larger, logical) in [("100%", None, WINDOW), ("200%", Some(true), half)] {
                if let Some(larger) = larger {
                    for _ in 0..4 {
                        h.send(Message::TextSize(larger));
                    }
                }
                let (view, view_max) = measure(view_runs, || {
                    std::hint::black_box(h.app.view());
                });
                let (paint, paint_max) = measure(frame_runs, || frame(h, logical));
                rows.push(format!(
                    "{name:<20} {label:>5} {:>10} {:>10} {:>10} {:>10}",
                    ms(view),
                    ms(view_max),
                    ms(paint),
                    ms(paint_max)
                ));
                if larger.is_some() {
                    for _ in 0..4 {
                        h.send(Message::TextSize(false));
                    }
                }
            }
        })
        .await;
    });
    assert_eq!(rows.len(), 2 * common::walk::SCREENS.len());
    if bench {
        println!(
            "{:<20} {:>5} {:>10} {:>10} {:>10} {:>10}",
            "screen (nl)", "text", "view ms", "view max", "frame ms", "frame max"
        );
        for row in rows {
            println!("{row}");
        }
    }
}
