//! Renders compared with their committed references in `docs/screenshots/`
//! (the assistant's screens in `tests/screenshots.rs`, the trainer's window
//! in `tests/dashboard.rs`): `UPDATE_SCREENSHOTS=1` writes new references
//! instead.

use std::path::{Path, PathBuf};

/// The committed renders.
pub fn reference_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots")
}

pub fn updating() -> bool {
    std::env::var_os("UPDATE_SCREENSHOTS").is_some()
}

/// Where renders go: the references when updating, else `target/`.
pub fn out_dir() -> PathBuf {
    if updating() {
        reference_dir()
    } else {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).expect("target/screenshots");
        dir
    }
}

/// A pixel counts as changed when a channel moved by more than this.
const PIXEL_TOLERANCE: u8 = 48;
/// A render matches when at most this share of its pixels changed: renders
/// repeat exactly (a seeded provider or a still room, embedded font,
/// tiny-skia), so this only absorbs rounding; one changed word is far above
/// it.
const CHANGED_SHARE: f64 = 0.000_02;

/// Compares `fresh` with its reference; `Err` says what changed and where
/// the diff image (changes in red) is.
pub fn compare(fresh: &Path) -> Result<(), String> {
    if updating() {
        return Ok(());
    }
    let name = fresh.file_name().expect("file name");
    let reference = reference_dir().join(name);
    let Ok(expected) = image::open(&reference) else {
        return Err(format!(
            "{}: no reference (run the test with UPDATE_SCREENSHOTS=1)",
            reference.display()
        ));
    };
    let (expected, actual) = (
        expected.to_rgba8(),
        image::open(fresh).expect("fresh PNG").to_rgba8(),
    );
    if expected.dimensions() != actual.dimensions() {
        return Err(format!(
            "{}: size {:?}, reference {:?}",
            fresh.display(),
            actual.dimensions(),
            expected.dimensions()
        ));
    }
    let mut diff = image::RgbaImage::new(actual.width(), actual.height());
    let mut changed = 0u64;
    for ((a, e), d) in actual
        .pixels()
        .zip(expected.pixels())
        .zip(diff.pixels_mut())
    {
        if a.0
            .iter()
            .zip(e.0)
            .any(|(x, y)| x.abs_diff(y) > PIXEL_TOLERANCE)
        {
            changed += 1;
            *d = image::Rgba([255, 0, 0, 255]);
        } else {
            *d = image::Rgba([a[0] / 3 + 170, a[1] / 3 + 170, a[2] / 3 + 170, 255]);
        }
    }
    let share = changed as f64 / f64::from(actual.width() * actual.height());
    if share <= CHANGED_SHARE {
        return Ok(());
    }
    let diff_path = fresh.with_extension("diff.png");
    diff.save(&diff_path).expect("write diff");
    Err(format!(
        "{}: {:.3} % of pixels changed (allowed {:.3} %); changes in red: {}",
        name.to_string_lossy(),
        share * 100.0,
        CHANGED_SHARE * 100.0,
        diff_path.display()
    ))
}

/// True when the light render at `path`, of the default window size, shows
/// the page's vertical scrollbar: a strip of one plain grey, as wide as
/// iced's scrollbar, beside the page's right edge, over many rows. A
/// drawing's 1-pixel border or a dark phone frame there is not one. (The
/// assistant's renders ask; the trainer's window, of its own size, not.)
#[allow(dead_code)]
pub fn shows_scrollbar(path: &Path) -> bool {
    let image = image::open(path).expect("render").to_rgba8();
    let (width, height) = image.dimensions();
    // The scrollbar's strip at 2× scale, in from the right edge.
    let columns = width.saturating_sub(68)..width.saturating_sub(48);
    let plain_grey = |x: u32, y: u32| {
        let [r, g, b, _] = image.get_pixel(x, y).0;
        r == g && g == b && (150..=235).contains(&r)
    };
    let rows = (height / 4..height * 7 / 8)
        .filter(|&y| columns.clone().filter(|&x| plain_grey(x, y)).count() >= 16)
        .count();
    rows > (height as usize) / 8
}
