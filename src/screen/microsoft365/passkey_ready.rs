//! A passkey, first: is the phone new enough (Android 14 or iOS 17, and
//! where to read the version), and is Microsoft Authenticator the phone's
//! passkey provider (the setting drawn for the person's phone, with the
//! way the path differs, and "search Settings for passkey" to fall back on).

use iced::Element;
use iced::widget::container;

use super::ticks::{self, Show};
use super::{Message, State, heading, layout};
use crate::guide::Platform;
use crate::screen::Ctx;
use crate::t;
use crate::ui::passkey;

/// The "is your phone ready" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let steps = match ctx.platform {
        Platform::Android => vec![
            t!(lang, "m365-passkey-ready-version-android"),
            t!(lang, "m365-passkey-ready-provider-android"),
        ],
        Platform::Iphone => vec![
            t!(lang, "m365-passkey-ready-version-iphone"),
            t!(lang, "m365-passkey-ready-provider-iphone"),
        ],
    };
    let steps = [
        steps,
        vec![
            t!(lang, "m365-passkey-ready-search"),
            t!(lang, "m365-passkey-ready-next"),
        ],
    ]
    .concat();
    let left = heading(t!(lang, "m365-passkey-ready-title"), steps).push(ticks::panel(
        state,
        ctx,
        Show::Passkey,
    ));
    let phone = passkey::provider_setting(lang, ctx.platform);
    layout(
        ctx,
        left,
        container(phone).center_x(iced::Length::Fill).into(),
        None,
    )
}
