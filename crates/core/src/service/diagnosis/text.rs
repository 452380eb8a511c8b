//! Each diagnosis as a sentence, from the `diagnosis-*` messages of the
//! Fluent files (no iced here: the screens show the string). The fix for
//! the clock per phone type is `diagnosis-clock-fix-android` and
//! `diagnosis-clock-fix-iphone`, for the screen to pick.

use super::{Amount, ClockOff, Diagnosis, Ignored, Typo, Way};
use crate::i18n::Lang;
use crate::t;

impl Diagnosis {
    /// What to tell the person about a refused code, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Diagnosis::PhoneClock(clock) => with_pc(lang, clock, clock_text(lang, clock)),
            Diagnosis::CodeUsed { next_in } => t!(lang, "diagnosis-code-used", seconds = next_in),
            Diagnosis::EarlierQr => t!(lang, "diagnosis-earlier-qr"),
            Diagnosis::OlderAccount => t!(lang, "diagnosis-older-account"),
            Diagnosis::IgnoredSettings(ignored) => ignored_text(lang, ignored),
            Diagnosis::Typo(typo) => t!(
                lang,
                "diagnosis-typo",
                kind = match typo {
                    Typo::Digit => "digit",
                    Typo::Swapped => "swapped",
                }
            ),
            Diagnosis::WrongLength { expected, typed } => t!(
                lang,
                "diagnosis-wrong-length",
                typed = typed,
                expected = expected
            ),
            Diagnosis::EarlierText => t!(lang, "diagnosis-sms-earlier"),
            Diagnosis::ExpiredText { valid_minutes } => {
                t!(lang, "diagnosis-sms-expired", minutes = valid_minutes)
            }
        }
    }

    /// What to tell the person about an accepted code with this note, in
    /// `lang` ("accepted, but your phone's clock is…").
    pub fn note(&self, lang: Lang) -> String {
        match self {
            Diagnosis::PhoneClock(clock) => {
                let sentence = t!(
                    lang,
                    "diagnosis-clock-accepted",
                    way = way(clock.way),
                    amount = amount(lang, clock.amount)
                );
                with_pc(lang, clock, sentence)
            }
            other => other.text(lang),
        }
    }
}

fn clock_text(lang: Lang, clock: &ClockOff) -> String {
    t!(
        lang,
        "diagnosis-clock",
        way = way(clock.way),
        certain = if clock.certain { "yes" } else { "no" },
        amount = amount(lang, clock.amount)
    )
}

/// `sentence`, followed by the PC's clock when that is off too.
fn with_pc(lang: Lang, clock: &ClockOff, sentence: String) -> String {
    match clock.pc_seconds {
        Some(pc) => {
            let pc = t!(
                lang,
                "diagnosis-pc-clock",
                way = way(Way::of(pc)),
                amount = amount(lang, Amount::of_seconds(pc))
            );
            format!("{sentence} {pc}")
        }
        None => sentence,
    }
}

fn ignored_text(lang: Lang, ignored: &Ignored) -> String {
    let mut sentences = vec![t!(lang, "diagnosis-ignored-settings")];
    if let Some(algorithm) = ignored.algorithm {
        sentences.push(t!(
            lang,
            "diagnosis-ignored-algorithm",
            algorithm = algorithm.name()
        ));
    }
    if let Some(digits) = ignored.digits {
        sentences.push(t!(lang, "diagnosis-ignored-digits", digits = digits));
    }
    if let Some(period) = ignored.period {
        sentences.push(t!(lang, "diagnosis-ignored-period", seconds = period));
    }
    sentences.push(t!(lang, "diagnosis-ignored-advice"));
    sentences.join(" ")
}

/// The selector Fluent picks the sentence by (never shown).
fn way(way: Way) -> &'static str {
    match way {
        Way::Behind => "behind",
        Way::Ahead => "ahead",
    }
}

