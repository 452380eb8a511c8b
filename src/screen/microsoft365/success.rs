//! Guide step 13, Microsoft 365: "Success!", Done. What Microsoft shows
//! now is ticked off beside it.

use iced::Element;

use super::ticks::{self, Show};
use super::{Message, State, heading, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{frame, microsoft365_page};

/// The "Success!" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let left = heading(
        t!(lang, "m365-success-title"),
        vec![t!(lang, "m365-success-1"), t!(lang, "m365-success-2")],
    )
    .push(ticks::panel(state, ctx, Show::Both));
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::success(lang, &state.organisation(ctx), ctx.phone_step.on_route()),
    );
    layout(ctx, left, page, None)
}
