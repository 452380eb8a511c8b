//! The end of Microsoft's text messages as the Microsoft 365 screens say
//! it: a notice on the phone screens before the day, and on the finish,
//! once the phone step is off the route, what the person's backup is.

use iced::Element;

use super::{Message, State};
use crate::screen::{Ctx, long_date};
use crate::service::PhoneStep;
use crate::t;
use crate::ui::{self, Tone};

/// Before Microsoft's day, on the phone screens: the codes stop then, and
/// what this person signs in with afterwards.
pub fn ending_notice<'a>(ctx: &Ctx<'_>) -> Option<Element<'a, Message>> {
    match ctx.phone_step {
        PhoneStep::Ending(day) => Some(ui::feedback(
            Tone::Info,
            t!(
                ctx.lang,
                "m365-texts-ending",
                date = long_date(ctx.lang, day)
            ),
        )),
        PhoneStep::Offered | PhoneStep::Ended(_) | PhoneStep::Off => None,
    }
}

/// On the finish, where the phone step left the route: why no phone, and
/// that the second way to sign in is the app or a passkey (whose own
/// route is still to come).
pub fn finish_note<'a>(state: &State, ctx: &Ctx<'_>) -> Option<Element<'a, Message>> {
    let lang = ctx.lang;
    let why = match ctx.phone_step {
        PhoneStep::Ended(day) => t!(lang, "m365-texts-ended", date = long_date(lang, day)),
        PhoneStep::Off => t!(lang, "m365-texts-off"),
        PhoneStep::Offered | PhoneStep::Ending(_) => return None,
    };
    let app = if state.progress().authenticator.is_some() {
        t!(lang, "m365-backup-app")
    } else {
        t!(lang, "m365-backup-app-missing")
    };
    // Where Microsoft already lists a passkey it is named, not announced;
    // where this route sets one up, it is not "to come".
    let passkey = if state.progress().passkey.is_some() {
        t!(lang, "m365-backup-passkey-on-record")
    } else if state.wants_passkey() {
        t!(lang, "m365-backup-passkey-route")
    } else {
        t!(lang, "m365-backup-passkey")
    };
    Some(
        iced::widget::column![
            ui::instruction(format!("{why} {app}")),
            ui::instruction(passkey),
        ]
        .spacing(8)
        .into(),
    )
}

/// The tick line for a mobile phone Microsoft has on record, where the
/// phone step left the route: on record, but not the backup.
pub fn phone_on_record(ctx: &Ctx<'_>, number: &str) -> Option<String> {
    let lang = ctx.lang;
    match ctx.phone_step {
        PhoneStep::Ended(_) => Some(t!(
            lang,
            "m365-tick-phone-not-backup-ended",
            number = number
        )),
        PhoneStep::Off => Some(t!(lang, "m365-tick-phone-not-backup-off", number = number)),
        PhoneStep::Offered | PhoneStep::Ending(_) => None,
    }
}
