//! The fallback phone number: country or region, the number as people type
//! it, validated and normalised with the `phonenumber` crate.

use std::str::FromStr;

use phonenumber::{Mode, Type, country::Id, metadata::DATABASE};

use super::code::decimal_value;

/// A country or region in the list, by ISO 3166 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(&'static str);

/// The countries offered, Netherlands first (the rest are sorted by name in
/// the person's language when shown).
pub const COUNTRIES: &[Country] = &[
    Country("NL"),
    Country("AW"),
    Country("AU"),
    Country("AT"),
    Country("BE"),
    Country("BG"),
    Country("CA"),
    Country("CW"),
    Country("CZ"),
    Country("DE"),
    Country("DK"),
    Country("ES"),
    Country("FI"),
    Country("FR"),
    Country("GB"),
    Country("GR"),
    Country("HU"),
    Country("IE"),
    Country("IN"),
    Country("ID"),
    Country("IT"),
    Country("LU"),
    Country("MA"),
    Country("NO"),
    Country("PL"),
    Country("PT"),
    Country("RO"),
    Country("SE"),
    Country("CH"),
    Country("SR"),
    Country("TR"),
    Country("US"),
];

impl Country {
    /// The Netherlands, the default.
    pub const NETHERLANDS: Country = Country("NL");

    /// Looks a country up by ISO code ("NL", "be"); only countries in the list.
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_uppercase();
        COUNTRIES.iter().copied().find(|c| c.0 == code)
    }

    /// The ISO 3166 code, e.g. "NL"; also the suffix of its i18n message id.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The international dialling code, e.g. 31.
    pub fn dialling_code(self) -> u16 {
        DATABASE
            .by_id(self.0)
            .map(|m| m.country_code())
            .unwrap_or_default()
    }

    fn id(self) -> Option<Id> {
        Id::from_str(self.0).ok()
    }
}

/// A validated mobile number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    e164: String,
    international: String,
}

impl PhoneNumber {
    /// "+31612345678", for servers.
    pub fn e164(&self) -> &str {
        &self.e164
    }

    /// "+31 6 12345678", for people.
    pub fn international(&self) -> &str {
        &self.international
    }
}

/// Why typed text is not a usable number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// Nothing typed.
    #[error("no number typed")]
    Empty,
    /// Letters or other characters that are not part of a number.
    #[error("not a phone number")]
    NotANumber,
    /// Digits, but no such number exists in the chosen country.
    #[error("not a valid number")]
    Invalid,
    /// A valid number of another country than the one chosen.
    #[error("number belongs to country code +{0}")]
    OtherCountry(u16),
    /// Not a mobile: a fixed line, or a toll-free, shared-cost,
    /// premium-rate, pager or VoIP number, which cannot receive a text.
    #[error("only mobile numbers can receive text messages")]
    Landline,
}

/// Loads the phone-number metadata (the `phonenumber` database, several MiB
/// and tens of milliseconds) on a background thread, once: call it when the
/// person is on the way to the phone step, so that step opens without a
/// wait, and a person who never gets there never pays for it. Idempotent:
/// later calls do nothing. Returns at once.
pub fn warm_up() {
    WARM_UP.call_once(|| {
        let load = || {
            // The database, and the regular expressions a Dutch mobile
            // number needs (compiled on first use).
            let _ = parse(Country::NETHERLANDS, "06-12345678");
            WARM.store(true, std::sync::atomic::Ordering::Release);
        };
        if std::thread::Builder::new()
            .name("phone-metadata".into())
            .spawn(load)
            .is_err()
        {
            // No thread to be had: the phone step loads it when it opens.
            tracing::warn!("could not start loading the phone-number metadata");
        }
    });
}

static WARM_UP: std::sync::Once = std::sync::Once::new();

/// Makes [`warm_up`] do nothing in this process: for the benchmark that
/// measures the phone step cold.
#[doc(hidden)]
pub fn skip_warm_up() {
    WARM_UP.call_once(|| {});
}

/// Whether the load [`warm_up`] started has finished.
pub fn warmed_up() -> bool {
    WARM.load(std::sync::atomic::Ordering::Acquire)
}

