//! Guide steps 8–10, Microsoft 365: "Let's try it out": the page shows a
//! number, the person types it into Microsoft Authenticator and taps Yes;
//! Microsoft's page says "Notification approved". The app's tick appears
//! here once Graph lists it.

use iced::Element;
use iced::widget::text;

use super::ticks::{self, Show};
use super::{Message, State, heading, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{self, authenticator, frame, microsoft365_page};

/// The "Let's try it out" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let left = heading(
        t!(lang, "m365-try-it-title"),
        vec![
            t!(lang, "m365-try-it-1"),
            t!(lang, "m365-try-it-2"),
            t!(lang, "m365-try-it-3"),
        ],
    )
    .push(
        text(t!(lang, "m365-example-number"))
            .size(ui::TEXT * 0.85)
            .style(ui::style::muted),
    )
    .push(ticks::panel(state, ctx, Show::App));
    let approved = state.progress().authenticator.is_some();
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::try_it(
            lang,
            &state.organisation(ctx),
            approved,
            ctx.phone_step.on_route(),
        ),
    );
    let phone = authenticator::number_prompt(lang, ctx.platform, state.username());
    layout(ctx, left, page, Some(phone))
}
