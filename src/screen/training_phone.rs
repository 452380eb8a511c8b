//! The practice phone drawn beside the approval and SMS screens: it shows the
//! sign-in notification with its number choices, and incoming text messages.

use iced::widget::{column, container, row, space, text, text_input};
use iced::{Border, Element, Length, Theme};

use super::Ctx;
use crate::service::{ApprovalRequest, Matching};
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
/// Focus id (and widget id) of the number field, where the app asks to
/// type the number.
pub const ANSWER: FocusId = FocusId("phone-answer");
/// Focus id of "Deny".
pub const DENY: FocusId = FocusId("phone-deny");

/// The phone's caption and frame.
fn phone<'a, M: 'a>(ctx: &Ctx<'_>, screen: impl Into<Element<'a, M>>) -> Element<'a, M> {
    frame::phone(ctx.platform, Some(t!(ctx.lang, "phone-caption")), screen)
}

/// The practice phone as a screen reader tells it: what it is, and what
/// it shows; its controls note themselves.
fn practice(ctx: &Ctx<'_>, shows: String) {
    crate::a11y::note(|| {
        crate::a11y::Part::Image(t!(ctx.lang, "a11y-picture-practice", shows = shows))
    });
}

/// The phone with nothing on it.
pub fn idle<'a, M: 'a>(ctx: &Ctx<'_>) -> Element<'a, M> {
    practice(ctx, t!(ctx.lang, "phone-idle"));
    phone(
        ctx,
        container(text(t!(ctx.lang, "phone-idle")).size(ui::TEXT * 0.9)).center(Length::Fill),
    )
}

/// How the notification's controls behave.
pub struct Answers<'a, M> {
    /// What is typed or picked so far.
    pub answer: &'a str,
    /// Message for picking a choice.
    pub pick: fn(String) -> M,
    /// Message for the number field changing.
    pub typed: fn(String) -> M,
    /// "Approve", enabled once the answer is complete.
    pub approve: Option<M>,
    /// "Deny".
    pub deny: Option<M>,
    /// True once the answer was sent.
    pub answered: bool,
}

/// The sign-in notification as the app shows it: Microsoft Authenticator
/// asks to type the number shown on the PC ("Yes" / "No, it's not me");
/// an app with choices offers them ("Approve" / "Deny").
pub fn notification<'a, M: Clone + 'a>(
    ctx: &Ctx<'_>,
    account: &str,
    request: &ApprovalRequest,
    answers: Answers<'_, M>,
) -> Element<'a, M> {
    let lang = ctx.lang;
    let typed = request.matching == Matching::Type;
    practice(
        ctx,
        format!(
            "{} {}",
            t!(lang, "phone-notification-title"),
            t!(lang, "phone-notification-body", account = account)
        ),
    );
    let hint = if typed {
        t!(lang, "phone-type-hint")
    } else {
        t!(lang, "phone-notification-hint")
    };
    let mut card = column![
        text(t!(lang, "phone-notification-title"))
            .size(ui::TEXT)
            .font(ui::BOLD),
        text(t!(lang, "phone-notification-body", account = account)).size(ui::TEXT * 0.85),
        text(hint).size(ui::TEXT * 0.85),
    ]
    .spacing(8);
    if answers.answered {
        card = card.push(ui::feedback(ui::Tone::Info, t!(lang, "phone-answered")));
    } else {
        match &request.matching {
            Matching::Type => {
                crate::a11y::note(|| {
                    crate::a11y::field(ANSWER, t!(lang, "phone-type-hint"), answers.answer)
                });
                card = card.push(
                    text_input("", answers.answer)
                        .id(ANSWER.widget())
                        .on_input(answers.typed)
                        .on_submit_maybe(answers.approve.clone())
                        .size(ui::TEXT * 1.2)
                        .padding(8)
                        .width(96),
                );
            }
            Matching::Pick(choices) => {
                let choices = row(choices.iter().zip(CHOICES).map(|(choice, id)| {
                    let kind = if answers.answer == choice {
                        Kind::Primary
                    } else {
                        Kind::Secondary
                    };
                    ui::button(
                        choice.clone(),
                        Some((answers.pick)(choice.clone())),
                        kind,
                        ctx.focused(id),
                    )
                }))
                .spacing(8);
                card = card.push(choices);
            }
            Matching::None => {}
        }
        let (no, yes) = if typed {
            (t!(lang, "phone-ms-no"), t!(lang, "phone-ms-yes"))
        } else {
            (t!(lang, "phone-deny"), t!(lang, "phone-approve"))
        };
        card = card.push(
            column![
                ui::button(no, answers.deny, Kind::Secondary, ctx.focused(DENY)),
                ui::button(yes, answers.approve, Kind::Primary, ctx.focused(APPROVE)),
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
    let issuer = ctx.config.training_issuer();
    practice(
        ctx,
        format!(
            "{} {}",
            t!(ctx.lang, "phone-sms-sender", issuer = issuer),
            t!(ctx.lang, "phone-sms-text", code = code, issuer = issuer)
        ),
    );
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
