//! Microsoft's own pages as the person sees them in the browser, drawn:
//! the sign-in, "More information required" and each page of the "Keep
//! your account secure" wizard, with Microsoft's labels in the person's
//! language and the button to press ringed. Only the page: the browser
//! window around it is [`super::frame::browser`].

use iced::widget::{Column, column, container, row, space, text};
use iced::{Background, Border, Color, Element, Length, Theme, color};

use super::{BOLD, TEXT, frame};
use crate::i18n::Lang;
use crate::t;

mod phone;

pub use phone::{code, phone, success};

/// Microsoft's grey for secondary text.
const GREY: Color = color!(0x5f6368);
/// The lines around fields and plain buttons.
const LINE: Color = color!(0x8a8886);

/// The wizard's method in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// "Method 1 of 2: App", or "of 1" where the wizard asks for no phone
    /// (text messages off or ended).
    App {
        /// The phone comes next in the wizard.
        phone: bool,
    },
    /// "Method 2 of 2: Phone".
    Phone,
}

/// Which of the page's buttons is ringed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Press {
    /// "Next".
    Next,
    /// Nothing yet (the person acts on the phone first).
    Nothing,
}

/// Microsoft's four squares and its name, above its sign-in pages.
pub(super) fn logo<'a, M: 'a>() -> Element<'a, M> {
    let square = |c: Color| frame::shape(9.0, 9.0, c);
    row![
        column![
            row![square(color!(0xf25022)), square(color!(0x7fba00))].spacing(1),
            row![square(color!(0x00a4ef)), square(color!(0xffb900))].spacing(1),
        ]
        .spacing(1),
        text("Microsoft").size(TEXT * 0.85).font(BOLD).color(GREY),
    ]
    .spacing(6)
    .align_y(iced::Center)
    .into()
}

pub(super) fn heading<'a, M: 'a>(s: String) -> Element<'a, M> {
    text(s).size(TEXT * 1.1).font(BOLD).into()
}

pub(super) fn body<'a, M: 'a>(s: String) -> Element<'a, M> {
    text(s).size(TEXT * 0.75).into()
}

pub(super) fn grey<'a, M: 'a>(s: String) -> Element<'a, M> {
    text(s).size(TEXT * 0.7).color(GREY).into()
}

/// The control to press on the page, ringed as in the guide's screenshots
/// (the page's own size: smaller than [`frame::highlighted`]).
pub(super) fn ringed<'a, M: 'a>(label: String) -> Element<'a, M> {
    container(text(label).size(TEXT * 0.8).font(BOLD).color(Color::WHITE))
        .padding([5, 12])
        .style(|_: &Theme| container::Style {
            background: Some(Background::Color(super::style::ACCENT)),
            border: Border {
                color: super::style::PRESS_HERE,
                width: 3.0,
                radius: 4.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}

/// A link on Microsoft's page.
pub(super) fn link<'a, M: 'a>(s: String) -> Element<'a, M> {
    text(s).size(TEXT * 0.75).color(color!(0x0067b8)).into()
}

/// A field or a plain button: text in a thin frame.
pub(super) fn boxed<'a, M: 'a>(content: Element<'a, M>, width: Length) -> Element<'a, M> {
    container(content)
        .padding([5, 10])
        .width(width)
        .style(|_: &Theme| container::Style {
            background: Some(Background::Color(Color::WHITE)),
            border: Border {
                color: LINE,
                width: 1.0,
                radius: 2.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}

/// An empty field with its placeholder.
pub(super) fn field<'a, M: 'a>(placeholder: String) -> Element<'a, M> {
    boxed(grey(placeholder), Length::Fill)
}

/// The page's buttons at the bottom right: Back (where there is one) and
/// `next`, ringed when it is the one to press now.
fn buttons<'a, M: 'a>(lang: Lang, back: bool, next: String, press: Press) -> Element<'a, M> {
    let mut buttons = row![space::horizontal()].spacing(8).align_y(iced::Center);
    if back {
        buttons = buttons.push(boxed(body(t!(lang, "ms-back")), Length::Shrink));
    }
    buttons
        .push(match press {
            Press::Next => ringed(next),
            Press::Nothing => boxed(body(next), Length::Shrink),
        })
        .into()
}

/// Entra's sign-in page: the account field and Next (guide step 3).
pub fn sign_in<'a, M: 'a>(lang: Lang, account: Option<&str>) -> Element<'a, M> {
    let typed = match account {
        Some(account) => boxed(body(account.to_owned()), Length::Fill),
        None => field(t!(lang, "ms-sign-in-field")),
    };
    column![
        logo(),
        heading(t!(lang, "ms-sign-in-heading")),
        typed,
        buttons(lang, false, t!(lang, "ms-next"), Press::Next),
    ]
    .spacing(14)
    .into()
}

/// "More information required" (guide step 4).
pub fn more_info<'a, M: 'a>(lang: Lang, account: Option<&str>) -> Element<'a, M> {
    let mut page = column![logo()].spacing(12);
    if let Some(account) = account {
        page = page.push(grey(account.to_owned()));
    }
    page.push(heading(t!(lang, "ms-more-info-heading")))
        .push(body(t!(lang, "ms-more-info-body")))
        .push(link(t!(lang, "ms-more-info-other")))
        .push(link(t!(lang, "ms-more-info-learn")))
        .push(buttons(lang, false, t!(lang, "ms-next"), Press::Next))
        .into()
}

/// The wizard around a method's page: "Keep your account secure", why
/// (with `intro`), the method in progress and `content`.
fn wizard<'a, M: 'a>(
    lang: Lang,
    organisation: &str,
    method: Option<Method>,
    intro: bool,
    content: Column<'a, M>,
) -> Element<'a, M> {
    let mut page = column![
        grey(organisation.to_owned()),
        container(heading(t!(lang, "ms-wizard-heading"))).center_x(Length::Fill),
    ]
    .spacing(8);
    // Microsoft says why on every page; drawn on the first, where it is
    // read, it keeps the later pictures short enough to see whole.
    if intro {
        page = page.push(body(t!(lang, "ms-wizard-body")));
    }
    if let Some(method) = method {
        page = page.push(grey(match method {
            Method::App { phone } => {
                let total = if phone { 2 } else { 1 };
                t!(lang, "ms-wizard-method-app", total = total)
            }
            Method::Phone => t!(lang, "ms-wizard-method-phone"),
        }));
    }
    page.push(
        container(content.spacing(8))
            .padding(10)
            .width(Length::Fill)
            .style(|_: &Theme| container::Style {
                border: Border {
                    color: color!(0xd2d0ce),
                    width: 1.0,
                    radius: 4.0.into(),
                },
                ..container::Style::default()
            }),
    )
    .into()
}

