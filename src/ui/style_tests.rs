//! The palettes' contrast, checked for every text on every background.

use super::*;

/// WCAG 2's contrast ratio: the core's one formula (`colour::contrast`).
fn contrast(a: Color, b: Color) -> f32 {
    mfa_core::colour::contrast(rgb(a), rgb(b))
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
