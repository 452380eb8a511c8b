//! The assistant's colours and widget styles, in one place.

use iced::widget::{button as btn, container};
use iced::{Background, Border, Color, Shadow, Theme, color};

use super::Kind;
use crate::brand::{Accent, Rgb};

/// Accent: primary buttons and ringed controls (white text on it).
pub const ACCENT: Color = color!(0x0b5cad);
/// Background of label chips; their text is [`CHIP_TEXT`] in every theme.
pub const CHIP: Color = color!(0xdce8f7);
/// Text on label chips.
pub const CHIP_TEXT: Color = color!(0x0b2545);
/// The drawings' "press this" ring, as in the paper guide's screenshots.
/// Never the assistant's own keyboard focus, which is [`focus_ring`].
pub const PRESS_HERE: Color = color!(0xd97706);

/// The colours of one appearance. Text colours are checked against the
/// background (and the tinted feedback boxes) for WCAG contrast ≥ 4.5:1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// The window.
    pub background: Color,
    /// Body text.
    pub text: Color,
    /// Secondary text (hints, the stepper's later steps).
    pub muted: Color,
    /// The current step and links.
    pub accent_text: Color,
    /// Success text and borders (with a ✔, never colour alone).
    pub success: Color,
    /// Error text and borders (with a "!", never colour alone).
    pub error: Color,
    /// Neutral information.
    pub info: Color,
    /// The training badge.
    pub training: Color,
    /// Secondary buttons.
    pub secondary: Color,
    /// Text on secondary buttons.
    pub on_secondary: Color,
    /// The screen of the drawn phones.
    pub phone_screen: Color,
    /// Cards and bubbles on the drawn phones.
    pub phone_card: Color,
}

/// The default appearance.
pub const LIGHT: Palette = Palette {
    background: color!(0xffffff),
    text: color!(0x1a1c1e),
    muted: color!(0x5b5f66),
    accent_text: color!(0x0b5cad),
    success: color!(0x1b6e31),
    error: color!(0xb3261e),
    info: color!(0x44474f),
    training: color!(0x8a4b00),
    secondary: color!(0xe3e6ea),
    on_secondary: color!(0x1a1c1e),
    phone_screen: color!(0xf6f7f9),
    phone_card: color!(0xe4e9f2),
};

/// Dark surroundings.
pub const DARK: Palette = Palette {
    background: color!(0x16181c),
    text: color!(0xe8eaed),
    muted: color!(0xa8adb5),
    accent_text: color!(0x8ab4f8),
    success: color!(0x81c995),
    error: color!(0xf28b82),
    info: color!(0xc4c7cc),
    training: color!(0xfdb863),
    secondary: color!(0x3a3f47),
    on_secondary: color!(0xe8eaed),
    phone_screen: color!(0x202124),
    phone_card: color!(0x2d3139),
};

/// Maximum contrast: white and yellow on black.
pub const HIGH_CONTRAST: Palette = Palette {
    background: color!(0x000000),
    text: color!(0xffffff),
    muted: color!(0xffffff),
    accent_text: color!(0xffd60a),
    success: color!(0x8dff8a),
    error: color!(0xff8a80),
    info: color!(0xffffff),
    training: color!(0xffd60a),
    secondary: color!(0x1f1f1f),
    on_secondary: color!(0xffffff),
    phone_screen: color!(0x000000),
    phone_card: color!(0x1f1f1f),
};

pub use crate::appearance::Appearance;

/// What an appearance (a setting, in the core) looks like in iced.
pub trait Looks {
    /// Its colours.
    fn palette(self) -> &'static Palette;
    /// The iced theme built from the palette.
    fn theme(self) -> Theme;
    /// The iced theme with the organisation's accent colour, if any.
    fn theme_with(self, accent: Option<Accent>) -> Theme;
}

impl Looks for Appearance {
    fn palette(self) -> &'static Palette {
        match self {
            Appearance::Light => &LIGHT,
            Appearance::Dark => &DARK,
            Appearance::HighContrast => &HIGH_CONTRAST,
        }
    }

    fn theme(self) -> Theme {
        self.theme_with(None)
    }

    /// The iced theme with the organisation's accent colour, if any (high
    /// contrast keeps its own colours). The accent rides in the theme's
    /// primary colour, so every style finds it there ([`accent`]).
    fn theme_with(self, accent: Option<Accent>) -> Theme {
        let p = palette_of(self, accent);
        let name = match self {
            Appearance::Light => "mfa-light",
            Appearance::Dark => "mfa-dark",
            Appearance::HighContrast => "mfa-high-contrast",
        };
        Theme::custom(
            name,
            iced::theme::Palette {
                background: p.background,
                text: p.text,
                primary: fill_of(self, accent),
                success: p.success,
                warning: p.training,
                danger: p.error,
            },
        )
    }
}

fn colour(rgb: Rgb) -> Color {
    Color::from_rgb8(rgb.r, rgb.g, rgb.b)
}

