//! With an empty config the assistant speaks for no organisation: no screen,
//! drawn page or link names one (the old default was another
//! organisation's), and the finish offers no help page.

mod common;

#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/walk_m365.rs"]
mod walk_m365;

use common::{Harness, walk};
use mfa_assistant::config::Config;
use mfa_assistant::i18n::Lang;
use mfa_assistant::t;

/// What the old default put on the screens: the name and its help page.
fn names_somebody(text: &str) -> bool {
    text.contains("RPO") || text.contains("rpo.nl/")
}

/// The finish's "open the security page" button and its "see also" line.
fn offers_help(h: &mut Harness, lang: Lang) -> bool {
    h.shows(&t!(lang, "finish-open-help"))
        || h.text_containing(&t!(lang, "finish-see-also")).is_some()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_training_route_names_no_organisation() {
    for lang in [Lang::Nl, Lang::En] {
        let issuer = Config::default().training_issuer().to_owned();
        let mut h = Harness::seeded_as(&issuer, lang, 7);
        let mut seen = Vec::new();
        walk::every_screen(&mut h, |h, name| {
            for text in h.texts() {
                assert!(!names_somebody(&text), "{lang:?} {name}: {text}");
            }
            seen.push(name.to_owned());
            if name == "finish" {
                assert!(!offers_help(h, lang), "{lang:?}: a help page nobody set");
                assert!(h.shows(&t!(lang, "finish-restart")));
            }
        })
        .await;
        assert_eq!(seen.len(), walk::SCREENS.len());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_microsoft365_route_names_the_accounts_domain_instead() {
    let lang = Lang::Nl;
    let mut drawn_domain = false;
    walk_m365::every_screen(lang, |h, name| {
        let texts = h.texts();
        for text in &texts {
            assert!(!names_somebody(text), "{name}: {text}");
        }
        drawn_domain |= texts.iter().any(|t| t == "contoso.example");
        if name.starts_with("m365-finish") {
            assert!(!offers_help(h, lang), "{name}: a help page nobody set");
        }
    })
    .await;
    assert!(drawn_domain, "the drawn pages name the account's domain");
}
