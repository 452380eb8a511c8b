//! The organisation's own look: its colour (checked for contrast, in the
//! core's `colour`) and its logo (PNG or SVG) read into RGBA pixels the
//! window can draw.

use std::path::{Path, PathBuf};

use resvg::{tiny_skia, usvg};

pub use mfa_core::colour::*;

/// A logo file larger than this is refused unread (no logo is that big).
pub const MAX_LOGO_BYTES: u64 = 4 * 1024 * 1024;
/// A PNG logo wider or taller than this is refused before it is decoded.
pub const MAX_LOGO_SIDE: u32 = 8192;

/// The organisation's logo as pixels: RGBA, 8 bits a channel, straight
/// (not premultiplied) alpha, row by row; what
/// `iced::widget::image::Handle::from_rgba` takes.
#[derive(Clone, PartialEq, Eq)]
pub struct Logo {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 4` bytes.
    pub rgba: Vec<u8>,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}×{})", self.width, self.height)
    }
}

/// What is wrong with a logo file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoProblem {
    /// There is no such file.
    Missing,
    /// The file may not be read (permissions).
    NotAllowed,
    /// Reading failed otherwise (a folder, an I/O error).
    Unreadable,
    /// Larger than [`MAX_LOGO_BYTES`], or wider or taller than [`MAX_LOGO_SIDE`].
    TooLarge,
    /// Neither PNG nor SVG.
    NotAnImage,
    /// A PNG or SVG that cannot be decoded, or has no size.
    Damaged,
}

/// A logo that cannot be shown; the assistant runs without it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("logo {}: {problem:?}", file.display())]
pub struct LogoError {
    /// The file named in the config.
    pub file: PathBuf,
    /// What is wrong with it.
    pub problem: LogoProblem,
}

impl LogoError {
    /// "The logo … cannot be shown: …. The assistant runs without it."
    pub fn sentence(&self, lang: crate::i18n::Lang) -> String {
        let reason = match self.problem {
            LogoProblem::Missing => crate::t!(lang, "brand-logo-missing"),
            LogoProblem::NotAllowed => crate::t!(lang, "brand-logo-not-allowed"),
            LogoProblem::Unreadable => crate::t!(lang, "brand-logo-read-failed"),
            LogoProblem::TooLarge => crate::t!(lang, "brand-logo-too-large"),
            LogoProblem::NotAnImage => crate::t!(lang, "brand-logo-not-an-image"),
            LogoProblem::Damaged => crate::t!(lang, "brand-logo-damaged"),
        };
        crate::t!(
            lang,
            "brand-logo-unreadable",
            file = self.file.display().to_string(),
            reason = reason
        )
    }
}

impl Logo {
    /// Reads a PNG or SVG (told apart by their content, not the name) and
    /// scales it to fit in `max_width` × `max_height` pixels, keeping its
    /// shape. An SVG is drawn at that size; a PNG is only made smaller.
    pub fn load(path: &Path, max_width: u32, max_height: u32) -> Result<Logo, LogoError> {
        let fail = |problem| LogoError {
            file: path.to_owned(),
            problem,
        };
        let data = read_limited(path).map_err(fail)?;
        let pixmap = if data.starts_with(PNG_SIGNATURE) {
            png_pixmap(&data, max_width, max_height)
        } else {
            svg_pixmap(&data, max_width, max_height)
        }
        .map_err(fail)?;
        Ok(Logo::from_pixmap(&pixmap))
    }

    fn from_pixmap(pixmap: &tiny_skia::Pixmap) -> Logo {
        let rgba = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect();
        Logo {
            width: pixmap.width(),
            height: pixmap.height(),
            rgba,
        }
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

fn read_limited(path: &Path) -> Result<Vec<u8>, LogoProblem> {
    use std::io::{ErrorKind, Read};
    let kind = |e: std::io::Error| match e.kind() {
        ErrorKind::NotFound => LogoProblem::Missing,
        ErrorKind::PermissionDenied => LogoProblem::NotAllowed,
        _ => LogoProblem::Unreadable,
    };
    // A folder: Linux refuses to read it, Windows to open it ("access
    // denied", which would say the assistant may not read it).
    if path.is_dir() {
        return Err(LogoProblem::Unreadable);
    }
    let file = std::fs::File::open(path).map_err(kind)?;
    let mut data = Vec::new();
    // One byte past the limit tells "too large" without reading it all.
    file.take(MAX_LOGO_BYTES + 1)
        .read_to_end(&mut data)
        .map_err(kind)?;
    if data.len() as u64 > MAX_LOGO_BYTES {
        return Err(LogoProblem::TooLarge);
    }
    Ok(data)
}

/// The scale that fits `width` × `height` into the box.
fn fit(width: f32, height: f32, max_width: u32, max_height: u32) -> f32 {
    (max_width as f32 / width).min(max_height as f32 / height)
}

fn png_pixmap(
    data: &[u8],
    max_width: u32,
    max_height: u32,
) -> Result<tiny_skia::Pixmap, LogoProblem> {
    // The size sits in the header (IHDR); checked before decoding so that a
    // small file cannot ask for gigabytes.
    let side = |at: usize| {
        data.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let (width, height) = side(16).zip(side(20)).ok_or(LogoProblem::Damaged)?;
    if width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(LogoProblem::TooLarge);
    }
    let mut pixmap = tiny_skia::Pixmap::decode_png(data).map_err(|_| LogoProblem::Damaged)?;
    // Halve while much too big (a 2×2 average each time), so the last,
    // smooth scaling step never skips pixels.
    while pixmap.width() >= 2 * max_width.max(1) && pixmap.height() >= 2 * max_height.max(1)
        || pixmap.width() >= 4 * max_width.max(1)
        || pixmap.height() >= 4 * max_height.max(1)
    {
        pixmap = halve(&pixmap);
    }
    let scale = fit(
        pixmap.width() as f32,
        pixmap.height() as f32,
        max_width,
        max_height,
    );
    if scale >= 1.0 {
        return Ok(pixmap);
    }
    let mut out = sized(
        pixmap.width() as f32 * scale,
        pixmap.height() as f32 * scale,
    )?;
    out.draw_pixmap(
        0,
        0,
        pixmap.as_ref(),
        &tiny_skia::PixmapPaint {
            quality: tiny_skia::FilterQuality::Bicubic,
            ..tiny_skia::PixmapPaint::default()
        },
        tiny_skia::Transform::from_scale(scale, scale),
        None,
    );
    Ok(out)
}

/// Half the size, each pixel the average of four (premultiplied, so
/// transparent pixels do not darken the edges).
fn halve(pixmap: &tiny_skia::Pixmap) -> tiny_skia::Pixmap {
    let (w, h) = ((pixmap.width() / 2).max(1), (pixmap.height() / 2).max(1));
    let mut out = tiny_skia::Pixmap::new(w, h).expect("half of a valid pixmap is valid");
    let src = pixmap.data();
    let stride = pixmap.width() as usize * 4;
    let (sw, sh) = (pixmap.width() as usize, pixmap.height() as usize);
    let dst = out.data_mut();
    for y in 0..h as usize {
        for x in 0..w as usize {
            for c in 0..4 {
                let at = |dx: usize, dy: usize| {
                    let (sx, sy) = ((2 * x + dx).min(sw - 1), (2 * y + dy).min(sh - 1));
                    u32::from(src[sy * stride + sx * 4 + c])
                };
                let sum = at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1);
                dst[(y * w as usize + x) * 4 + c] = ((sum + 2) / 4) as u8;
            }
        }
    }
    out
}

fn sized(width: f32, height: f32) -> Result<tiny_skia::Pixmap, LogoProblem> {
    tiny_skia::Pixmap::new(
        width.round().max(1.0) as u32,
        height.round().max(1.0) as u32,
    )
    .ok_or(LogoProblem::Damaged)
}

fn svg_pixmap(
    data: &[u8],
    max_width: u32,
    max_height: u32,
) -> Result<tiny_skia::Pixmap, LogoProblem> {
    let tree = usvg::Tree::from_data(data, &usvg::Options::default()).map_err(|e| {
        let looks_like_svg = std::str::from_utf8(data).is_ok_and(|t| t.contains("<svg"));
        match e {
            _ if !looks_like_svg => LogoProblem::NotAnImage,
            usvg::Error::ElementsLimitReached => LogoProblem::TooLarge,
            _ => LogoProblem::Damaged,
        }
    })?;
    let size = tree.size();
    let scale = fit(size.width(), size.height(), max_width, max_height);
    let mut pixmap = sized(size.width() * scale, size.height() * scale)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

#[cfg(test)]
#[path = "brand_tests.rs"]
mod tests;
