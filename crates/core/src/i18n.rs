//! Dutch and English from the Fluent files under `i18n/`, embedded at build
//! time. Each language has its own loader, so switching language is just
//! choosing another one, and tests in both languages can run side by side.

use std::sync::LazyLock;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{LanguageLoader, LanguageRequester};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "../../i18n/"]
struct Localizations;

/// A language the assistant speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Nederlands.
    Nl,
    /// English, also for every other system language.
    #[default]
    En,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language's code, "nl" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads "nl", "nl-BE", "en_GB.UTF-8", …; `None` for other languages.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first of the desktop's preferred languages that we speak, else English.
    pub fn from_system() -> Self {
        i18n_embed::DesktopLanguageRequester::new()
            .requested_languages()
            .iter()
            .find_map(|id| Lang::from_tag(id.language.as_str()))
            .unwrap_or_default()
    }
}

fn load(lang: Lang) -> FluentLanguageLoader {
    let id: LanguageIdentifier = lang.code().parse().expect("valid language tag");
    // The language is its own fallback: both files hold the same ids
    // (tests/i18n.rs), so a Dutch window needs no English. With i18n.toml's
    // fallback (`fluent_language_loader!`) every Dutch start also parsed the
    // English file (about 0.3 MiB of heap, by heaptrack).
    let loader = FluentLanguageLoader::new("mfa_assistant", id.clone());
    // Both files are embedded and checked by tests; failing here is a build defect.
    loader
        .load_languages(&Localizations, &[id])
        .expect("embedded translations load");
    // Fluent wraps arguments in Unicode isolation marks, which the renderer
    // would draw as boxes.
    loader.set_use_isolating(false);
    loader
}

static NL: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::Nl));
static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::En));

/// The loader for `lang`, for use with [`t!`](crate::t).
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// A message whose id is only known at run time (country names); ids are
/// checked by tests instead of the compiler.
pub fn dynamic(lang: Lang, id: &str) -> String {
    loader(lang).get(id)
}

/// Translates a message id (checked at compile time) into `lang`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages() {
        assert_eq!(Lang::from_tag("nl"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
    }

    #[test]
    fn messages_differ_by_language_and_have_no_isolation_marks() {
        assert_eq!(t!(Lang::Nl, "nav-next"), "Volgende");
        assert_eq!(t!(Lang::En, "nav-next"), "Next");
        let text = t!(Lang::En, "sign-in-done", account = "jan");
        assert_eq!(text, "Signed in as jan.");
    }
}

/// A key that sorts names as a person expects in a list: accents ignored
/// ("Åland" beside "Albania", not after "Zimbabwe"), case ignored. Letters
/// with no decomposition (Ø, Æ, ß, …) are spelled out as their base letters.
/// Canonical decomposition only, so no collation table is loaded.
pub fn sort_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut key = String::with_capacity(name.len());
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'Ø' | 'ø' => key.push('o'),
            'Æ' | 'æ' => key.push_str("ae"),
            'Œ' | 'œ' => key.push_str("oe"),
            'ß' => key.push_str("ss"),
            'Ł' | 'ł' => key.push('l'),
            'Đ' | 'đ' => key.push('d'),
            'Þ' | 'þ' => key.push_str("th"),
            'ı' => key.push('i'),
            c => key.extend(c.to_lowercase()),
        }
    }
    key
}

#[cfg(test)]
mod sort_tests {
    use super::sort_key;

    #[test]
    fn accents_and_case_do_not_move_a_name() {
        let mut names = vec![
            "Zimbabwe",
            "Åland",
            "Albania",
            "Österreich",
            "oman",
            "Ørsted",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "Åland",
                "Albania",
                "oman",
                "Ørsted",
                "Österreich",
                "Zimbabwe"
            ]
        );
        assert_eq!(sort_key("Curaçao"), "curacao");
        assert_eq!(sort_key("Straße"), "strasse");
    }
}
