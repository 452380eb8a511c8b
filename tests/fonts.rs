//! Every character the app shows is in its built-in fonts (Fira Sans, and
//! the symbols subset for what Fira Sans lacks: assets/fonts/README.md). A
//! character missing there falls back to a system font, and a fresh Windows
//! or Wine prefix may have none with it: it would be drawn blank.
//!
//! Read: the translations (i18n/) and the string literals of the app crate
//! (src/), outside comments. The core crate's literals are input it
//! accepts (digits of other scripts), not text it shows.

use std::collections::BTreeMap;
use std::path::Path;

fn covered(c: char) -> bool {
    c.is_ascii()
        || mfa_assistant::ui::FONTS.iter().any(|font| {
            let face = ttf_parser::Face::parse(font, 0).expect("a built-in font parses");
            face.glyph_index(c).is_some()
        })
}

/// The string literals of one line of Rust, outside a trailing comment.
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '/') if chars.peek() == Some(&'/') => break,
            (None, '"') => current = Some(String::new()),
            (Some(s), '\\') => {
                chars.next();
                s.push(' ');
            }
            (Some(s), '"') => {
                found.push(std::mem::take(s));
                current = None;
            }
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    found
}

fn walk(dir: &Path, ext: &str, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, ext, files);
        } else if path.extension().is_some_and(|e| e == ext) {
            files.push(path);
        }
    }
}

#[test]
fn every_character_shown_is_in_the_built_in_fonts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing: BTreeMap<char, String> = BTreeMap::new();
    let mut files = Vec::new();
    walk(&root.join("i18n"), "ftl", &mut files);
    walk(&root.join("src"), "rs", &mut files);
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let ftl = file.extension().is_some_and(|e| e == "ftl");
        for (n, line) in source.lines().enumerate() {
            let texts = if ftl {
                if line.starts_with('#') {
                    vec![]
                } else {
                    vec![line.to_owned()]
                }
            } else {
                literals(line)
            };
            for c in texts
                .iter()
                .flat_map(|t| t.chars())
                .filter(|c| !covered(*c))
            {
                let at = format!("{}:{}", file.strip_prefix(root).unwrap().display(), n + 1);
                missing.entry(c).or_insert(at);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the built-in fonts (add to the symbols subset, assets/fonts/README.md):\n{}",
        missing
            .iter()
            .map(|(c, at)| format!("  {c} U+{:04X} ({at})", u32::from(*c)))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_check_sees_a_missing_character() {
    // U+2605 BLACK STAR is in neither font: the test above would name it.
    assert!(!covered('★'));
    assert!(covered('✔') && covered('›') && covered('é'));
    assert_eq!(literals(r#"x("a✔", "b") // "c""#), ["a✔", "b"]);
}

/// A text that names iced's `Font::DEFAULT` (or another family by its
/// generic name) asks the system for a sans-serif font, which a fresh
/// Windows or Wine prefix does not have: the stepper's names were blank
/// there. Every text uses `ui::FONT` or `ui::BOLD`.
#[test]
fn no_text_asks_the_system_for_a_font() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), "rs", &mut files);
    let generic = [
        "Font::DEFAULT",
        "Font::MONOSPACE",
        "Family::SansSerif",
        "Family::Serif",
    ];
    let mut found = Vec::new();
    for file in &files {
        // ui/mod.rs defines FONT from its name; nothing else may.
        for (n, line) in std::fs::read_to_string(file).unwrap().lines().enumerate() {
            if generic.iter().any(|g| line.contains(g)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(files.len() > 50, "walked {} files", files.len());
    assert!(found.is_empty(), "{}", found.join("\n"));
}
