//! Guide step 7, Microsoft 365: "Scan the QR code": the QR code is on
//! Microsoft's page (the assistant never sees it); the phone's camera.

use iced::Element;

use super::ticks::{self, Show};
use super::{Message, State, heading, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{frame, microsoft365_page, picture};

/// The "Scan the QR code" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let left = heading(
        t!(lang, "m365-scan-title"),
        vec![
            t!(lang, "m365-scan-1"),
            t!(lang, "m365-scan-2"),
            t!(lang, "m365-scan-3"),
        ],
    )
    .push(ticks::panel(state, ctx, Show::App));
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::scan(lang, &state.organisation(ctx), ctx.phone_step.on_route()),
    );
    let phone = picture::camera_view(
        lang,
        ctx.platform,
        ctx.profile.app,
        t!(lang, "label-scan-qr"),
    );
    layout(ctx, left, page, Some(phone))
}
