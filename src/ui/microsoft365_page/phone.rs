//! The wizard's phone pages, drawn: the number, the code from the text
//! message, and "Success!" that ends the wizard (guide steps 11–13).

use iced::widget::{column, container, row, text};
use iced::{Element, Length};

use super::{Method, Press, body, boxed, buttons, field, grey, link, method_title, ringed, wizard};
use crate::i18n::Lang;
use crate::t;
use crate::ui::{BOLD, TEXT};

/// A choice in a list of radio buttons, `on` when chosen.
fn radio<'a, M: 'a>(label: String, on: bool) -> Element<'a, M> {
    let dot = if on { "◉" } else { "○" };
    row![text(dot).size(TEXT * 0.9), body(label)]
        .spacing(6)
        .align_y(iced::Center)
        .into()
}

/// "Phone": country or region, number, "Text me a code" (guide step 11).
pub fn phone<'a, M: 'a>(lang: Lang, organisation: &str, country: String) -> Element<'a, M> {
    let content = column![
        method_title(t!(lang, "ms-phone-heading")),
        body(t!(lang, "ms-phone-body")),
        body(t!(lang, "ms-phone-question")),
        row![
            boxed(
                column![
                    grey(t!(lang, "ms-phone-country")),
                    body(format!("{country} ▾"))
                ]
                .into(),
                Length::FillPortion(1)
            ),
            container(field(t!(lang, "ms-phone-number"))).width(Length::FillPortion(1)),
        ]
        .spacing(8)
        .align_y(iced::Bottom),
        ringed(format!("◉ {}", t!(lang, "ms-phone-text"))),
        radio(t!(lang, "ms-phone-call"), false),
        buttons(lang, false, t!(lang, "ms-next"), Press::Next),
    ];
    wizard(lang, organisation, Some(Method::Phone), false, content)
}

/// The code from the text message and "Verify" (guide step 12).
/// Once Microsoft has the number (`verified`), the page says so and Next
/// is the button to press, as on Microsoft's page.
pub fn code<'a, M: 'a>(
    lang: Lang,
    organisation: &str,
    to: String,
    verified: bool,
) -> Element<'a, M> {
    let content = if verified {
        column![
            method_title(t!(lang, "ms-phone-heading")),
            body(t!(lang, "ms-code-verified")),
            buttons(lang, true, t!(lang, "ms-next"), Press::Next),
        ]
    } else {
        column![
            method_title(t!(lang, "ms-phone-heading")),
            body(t!(lang, "ms-code-body", number = to)),
            field(t!(lang, "ms-code-field")),
            link(t!(lang, "ms-code-resend")),
            buttons(lang, true, t!(lang, "ms-verify"), Press::Next),
        ]
    };
    wizard(lang, organisation, Some(Method::Phone), false, content)
}

/// "Success!" and Done (guide step 13).
/// One default method, as Microsoft shows it, then every method set up
/// (the phone only where the wizard asked for it).
pub fn success<'a, M: 'a>(lang: Lang, organisation: &str, phone: bool) -> Element<'a, M> {
    let mut content = column![
        method_title(t!(lang, "ms-success-heading")),
        body(t!(lang, "ms-success-body")),
        text(t!(lang, "ms-success-default"))
            .size(TEXT * 0.8)
            .font(BOLD),
    ];
    if phone {
        content = content.push(body(format!("• {}", t!(lang, "ms-phone-heading"))));
    }
    content = content
        .push(body(format!("• {}", t!(lang, "authenticator-name"))))
        .push(buttons(lang, false, t!(lang, "ms-done"), Press::Next));
    wizard(lang, organisation, None, false, content)
}
