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
/// Focus ring.
pub const FOCUS: Color = color!(0xd97706);

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

/// Buttons: primary filled, secondary outlined; a thick ring when focused.
pub fn button(theme: &Theme, status: btn::Status, kind: Kind, focused: bool) -> btn::Style {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance.
    fn luminance(c: Color) -> f32 {
        let channel = |v: f32| {
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }

    fn contrast(a: Color, b: Color) -> f32 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// `top` at opacity `alpha` over `bottom`.
    fn over(top: Color, alpha: f32, bottom: Color) -> Color {
        Color::from_rgb(
            top.r * alpha + bottom.r * (1.0 - alpha),
            top.g * alpha + bottom.g * (1.0 - alpha),
            top.b * alpha + bottom.b * (1.0 - alpha),
        )
    }

    #[test]
    fn wcag_contrast_of_every_text_pair_is_at_least_4_5() {
        let mut failures = Vec::new();
        let mut check = |what: String, fg: Color, bg: Color| {
            let ratio = contrast(fg, bg);
            if ratio < 4.5 {
                failures.push(format!("{what}: {ratio:.2}"));
            }
        };
        for appearance in Appearance::ALL {
            let p = appearance.palette();
            let bg = p.background;
            for (name, fg) in [
                ("text", p.text),
                ("muted", p.muted),
                ("accent text", p.accent_text),
                ("success", p.success),
                ("error", p.error),
                ("info", p.info),
                ("training", p.training),
            ] {
                check(format!("{appearance:?} {name} on background"), fg, bg);
            }
            // Feedback boxes: the tone's sign and the body text on the tint.
            for (name, tone) in [
                ("success", p.success),
                ("error", p.error),
                ("info", p.info),
                ("training", p.training),
            ] {
                let tinted = over(tone, TINT, bg);
                check(
                    format!("{appearance:?} {name} sign on its box"),
                    tone,
                    tinted,
                );
                check(
                    format!("{appearance:?} text in the {name} box"),
                    p.text,
                    tinted,
                );
            }
        }
        // Same in every theme: chips, and white on the accent (buttons and
        // ringed controls in the pictures).
        for appearance in Appearance::ALL {
            let p = appearance.palette();
            check(
                format!("{appearance:?} secondary button text"),
                p.on_secondary,
                p.secondary,
            );
            for (name, bg) in [
                ("phone screen", p.phone_screen),
                ("phone card", p.phone_card),
            ] {
                check(format!("{appearance:?} text on the {name}"), p.text, bg);
                check(format!("{appearance:?} muted on the {name}"), p.muted, bg);
            }
        }
        check("chip text on chip".into(), CHIP_TEXT, CHIP);
        check("white on accent".into(), Color::WHITE, ACCENT);
        assert!(failures.is_empty(), "below 4.5:1: {failures:#?}");
    }

    #[test]
    fn the_contrast_formula_matches_known_values() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(color!(0x777777), Color::WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn themes_map_back_to_their_palettes() {
        for a in Appearance::ALL {
            assert_eq!(palette(&a.theme()), *a.palette());
        }
        assert_eq!(Appearance::HighContrast.next(), Appearance::Light);
    }
}
