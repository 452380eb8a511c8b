use super::*;

#[test]
fn colours_read_and_print_as_rrggbb() {
    assert_eq!(Rgb::parse("#0B5cad"), Some(Rgb::new(0x0b, 0x5c, 0xad)));
    assert_eq!(Rgb::new(0x0b, 0x5c, 0xad).to_string(), "#0b5cad");
    for bad in [
        "0b5cad", "#0b5ca", "#0b5cadd", "#0b5cag", "", "#", "blue", "#+1+1+1",
    ] {
        assert_eq!(Rgb::parse(bad), None, "{bad}");
    }
}

#[test]
fn contrast_matches_known_values() {
    let black = Rgb::new(0, 0, 0);
    assert!((contrast(black, Rgb::WHITE) - 21.0).abs() < 0.01);
    assert!((contrast(Rgb::new(0x77, 0x77, 0x77), Rgb::WHITE) - 4.48).abs() < 0.01);
    assert_eq!(contrast(black, Rgb::WHITE), contrast(Rgb::WHITE, black));
}

#[test]
fn backgrounds_are_the_palettes() {
    use crate::ui::style::{DARK, LIGHT};
    let rgb = |c: iced::Color| {
        let [r, g, b, _] = c.into_rgba8();
        Rgb::new(r, g, b)
    };
    assert_eq!(rgb(LIGHT.background), LIGHT_BACKGROUND);
    assert_eq!(rgb(DARK.background), DARK_BACKGROUND);
}

#[test]
fn an_accent_is_refused_below_4_5_and_gets_a_shade_for_dark() {
    // The assistant's own blue, a dark red and black pass.
    for ok in ["#0b5cad", "#8b0000", "#000000", "#1b6e31"] {
        let colour = Rgb::parse(ok).unwrap();
        let accent = Accent::new(colour).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(accent.fill(), colour);
        assert!(contrast(Rgb::WHITE, accent.fill()) >= MIN_CONTRAST);
        assert!(contrast(accent.text_on_light(), LIGHT_BACKGROUND) >= MIN_CONTRAST);
        assert!(
            contrast(accent.text_on_dark(), DARK_BACKGROUND) >= MIN_CONTRAST,
            "{ok} on dark: {}",
            accent.text_on_dark()
        );
    }
    // Yellow, a light blue, and #777 (4.48:1, just short).
    for pale in ["#ffd60a", "#3399ff", "#777777", "#ffffff"] {
        let colour = Rgb::parse(pale).unwrap();
        let refused = Accent::new(colour).unwrap_err();
        assert_eq!(refused.colour, colour);
        assert!(refused.ratio < MIN_CONTRAST, "{pale}: {}", refused.ratio);
    }
    let grey = Accent::new(Rgb::new(0x76, 0x76, 0x76)).unwrap();
    assert_ne!(
        grey.text_on_dark(),
        grey.fill(),
        "too dark to be text on dark"
    );
}

fn write_png(path: &Path, width: u32, height: u32, colour: tiny_skia::Color) {
    let mut pixmap = tiny_skia::Pixmap::new(width, height).unwrap();
    // A transparent border one pixel wide: the scaling must keep the colour.
    let mut paint = tiny_skia::Paint::default();
    paint.set_color(colour);
    let inside = tiny_skia::Rect::from_xywh(1.0, 1.0, width as f32 - 2.0, height as f32 - 2.0);
    pixmap.fill_rect(
        inside.unwrap(),
        &paint,
        tiny_skia::Transform::identity(),
        None,
    );
    pixmap.save_png(path).unwrap();
}

fn pixel(logo: &Logo, x: u32, y: u32) -> [u8; 4] {
    let at = ((y * logo.width + x) * 4) as usize;
    logo.rgba[at..at + 4].try_into().unwrap()
}

#[test]
fn a_png_logo_is_read_and_made_to_fit() {
    let dir = tempfile::tempdir().unwrap();
    let red = tiny_skia::Color::from_rgba8(200, 20, 30, 255);
    let small = dir.path().join("small.png");
    write_png(&small, 40, 20, red);
    let logo = Logo::load(&small, 400, 100).unwrap();
    assert_eq!((logo.width, logo.height), (40, 20), "never enlarged");
    assert_eq!(logo.rgba.len(), 40 * 20 * 4);
    assert_eq!(pixel(&logo, 0, 0)[3], 0, "transparent corner");
    assert_eq!(pixel(&logo, 20, 10), [200, 20, 30, 255]);

    let big = dir.path().join("big.png");
    write_png(&big, 1600, 800, red);
    let logo = Logo::load(&big, 100, 100).unwrap();
    assert_eq!((logo.width, logo.height), (100, 50), "fits, same shape");
    assert_eq!(pixel(&logo, 50, 25), [200, 20, 30, 255]);
}

#[test]
fn an_svg_logo_is_drawn_at_the_size_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("logo.svg");
    std::fs::write(
        &path,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10" width="20" height="10">
             <rect x="0" y="0" width="20" height="10" fill="#0b5cad"/></svg>"##,
    )
    .unwrap();
    let logo = Logo::load(&path, 300, 60).unwrap();
    assert_eq!((logo.width, logo.height), (120, 60));
    assert_eq!(pixel(&logo, 60, 30), [0x0b, 0x5c, 0xad, 255]);
}

#[test]
fn a_logo_that_cannot_be_read_names_the_file_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let problem = |name: &str, content: Option<&[u8]>| {
        let path = dir.path().join(name);
        if let Some(content) = content {
            std::fs::write(&path, content).unwrap();
        }
        let error = Logo::load(&path, 100, 100).unwrap_err();
        assert_eq!(error.file, path);
        error.problem
    };
    assert_eq!(problem("missing.png", None), LogoProblem::Missing);
    assert_eq!(
        problem("notes.png", Some(b"just text")),
        LogoProblem::NotAnImage
    );
    assert_eq!(
        problem(
            "cut.svg",
            Some(b"<svg xmlns=\"http://www.w3.org/2000/svg\"")
        ),
        LogoProblem::Damaged
    );
    assert_eq!(
        problem("cut.png", Some(PNG_SIGNATURE)),
        LogoProblem::Damaged
    );
    let huge = vec![b' '; MAX_LOGO_BYTES as usize + 1];
    assert_eq!(problem("huge.svg", Some(&huge)), LogoProblem::TooLarge);
    // A small PNG whose header claims 100 000 × 10 pixels.
    let dims = dir.path().join("dims.png");
    write_png(&dims, 10, 10, tiny_skia::Color::BLACK);
    let mut data = std::fs::read(&dims).unwrap();
    data[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    assert_eq!(problem("wide.png", Some(&data)), LogoProblem::TooLarge);
    assert_eq!(problem("", None), LogoProblem::Unreadable, "a folder");
}

#[test]
fn a_logo_problem_reads_in_both_languages() {
    use crate::i18n::Lang;
    let error = LogoError {
        file: PathBuf::from("/usr/share/acme/logo.svg"),
        problem: LogoProblem::NotAnImage,
    };
    let en = error.sentence(Lang::En);
    assert!(
        en.contains("/usr/share/acme/logo.svg") && en.contains("PNG or SVG"),
        "{en}"
    );
    let nl = error.sentence(Lang::Nl);
    assert!(
        nl.contains("/usr/share/acme/logo.svg") && nl.contains("geen PNG"),
        "{nl}"
    );
}
