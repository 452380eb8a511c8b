//! A new phone, first: on My Security info "+ Add sign-in method",
//! "Microsoft Authenticator", "Add", and the app on the new phone scans
//! Microsoft's code. Ticked once Graph lists an Authenticator with an id
//! it did not list at the sign-in: the old phone may be the same model.

use iced::Element;
use iced::widget::column;

use super::ticks::{self, Show};
use super::{Message, State, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SECURITY_INFO_PAGE;
use crate::t;
use crate::ui::{self, authenticator, frame, new_phone};

/// The "add your new phone" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    // What Microsoft has comes first, as on the passkey's screen: the
    // steps are long, and the new phone's tick is what the person waits for.
    let mut left = column![
        ui::title(t!(lang, "m365-new-phone-add-title")),
        ticks::panel(state, ctx, Show::NewPhone),
        ui::steps(vec![
            t!(lang, "m365-new-phone-add-1"),
            t!(lang, "m365-new-phone-add-2", app = ctx.profile.app.name()),
            t!(lang, "m365-new-phone-add-3"),
            t!(lang, "m365-new-phone-add-4"),
        ]),
    ];
    left = left.push(super::new_phone::open_security_info(state, ctx));
    let page = frame::browser(
        SECURITY_INFO_PAGE,
        new_phone::add_authenticator(lang, state.username()),
    );
    let phone = authenticator::add_work_account(lang, ctx.platform);
    layout(ctx, left, page, Some(phone))
}