fn method_title<'a, M: 'a>(title: String) -> Element<'a, M> {
    text(title).size(TEXT * 0.95).font(BOLD).into()
}

/// How each page of the app's method starts: the method's title, then the
/// page's `heading`.
fn app_column<'a, M: 'a>(lang: Lang, heading: String) -> Column<'a, M> {
    column![
        method_title(t!(lang, "authenticator-name")),
        text(heading).size(TEXT * 0.85).font(BOLD),
    ]
}

/// A page of the app's method in the wizard (`intro`: with the why).
fn app_wizard<'a, M: 'a>(
    lang: Lang,
    organisation: &str,
    phone: bool,
    intro: bool,
    content: Column<'a, M>,
) -> Element<'a, M> {
    wizard(
        lang,
        organisation,
        Some(Method::App { phone }),
        intro,
        content,
    )
}

/// "Start by getting the app" (guide step 5).
pub fn get_app<'a, M: 'a>(lang: Lang, organisation: &str, phone: bool) -> Element<'a, M> {
    let content = app_column(lang, t!(lang, "ms-get-app-heading"))
        .push(body(t!(lang, "ms-get-app-body")))
        .push(link(t!(lang, "ms-get-app-download")))
        .push(body(t!(lang, "ms-get-app-after")))
        .push(link(t!(lang, "ms-other-app")))
        .push(buttons(lang, false, t!(lang, "ms-next"), Press::Next));
    app_wizard(lang, organisation, phone, true, content)
}

/// "Set up your account" (guide step 6).
pub fn set_up<'a, M: 'a>(lang: Lang, organisation: &str, phone: bool) -> Element<'a, M> {
    let content = app_column(lang, t!(lang, "ms-set-up-heading"))
        .push(body(t!(lang, "ms-set-up-body")))
        .push(buttons(lang, true, t!(lang, "ms-next"), Press::Next));
    app_wizard(lang, organisation, phone, false, content)
}

/// Where Microsoft's page has its QR code: drawn as a grey square, so no
/// camera takes the picture for the real code.
pub(super) fn qr_placeholder<'a, M: 'a>() -> Element<'a, M> {
    let cell = |dark: bool| frame::shape(12.0, 12.0, if dark { GREY } else { Color::WHITE });
    let rows = [
        [true, true, false, true, true],
        [true, false, true, false, true],
        [false, true, true, true, false],
        [true, false, true, false, false],
        [true, true, false, true, true],
    ];
    container(
        column(
            rows.iter()
                .map(|r| row(r.iter().map(|&dark| cell(dark))).spacing(2).into()),
        )
        .spacing(2),
    )
    .padding(6)
    .style(|_: &Theme| container::Style {
        border: Border {
            color: LINE,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    })
    .into()
}

/// "Scan the QR code" (guide step 7).
pub fn scan<'a, M: 'a>(lang: Lang, organisation: &str, phone: bool) -> Element<'a, M> {
    let content = app_column(lang, t!(lang, "ms-scan-heading"))
        .push(body(t!(lang, "ms-scan-body")))
        .push(
            row![qr_placeholder(), body(t!(lang, "ms-scan-after"))]
                .spacing(12)
                .align_y(iced::Center),
        )
        .push(link(t!(lang, "ms-scan-cant")))
        .push(buttons(lang, true, t!(lang, "ms-next"), Press::Next));
    app_wizard(lang, organisation, phone, false, content)
}

/// "Let's try it out" (guide steps 8–10): the number to type in the app,
/// then "Notification approved" and Next.
pub fn try_it<'a, M: 'a>(
    lang: Lang,
    organisation: &str,
    approved: bool,
    phone: bool,
) -> Element<'a, M> {
    let mut content = app_column(lang, t!(lang, "ms-try-heading"));
    if approved {
        content = content.push(body(t!(lang, "ms-try-approved")));
    } else {
        content = content
            .push(body(t!(lang, "ms-try-body")))
            .push(container(text("42").size(TEXT * 2.2).font(BOLD)).center_x(Length::Fill));
    }
    let press = if approved {
        Press::Next
    } else {
        Press::Nothing
    };
    content = content.push(buttons(lang, true, t!(lang, "ms-next"), press));
    app_wizard(lang, organisation, phone, false, content)
}
