//! The practice passkey's two screens: the instructions on the left, the
//! practice phone beside them.

use iced::widget::{column, container};
use iced::{Element, Length};

use super::{Message, State, phone};
use crate::guide::{Platform, Screen};
use crate::screen::Ctx;
use crate::t;
use crate::ui::{self, Tone};

impl State {
    /// The screen showing, `PasskeyReady` or `PasskeyAdd`.
    pub fn view<'a>(&'a self, screen: Screen, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let (left, right) = match screen {
            Screen::PasskeyReady => (self.ready_view(ctx), phone::ready(self.provider_on, ctx)),
            _ => (
                self.add_view(ctx),
                phone::add(self.stage, self.listed.is_some(), ctx),
            ),
        };
        ui::split(
            ctx.narrow,
            left.width(Length::FillPortion(5)),
            container(right).center_x(Length::FillPortion(4)),
        )
    }

    fn ready_view<'a>(&self, ctx: &Ctx<'_>) -> iced::widget::Column<'a, Message> {
        let lang = ctx.lang;
        let (version, provider) = match ctx.platform {
            Platform::Android => (
                t!(lang, "m365-passkey-ready-version-android"),
                t!(lang, "m365-passkey-ready-provider-android"),
            ),
            Platform::Iphone => (
                t!(lang, "m365-passkey-ready-version-iphone"),
                t!(lang, "m365-passkey-ready-provider-iphone"),
            ),
        };
        let mut left = column![
            ui::title(t!(lang, "practice-passkey-ready-title")),
            ui::steps(vec![
                version,
                provider,
                t!(lang, "practice-passkey-ready-practise"),
            ]),
        ]
        .spacing(20);
        left = left.push(if self.provider_on {
            ui::feedback(Tone::Success, t!(lang, "practice-passkey-ready-done"))
        } else {
            ui::feedback(Tone::Info, t!(lang, "practice-passkey-ready-waiting"))
        });
        left
    }

    fn add_view<'a>(&self, ctx: &Ctx<'_>) -> iced::widget::Column<'a, Message> {
        let lang = ctx.lang;
        // What the practice server lists comes first, as on the real route.
        let listed = match &self.listed {
            Some(passkey) => ui::feedback(
                Tone::Success,
                t!(
                    lang,
                    "practice-passkey-listed",
                    account = passkey.account.as_str()
                ),
            ),
            None => ui::feedback(Tone::Info, t!(lang, "practice-passkey-not-yet")),
        };
        let mut left = column![
            ui::title(t!(lang, "practice-passkey-add-title")),
            listed,
            ui::steps(vec![
                t!(lang, "practice-passkey-add-1"),
                t!(lang, "practice-passkey-add-2"),
                t!(lang, "practice-passkey-add-3"),
            ]),
        ]
        .spacing(20);
        if self.refused {
            left = left.push(ui::feedback(
                Tone::Error,
                t!(lang, "practice-passkey-refused"),
            ));
        }
        left
    }
}
