//! The baseline `scripts/bench` measures the assistant against: a bare iced
//! window built with the assistant's own iced (same features: tiny-skia,
//! x11, wayland, tokio, fira-sans, …), the same window size, showing one
//! line of text in the same default font, regular and bold. Whatever the
//! assistant uses beyond this is its own.
//!
//! `cargo run --release --example bare_window`

use iced::widget::{column, text};
use iced::{Element, Font, font};

fn view(_: &()) -> Element<'_, ()> {
    let bold = Font {
        weight: font::Weight::Bold,
        ..Font::DEFAULT
    };
    column![
        text("Tweestapsverificatie activeren").size(28).font(bold),
        text("Two-step verification").size(16),
    ]
    .padding(24)
    .spacing(12)
    .into()
}

fn main() -> iced::Result {
    iced::application(|| (), |_: &mut (), _: ()| {}, view)
        .title(|_: &()| "bare iced window".to_owned())
        .window_size((1180.0, 800.0))
        .centered()
        .run()
}
