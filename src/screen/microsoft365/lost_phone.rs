//! A lost phone: without it there is no second step to sign in with, so
//! the person cannot add a new phone yet. The helpdesk gives a Temporary
//! Access Pass (its phone or address where IT's `helpdesk` names it), and
//! Microsoft's sign-in asks for it; then the route goes on as a new phone.

use iced::Element;

use super::{Message, State, heading, layout};
use crate::screen::Ctx;
use crate::t;
use crate::ui::{frame, new_phone};

/// The "phone lost: a Temporary Access Pass first" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    // Who to ask, inside the step that asks: where IT named the helpdesk,
    // its number or address.
    let helpdesk = match &ctx.config.helpdesk {
        Some(contact) => t!(lang, "m365-lost-helpdesk", contact = contact.as_str()),
        None => t!(lang, "m365-lost-helpdesk-unknown"),
    };
    let left = heading(
        t!(lang, "m365-lost-title"),
        vec![
            t!(lang, "m365-lost-1"),
            format!("{} {helpdesk}", t!(lang, "m365-lost-2")),
            t!(lang, "m365-lost-3"),
            t!(lang, "m365-lost-4"),
        ],
    );
    let page = frame::browser(
        &state.sign_in_host(),
        new_phone::temporary_access_pass(lang, state.username()),
    );
    // No phone: it is lost.
    layout(ctx, left, page, None)
}
