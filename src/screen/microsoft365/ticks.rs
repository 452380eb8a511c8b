//! The live panel: what Microsoft shows for the guide's two results, ticked
//! off the moment Graph lists them, marked new or already on record; and
//! one calm line on how the checking goes.

use iced::Element;
use iced::widget::{Column, column, text};

use super::{Message, State};
use crate::screen::{Ctx, error_text};
use crate::service::Error;
use crate::service::microsoft365::Choice;
use crate::service::microsoft365::{Fault, MethodKind, Tick};
use crate::t;
use crate::ui::{self, Tone};

/// Which results a screen is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// The app (the screens up to "Let's try it out").
    App,
    /// The mobile phone (the phone's screens).
    Phone,
    /// Every method (the sign-in and the finish).
    Both,
    /// The passkeys (the passkey's screens).
    Passkey,
    /// The new phone's entries and the old phone's (a new phone's route).
    NewPhone,
}

/// The panel: a heading, the ticks and the state of checking.
pub fn panel<'a>(state: &State, ctx: &Ctx<'_>, show: Show) -> Element<'a, Message> {
    let lang = ctx.lang;
    let mut lines = column![
        text(t!(lang, "m365-ticks-heading"))
            .size(ui::TEXT * 0.9)
            .font(ui::BOLD)
    ]
    .spacing(8);
    if let Some(line) = status(state, ctx) {
        lines = lines.push(line);
    }
    if state.before.is_some() && state.not_checked.is_none() {
        lines = ticks(lines, state, ctx, show);
    }
    lines.into()
}

/// The ticks for `show`, or what is not there yet.
fn ticks<'a>(
    mut lines: Column<'a, Message>,
    state: &State,
    ctx: &Ctx<'_>,
    show: Show,
) -> Column<'a, Message> {
    let lang = ctx.lang;
    if show == Show::Passkey {
        return passkeys(lines, state, ctx);
    }
    if show == Show::NewPhone {
        return super::new_phone::lines(lines, state, ctx);
    }
    let app = state.wants(Choice::Authenticator) || state.progress.authenticator.is_some();
    if show != Show::Phone && app {
        lines = lines.push(match &state.progress.authenticator {
            Some(tick) => ui::feedback(Tone::Success, app_line(ctx, tick)),
            None => ui::feedback(Tone::Info, t!(lang, "m365-tick-app-waiting")),
        });
    }
    let phone = state.wants(Choice::Phone) || state.progress.mobile_phone.is_some();
    if show != Show::App && phone {
        let on_route = ctx.phone_step.on_route();
        let line = match &state.progress.mobile_phone {
            // On record, but no text message reaches it any more.
            Some(tick) if !on_route => {
                let number = tick.method.phone_number().unwrap_or_default();
                super::backup::phone_on_record(ctx, &number).map(|s| ui::feedback(Tone::Info, s))
            }
            Some(tick) => Some(ui::feedback(Tone::Success, phone_line(ctx, tick))),
            None if !on_route => None,
            None if state.phone_optional() => Some(ui::feedback(
                Tone::Info,
                t!(lang, "m365-tick-phone-optional"),
            )),
            None => Some(ui::feedback(
                Tone::Info,
                t!(lang, "m365-tick-phone-waiting"),
            )),
        };
        if let Some(line) = line {
            lines = lines.push(line);
        }
    }
    if show == Show::Both {
        if state.wants_passkey() {
            lines = passkeys(lines, state, ctx);
        } else if let Some(tick) = &state.progress.passkey {
            // Not asked for here, but where one is there it is said.
            lines = lines.push(ui::feedback(Tone::Success, passkey_line(ctx, tick)));
        }
    }
    lines
}

/// Every passkey Microsoft lists, each named as what it is: ticked where
/// it counts (one in Microsoft Authenticator; any with `passkey_any_key`),
/// said plainly where it does not; or that none is there yet.
fn passkeys<'a>(
    mut lines: Column<'a, Message>,
    state: &State,
    ctx: &Ctx<'_>,
) -> Column<'a, Message> {
    // Microsoft Authenticator's first: the one the screens ask for.
    let mut listed: Vec<&Tick> = state.progress.passkeys.iter().collect();
    listed.sort_by_key(|t| !t.in_authenticator());
    for tick in listed {
        lines = lines.push(if tick.in_authenticator() {
            ui::feedback(Tone::Success, passkey_line(ctx, tick))
        } else if state.passkey_any_key() {
            ui::feedback(Tone::Success, key_line(ctx, tick))
        } else {
            ui::feedback(
                Tone::Info,
                t!(
                    ctx.lang,
                    "m365-tick-security-key-not-counted",
                    name = key_name(tick)
                ),
            )
        });
    }
    if state.counted_passkey().is_none() {
        lines = lines.push(ui::feedback(
            Tone::Info,
            t!(ctx.lang, "m365-tick-passkey-waiting"),
        ));
    }
    lines
}

