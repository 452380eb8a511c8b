//! The sentences about the crash journal, for the UI to show: what an
//! earlier run left unfinished (at start), how much the sign-in removed,
//! and a journal that cannot be used. No iced here; a screen puts them in
//! a banner.

use crate::i18n::Lang;
use crate::service::journal::{Entry, JournalError, Step};
use crate::t;

/// "Last time, setting up … for jan on https://… stopped at the step
/// 'Scan'; sign in as jan to clean up …".
pub fn unfinished(lang: Lang, entry: &Entry) -> String {
    let step = match entry.step {
        Step::Scan => t!(lang, "step-scan"),
        Step::Approve => t!(lang, "step-approve"),
        Step::Sms => t!(lang, "step-sms"),
    };
    t!(
        lang,
        "journal-unfinished",
        user = entry.user.as_str(),
        server = entry.server.trim_end_matches('/'),
        step = step
    )
}

/// "2 unfinished registrations … were removed from the server."
pub fn cleaned(lang: Lang, count: usize) -> String {
    t!(lang, "journal-cleaned", count = count)
}

/// Why the journal cannot be used, and that the person can go on.
pub fn problem(lang: Lang, error: &JournalError) -> String {
    match error {
        JournalError::Corrupt { path, .. } => {
            t!(lang, "journal-error-corrupt", path = path.as_str())
        }
        JournalError::OtherVersion { path, version } => t!(
            lang,
            "journal-error-version",
            path = path.as_str(),
            version = version
        ),
        JournalError::Unwritable { path, detail } => t!(
            lang,
            "journal-error-unwritable",
            path = path.as_str(),
            detail = detail.as_str()
        ),
        JournalError::NoPlace => t!(lang, "journal-error-no-place"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_in_both_languages_names_what_it_is_about() {
        let entry = Entry::new(
            "https://mfa.example.org/",
            "staff",
            "jan",
            Step::Sms,
            vec!["PISM0001".into()],
        );
        assert_eq!(
            unfinished(Lang::En, &entry),
            "Last time, setting up two-step verification for jan on https://mfa.example.org \
             stopped at the step \"Text code\". Sign in as jan to clean up what was left \
             unfinished on the server."
        );
        assert!(unfinished(Lang::Nl, &entry).contains("bij de stap ‘Sms-code’"));
        assert!(cleaned(Lang::En, 1).starts_with("1 unfinished registration from"));
        assert!(cleaned(Lang::Nl, 3).starts_with("3 onafgemaakte registraties"));
        let path = "/home/jan/.local/share/mfa-assistant/unfinished/ab.json".to_owned();
        for lang in Lang::ALL {
            for error in [
                JournalError::Corrupt {
                    path: path.clone(),
                    detail: "EOF".into(),
                },
                JournalError::OtherVersion {
                    path: path.clone(),
                    version: 2,
                },
                JournalError::Unwritable {
                    path: path.clone(),
                    detail: "disk full".into(),
                },
            ] {
                assert!(problem(lang, &error).contains(&path), "{lang:?} {error:?}");
            }
            assert!(!problem(lang, &JournalError::NoPlace).is_empty());
        }
        assert!(
            problem(Lang::Nl, &JournalError::OtherVersion { path, version: 2 })
                .contains("versie 2")
        );
    }
}
