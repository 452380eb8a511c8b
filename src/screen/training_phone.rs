//! The practice phone drawn beside the approval and SMS screens: it shows the
//! sign-in notification with its number choices, and incoming text messages.

use iced::widget::{column, container, row, space, text};
use iced::{Border, Element, Length, Theme};

use super::Ctx;
use crate::service::ApprovalRequest;
use crate::t;
use crate::ui::{self, FocusId, Kind, frame};

/// Focus ids of the three number choices.
pub const CHOICES: [FocusId; 3] = [
    FocusId("phone-choice-1"),
    FocusId("phone-choice-2"),
    FocusId("phone-choice-3"),
];
/// Focus id of "Approve".
pub const APPROVE: FocusId = FocusId("phone-approve");
/// Focus id of "Deny".
pub const DENY: FocusId = FocusId("phone-deny");

/// The phone's caption and frame.
fn phone<'a, M: 'a>(ctx: &Ctx<'_>, screen: impl Into<Element<'a, M>>) -> Element<'a, M> {
    frame::phone(ctx.platform, Some(t!(ctx.lang, "phone-caption")), screen)
}

/// The phone with nothing on it.
pub fn idle<'a, M: 'a>(ctx: &Ctx<'_>) -> Element<'a, M> {
    phone(
        ctx,
        container(text(t!(ctx.lang, "phone-idle")).size(ui::TEXT * 0.9)).center(Length::Fill),
    )
}

/// How the notification's buttons behave.
pub struct Answers<M> {
    /// The number picked so far.
    pub picked: Option<u8>,
    /// Message for picking a number.
    pub pick: fn(u8) -> M,
    /// "Approve", enabled once a number is picked.
    pub approve: Option<M>,
    /// "Deny".
    pub deny: Option<M>,
    /// True once the answer was sent.
    pub answered: bool,
}

/// The sign-in notification with the number choices.
pub fn notification<'a, M: Clone + 'a>(
    ctx: &Ctx<'_>,
    account: &str,
    request: &ApprovalRequest,
    answers: Answers<M>,
) -> Element<'a, M> {
    let lang = ctx.lang;
    let mut card = column![
        text(t!(lang, "phone-notification-title"))
            .size(ui::TEXT)
            .font(ui::BOLD),
        text(t!(lang, "phone-notification-body", account = account)).size(ui::TEXT * 0.85),
        text(t!(lang, "phone-notification-hint")).size(ui::TEXT * 0.85),
    ]
    .spacing(8);
    if answers.answered {
        card = card.push(ui::feedback(ui::Tone::Info, t!(lang, "phone-answered")));
    } else {
        let choices = row(request.choices.iter().zip(CHOICES).map(|(n, id)| {
            let kind = if answers.picked == Some(*n) {
                Kind::Primary
            } else {
                Kind::Secondary
            };
            ui::button(
                n.to_string(),
                Some((answers.pick)(*n)),
                kind,
                ctx.focused(id),
            )
        }))
        .spacing(8);
        card = card.push(choices).push(
            column![
                ui::button(
                    t!(lang, "phone-deny"),
                    answers.deny,
                    Kind::Secondary,
                    ctx.focused(DENY)
                ),
                ui::button(
                    t!(lang, "phone-approve"),
                    answers.approve,
                    Kind::Primary,
                    ctx.focused(APPROVE)
                ),
            ]
            .spacing(8),
        );
    }
    phone(
        ctx,
        column![
            text(t!(lang, "authenticator-name"))
                .size(ui::TEXT * 0.8)
                .style(ui::style::muted),
            container(card)
                .padding(12)
                .width(Length::Fill)
                .style(bubble),
        ]
        .spacing(8),
    )
}

/// A text message in the phone's messages app.
pub fn sms<'a, M: 'a>(ctx: &Ctx<'_>, code: &str) -> Element<'a, M> {
    let issuer = ctx.config.organisation.as_str();
    phone(
        ctx,
        column![
            text(t!(ctx.lang, "phone-sms-sender", issuer = issuer))
                .size(ui::TEXT)
                .font(ui::BOLD),
            space::vertical().height(8),
            container(
                text(t!(ctx.lang, "phone-sms-text", code = code, issuer = issuer))
                    .size(ui::TEXT * 0.95)
            )
            .padding(12)
            .style(bubble),
        ]
        .spacing(4),
    )
}

fn bubble(theme: &Theme) -> container::Style {
    container::Style {
        border: Border {
            radius: 14.0.into(),
            ..Border::default()
        },
        ..ui::style::phone_card(theme)
    }
}
