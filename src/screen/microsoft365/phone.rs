//! Guide step 11, Microsoft 365: "Phone": country or region, the mobile
//! number, "Text me a code", Next, all on Microsoft's page.

use iced::Element;

use super::ticks::{self, Show};
use super::{Message, State, heading, layout};
use crate::screen::Ctx;
use crate::screen::phone_number::country_name;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{frame, microsoft365_page};

/// The "Phone" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let left = heading(
        t!(lang, "m365-phone-title"),
        vec![
            t!(lang, "m365-phone-1"),
            t!(lang, "m365-phone-2"),
            t!(lang, "m365-phone-3"),
        ],
    )
    .extend(super::backup::ending_notice(ctx))
    .push(ticks::panel(state, ctx, Show::Phone));
    let country = ctx.config.default_country;
    let shown = format!(
        "{} (+{})",
        country_name(lang, country),
        country.dialling_code()
    );
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::phone(lang, &state.organisation(ctx), shown),
    );
    layout(ctx, left, page, None)
}
