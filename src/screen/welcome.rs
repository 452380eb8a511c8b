//! Welcome: what is about to happen, which phone the person has, and, on
//! the Microsoft 365 route, why they came: the guide, a new phone, or a
//! new phone in place of a lost one.

use iced::widget::{column, row, text};
use iced::{Element, Length};

use super::Ctx;
use crate::guide::{Errand, Platform};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone};

/// The person chose a phone type, or why they came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// Android or iPhone.
    Platform(Platform),
    /// The guide, or a new phone (Microsoft 365).
    Errand(Errand),
}

const ANDROID: FocusId = FocusId("platform-android");
const IPHONE: FocusId = FocusId("platform-iphone");
const ENROLL: FocusId = FocusId("errand-enroll");
const NEW_PHONE: FocusId = FocusId("errand-new-phone");
const LOST_PHONE: FocusId = FocusId("errand-lost-phone");

/// An errand's button.
fn id(errand: Errand) -> FocusId {
    match errand {
        Errand::Enroll => ENROLL,
        Errand::NewPhone => NEW_PHONE,
        Errand::LostPhone => LOST_PHONE,
    }
}

fn label(lang: crate::i18n::Lang, errand: Errand) -> String {
    match errand {
        Errand::Enroll => t!(lang, "welcome-errand-enroll"),
        Errand::NewPhone => t!(lang, "welcome-errand-new-phone"),
        Errand::LostPhone => t!(lang, "welcome-errand-lost-phone"),
    }
}

/// Tab order of the screen's controls; the errands offered, in order.
pub fn targets(errands: &[Errand]) -> Vec<Target<Message>> {
    let mut targets = vec![
        Target::Button(ANDROID, Message::Platform(Platform::Android)),
        Target::Button(IPHONE, Message::Platform(Platform::Iphone)),
    ];
    targets.extend(
        errands
            .iter()
            .map(|&errand| Target::Button(id(errand), Message::Errand(errand))),
    );
    targets
}

/// The welcome screen, with the `errands` offered (Microsoft 365 with
/// the app or a passkey to set up; training) and the one `chosen`.
pub fn view<'a>(ctx: &Ctx<'_>, errands: &[Errand], chosen: Errand) -> Element<'a, Message> {
    let lang = ctx.lang;
    let choice = |chosen: bool, message, id, label| {
        let kind = if chosen {
            Kind::Primary
        } else {
            Kind::Secondary
        };
        ui::button(label, Some(message), kind, ctx.focused(id))
    };
    let question = |s: String| {
        // Bold text, not an instruction: noted here, before the buttons
        // that answer it.
        crate::a11y::note(|| crate::a11y::Part::Text(s.clone()));
        text(s).size(ui::TEXT).font(ui::BOLD)
    };
    let platform = |p, id, label| choice(ctx.platform == p, Message::Platform(p), id, label);
    let mut content = column![
        ui::title(t!(lang, "welcome-title")),
        ui::instruction(match ctx.profile.sign_in {
            // Beside Microsoft's pages, two results are checked, with Microsoft.
            crate::service::SignInKind::Microsoft => t!(lang, "welcome-intro-microsoft365"),
            _ => t!(lang, "welcome-intro"),
        }),
        // Each question close to the buttons that answer it.
        column![
            question(t!(lang, "welcome-phone-question")),
            row![
                platform(Platform::Android, ANDROID, t!(lang, "phone-android")),
                platform(Platform::Iphone, IPHONE, t!(lang, "phone-iphone")),
            ]
            .spacing(12),
        ]
        .spacing(8),
    ]
    .spacing(16)
    .max_width(720)
    .width(Length::Fill);
    if !errands.is_empty() {
        let buttons = errands
            .iter()
            .map(|&e| choice(chosen == e, Message::Errand(e), id(e), label(lang, e)));
        content = content.push(
            column![
                question(t!(lang, "welcome-errand-question")),
                row(buttons).spacing(12).wrap(),
            ]
            .spacing(8),
        );
        if chosen != Errand::Enroll {
            content = content.push(ui::instruction(if ctx.profile.training {
                t!(lang, "welcome-errand-new-phone-practice")
            } else {
                t!(lang, "welcome-errand-new-phone-note")
            }));
        }
    }
    if ctx.profile.training {
        content = content.push(ui::feedback(Tone::Info, t!(lang, "welcome-training-note")));
    }
    content.into()
}