static WARM: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Reads a number typed for `country`: "06-12345678", "+31 6 1234 5678" and
/// "0031612345678" are the same number.
pub fn parse(country: Country, typed: &str) -> Result<PhoneNumber, PhoneError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(PhoneError::Empty);
    }
    // Digits of any script, as pasted from a phone ("０６-１２…"), in ASCII.
    let typed: String = typed
        .chars()
        .map(|c| decimal_value(c).map_or(c, |d| char::from(b'0' + d)))
        .collect();
    if !typed
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c))
    {
        return Err(PhoneError::NotANumber);
    }
    let number = phonenumber::parse(country.id(), &typed).map_err(|_| PhoneError::Invalid)?;
    if !number.is_valid() {
        return Err(PhoneError::Invalid);
    }
    let code = number.code().value();
    if code != country.dialling_code() {
        return Err(PhoneError::OtherCountry(code));
    }
    // Only a mobile can receive the text (in the US and Canada the number
    // does not tell, so those count too). Not a fixed line, and neither
    // toll-free, shared-cost ("0180…", found by the fuzzer), premium-rate,
    // pager or VoIP numbers.
    if !matches!(
        number.number_type(&DATABASE),
        Type::Mobile | Type::FixedLineOrMobile
    ) {
        return Err(PhoneError::Landline);
    }
    Ok(PhoneNumber {
        e164: number.format().mode(Mode::E164).to_string(),
        international: number.format().mode(Mode::International).to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_mobile_in_the_ways_people_type_it() {
        for typed in [
            "06-12345678",
            "0612345678",
            "+31 6 1234 5678",
            "0031612345678",
            "+31 (0)6 12345678",
            " 06 12 34 56 78 ",
        ] {
            let n = parse(Country::NETHERLANDS, typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(n.e164(), "+31612345678", "{typed}");
            assert_eq!(n.international(), "+31 6 12345678", "{typed}");
        }
    }

    #[test]
    fn bad_numbers_are_named() {
        let nl = Country::NETHERLANDS;
        assert_eq!(parse(nl, ""), Err(PhoneError::Empty));
        assert_eq!(parse(nl, "bel me"), Err(PhoneError::NotANumber));
        assert_eq!(parse(nl, "06-1234"), Err(PhoneError::Invalid));
        assert_eq!(
            parse(nl, "+32 470 12 34 56"),
            Err(PhoneError::OtherCountry(32))
        );
        assert_eq!(parse(nl, "020-1234567"), Err(PhoneError::Landline));
        // Toll-free and shared-cost numbers receive no text either.
        assert_eq!(parse(nl, "0800-1234"), Err(PhoneError::Landline));
        let de = Country::from_code("DE").unwrap();
        assert_eq!(parse(de, "018000000000000"), Err(PhoneError::Landline));
        // In the US a number may be either: it counts.
        let us = Country::from_code("US").unwrap();
        assert_eq!(parse(us, "(201) 555-0123").unwrap().e164(), "+12015550123");
    }

    #[test]
    fn digits_of_other_scripts_as_pasted() {
        let n = parse(Country::NETHERLANDS, "０６-１２３４５６７８").unwrap();
        assert_eq!(n.e164(), "+31612345678");
        let n = parse(Country::NETHERLANDS, "+٣١ ٦ ١٢٣٤٥٦٧٨").unwrap();
        assert_eq!(n.e164(), "+31612345678");
    }

    #[test]
    fn foreign_numbers_with_their_country() {
        let be = Country::from_code("be").unwrap();
        assert_eq!(parse(be, "0470 12 34 56").unwrap().e164(), "+32470123456");
        let de = Country::from_code("DE").unwrap();
        assert_eq!(parse(de, "0151 23456789").unwrap().e164(), "+4915123456789");
    }

    #[test]
    fn warm_up_loads_once_in_the_background() {
        warm_up();
        warm_up();
        let start = std::time::Instant::now();
        while !warmed_up() {
            assert!(start.elapsed().as_secs() < 30, "the metadata never loaded");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(
            parse(Country::NETHERLANDS, "0612345678").unwrap().e164(),
            "+31612345678"
        );
    }

    #[test]
    fn every_listed_country_has_a_dialling_code() {
        assert_eq!(COUNTRIES[0], Country::NETHERLANDS);
        for c in COUNTRIES {
            assert!(c.dialling_code() > 0, "{c:?}");
            assert!(c.id().is_some(), "{c:?}");
        }
        assert_eq!(Country::NETHERLANDS.dialling_code(), 31);
    }
}
