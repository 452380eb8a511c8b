//! Guide step 12, Microsoft 365: the code from Microsoft's text message,
//! typed on Microsoft's page, Verify. The phone's tick appears once Graph
//! lists the number.

use iced::Element;

use super::ticks::{self, Show};
use super::{Message, State, heading, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{authenticator, frame, microsoft365_page};

/// The text message code screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let left = heading(
        t!(lang, "m365-code-title"),
        vec![
            t!(lang, "m365-code-1"),
            t!(lang, "m365-code-2"),
            t!(lang, "m365-code-3"),
        ],
    )
    .extend(super::backup::ending_notice(ctx))
    .push(ticks::panel(state, ctx, Show::Phone));
    // The number the code went to, as far as the assistant knows it: the
    // country's code, the rest is on Microsoft's page.
    let to = format!(
        "+{} ••• ••• •••",
        ctx.config.default_country.dialling_code()
    );
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::code(
            lang,
            &state.organisation(ctx),
            to,
            state.progress().mobile_phone.is_some(),
        ),
    );
    let phone = authenticator::text_message(lang, ctx.platform);
    layout(ctx, left, page, Some(phone))
}
