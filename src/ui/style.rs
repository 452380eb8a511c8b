//! The assistant's colours and widget styles, in one place.

use iced::widget::{button as btn, container};
use iced::{Background, Border, Color, Shadow, Theme, color};

use super::Kind;

/// Accent: buttons, the current step, focus rings.
pub const ACCENT: Color = color!(0x0b5cad);
/// Background of label chips.
pub const CHIP: Color = color!(0xdce8f7);
/// Success text and borders (with a ✔, never colour alone).
pub const SUCCESS: Color = color!(0x1b6e31);
/// Error text and borders (with a "!", never colour alone).
pub const ERROR: Color = color!(0xb3261e);
/// Neutral information.
pub const INFO: Color = color!(0x44474f);
/// Muted text.
pub const MUTED: Color = color!(0x5b5f66);
/// The training badge.
pub const TRAINING: Color = color!(0x8a4b00);
/// Focus ring.
pub const FOCUS: Color = color!(0xd97706);

/// A feedback box: tinted background, coloured left edge.
pub fn feedback_box(colour: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color { a: 0.08, ..colour })),
        border: Border {
            color: colour,
            width: 1.5,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// A card: the panels beside the instructions.
pub fn card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.background.weak.color)),
        border: Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 10.0.into(),
        },
        ..container::Style::default()
    }
}

/// Buttons: primary filled, secondary outlined; a thick ring when focused.
pub fn button(theme: &Theme, status: btn::Status, kind: Kind, focused: bool) -> btn::Style {
    let base = match kind {
        Kind::Primary => btn::primary(theme, status),
        Kind::Secondary => btn::secondary(theme, status),
    };
    let base = match (kind, status) {
        (Kind::Primary, btn::Status::Active) => btn::Style {
            background: Some(Background::Color(ACCENT)),
            text_color: Color::WHITE,
            ..base
        },
        _ => base,
    };
    btn::Style {
        border: if focused {
            Border {
                color: FOCUS,
                width: 3.0,
                radius: 6.0.into(),
            }
        } else {
            Border {
                radius: 6.0.into(),
                ..base.border
            }
        },
        shadow: Shadow::default(),
        ..base
    }
}
