//! The illustration kit's screens: what the phone shows at a step, drawn
//! with widgets (no bitmaps) in the person's language, with their live
//! values. Frames (phone, browser) are in [`super::frame`].

use iced::widget::{column, container, row, text};
use iced::{Background, Border, Color, Element, Length, Theme};

use super::{BOLD, TEXT, frame};
use crate::guide::Platform;
use crate::i18n::Lang;
use crate::service::AuthenticatorApp;
use crate::t;

fn card<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(12)
        .width(Length::Fill)
        .style(super::style::phone_card)
        .into()
}

/// The app's icon: a rounded square with the app's initial.
/// The app's icon and name, as at the top of its screens.
fn app_bar<'a, M: 'a>(app: AuthenticatorApp, icon_size: f32, text_size: f32) -> Element<'a, M> {
    row![
        icon(app, icon_size),
        text(app.name()).size(text_size).font(BOLD)
    ]
    .spacing(icon_size / 3.5)
    .align_y(iced::Center)
    .into()
}

fn icon<'a, M: 'a>(app: AuthenticatorApp, size: f32) -> Element<'a, M> {
    let initial: String = app.name().chars().take(1).collect();
    container(
        text(initial)
            .size(size * 0.5)
            .font(BOLD)
            .color(Color::WHITE),
    )
    .center(size)
    .style(move |_: &Theme| container::Style {
        background: Some(Background::Color(super::style::ACCENT)),
        border: Border {
            radius: (size / 4.0).into(),
            ..Border::default()
        },
        ..container::Style::default()
    })
    .into()
}

/// The store's page for `app`, its install button ringed (guide step 1–2).
pub fn store_page<'a, M: 'a>(
    lang: Lang,
    platform: Platform,
    app: AuthenticatorApp,
) -> Element<'a, M> {
    let (store, install) = match platform {
        Platform::Android => (
            t!(lang, "store-android"),
            t!(lang, "label-store-install-android"),
        ),
        Platform::Iphone => (
            t!(lang, "store-iphone"),
            t!(lang, "label-store-install-iphone"),
        ),
    };
    crate::a11y::note(|| {
        crate::a11y::Part::Image(t!(
            lang,
            "a11y-picture-store",
            app = app.name(),
            store = store.as_str()
        ))
    });
    let search = container(text(app.name()).size(TEXT * 0.8))
        .padding([6, 12])
        .width(Length::Fill)
        .style(super::style::phone_card);
    let screen = column![
        text(store).size(TEXT * 0.8).style(super::style::muted),
        search,
        row![
            icon(app, 56.0),
            column![
                text(app.name()).size(TEXT).font(BOLD),
                text(app.publisher())
                    .size(TEXT * 0.8)
                    .style(super::style::muted),
            ]
            .spacing(2),
        ]
        .spacing(12)
        .align_y(iced::Center),
        container(frame::highlighted(install)).center_x(Length::Fill),
    ]
    .spacing(16);
    frame::phone(platform, None, screen)
}

/// The app's account list after enrollment: the new account and its code,
/// counting down (guide step 7, and the finish).
pub fn account_list<'a, M: 'a>(
    lang: Lang,
    platform: Platform,
    app: AuthenticatorApp,
    issuer: &str,
    account: &str,
    code: Option<(u32, u64)>,
) -> Element<'a, M> {
    crate::a11y::note(|| {
        let (app, account) = (app.name(), format!("{issuer} {account}"));
        crate::a11y::Part::Image(match code {
            Some((code, _)) => t!(
                lang,
                "a11y-picture-accounts-code",
                app = app,
                account = account,
                code = format!("{:03} {:03}", code / 1000, code % 1000)
            ),
            None => t!(lang, "a11y-picture-accounts", app = app, account = account),
        })
    });
    // Without an issuer the app shows the account name alone, in bold.
    let mut entry = if issuer.is_empty() {
        column![text(account.to_owned()).size(TEXT).font(BOLD)]
    } else {
        column![
            text(issuer.to_owned()).size(TEXT).font(BOLD),
            text(account.to_owned()).size(TEXT * 0.85),
        ]
    }
    .spacing(4);
    if let Some((code, seconds)) = code {
        let grouped = format!("{:03} {:03}", code / 1000, code % 1000);
        entry = entry
            .push(text(grouped).size(TEXT * 1.8).font(BOLD).style(|theme| {
                iced::widget::text::Style {
                    color: Some(super::style::palette(theme).accent_text),
                }
            }))
            .push(
                text(t!(lang, "picture-code-seconds", seconds = seconds))
                    .size(TEXT * 0.8)
                    .style(super::style::muted),
            );
    }
    let screen = column![app_bar(app, 28.0, TEXT * 0.9), card(entry),].spacing(14);
    frame::phone(platform, None, screen)
}

