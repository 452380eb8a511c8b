//! Who sends the phone step's text messages, and whether the phone step is
//! on the route at all. Microsoft stops sending SMS and voice codes itself
//! on 2027-02-01 (Entra, 2026); an organisation keeps text messages only
//! through its own telecom provider, and many drop them altogether.

use chrono::NaiveDate;
use serde::Deserialize;

/// The day Microsoft stops sending text-message codes itself (Microsoft
/// Entra's documentation, 2026); IT can move it with `text_messages_end`.
pub const MICROSOFT_END: NaiveDate = match NaiveDate::from_ymd_opt(2027, 2, 1) {
    Some(day) => day,
    None => panic!("a real date"),
};

/// Who sends the codes of the phone step, as IT set it under
/// `[microsoft365]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sender {
    /// Microsoft itself, until [`TextMessages::end`].
    #[default]
    Microsoft,
    /// The organisation's own telecom provider or SMS gateway: no end.
    OwnProvider,
    /// No phone step.
    Off,
}

/// Text messages on or off, under `[privacyidea]` and `[training]`: their
/// codes go through the organisation's own gateway, never Microsoft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Switch {
    /// The phone step is on the route.
    #[default]
    On,
    /// No phone step.
    Off,
}

impl Switch {
    /// The value as the config file writes it.
    pub fn name(self) -> &'static str {
        match self {
            Switch::On => "on",
            Switch::Off => "off",
        }
    }
}

impl From<Switch> for TextMessages {
    fn from(switch: Switch) -> Self {
        TextMessages::new(match switch {
            Switch::On => Sender::OwnProvider,
            Switch::Off => Sender::Off,
        })
    }
}

impl Sender {
    /// The value as the config file writes it under `[microsoft365]`.
    pub fn name(self) -> &'static str {
        match self {
            Sender::Microsoft => "microsoft",
            Sender::OwnProvider => "own-provider",
            Sender::Off => "off",
        }
    }
}

/// The phone step's text messages as IT set them for one provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextMessages {
    /// Who sends them.
    pub sender: Sender,
    /// From this day on Microsoft sends none (only for [`Sender::Microsoft`]).
    pub end: NaiveDate,
}

impl Default for TextMessages {
    /// Microsoft's own text messages, ending on Microsoft's date.
    fn default() -> Self {
        Self::new(Sender::Microsoft)
    }
}

/// The phone step on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneStep {
    /// On the route; the codes keep coming (the organisation's own sender).
    Offered,
    /// On the route; Microsoft sends the codes until this day.
    Ending(NaiveDate),
    /// Off the route: Microsoft stopped sending codes on this day.
    Ended(NaiveDate),
    /// Off the route: IT turned text messages off.
    Off,
}

impl TextMessages {
    /// `sender` with Microsoft's date.
    pub fn new(sender: Sender) -> Self {
        Self {
            sender,
            end: MICROSOFT_END,
        }
    }

    /// The phone step at `now` (Unix seconds, UTC): Microsoft's codes end at
    /// the start of [`TextMessages::end`], in UTC.
    pub fn at(self, now: u64) -> PhoneStep {
        match self.sender {
            Sender::OwnProvider => PhoneStep::Offered,
            Sender::Off => PhoneStep::Off,
            Sender::Microsoft if now < start_of(self.end) => PhoneStep::Ending(self.end),
            Sender::Microsoft => PhoneStep::Ended(self.end),
        }
    }
}

impl PhoneStep {
    /// True when the route has its phone screens.
    pub fn on_route(self) -> bool {
        matches!(self, PhoneStep::Offered | PhoneStep::Ending(_))
    }
}

/// Midnight UTC at the start of `day`, in Unix seconds.
fn start_of(day: NaiveDate) -> u64 {
    let seconds = day
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp());
    u64::try_from(seconds).unwrap_or_default()
}

/// Reads `text_messages_end` as the config file writes it, a TOML date
/// (`text_messages_end = 2027-02-01`); a time or a string is refused, with
/// the value's line.
pub fn deserialize_end<'de, D>(deserializer: D) -> Result<Option<NaiveDate>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let refused =
        || serde::de::Error::custom("text_messages_end must be a date such as 2027-02-01");
    let value = toml::value::Datetime::deserialize(deserializer).map_err(|_| refused())?;
    match (value.date, value.time, value.offset) {
        (Some(d), None, None) => {
            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                .map(Some)
                .ok_or_else(refused)
        }
        _ => Err(refused()),
    }
}

/// A day as the config file writes it, for `--print-config`.
pub fn show_day(day: NaiveDate) -> toml::Value {
    day.format("%Y-%m-%d")
        .to_string()
        .parse::<toml::value::Datetime>()
        .map_or_else(
            |_| toml::Value::String(day.to_string()),
            toml::Value::Datetime,
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2027-02-01T00:00:00Z.
    const END: u64 = 1_801_440_000;

    #[test]
    fn microsofts_codes_end_at_midnight_utc_on_the_day() {
        assert_eq!(start_of(MICROSOFT_END), END);
        let microsoft = TextMessages::default();
        assert_eq!(microsoft.at(END - 1), PhoneStep::Ending(MICROSOFT_END));
        assert_eq!(microsoft.at(END), PhoneStep::Ended(MICROSOFT_END));
        assert!(microsoft.at(END - 1).on_route());
        assert!(!microsoft.at(END).on_route());
    }

    #[test]
    fn the_organisations_own_sender_never_ends_and_off_is_always_off() {
        for now in [0, END - 1, END, END * 2] {
            assert_eq!(
                TextMessages::new(Sender::OwnProvider).at(now),
                PhoneStep::Offered
            );
            assert_eq!(TextMessages::new(Sender::Off).at(now), PhoneStep::Off);
        }
    }

    #[test]
    fn a_moved_date_counts() {
        let later = NaiveDate::from_ymd_opt(2027, 6, 1).unwrap();
        let moved = TextMessages {
            sender: Sender::Microsoft,
            end: later,
        };
        assert_eq!(moved.at(END), PhoneStep::Ending(later));
    }

    #[test]
    fn the_end_is_a_toml_date() {
        #[derive(Deserialize)]
        struct T {
            #[serde(default, deserialize_with = "deserialize_end")]
            end: Option<NaiveDate>,
        }
        let read = |s: &str| toml::from_str::<T>(&format!("end = {s}")).map(|t| t.end);
        let day = NaiveDate::from_ymd_opt(2027, 3, 4).unwrap();
        assert_eq!(read("2027-03-04").unwrap(), Some(day));
        for wrong in ["2027-03-04T10:00:00", "\"2027-03-04\"", "20270304"] {
            let e = read(wrong).unwrap_err();
            assert!(e.message().contains("must be a date"), "{wrong}: {e}");
        }
        assert_eq!(show_day(day).to_string(), "2027-03-04");
    }

    #[test]
    fn the_config_names_read() {
        #[derive(Deserialize)]
        struct T {
            s: Sender,
        }
        let read = |s: &str| toml::from_str::<T>(&format!("s = \"{s}\"")).map(|t| t.s);
        assert_eq!(read("microsoft").unwrap(), Sender::Microsoft);
        assert_eq!(read("own-provider").unwrap(), Sender::OwnProvider);
        assert!(read("on").is_err(), "on is privacyIDEA's and training's");
        assert_eq!(read("off").unwrap(), Sender::Off);
        assert!(read("sms").is_err());
        for s in [Sender::Microsoft, Sender::OwnProvider, Sender::Off] {
            assert_eq!(read(s.name()).unwrap(), s);
        }
    }
}
