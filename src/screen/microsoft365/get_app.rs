//! Guide step 5, Microsoft 365: "Keep your account secure" / "Start by
//! getting the app": the app installed in step 2, or back to install it.

use iced::Element;

use super::ticks::{self, Show};
use super::{BACK_TO_INSTALL, Message, State, heading, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{self, Kind, frame, microsoft365_page, picture};

/// The "Start by getting the app" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let app = ctx.profile.app;
    let left = heading(
        t!(lang, "m365-get-app-title"),
        vec![
            t!(lang, "m365-get-app-1"),
            t!(lang, "m365-get-app-2", app = app.name()),
            t!(lang, "m365-get-app-3"),
        ],
    )
    .push(ui::button(
        t!(lang, "more-info-back-to-install"),
        Some(Message::BackToInstall),
        Kind::Secondary,
        ctx.focused(BACK_TO_INSTALL),
    ))
    .push(ticks::panel(state, ctx, Show::App));
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::get_app(lang, &state.organisation(ctx), ctx.phone_step.on_route()),
    );
    let phone = picture::store_page(lang, ctx.platform, app);
    layout(ctx, left, page, Some(phone))
}
