//! The baseline `scripts/bench` measures the assistant against: a bare iced
//! window built with the assistant's own iced (same features: tiny-skia,
//! x11, wayland, tokio, fira-sans, …), the same window size, showing one
//! line of text in the same built-in font, regular and bold
//! (`mfa_assistant::ui::settings`). Whatever the assistant uses beyond this
//! is its own.
//!
//! `cargo run --release --example bare_window`

use iced::Element;
use iced::widget::{column, text};
use mfa_assistant::ui;

fn view(_: &()) -> Element<'_, ()> {
    column![
        text("Tweestapsverificatie activeren")
            .size(28)
            .font(ui::BOLD),
        text("Two-step verification").size(16),
    ]
    .padding(24)
    .spacing(12)
    .into()
}

fn main() -> iced::Result {
    iced::application(|| (), |_: &mut (), _: ()| {}, view)
        .settings(ui::settings())
        .title(|_: &()| "bare iced window".to_owned())
        .window_size((1180.0, 800.0))
        .centered()
        .run()
}
