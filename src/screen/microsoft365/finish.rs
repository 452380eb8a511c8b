//! The end, Microsoft 365: what Microsoft now has, read from Graph (still
//! watched, so a late tick arrives here too), or plainly "not checked";
//! the next sign-in, the organisation's security page, a restart.

use iced::widget::{column, container};
use iced::{Element, Length};

use super::ticks::{self, Show};
use super::{HELP, Message, RESTART, SIGN_IN, State, layout};
use crate::screen::Ctx;
use crate::t;
use crate::ui::{self, Kind, Tone, picture};

/// The finish screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let mut left = match state.not_checked() {
        Some(e) => column![
            ui::title(t!(lang, "m365-finish-title-unchecked")),
            ui::feedback(
                Tone::Error,
                t!(
                    lang,
                    "m365-finish-not-checked",
                    reason = ticks::reason(ctx, e)
                ),
            ),
        ],
        None if state.complete() && state.replacing() => {
            column![ui::title(t!(lang, "m365-new-phone-finish-title"))]
        }
        None if state.complete() => column![ui::title(t!(lang, "finish-title"))],
        None if state.replacing() && state.new_phone_listed() => column![
            ui::title(t!(lang, "m365-finish-title-waiting")),
            ui::instruction(t!(lang, "m365-new-phone-finish-old-left")),
        ],
        None => column![
            ui::title(t!(lang, "m365-finish-title-waiting")),
            ui::instruction(t!(lang, "m365-finish-missing")),
        ],
    };
    let checked = state.not_checked().is_none() && state.signed_in();
    if state.not_checked().is_none() {
        let show = if state.replacing() {
            Show::NewPhone
        } else {
            Show::Both
        };
        left = left.push(ticks::panel(state, ctx, show));
    }
    if state.may_sign_in_here() {
        // The sign-in was given up on the way (it ran out in the browser):
        // signing in here still checks what Microsoft has.
        left = left.push(ui::button(
            t!(lang, "m365-sign-in-button"),
            Some(Message::SignIn),
            Kind::Secondary,
            ctx.focused(SIGN_IN),
        ));
    }
    if checked && state.on_record_at_sign_in() {
        left = left.push(ui::instruction(t!(lang, "m365-finish-on-record")));
    }
    // The route of a new phone skipped no phone step: nothing to explain.
    if let Some(note) = super::backup::finish_note(state, ctx).filter(|_| !state.replacing()) {
        left = left.push(note);
    }
    left = left
        .push(ui::instruction(next_time(state, ctx)))
        .push(crate::screen::finish::see_also(ctx))
        .push(
            crate::screen::finish::last_buttons(
                lang,
                state.help.then(|| (Message::OpenHelp, ctx.focused(HELP))),
                (Message::Restart, ctx.focused(RESTART)),
            )
            .wrap(),
        );
    if state.help_failed {
        left = left.push(crate::screen::finish::link_failed(ctx));
    }
    // The app as it is now, with the work account the QR code added.
    let account = state.username().unwrap_or_default();
    if account.is_empty() {
        return container(left.spacing(18).max_width(760))
            .width(Length::Fill)
            .into();
    }
    let app = picture::account_list(
        lang,
        ctx.platform,
        ctx.profile.app,
        &state.organisation(ctx),
        account,
        None,
    );
    layout(
        ctx,
        left,
        container(app).center_x(Length::Fill).into(),
        None,
    )
}

/// How the next sign-in goes: approving on the phone as in the test, or,
/// on a route that set up a passkey and not the app's notifications, the
/// passkey.
fn next_time(state: &State, ctx: &Ctx<'_>) -> String {
    use crate::service::microsoft365::Choice;
    if state.wants_passkey() && !state.wants(Choice::Authenticator) {
        t!(ctx.lang, "m365-finish-next-time-passkey")
    } else {
        t!(ctx.lang, "finish-next-time")
    }
}
