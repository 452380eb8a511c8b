//! Welcome: what is about to happen, and which phone the person has.

use iced::widget::{column, row, text};
use iced::{Element, Length};

use super::Ctx;
use crate::guide::Platform;
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone};

/// The person chose a phone type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// Android or iPhone.
    Platform(Platform),
}

const ANDROID: FocusId = FocusId("platform-android");
const IPHONE: FocusId = FocusId("platform-iphone");

/// Tab order of the screen's controls.
pub fn targets() -> Vec<Target<Message>> {
    vec![
        Target::Button(ANDROID, Message::Platform(Platform::Android)),
        Target::Button(IPHONE, Message::Platform(Platform::Iphone)),
    ]
}

/// The welcome screen.
pub fn view<'a>(ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let choice = |platform, id, label| {
        let kind = if ctx.platform == platform {
            Kind::Primary
        } else {
            Kind::Secondary
        };
        ui::button(
            label,
            Some(Message::Platform(platform)),
            kind,
            ctx.focused(id),
        )
    };
    let mut content = column![
        ui::title(t!(lang, "welcome-title")),
        ui::instruction(match ctx.profile.sign_in {
            // Beside Microsoft's pages, two results are checked, with Microsoft.
            crate::service::SignInKind::Microsoft => t!(lang, "welcome-intro-microsoft365"),
            _ => t!(lang, "welcome-intro"),
        }),
        {
            // Bold text, not an instruction: noted here, before the two
            // buttons that answer it.
            let question = t!(lang, "welcome-phone-question");
            crate::a11y::note(|| crate::a11y::Part::Text(question.clone()));
            text(question).size(ui::TEXT).font(ui::BOLD)
        },
        row![
            choice(Platform::Android, ANDROID, t!(lang, "phone-android")),
            choice(Platform::Iphone, IPHONE, t!(lang, "phone-iphone")),
        ]
        .spacing(12),
    ]
    .spacing(20)
    .max_width(720)
    .width(Length::Fill);
    if ctx.profile.training {
        content = content.push(ui::feedback(Tone::Info, t!(lang, "welcome-training-note")));
    }
    content.into()
}