/// The app's camera, opened by its scan button: a viewfinder to point at
/// the code on the computer (guide step 7).
pub fn camera_view<'a, M: 'a>(
    lang: Lang,
    platform: Platform,
    app: AuthenticatorApp,
    button: String,
) -> Element<'a, M> {
    crate::a11y::note(|| {
        crate::a11y::Part::Image(t!(lang, "a11y-picture-camera", app = app.name()))
    });
    // A square viewfinder marked by its four corners: an arm along the
    // edge and one down (or up) the side.
    let corner = |top: bool, left: bool| -> Element<'a, M> {
        let along = frame::shape(28.0, 5.0, super::style::PRESS_HERE);
        let side = frame::shape(5.0, 24.0, super::style::PRESS_HERE);
        let arms = if top { [along, side] } else { [side, along] };
        column(arms)
            .align_x(if left { iced::Left } else { iced::Right })
            .into()
    };
    let edge = |top: bool| -> Element<'a, M> {
        row![
            corner(top, true),
            iced::widget::space::horizontal(),
            corner(top, false)
        ]
        .width(150)
        .into()
    };
    let (top, bottom) = (edge(true), edge(false));
    let viewfinder = column![top, iced::widget::space::vertical().height(90), bottom];
    let screen = column![
        app_bar(app, 22.0, TEXT * 0.75),
        container(frame::highlighted(button)).center_x(Length::Fill),
        container(viewfinder).center_x(Length::Fill),
        text(t!(lang, "picture-camera-hint"))
            .size(TEXT * 0.75)
            .style(super::style::muted)
            .center()
            .width(Length::Fill),
    ]
    .spacing(12);
    frame::phone_sized(platform, None, screen, (240.0, 400.0))
}

/// The app before any account: the list is empty and [+] is ringed
/// (guide step 6).
pub fn empty_account_list<'a, M: 'a>(
    lang: Lang,
    platform: Platform,
    app: AuthenticatorApp,
) -> Element<'a, M> {
    crate::a11y::note(|| {
        crate::a11y::Part::Image(t!(lang, "a11y-picture-empty", app = app.name()))
    });
    let screen = column![
        text(app.name()).size(TEXT).font(BOLD),
        text(t!(lang, "prepare-empty-list")).size(TEXT * 0.9),
        container(frame::highlighted(t!(lang, "label-plus"))).align_right(Length::Fill),
    ]
    .spacing(14);
    frame::phone(platform, None, screen)
}

/// A switch drawn on: a pill with its knob at the end.
pub fn switch_on<'a, M: 'a>() -> Element<'a, M> {
    container(frame::shape(16.0, 16.0, Color::WHITE))
        .padding(3)
        .width(44)
        .align_right(44)
        .style(|_: &Theme| container::Style {
            background: Some(Background::Color(super::style::ACCENT)),
            border: Border {
                radius: 11.0.into(),
                ..Border::default()
            },
            ..container::Style::default()
        })
        .into()
}

/// The phone's date and time settings with "set automatically" ringed and
/// on: how to fix a phone clock that is off.
pub fn clock_setting<'a, M: 'a>(lang: Lang, platform: Platform) -> Element<'a, M> {
    let (path, title, automatic, other) = match platform {
        Platform::Android => (
            t!(lang, "picture-clock-path-android"),
            t!(lang, "picture-clock-title-android"),
            t!(lang, "label-clock-automatic-android"),
            t!(lang, "picture-clock-zone-android"),
        ),
        Platform::Iphone => (
            t!(lang, "picture-clock-path-iphone"),
            t!(lang, "picture-clock-title-iphone"),
            t!(lang, "label-clock-automatic-iphone"),
            t!(lang, "picture-clock-zone-iphone"),
        ),
    };
    crate::a11y::note(|| {
        crate::a11y::Part::Image(t!(
            lang,
            "a11y-picture-clock",
            path = path.as_str(),
            title = title.as_str()
        ))
    });
    let setting = row![frame::highlighted(automatic), switch_on()]
        .spacing(10)
        .align_y(iced::Center);
    let screen = column![
        text(path).size(TEXT * 0.8).style(super::style::muted),
        text(title).size(TEXT * 1.2).font(BOLD),
        card(setting),
        card(text(other).size(TEXT * 0.85)),
    ]
    .spacing(14);
    frame::phone(platform, None, screen)
}
