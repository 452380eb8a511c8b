//! Guide step 6, Microsoft 365: "Set up your account": in the app, + →
//! Work or school → Scan QR code; the page's Next.

use iced::Element;

use super::ticks::{self, Show};
use super::{Message, State, heading, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{authenticator, frame, microsoft365_page};

/// The "Set up your account" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let left = heading(
        t!(lang, "m365-set-up-title"),
        vec![
            t!(lang, "m365-set-up-1", app = ctx.profile.app.name()),
            t!(lang, "m365-set-up-2"),
            t!(lang, "m365-set-up-3"),
            t!(lang, "m365-set-up-4"),
        ],
    )
    .push(ticks::panel(state, ctx, Show::App));
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::set_up(lang, &state.organisation(ctx), ctx.phone_step.on_route()),
    );
    let phone = authenticator::add_work_account(lang, ctx.platform);
    layout(ctx, left, page, Some(phone))
}
