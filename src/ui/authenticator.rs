//! Microsoft Authenticator on the person's phone at the steps beside
//! Microsoft's page: adding a work or school account, the number to type
//! for "Let's try it out", and the text message with the code.

use iced::widget::{column, container, text};
use iced::{Border, Element, Length, Theme};

use super::{BOLD, TEXT, frame, style};
use crate::guide::Platform;
use crate::i18n::Lang;
use crate::t;

fn small<'a, M: 'a>(s: String) -> Element<'a, M> {
    text(s).size(TEXT * 0.8).into()
}

/// A phone of the size that fits beside a browser picture.
fn phone<'a, M: 'a>(platform: Platform, screen: impl Into<Element<'a, M>>) -> Element<'a, M> {
    frame::phone_sized(platform, None, screen, (230.0, 400.0))
}

/// The app's "add account" choice and then its way in for a work account:
/// [+], "Work or school", "Scan QR code" (guide step 6).
pub fn add_work_account<'a, M: 'a>(lang: Lang, platform: Platform) -> Element<'a, M> {
    crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-phone")));
    let plain = |s: String| -> Element<'a, M> { container(small(s)).padding([6, 4]).into() };
    let screen = column![
        text(t!(lang, "authenticator-name"))
            .size(TEXT * 0.8)
            .style(style::muted),
        text(t!(lang, "label-add-account")).size(TEXT).font(BOLD),
        plain(t!(lang, "ms-app-personal")),
        frame::highlighted(t!(lang, "label-work-or-school")),
        plain(t!(lang, "label-other-account")),
        container(
            column![
                small(t!(lang, "ms-app-sign-in")),
                frame::highlighted(t!(lang, "label-scan-qr")),
            ]
            .spacing(8)
        )
        .padding(10)
        .width(Length::Fill)
        .style(style::phone_card),
    ]
    .spacing(8);
    phone(platform, screen)
}

/// Number matching as Microsoft Authenticator asks it: the number from the
/// PC's page typed in, then Yes (guide step 8).
pub fn number_prompt<'a, M: 'a>(
    lang: Lang,
    platform: Platform,
    account: Option<&str>,
) -> Element<'a, M> {
    crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-phone")));
    let mut prompt =
        column![text(t!(lang, "ms-app-trying")).size(TEXT * 0.9).font(BOLD),].spacing(8);
    if let Some(account) = account {
        prompt = prompt.push(small(account.to_owned()));
    }
    let field = container(text("42").size(TEXT).font(BOLD))
        .padding([4, 12])
        .style(|theme: &Theme| container::Style {
            border: Border {
                color: style::palette(theme).muted,
                width: 1.0,
                radius: 4.0.into(),
            },
            ..container::Style::default()
        });
    prompt = prompt
        .push(small(t!(lang, "phone-type-hint")))
        .push(field)
        .push(small(t!(lang, "phone-ms-no")))
        .push(frame::highlighted(t!(lang, "phone-ms-yes")));
    let screen = column![
        text(t!(lang, "authenticator-name"))
            .size(TEXT * 0.8)
            .style(style::muted),
        container(prompt)
            .padding(10)
            .width(Length::Fill)
            .style(style::phone_card),
    ]
    .spacing(8);
    phone(platform, screen)
}

/// Microsoft's text message with the code, the digits left out: the
/// person reads their own (guide step 12).
pub fn text_message<'a, M: 'a>(lang: Lang, platform: Platform) -> Element<'a, M> {
    crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-phone")));
    let screen = column![
        text(t!(lang, "ms-app-sms-sender")).size(TEXT).font(BOLD),
        container(small(t!(lang, "ms-app-sms-text")))
            .padding(10)
            .style(style::phone_card),
    ]
    .spacing(10);
    phone(platform, screen)
}
