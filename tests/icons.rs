//! The app icon's PNG sizes are drawn from `assets/icons/mfa-assistant.svg`
//! and committed, so packaging needs no SVG tool. This test draws them again
//! and fails when a committed PNG no longer matches the SVG; after changing
//! the SVG, write them anew with:
//!
//! ```sh
//! UPDATE_ICONS=1 cargo test --test icons
//! ```

use std::path::Path;

use resvg::{tiny_skia, usvg};

/// The hicolor sizes the package installs (`assets/icons/<n>x<n>.png`).
const SIZES: [u32; 7] = [16, 24, 32, 48, 64, 128, 256];

fn draw(svg: &[u8], size: u32) -> tiny_skia::Pixmap {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default()).expect("icon SVG parses");
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    let mut pixmap = tiny_skia::Pixmap::new(size, size).expect("icon size");
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

#[test]
fn committed_pngs_are_the_svg_drawn_at_each_size() {
    let icons = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons");
    let svg = std::fs::read(icons.join("mfa-assistant.svg")).expect("read the icon SVG");
    let update = std::env::var_os("UPDATE_ICONS").is_some();
    let mut stale = Vec::new();
    for size in SIZES {
        let fresh = draw(&svg, size);
        // Something is drawn, and the corners stay transparent.
        assert!(
            fresh.pixels().iter().any(|p| p.alpha() == 255),
            "{size}: empty"
        );
        assert_eq!(fresh.pixel(0, 0).unwrap().alpha(), 0, "{size}: corner");
        let path = icons.join(format!("{size}x{size}.png"));
        if update {
            fresh.save_png(&path).expect("write icon PNG");
            continue;
        }
        let committed = tiny_skia::Pixmap::load_png(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // A renderer update may move a channel by one; more is a change.
        let same = committed.width() == size
            && committed.height() == size
            && committed
                .data()
                .iter()
                .zip(fresh.data())
                .all(|(a, b)| a.abs_diff(*b) <= 2);
        if !same {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "icon PNGs differ from the SVG (UPDATE_ICONS=1 cargo test --test icons): {stale:?}"
    );
}
