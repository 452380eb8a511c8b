//! The passkey's pictures: the phone's setting that makes Microsoft
//! Authenticator its passkey provider (Android's and the iPhone's), My
//! Security info's "+ Add sign-in method" with "Passkey in Microsoft
//! Authenticator" and "Add", and the phone's two ways in (Authenticator's
//! own sign-in, or the camera app on the page's QR code over Bluetooth).

use iced::widget::{column, container, row, space, text};
use iced::{Background, Border, Color, Element, Length, Theme, color};

use super::microsoft365_page::{body, boxed, grey, heading, qr_placeholder, ringed};
use super::{BOLD, TEXT, frame, picture, style};
use crate::guide::Platform;
use crate::i18n::Lang;
use crate::t;

/// Small text on the drawn phone.
pub(crate) fn small<'a, M: 'a>(s: String) -> Element<'a, M> {
    text(s).size(TEXT * 0.75).into()
}

/// Small grey text on the drawn phone.
pub(crate) fn muted<'a, M: 'a>(s: String) -> Element<'a, M> {
    text(s).size(TEXT * 0.75).style(style::muted).into()
}

/// A card on the drawn phone.
pub(crate) fn card<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(10)
        .width(Length::Fill)
        .style(style::phone_card)
        .into()
}

/// A setting's row: its label and a switch that is on.
fn switched<'a, M: 'a>(label: Element<'a, M>) -> Element<'a, M> {
    row![container(label).width(Length::Fill), picture::switch_on()]
        .spacing(8)
        .align_y(iced::Center)
        .into()
}

/// The phone's passkey provider setting with Authenticator turned on and
/// ringed: Android's "additional providers" (the path varies by maker),
/// the iPhone's AutoFill settings (iOS 18, with iOS 17's path below).
pub fn provider_setting<'a, M: 'a>(lang: Lang, platform: Platform) -> Element<'a, M> {
    let (path, title, group, also) = match platform {
        Platform::Android => (
            t!(lang, "passkey-android-path"),
            t!(lang, "passkey-android-title"),
            t!(lang, "passkey-android-group"),
            t!(lang, "passkey-android-varies"),
        ),
        Platform::Iphone => (
            t!(lang, "passkey-iphone-path"),
            t!(lang, "passkey-iphone-title"),
            t!(lang, "passkey-iphone-group"),
            t!(lang, "passkey-iphone-17"),
        ),
    };
    crate::a11y::note(|| {
        crate::a11y::Part::Image(t!(
            lang,
            "a11y-picture-passkey-provider",
            path = path.as_str(),
            title = title.as_str()
        ))
    });
    let mut settings = column![muted(path), text(title).size(TEXT * 1.1).font(BOLD)].spacing(10);
    if platform == Platform::Iphone {
        settings = settings.push(card(switched(small(t!(lang, "passkey-iphone-autofill")))));
    }
    settings = settings
        .push(muted(group))
        .push(card(switched(frame::highlighted(t!(
            lang,
            "passkey-provider"
        )))))
        .push(muted(also));
    frame::phone_sized(platform, None, settings, (260.0, 440.0))
}

/// My Security info: "+ Add sign-in method" ringed; below it the choice
/// Microsoft offers then, "Passkey in Microsoft Authenticator", and "Add"
/// ringed.
pub fn security_info<'a, M: 'a>(lang: Lang, account: Option<&str>) -> Element<'a, M> {
    adding(lang, account, t!(lang, "ms-passkey-method"))
        .push(
            row![qr_placeholder(), body(t!(lang, "ms-passkey-qr"))]
                .spacing(12)
                .align_y(iced::Center),
        )
        .into()
}

/// My Security info adding `method`: "+ Add sign-in method" ringed, and
/// Microsoft's dialog with `method` chosen and "Add" ringed.
pub(super) fn adding<'a, M: 'a>(
    lang: Lang,
    account: Option<&str>,
    method: String,
) -> iced::widget::Column<'a, M> {
    let mut page = column![].spacing(10);
    if let Some(account) = account {
        page = page.push(grey(account.to_owned()));
    }
    let dialog = container(
        column![
            text(t!(lang, "ms-passkey-choose"))
                .size(TEXT * 0.85)
                .font(BOLD),
            boxed(
                row![body(method), space::horizontal(), body("▾".to_owned())]
                    .spacing(6)
                    .into(),
                Length::Fill
            ),
            row![
                space::horizontal(),
                boxed(body(t!(lang, "ms-cancel")), Length::Shrink),
                ringed(t!(lang, "ms-add")),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(8),
    )
    .padding(10)
    .width(Length::Fill)
    .style(|_: &Theme| container::Style {
        background: Some(Background::Color(Color::WHITE)),
        border: Border {
            color: color!(0xd2d0ce),
            width: 1.0,
            radius: 4.0.into(),
        },
        shadow: iced::Shadow {
            color: Color::from_rgba8(0, 0, 0, 0.25),
            offset: iced::Vector::new(0.0, 2.0),
            blur_radius: 8.0,
        },
        ..container::Style::default()
    });
    page.push(heading(t!(lang, "ms-security-info-heading")))
        .push(body(t!(lang, "ms-security-info-body")))
        .push(row![ringed(t!(lang, "ms-add-method"))])
        .push(dialog)
}

/// The phone's two ways in: Authenticator's own sign-in (+, "Work or
/// school account"), or the camera app on the page's QR code with
/// Bluetooth on.
pub fn two_ways<'a, M: 'a>(lang: Lang, platform: Platform) -> Element<'a, M> {
    crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-passkey-ways")));
    let way = way_heading;
    let authenticator = card(
        column![
            way("1", t!(lang, "authenticator-name")),
            row![
                frame::highlighted(t!(lang, "label-plus")),
                small(format!("› {}", t!(lang, "label-work-or-school"))),
            ]
            .spacing(6)
            .align_y(iced::Center),
        ]
        .spacing(8),
    );
    let camera = card(camera_way(lang));
    let screen = column![
        text(t!(lang, "passkey-two-ways"))
            .size(TEXT * 0.9)
            .font(BOLD),
        authenticator,
        text(t!(lang, "passkey-or"))
            .size(TEXT * 0.8)
            .style(style::muted),
        camera
    ]
    .spacing(10);
    frame::phone_sized(platform, None, screen, (250.0, 420.0))
}

/// A way in's heading on the drawn phone: its number, then its name.
pub(crate) fn way_heading<'a, M: 'a>(n: &str, title: String) -> Element<'a, M> {
    row![
        text(n.to_owned()).size(TEXT * 0.9).font(BOLD),
        text(title).size(TEXT * 0.8).font(BOLD)
    ]
    .spacing(6)
    .into()
}

/// The second way in, on the drawn phone: the camera app on the page's
/// QR code, not Authenticator's scanner, with Bluetooth on.
pub(crate) fn camera_way<'a, M: 'a>(lang: Lang) -> iced::widget::Column<'a, M> {
    column![
        way_heading("2", t!(lang, "passkey-camera-app")),
        small(t!(lang, "passkey-not-scanner")),
        row![
            small(t!(lang, "passkey-bluetooth")),
            space::horizontal(),
            picture::switch_on()
        ]
        .align_y(iced::Center),
    ]
    .spacing(8)
}
