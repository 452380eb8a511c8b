//! Dutch and English must offer exactly the same messages, and every
//! message must parse.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;

fn ids(lang: &str) -> BTreeSet<String> {
    let path = format!(
        "{}/i18n/{lang}/mfa_assistant.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    let source = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{path}: {errors:?}"));
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn dutch_and_english_have_the_same_message_ids() {
    let (nl, en) = (ids("nl"), ids("en"));
    assert!(en.len() > 100, "only {} messages", en.len());
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "only nl: {only_nl:?}, only en: {only_en:?}"
    );
}

#[test]
fn dutch_keeps_the_guides_literal_labels() {
    let path = format!("{}/i18n/nl/mfa_assistant.ftl", env!("CARGO_MANIFEST_DIR"));
    let nl = std::fs::read_to_string(path).unwrap();
    for label in [
        "[Play Store]",
        "[Installeren]",
        "[Meer informatie vereist]",
        "[Volgende]",
        "[Werk of school]",
        "[QR-code scannen]",
        "[Goedkeuren]",
        "[Gereed]",
        "[Selecteer een land of regio]",
        "[Wijze]",
        "[Code per sms-bericht verzenden]",
        "[Verifiëren]",
    ] {
        assert!(nl.contains(label), "{label} missing");
    }
    // The guide's "Lees ook" leads in to the security page; it is no label
    // to press, so no chip.
    assert!(nl.contains("finish-see-also = Lees ook:\n"));
}