/// "about 3 minutes", "2 hours", "a whole day", in `lang`.
fn amount(lang: Lang, amount: Amount) -> String {
    match amount {
        Amount::Minutes(n) => t!(lang, "diagnosis-amount", unit = "minutes", count = n),
        Amount::Hours(n) => t!(lang, "diagnosis-amount", unit = "hours", count = n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::diagnosis::HashAlgorithm;

    fn clock(seconds: i64, amount: Amount, certain: bool) -> ClockOff {
        ClockOff {
            way: Way::of(seconds),
            amount,
            seconds,
            certain,
            pc_seconds: None,
        }
    }

    fn every() -> Vec<Diagnosis> {
        vec![
            Diagnosis::PhoneClock(clock(-180, Amount::Minutes(3), false)),
            Diagnosis::PhoneClock(clock(3600, Amount::Hours(1), true)),
            Diagnosis::PhoneClock(ClockOff {
                pc_seconds: Some(-7200),
                ..clock(-86_400, Amount::Hours(24), true)
            }),
            Diagnosis::CodeUsed { next_in: 12 },
            Diagnosis::CodeUsed { next_in: 0 },
            Diagnosis::EarlierQr,
            Diagnosis::OlderAccount,
            Diagnosis::IgnoredSettings(Ignored {
                algorithm: Some(HashAlgorithm::Sha256),
                digits: Some(8),
                period: Some(60),
            }),
            Diagnosis::Typo(Typo::Digit),
            Diagnosis::Typo(Typo::Swapped),
            Diagnosis::WrongLength {
                expected: 8,
                typed: 6,
            },
            Diagnosis::EarlierText,
            Diagnosis::ExpiredText { valid_minutes: 5 },
        ]
    }

    #[test]
    fn every_diagnosis_has_a_dutch_and_an_english_sentence() {
        for d in every() {
            for text in [d.text(Lang::Nl), d.note(Lang::Nl)] {
                let english = if text == d.text(Lang::Nl) {
                    d.text(Lang::En)
                } else {
                    d.note(Lang::En)
                };
                assert_ne!(text, english, "{d:?}");
                for s in [&text, &english] {
                    assert!(s.len() > 40, "{d:?}: {s}");
                    assert!(!s.contains('{') && !s.contains("diagnosis-"), "{s}");
                }
            }
        }
    }

    #[test]
    fn the_sentences_say_how_far_which_way_and_what_to_do() {
        let behind = Diagnosis::PhoneClock(clock(-180, Amount::Minutes(3), false));
        let en = behind.text(Lang::En);
        assert!(en.starts_with("It looks like your phone's clock is about 3 minutes behind"));
        assert!(en.contains("automatic"), "{en}");
        assert!(
            behind
                .text(Lang::Nl)
                .contains("ongeveer 3 minuten achterloopt")
        );
        let certain = Diagnosis::PhoneClock(clock(-180, Amount::Minutes(3), true));
        assert!(
            certain
                .text(Lang::Nl)
                .starts_with("De klok van je telefoon loopt ongeveer 3 minuten achter")
        );
        let day = Diagnosis::PhoneClock(ClockOff {
            pc_seconds: Some(-7200),
            ..clock(86_400, Amount::Hours(24), true)
        });
        let en = day.text(Lang::En);
        assert!(en.contains("a whole day ahead"), "{en}");
        assert!(en.contains("computer's clock is 2 hours behind"), "{en}");
        assert!(day.text(Lang::Nl).contains("een hele dag voor"));

        let note = Diagnosis::PhoneClock(clock(-120, Amount::Minutes(2), false));
        assert!(
            note.note(Lang::En)
                .starts_with("Accepted, but your phone's clock is about 2 minutes behind.")
        );
        assert!(note.note(Lang::Nl).starts_with("Geaccepteerd, maar"));

        let used = Diagnosis::CodeUsed { next_in: 12 };
        assert!(used.text(Lang::En).contains("in 12 seconds"));
        assert!(used.text(Lang::Nl).contains("over 12 seconden"));

        let ignored = Diagnosis::IgnoredSettings(Ignored {
            algorithm: Some(HashAlgorithm::Sha256),
            digits: Some(8),
            period: Some(60),
        });
        let en = ignored.text(Lang::En);
        for part in [
            "SHA256",
            "of 8 digits",
            "every 60 seconds",
            "follows the QR",
            "IT",
        ] {
            assert!(en.contains(part), "{part}: {en}");
        }
        let period_only = Diagnosis::IgnoredSettings(Ignored {
            period: Some(60),
            ..Ignored::default()
        });
        assert!(!period_only.text(Lang::En).contains("SHA256"));
    }
}
