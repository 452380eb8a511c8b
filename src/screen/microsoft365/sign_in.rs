//! Guide step 3, Microsoft 365: sign in with Microsoft in the browser (or
//! with a code on another device), which lets the assistant read what
//! Microsoft has. Microsoft may interrupt this very sign-in with "More
//! information required": then the person goes on beside its pages and the
//! sign-in finishes by itself at the end.

use iced::widget::{column, row, text};
use iced::{Element, Length};

use super::ticks::{self, Show};
use super::{CANCEL, DEVICE, Message, SIGN_IN, State, layout};
use crate::screen::Ctx;
use crate::t;
use crate::ui::{self, Kind, Tone, frame, microsoft365_page, style};

/// The sign-in screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let mut left = column![ui::title(t!(lang, "m365-sign-in-title"))];
    // Once signed in, how to sign in is history: what Microsoft has shows.
    if !state.signed_in() {
        left = left.push(ui::steps(vec![
            t!(lang, "m365-sign-in-1"),
            t!(lang, "m365-sign-in-2"),
            t!(lang, "m365-sign-in-3"),
        ]));
    }
    if state.signing_in() {
        if let Some(code) = state.device_code() {
            left = left.push(
                iced::widget::container(
                    column![
                        ui::instruction(t!(
                            lang,
                            "m365-device-open",
                            uri = code.verification_uri.as_str()
                        )),
                        text(code.user_code.clone())
                            .size(ui::TEXT * 2.2)
                            .font(ui::BOLD),
                    ]
                    .spacing(8),
                )
                .padding(14)
                .style(style::card),
            );
        }
        left = left.push(crate::screen::waiting(
            ctx,
            t!(lang, "m365-sign-in-waiting"),
            (CANCEL, Message::Cancel),
        ));
    } else if !state.signed_in() {
        let mut buttons = row![ui::button(
            t!(lang, "m365-sign-in-button"),
            Some(Message::SignIn),
            Kind::Primary,
            ctx.focused(SIGN_IN),
        )]
        .spacing(12);
        if state.handle.as_ref().is_some_and(|h| h.device_code()) {
            buttons = buttons.push(ui::button(
                t!(lang, "m365-device-button"),
                Some(Message::DeviceCode),
                Kind::Secondary,
                ctx.focused(DEVICE),
            ));
        }
        left = left.push(buttons);
    }
    if state.expired {
        left = left.push(ui::feedback(Tone::Info, t!(lang, "m365-session-expired")));
    }
    if let Some(problem) = state.sign_in.problem() {
        left = left.push(problem.view(ctx));
    }
    if let Some(account) = state.account().filter(|_| state.signed_in()) {
        let name = account.name.as_deref().unwrap_or_default();
        let who = match account.username.as_deref() {
            Some(user) if !name.is_empty() => format!("{name} ({user})"),
            Some(user) => user.to_owned(),
            None => name.to_owned(),
        };
        left = left.push(ui::feedback(
            Tone::Success,
            t!(lang, "m365-signed-in", account = who),
        ));
    }
    // Not signed in, the problem above says why nothing is read.
    if state.signed_in() {
        left = left.push(ticks::panel(state, ctx, Show::Both));
    }
    if state.replacing() && state.signed_in() {
        left = left.push(ui::instruction(t!(lang, "m365-new-phone-signed-in")));
    } else if state.on_record_at_sign_in() {
        left = left.push(ui::instruction(t!(lang, "m365-on-record-at-sign-in")));
    } else if state.signed_in() {
        left = left.push(ui::instruction(t!(
            lang,
            "m365-signed-in-next",
            page = crate::service::microsoft365::SETUP_PAGE
        )));
    }
    let host = state.sign_in_host();
    let page = frame::browser(&host, microsoft365_page::sign_in(lang, state.username()));
    layout(ctx, left.width(Length::Fill), page, None)
}