/// A security key's model as Graph names it ("YubiKey 5 Series"), with
/// the person's own name for it where there is one.
fn key_name(tick: &Tick) -> String {
    let MethodKind::Passkey {
        display_name,
        model,
        ..
    } = &tick.method.kind
    else {
        return String::new();
    };
    fn given(s: &Option<String>) -> Option<&str> {
        s.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
    match (given(model), given(display_name)) {
        (Some(model), Some(name)) if name != model => format!("{model} “{name}”"),
        (Some(model), _) => model.to_owned(),
        (None, Some(name)) => name.to_owned(),
        (None, None) => String::new(),
    }
}

/// "Security key YubiKey 5 Series (new)".
fn key_line(ctx: &Ctx<'_>, tick: &Tick) -> String {
    t!(
        ctx.lang,
        "m365-tick-security-key",
        name = key_name(tick),
        state = mark(tick)
    )
}

/// "Passkey in Microsoft Authenticator on Pixel 8 (new)".
pub fn passkey_line(ctx: &Ctx<'_>, tick: &Tick) -> String {
    let (name, in_authenticator) = match &tick.method.kind {
        MethodKind::Passkey {
            display_name,
            model,
            in_authenticator,
        } => (
            display_name
                .as_deref()
                .or(model.as_deref())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_default(),
            *in_authenticator,
        ),
        _ => ("", false),
    };
    if in_authenticator {
        t!(
            ctx.lang,
            "m365-tick-passkey-authenticator",
            device = name,
            state = mark(tick)
        )
    } else {
        t!(
            ctx.lang,
            "m365-tick-passkey",
            name = name,
            state = mark(tick)
        )
    }
}

fn mark(tick: &Tick) -> &'static str {
    if tick.new { "new" } else { "kept" }
}

/// "Microsoft Authenticator on SM-G973F (new)".
pub fn app_line(ctx: &Ctx<'_>, tick: &Tick) -> String {
    let device = match &tick.method.kind {
        MethodKind::Authenticator { display_name, .. } => display_name.as_deref(),
        _ => None,
    };
    match device.filter(|d| !d.trim().is_empty()) {
        Some(device) => t!(
            ctx.lang,
            "m365-tick-app",
            device = device,
            state = mark(tick)
        ),
        None => t!(ctx.lang, "m365-tick-app-no-device", state = mark(tick)),
    }
}

/// "mobile phone +31 6 12345678 (new)".
pub fn phone_line(ctx: &Ctx<'_>, tick: &Tick) -> String {
    let number = tick.method.phone_number().unwrap_or_default();
    t!(
        ctx.lang,
        "m365-tick-phone",
        number = number,
        state = mark(tick)
    )
}

/// How checking goes, when there is something to say.
fn status<'a>(state: &State, ctx: &Ctx<'_>) -> Option<Element<'a, Message>> {
    let lang = ctx.lang;
    let line = |s: String| Some(ui::feedback(Tone::Info, s));
    if let Some(e) = &state.not_checked {
        return line(t!(lang, "m365-not-checked", reason = reason(ctx, e)));
    }
    if state.expired {
        return line(t!(lang, "m365-session-expired"));
    }
    if !state.signed_in() {
        return if state.signing_in() {
            line(t!(lang, "m365-check-after-sign-in"))
        } else {
            line(t!(lang, "m365-check-not-signed-in"))
        };
    }
    if let Some((error, retry_in)) = &state.retrying {
        let seconds = retry_in.as_secs().max(1);
        return line(match error {
            // Microsoft's own request to wait says how long itself.
            Error::Microsoft365(Fault::Throttled(_)) => error_text(lang, error, seconds),
            _ => t!(lang, "m365-retrying", seconds = seconds),
        });
    }
    if state.before.is_none() {
        return line(t!(lang, "m365-reading"));
    }
    None
}

/// Why nothing is checked, in a sentence.
pub fn reason(ctx: &Ctx<'_>, e: &Error) -> String {
    match e {
        Error::Microsoft365(Fault::ConsentMissing) => t!(ctx.lang, "m365-reason-consent"),
        Error::Microsoft365(Fault::Forbidden) => t!(ctx.lang, "m365-reason-forbidden"),
        other => error_text(ctx.lang, other, 0),
    }
}
