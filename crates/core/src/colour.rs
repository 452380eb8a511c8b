//! The organisation's colour: an sRGB colour as the config writes it, the
//! WCAG contrast formula, and an accent that is checked for contrast before
//! it is used. The logo, drawn with tiny-skia, is the app's (`brand`).

/// An sRGB colour, written `#RRGGBB` in the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb {
    /// Red, 0 to 255.
    pub r: u8,
    /// Green, 0 to 255.
    pub g: u8,
    /// Blue, 0 to 255.
    pub b: u8,
}

impl Rgb {
    /// White: the text on primary buttons.
    pub const WHITE: Rgb = Rgb::new(0xff, 0xff, 0xff);

    /// A colour from its three channels.
    pub const fn new(r: u8, g: u8, b: u8) -> Rgb {
        Rgb { r, g, b }
    }

    /// Reads `#RRGGBB` (either case); `None` for anything else.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb::new(channel(0)?, channel(2)?, channel(4)?))
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f32 {
        let linear = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// This colour moved `t` (0 to 1) of the way towards `other`.
    pub fn mix(self, other: Rgb, t: f32) -> Rgb {
        let m = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Rgb::new(m(self.r, other.r), m(self.g, other.g), m(self.b, other.b))
    }
}

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// The WCAG 2 contrast ratio of two colours, 1 to 21. The same formula as
/// the palette test in `ui::style`, kept here so this module needs no UI.
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The least contrast text may have (WCAG 2, level AA, normal text).
pub const MIN_CONTRAST: f32 = 4.5;
/// The background text sits on in the light appearance (`ui::style::LIGHT`).
pub const LIGHT_BACKGROUND: Rgb = Rgb::new(0xff, 0xff, 0xff);
/// The background text sits on in the dark appearance (`ui::style::DARK`).
pub const DARK_BACKGROUND: Rgb = Rgb::new(0x16, 0x18, 0x1c);

/// The organisation's accent, checked: white text on it and the colour as
/// text on the light background both reach 4.5:1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    colour: Rgb,
    on_dark: Rgb,
}

/// Why an accent colour is not used: its contrast falls short.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[error("accent {colour}: contrast {ratio:.2}:1 with white, at least 4.5:1 needed")]
pub struct AccentTooPale {
    /// The colour as configured.
    pub colour: Rgb,
    /// The lower of its two contrasts (white text on it; it on the light
    /// background).
    pub ratio: f32,
}

impl Accent {
    /// Checks `colour`; no colour can be text on both the light and the dark
    /// background at 4.5:1, so dark surroundings get a lighter shade of it.
    pub fn new(colour: Rgb) -> Result<Accent, AccentTooPale> {
        let ratio = contrast(Rgb::WHITE, colour).min(contrast(colour, LIGHT_BACKGROUND));
        if ratio < MIN_CONTRAST {
            return Err(AccentTooPale { colour, ratio });
        }
        // Towards white in small steps until it reads on the dark
        // background; white itself always does (17:1), so this ends.
        let on_dark = (0..=64)
            .map(|step| colour.mix(Rgb::WHITE, step as f32 / 64.0))
            .find(|c| contrast(*c, DARK_BACKGROUND) >= MIN_CONTRAST)
            .unwrap_or(Rgb::WHITE);
        Ok(Accent { colour, on_dark })
    }

    /// The fill of primary buttons and ringed controls (white text on it),
    /// in every appearance but high contrast.
    pub fn fill(self) -> Rgb {
        self.colour
    }

    /// Links and the current step on the light background.
    pub fn text_on_light(self) -> Rgb {
        self.colour
    }

    /// Links and the current step on the dark background: the accent
    /// lightened just enough to reach 4.5:1.
    pub fn text_on_dark(self) -> Rgb {
        self.on_dark
    }
}