fn rgb(colour: Color) -> Rgb {
    let channel = |c: f32| (c * 255.0).round().clamp(0.0, 255.0) as u8;
    Rgb::new(channel(colour.r), channel(colour.g), channel(colour.b))
}

/// The fill of primary buttons and ringed controls.
fn fill_of(appearance: Appearance, accent: Option<Accent>) -> Color {
    match (appearance, accent) {
        (Appearance::HighContrast, _) | (_, None) => ACCENT,
        (_, Some(accent)) => colour(accent.fill()),
    }
}

/// An appearance's colours with the organisation's accent (checked for
/// contrast by [`Accent::new`]) for links and the current step.
pub fn palette_of(appearance: Appearance, accent: Option<Accent>) -> Palette {
    let mut p = *appearance.palette();
    match (appearance, accent) {
        (Appearance::Light, Some(accent)) => p.accent_text = colour(accent.text_on_light()),
        (Appearance::Dark, Some(accent)) => p.accent_text = colour(accent.text_on_dark()),
        _ => {}
    }
    p
}

/// The palette a theme was built from (light for any other theme), with
/// the accent the theme carries.
pub fn palette(theme: &Theme) -> Palette {
    let background = theme.palette().background;
    let appearance = Appearance::ALL
        .into_iter()
        .find(|a| a.palette().background == background)
        .unwrap_or(Appearance::Light);
    let primary = theme.palette().primary;
    let accent = (primary != ACCENT).then(|| accent_of(primary)).flatten();
    palette_of(appearance, accent)
}

/// The organisation's accent behind a theme's primary colour. Every
/// widget's style asks on every frame, so the last answer is kept: the
/// shade for dark surroundings is searched once per colour, not per widget.
fn accent_of(primary: Color) -> Option<Accent> {
    thread_local! {
        static LAST: std::cell::Cell<Option<(Color, Option<Accent>)>> =
            const { std::cell::Cell::new(None) };
    }
    LAST.with(|last| match last.get() {
        Some((colour, accent)) if colour == primary => accent,
        _ => {
            let accent = Accent::new(rgb(primary)).ok();
            last.set(Some((primary, accent)));
            accent
        }
    })
}

/// The fill of primary buttons and ringed controls in this theme: the
/// organisation's accent, or the assistant's own blue.
pub fn accent(theme: &Theme) -> Color {
    theme.palette().primary
}

/// QR codes are black on white in every theme: phone cameras read
/// inverted codes badly.
pub fn qr(_theme: &Theme) -> iced::widget::qr_code::Style {
    iced::widget::qr_code::Style {
        cell: Color::BLACK,
        background: Color::WHITE,
    }
}

/// A card or bubble on a drawn phone.
pub fn phone_card(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(palette(theme).phone_card)),
        border: Border {
            radius: 12.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

/// Secondary text in the current theme.
pub fn muted(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(palette(theme).muted),
    }
}

/// How much of the tone's colour tints a feedback box.
pub const TINT: f32 = 0.08;

/// A feedback box: tinted background, coloured border.
pub fn feedback_box(colour: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color { a: TINT, ..colour })),
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

/// The assistant's keyboard focus (and the button Enter presses): a ring
/// in the text's colour, a gap away from the control, so it is neither the
/// drawings' orange [`PRESS_HERE`] ring nor a button's own edge. Off, it
/// keeps its place, so nothing moves when focus does.
pub fn focus_ring(theme: &Theme, on: bool) -> container::Style {
    container::Style {
        border: Border {
            color: if on {
                palette(theme).text
            } else {
                Color::TRANSPARENT
            },
            width: 2.5,
            radius: 9.0.into(),
        },
        ..container::Style::default()
    }
}

/// Buttons: primary filled, secondary outlined (their focus is
/// [`focus_ring`] around them).
pub fn button(theme: &Theme, status: btn::Status, kind: Kind) -> btn::Style {
    let base = match kind {
        Kind::Primary => btn::primary(theme, status),
        Kind::Secondary => btn::secondary(theme, status),
    };
    let p = palette(theme);
    let base = match (kind, status) {
        (Kind::Primary, btn::Status::Active) => btn::Style {
            background: Some(Background::Color(accent(theme))),
            text_color: Color::WHITE,
            ..base
        },
        (Kind::Secondary, btn::Status::Active | btn::Status::Pressed) => btn::Style {
            background: Some(Background::Color(p.secondary)),
            text_color: p.on_secondary,
            border: Border {
                color: p.muted,
                width: 1.0,
                ..base.border
            },
            ..base
        },
        (Kind::Secondary, btn::Status::Hovered) => btn::Style {
            background: Some(Background::Color(Color {
                a: 0.85,
                ..p.secondary
            })),
            text_color: p.on_secondary,
            border: Border {
                color: p.text,
                width: 1.0,
                ..base.border
            },
            ..base
        },
        _ => base,
    };
    btn::Style {
        border: Border {
            radius: 6.0.into(),
            ..base.border
        },
        shadow: Shadow::default(),
        ..base
    }
}

#[cfg(test)]
#[path = "style_tests.rs"]
mod tests;
