//! The `[room]` table: the training room the assistant joins (IT sets it on
//! the training PCs), and how long a trainer keeps its rooms.

use serde::Deserialize;

/// The training room to join, and the trainer's retention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomSettings {
    /// The trainer's address, e.g. `http://192.168.1.20:7641`.
    pub address: Option<url::Url>,
    /// The room code.
    pub code: Option<crate::room::RoomCode>,
    /// How many days a trainer keeps a room after its last activity.
    pub retention_days: u32,
    /// How many trainees a trainer lets into one room.
    pub max_trainees: u32,
}

impl Default for RoomSettings {
    fn default() -> Self {
        Self {
            address: None,
            code: None,
            retention_days: 30,
            max_trainees: crate::room::limits::DEFAULT_MAX_TRAINEES,
        }
    }
}

impl RoomSettings {
    /// The room to join, when both the address and the code are set.
    pub fn join(&self) -> Option<(url::Url, crate::room::RoomCode)> {
        Some((self.address.clone()?, self.code.clone()?))
    }
}

/// Reads a trainer's address (`http://` or `https://` with a host).
pub fn parse_room_address(text: &str) -> Result<url::Url, String> {
    let url = url::Url::parse(text.trim()).map_err(|e| format!("'{text}': {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(format!("'{text}' must be http://HOST:PORT"));
    }
    Ok(url)
}

/// Reads a cap on trainees: 1 to [`crate::room::limits::MAX_TRAINEES_CEILING`].
pub fn parse_max_trainees(text: &str) -> Result<u32, String> {
    let ceiling = crate::room::limits::MAX_TRAINEES_CEILING;
    match text.trim().parse::<u32>() {
        Ok(n) if (1..=ceiling).contains(&n) => Ok(n),
        _ => Err(format!("max_trainees must be 1 to {ceiling}, not {text}")),
    }
}

/// Reads a room code: six digits.
pub fn parse_room_code(text: &str) -> Result<crate::room::RoomCode, String> {
    crate::room::RoomCode::parse(text).ok_or_else(|| format!("'{text}' is not a 6-digit room code"))
}

/// The table as written in a file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoomFile {
    address: Option<toml::Spanned<String>>,
    code: Option<toml::Spanned<String>>,
    retention_days: Option<toml::Spanned<u32>>,
    max_trainees: Option<toml::Spanned<u32>>,
}

impl RoomFile {
    /// Puts what the file sets onto `room`, key by key; an error names the
    /// value's line (`line` of its span).
    pub(super) fn apply(
        self,
        room: &mut RoomSettings,
        line: impl Fn(std::ops::Range<usize>) -> Option<usize>,
    ) -> Result<(), (Option<usize>, String)> {
        if let Some(address) = self.address {
            let parsed = parse_room_address(address.get_ref());
            room.address = Some(parsed.map_err(|e| (line(address.span()), e))?);
        }
        if let Some(code) = self.code {
            let parsed = parse_room_code(code.get_ref());
            room.code = Some(parsed.map_err(|e| (line(code.span()), e))?);
        }
        if let Some(days) = self.retention_days {
            if !(1..=3650).contains(days.get_ref()) {
                return Err((
                    line(days.span()),
                    format!("retention_days must be 1 to 3650, not {}", days.get_ref()),
                ));
            }
            room.retention_days = days.into_inner();
        }
        if let Some(max) = self.max_trainees {
            room.max_trainees = parse_max_trainees(&max.get_ref().to_string())
                .map_err(|e| (line(max.span()), e))?;
        }
        Ok(())
    }
}
