//! Drawn frames for the illustrations: a phone and a browser window.

use iced::widget::{column, container, row, text};
use iced::{Background, Border, Color, Element, Length, Theme, color};

use super::{BOLD, TEXT};
use crate::guide::Platform;

/// The phone's bezel and the small shapes drawn on it.
const BEZEL: Color = color!(0x1f2328);

/// A filled rounded shape of `width` × `height` (a dot when they match).
pub fn shape<'a, M: 'a>(width: f32, height: f32, colour: Color) -> Element<'a, M> {
    container(
        iced::widget::space::horizontal()
            .width(width)
            .height(height),
    )
    .style(move |_: &Theme| container::Style {
        background: Some(Background::Color(colour)),
        border: Border {
            radius: (height / 2.0).into(),
            ..Border::default()
        },
        ..container::Style::default()
    })
    .into()
}

/// A phone: dark bezel, light screen, a caption under it. Android has a
/// punch-hole camera and a navigation bar; an iPhone its island and home
/// indicator, so people recognise their own phone.
pub fn phone<'a, M: 'a>(
    platform: Platform,
    caption: Option<String>,
    screen: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    phone_sized(platform, caption, screen, (300.0, 460.0))
}

/// A phone of another size (`width`, `height`), for smaller pictures.
pub fn phone_sized<'a, M: 'a>(
    platform: Platform,
    caption: Option<String>,
    screen: impl Into<Element<'a, M>>,
    (width, height): (f32, f32),
) -> Element<'a, M> {
    let grey = color!(0x9aa0a6);
    let (top, bottom): (Element<'a, M>, Element<'a, M>) = match platform {
        Platform::Android => (
            shape(10.0, 10.0, BEZEL),
            row![
                shape(12.0, 12.0, grey),
                shape(12.0, 12.0, grey),
                shape(12.0, 12.0, grey)
            ]
            .spacing(40)
            .into(),
        ),
        Platform::Iphone => (shape(76.0, 20.0, BEZEL), shape(96.0, 5.0, BEZEL)),
    };
    let body = container(
        container(
            column![
                container(top).center_x(Length::Fill),
                container(screen).height(Length::Fill).width(Length::Fill),
                container(bottom).center_x(Length::Fill),
            ]
            .spacing(8),
        )
        .padding([6, 14])
        .width(Length::Fill)
        .height(Length::Fill)
        .style(|theme: &Theme| {
            let p = super::style::palette(theme);
            container::Style {
                background: Some(Background::Color(p.phone_screen)),
                text_color: Some(p.text),
                border: Border {
                    radius: 18.0.into(),
                    ..Border::default()
                },
                ..container::Style::default()
            }
        }),
    )
    .padding([12, 10])
    .width(width)
    .height(height)
    .style(|theme: &Theme| container::Style {
        background: Some(Background::Color(BEZEL)),
        // An outline keeps the phone's shape visible on dark backgrounds.
        border: Border {
            radius: 32.0.into(),
            color: super::style::palette(theme).muted,
            width: 2.0,
        },
        ..container::Style::default()
    });
    let mut col = column![body].spacing(8).align_x(iced::Center);
    if let Some(caption) = caption {
        col = col.push(text(caption).size(TEXT * 0.9).font(BOLD));
    }
    col.into()
}

/// A browser window with an address bar.
pub fn browser<'a, M: 'a>(url: &str, page: impl Into<Element<'a, M>>) -> Element<'a, M> {
    crate::a11y::note_in(|lang| {
        crate::a11y::Part::Image(crate::t!(lang, "a11y-picture-browser", url = url))
    });
    let bar = container(
        row![
            row![
                shape(10.0, 10.0, color!(0x9aa0a6)),
                shape(10.0, 10.0, color!(0x9aa0a6)),
                shape(10.0, 10.0, color!(0x9aa0a6)),
            ]
            .spacing(6),
            container(text(url.to_owned()).size(14))
                .padding([4, 10])
                .width(Length::Fill)
                .style(|_: &Theme| container::Style {
                    background: Some(Background::Color(Color::WHITE)),
                    border: Border {
                        radius: 12.0.into(),
                        ..Border::default()
                    },
                    ..container::Style::default()
                }),
        ]
        .spacing(12)
        .align_y(iced::Center),
    )
    .padding(10)
    .style(|_: &Theme| container::Style {
        background: Some(Background::Color(color!(0xe3e6ea))),
        ..container::Style::default()
    });
    container(column![
        bar,
        container(page).padding(24).width(Length::Fill)
    ])
    .width(Length::Fill)
    .style(|_: &Theme| container::Style {
        background: Some(Background::Color(Color::WHITE)),
        text_color: Some(color!(0x1a1c1e)),
        border: Border {
            color: color!(0xc4c7cc),
            width: 1.0,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    })
    .into()
}

/// A control drawn inside an illustration, ringed like the guide's
/// screenshots ringed the button to press.
pub fn highlighted<'a, M: 'a>(label: String) -> Element<'a, M> {
    crate::a11y::note_in(|lang| {
        crate::a11y::Part::Text(crate::t!(lang, "a11y-ringed", label = label.as_str()))
    });
    container(text(label).size(TEXT).font(BOLD).color(Color::WHITE))
        .padding([8, 16])
        .style(|_: &Theme| container::Style {
            background: Some(Background::Color(super::style::ACCENT)),
            border: Border {
                color: super::style::PRESS_HERE,
                width: 3.0,
                radius: 6.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}
