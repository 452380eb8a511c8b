//! The practice phone on the passkey's screens, marked as practice: its
//! passkey provider setting with a real "Turn on" beside Authenticator,
//! then the two ways in as real buttons, and the sheet that saves the
//! passkey in Authenticator ("Cancel", "Continue").

use iced::widget::{column, container, row, text};
use iced::{Element, Length};

use super::{CANCEL, CONTINUE, Message, PROVIDER, Stage, WAY_AUTHENTICATOR, WAY_CAMERA};
use crate::guide::Platform;
use crate::screen::Ctx;
use crate::service::training::PasskeyWay;
use crate::t;
use crate::ui::{self, Kind, frame, picture};

use crate::ui::passkey::{camera_way, card, muted, small, way_heading as heading};

/// The practice phone's frame, its caption, and the line that says no
/// real passkey is made; `shows` is what a screen reader hears of it.
fn practice<'a>(
    ctx: &Ctx<'_>,
    shows: String,
    screen: iced::widget::Column<'a, Message>,
) -> Element<'a, Message> {
    let lang = ctx.lang;
    crate::a11y::note(|| {
        crate::a11y::Part::Image(t!(lang, "a11y-picture-practice", shows = shows))
    });
    let screen = column![muted(t!(lang, "practice-passkey-marker")), screen].spacing(10);
    frame::phone_sized(
        ctx.platform,
        Some(t!(lang, "phone-caption")),
        screen,
        (290.0, 460.0),
    )
}

/// The passkey provider setting, as on the person's own phone, with
/// Authenticator's switch a real button until it is on.
pub fn ready<'a>(on: bool, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let (path, title, group) = match ctx.platform {
        Platform::Android => (
            t!(lang, "passkey-android-path"),
            t!(lang, "passkey-android-title"),
            t!(lang, "passkey-android-group"),
        ),
        Platform::Iphone => (
            t!(lang, "passkey-iphone-path"),
            t!(lang, "passkey-iphone-title"),
            t!(lang, "passkey-iphone-group"),
        ),
    };
    // The switch's row as the reader meets it: the group, then the
    // provider; its button (or the tick on the left) says the rest.
    let shows = format!("{path} › {title}. {group} {}", t!(lang, "passkey-provider"));
    let mut screen = column![
        muted(path),
        text(title).size(ui::TEXT * 1.05).font(ui::BOLD)
    ]
    .spacing(10);
    if ctx.platform == Platform::Iphone {
        screen = screen.push(card(
            row![
                container(small(t!(lang, "passkey-iphone-autofill"))).width(Length::Fill),
                picture::switch_on()
            ]
            .spacing(8)
            .align_y(iced::Center),
        ));
    }
    let switch: Element<'a, Message> = if on {
        picture::switch_on()
    } else {
        ui::phone_button(
            t!(lang, "practice-passkey-turn-on"),
            Some(Message::TurnOnProvider),
            Kind::Primary,
            ctx.focused(PROVIDER),
        )
    };
    let provider = row![
        container(
            text(t!(lang, "passkey-provider"))
                .size(ui::TEXT * 0.9)
                .font(ui::BOLD)
        )
        .width(Length::Fill),
        switch
    ]
    .spacing(8)
    .align_y(iced::Center);
    screen = screen.push(muted(group)).push(card(provider));
    practice(ctx, shows, screen)
}

/// The two ways in, the save sheet, or the passkey saved.
pub fn add<'a>(stage: Stage, listed: bool, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    match stage {
        _ if listed || stage == Stage::Saved => {
            let saved = t!(lang, "practice-passkey-saved");
            let screen = column![ui::feedback(ui::Tone::Success, saved.clone())];
            practice(ctx, saved, screen)
        }
        Stage::Ways | Stage::Saved => ways(ctx),
        Stage::Save(way) => sheet(ctx, way),
    }
}

fn ways<'a>(ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let choose = |label: String, way: PasskeyWay, id| {
        ui::phone_button(
            label,
            Some(Message::Way(way)),
            Kind::Secondary,
            ctx.focused(id),
        )
    };
    let authenticator = card(
        column![
            heading("1", t!(lang, "authenticator-name")),
            small(format!(
                "{} › {}",
                t!(lang, "label-plus"),
                t!(lang, "label-work-or-school")
            )),
            choose(
                t!(lang, "practice-passkey-way-authenticator"),
                PasskeyWay::Authenticator,
                WAY_AUTHENTICATOR
            ),
        ]
        .spacing(8),
    );
    let camera = card(camera_way(lang).push(choose(
        t!(lang, "practice-passkey-way-camera"),
        PasskeyWay::Camera,
        WAY_CAMERA,
    )));
    let screen = column![
        text(t!(lang, "passkey-two-ways"))
            .size(ui::TEXT * 0.9)
            .font(ui::BOLD),
        authenticator,
        muted(t!(lang, "passkey-or")),
        camera,
    ]
    .spacing(8);
    practice(ctx, t!(lang, "a11y-picture-passkey-ways"), screen)
}

/// The sheet that saves the passkey in Authenticator; by the camera,
/// first the camera's "Save a passkey" and the PC found over Bluetooth.
fn sheet<'a>(ctx: &Ctx<'_>, way: PasskeyWay) -> Element<'a, Message> {
    let lang = ctx.lang;
    let mut screen = column![].spacing(10);
    if way == PasskeyWay::Camera {
        screen = screen.push(card(
            column![
                muted(t!(lang, "passkey-camera-app")),
                // Tapped already: the sheet below is what to answer.
                text(t!(lang, "practice-passkey-camera-link"))
                    .size(ui::TEXT * 0.85)
                    .font(ui::BOLD),
                small(t!(lang, "practice-passkey-connected")),
            ]
            .spacing(6),
        ));
    } else {
        screen = screen.push(card(
            column![
                muted(t!(lang, "authenticator-name")),
                small(t!(lang, "practice-passkey-signed-in")),
            ]
            .spacing(6),
        ));
    }
    let title = t!(lang, "practice-passkey-sheet-title");
    let body = t!(lang, "practice-passkey-sheet-body");
    let shows = format!("{title} {body}");
    screen = screen.push(card(
        column![
            text(title).size(ui::TEXT).font(ui::BOLD),
            small(body),
            column![
                ui::phone_button(
                    t!(lang, "practice-passkey-cancel"),
                    Some(Message::Cancel),
                    Kind::Secondary,
                    ctx.focused(CANCEL),
                ),
                ui::phone_button(
                    t!(lang, "practice-passkey-continue"),
                    Some(Message::Continue),
                    Kind::Primary,
                    ctx.focused(CONTINUE),
                ),
            ]
            .spacing(8),
        ]
        .spacing(10),
    ));
    practice(ctx, shows, screen)
}
