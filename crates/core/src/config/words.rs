//! What the window says about the settings, in the person's language: the
//! typed problems of loading turned into sentences (no iced here).

use super::{AccentRefused, ConfigError, Ignored, IgnoredBy, UnknownLock};
use crate::i18n::Lang;
use crate::t;

fn line(line: Option<usize>) -> String {
    line.map_or("?".to_owned(), |l| l.to_string())
}

impl ConfigError {
    /// "The settings file … could not be read (line …): …; goes on without it."
    pub fn sentence(&self, lang: Lang) -> String {
        t!(
            lang,
            "config-error-left-out",
            file = self.file.display().to_string(),
            line = line(self.line),
            detail = self.detail.as_str()
        )
    }
}

impl UnknownLock {
    /// "IT's settings file … locks "…" (line …), which is not a setting …"
    pub fn sentence(&self, lang: Lang) -> String {
        t!(
            lang,
            "it-lock-unknown",
            file = self.file.display().to_string(),
            name = self.name.as_str(),
            line = line(self.line)
        )
    }
}

impl Ignored {
    /// "… is set by IT on this computer; the value from … is not used."
    pub fn sentence(&self, lang: Lang) -> String {
        let source = match &self.by {
            IgnoredBy::Flag(flag) => (*flag).to_owned(),
            IgnoredBy::File { file, .. } => file.display().to_string(),
        };
        t!(
            lang,
            "it-locked-ignored",
            setting = self.key.name(),
            source = source
        )
    }
}

impl AccentRefused {
    /// "The colour … in … (line …) is not used: … only …:1 …"
    pub fn sentence(&self, lang: Lang) -> String {
        let ratio = format!("{:.2}", self.problem.ratio);
        let ratio = match lang {
            Lang::Nl => ratio.replace('.', ","),
            Lang::En => ratio,
        };
        t!(
            lang,
            "brand-accent-refused",
            colour = self.problem.colour.to_string(),
            file = self.file.display().to_string(),
            line = line(self.line),
            ratio = ratio
        )
    }
}

impl crate::service::microsoft365::Folded {
    /// What became of the older `phone_optional`, for IT and the person.
    pub fn sentence(self, lang: Lang) -> String {
        use crate::service::microsoft365::Folded;
        match self {
            Folded::PhoneOptional(true) => t!(lang, "config-phone-optional-true"),
            Folded::PhoneOptional(false) => t!(lang, "config-phone-optional-false"),
            Folded::PhoneOptionalUnused => t!(lang, "config-phone-optional-unused"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::{AccentTooPale, Rgb};
    use crate::config::Key;
    use std::path::PathBuf;

    #[test]
    fn each_problem_reads_in_both_languages_with_file_and_line() {
        let file = PathBuf::from("/etc/mfa-assistant/config.toml");
        let refused = AccentRefused {
            file: file.clone(),
            line: Some(7),
            problem: AccentTooPale {
                colour: Rgb::new(0xff, 0xd6, 0x0a),
                ratio: 1.43,
            },
        };
        let unknown = UnknownLock {
            file: file.clone(),
            line: Some(3),
            name: "rooom".into(),
        };
        let error = ConfigError {
            file: file.clone(),
            line: Some(2),
            detail: "invalid string".into(),
        };
        let ignored = Ignored {
            key: Key::Provider,
            by: IgnoredBy::Flag("--provider"),
        };
        let en = refused.sentence(Lang::En);
        assert!(
            en.contains("#ffd60a") && en.contains("(line 7)") && en.contains("1.43:1"),
            "{en}"
        );
        let nl = refused.sentence(Lang::Nl);
        assert!(
            nl.contains("#ffd60a") && nl.contains("(regel 7)") && nl.contains("1,43:1"),
            "{nl}"
        );
        for lang in Lang::ALL {
            let said = unknown.sentence(lang);
            assert!(
                said.contains("\"rooom\"") && said.contains("config.toml"),
                "{said}"
            );
            let said = error.sentence(lang);
            assert!(
                said.contains(" 2)") && said.contains("invalid string"),
                "{said}"
            );
            let said = ignored.sentence(lang);
            assert!(
                said.contains("provider") && said.contains("--provider"),
                "{said}"
            );
        }
        assert_ne!(ignored.sentence(Lang::Nl), ignored.sentence(Lang::En));
    }
}
