//! Guide step 4, Microsoft 365: Microsoft's "More information required".
//! The assistant opens https://aka.ms/mfasetup on the way here once the
//! person is signed in; during an interrupted sign-in the page is in that
//! browser tab already.

use iced::Element;
use iced::widget::row;

use super::ticks::{self, Show};
use super::{BACK_TO_INSTALL, Message, OPEN_PAGE, State, heading, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::SETUP_PAGE;
use crate::t;
use crate::ui::{self, Kind, frame, microsoft365_page};

/// The "More information required" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let first = if state.signed_in() {
        t!(lang, "m365-more-info-1-opened", page = SETUP_PAGE)
    } else {
        t!(lang, "m365-more-info-1-sign-in")
    };
    let mut left = heading(
        t!(lang, "m365-more-info-title"),
        vec![first, t!(lang, "m365-more-info-2")],
    );
    if let Some(problem) = &state.page_problem {
        left = left.push(problem.view(ctx));
    }
    left = left.push(
        row![
            ui::button(
                t!(lang, "m365-open-page", page = SETUP_PAGE),
                Some(Message::OpenSetupPage),
                Kind::Secondary,
                ctx.focused(OPEN_PAGE),
            ),
            ui::button(
                t!(lang, "more-info-back-to-install"),
                Some(Message::BackToInstall),
                Kind::Secondary,
                ctx.focused(BACK_TO_INSTALL),
            ),
        ]
        .spacing(12)
        .wrap(),
    );
    left = left.push(ticks::panel(state, ctx, Show::App));
    let page = frame::browser(
        SETUP_PAGE,
        microsoft365_page::more_info(lang, state.username()),
    );
    layout(ctx, left, page, None)
}
