//! The CSV report: one line per person per step they reached, for every
//! room still kept. Times are UTC; names are quoted so a spreadsheet never
//! runs them as formulas.

use std::io::{self, Write};

use super::store::StoredRoom;
use super::wire::{Refusal, Step};

/// The report of `rooms` at `now`, as one string.
pub fn csv(rooms: &[StoredRoom], now: u64) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = header(&mut out);
    for room in rooms {
        let _ = self::room(&mut out, room, now);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The report's first line.
pub fn header(out: &mut dyn Write) -> io::Result<()> {
    out.write_all(
        b"room_started_utc,trainee,person,name,step,entered_utc,seconds,passed,refusals",
    )?;
    for reason in Refusal::ALL {
        write!(out, ",{}", reason.key())?;
    }
    out.write_all(b"\r\n")
}

/// One room's lines: one per person per step they reached.
pub fn room(out: &mut dyn Write, room: &StoredRoom, now: u64) -> io::Result<()> {
    let started = utc(room.started);
    for (id, trainee) in room.model.trainees() {
        for (index, person) in trainee.people.iter().enumerate() {
            let name = person.name.as_ref().map_or("", |n| n.as_str());
            for step in Step::ALL {
                let record = &person.steps[step.index()];
                let Some(entered) = record.entered else {
                    continue;
                };
                write!(
                    out,
                    "{started},{},{},{},{},{},{},{},{}",
                    id.0,
                    index + 1,
                    field(name),
                    step.key(),
                    utc(entered),
                    trainee.time_on(index, step, now),
                    u8::from(record.passed),
                    record.refusal_count(),
                )?;
                for count in record.refusals {
                    write!(out, ",{count}")?;
                }
                out.write_all(b"\r\n")?;
            }
        }
    }
    Ok(())
}

/// A text field quoted for CSV, defused for spreadsheets (`=`, `+`, `-`
/// at the start would be a formula, also behind invisible characters a
/// spreadsheet skips; names from before issue 23 may have them).
fn field(text: &str) -> String {
    let defused = match super::names::skip_invisible(text).chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{text}"),
        _ => text.to_owned(),
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

/// Unix seconds as `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn utc(unix: u64) -> String {
    let days = (unix / 86_400) as i64;
    let secs = unix % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::room::model::Model;
    use crate::room::wire::{DisplayName, EventKind, RoomCode, TraineeId};

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00:00");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00:00");
        assert_eq!(utc(1_800_000_000), "2027-01-15 08:00:00");
        assert_eq!(utc(4_102_444_799), "2099-12-31 23:59:59");
    }

    #[test]
    fn one_line_per_person_and_step() {
        const T0: u64 = 1_800_000_000;
        let mut model = Model::new(RoomCode::parse("111111").unwrap());
        let id = TraineeId(4);
        model.join(id, true, T0);
        let name = DisplayName::new("=Jan \"J\"").unwrap();
        model.apply(id, T0, &EventKind::Named { name });
        let scan = Step::Scan;
        model.apply(id, T0 + 10, &EventKind::StepEntered { step: scan });
        let reason = Refusal::CoolDown;
        model.apply(id, T0 + 20, &EventKind::Refused { step: scan, reason });
        let csv = csv(&[StoredRoom { started: T0, model }], T0 + 70);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].ends_with("wrong_code,clock_off,used_already,expired,cool_down,sms_resend,approval_denied,wrong_number,approval_timed_out,other"));
        assert_eq!(
            lines[1],
            "2027-01-15 08:00:00,4,1,\"'=Jan \"\"J\"\"\",welcome,2027-01-15 08:00:00,10,0,0,0,0,0,0,0,0,0,0,0,0"
        );
        assert_eq!(
            lines[2],
            "2027-01-15 08:00:00,4,1,\"'=Jan \"\"J\"\"\",scan,2027-01-15 08:00:10,60,0,1,0,0,0,0,1,0,0,0,0,0"
        );
        assert_eq!(lines[3], "");
    }
}
