//! Guide steps 4–5: the page says "more information required" and asks for
//! the app; back to installing if it is not there yet.

use iced::widget::{column, container, text};
use iced::{Element, Length};

use super::{Ctx, Event};
use crate::guide::Screen;
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, frame};

/// The person wants to install the app first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// Back to the install screen.
    BackToInstall,
}

const BACK_TO_INSTALL: FocusId = FocusId("back-to-install");

/// What the message means for the app.
pub fn update(message: Message) -> Option<Event> {
    match message {
        Message::BackToInstall => Some(Event::GoTo(Screen::Install)),
    }
}

/// Tab order of the screen's controls.
pub fn targets() -> Vec<Target<Message>> {
    vec![Target::Button(BACK_TO_INSTALL, Message::BackToInstall)]
}

/// The "more information required" screen.
pub fn view<'a>(ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let page = column![
        ctx.organisation(ui::TEXT * 0.9),
        text(t!(lang, "more-info-title"))
            .size(ui::TEXT * 1.4)
            .font(ui::BOLD),
        container(frame::highlighted(t!(lang, "nav-next"))).align_right(Length::Fill),
    ]
    .spacing(16);
    ui::split(
        ctx.narrow,
        column![
            ui::title(t!(lang, "more-info-title")),
            ui::steps(vec![
                t!(lang, "more-info-1"),
                t!(lang, "more-info-2", app = ctx.profile.app.name()),
                t!(lang, "more-info-3"),
            ]),
            ui::button(
                t!(lang, "more-info-back-to-install"),
                Some(Message::BackToInstall),
                Kind::Secondary,
                ctx.focused(BACK_TO_INSTALL),
            ),
        ]
        .spacing(20)
        .width(Length::FillPortion(5)),
        container(frame::browser(ctx.enrollment_page(), page)).width(Length::FillPortion(4)),
    )
}
