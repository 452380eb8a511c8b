//! What the approval step shows in each phase: the push QR or the code
//! instead while the phone is being readied, then the number to match, the
//! practice phone (training) or a drawing of the real one.

use iced::widget::{column, container, qr_code, text};
use iced::{Element, Length};

use super::{CANCEL, Message, Phase, SEND, State};
use crate::screen::training_phone::{self, Answers};
use crate::screen::{Ctx, feedback_for_it};
use crate::service::{ApprovalOutcome, AuthenticatorApp, Matching};
use crate::t;
use crate::ui::{self, Kind, Tone, frame, style};

impl State {
    /// The approval screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, account: &str) -> Element<'a, Message> {
        let account = self.push_account.as_deref().unwrap_or(account);
        match &self.phase {
            Phase::Preparing(_) => self.setup_view(ctx, Vec::new(), None),
            Phase::Registering { qr, busy, .. } => {
                let lang = ctx.lang;
                let mut left = vec![ui::steps(vec![
                    t!(lang, "approve-push-1", app = ctx.profile.app.name()),
                    t!(lang, "approve-push-2"),
                    t!(lang, "approve-push-3"),
                ])];
                if busy.is_some() {
                    left.push(ui::feedback(Tone::Info, t!(lang, "approve-push-waiting")));
                }
                self.setup_view(ctx, left, qr.as_ref().map(|qr| push_qr(ctx, qr)))
            }
            Phase::ByCode { reason, entry } => {
                let lang = ctx.lang;
                let mut left = vec![
                    feedback_for_it(
                        lang,
                        Tone::Info,
                        t!(lang, "approve-code-instead"),
                        Some(reason.as_str()).filter(|r| !r.trim().is_empty()),
                    ),
                    ui::instruction(t!(lang, "approve-code-step", account = account)),
                ];
                if entry.verified() {
                    left.push(ui::feedback(Tone::Success, t!(lang, "approve-code-ok")));
                    left.extend(entry.note_view(ctx));
                } else {
                    let mut form = entry.form(ctx).spacing(8);
                    if let Some(feedback) = entry.feedback(ctx) {
                        form = form.push(feedback);
                    }
                    left.push(Element::from(form).map(Message::Entry));
                }
                self.setup_view(ctx, left, None)
            }
            _ => self.test_view(ctx, account),
        }
    }

    /// Before a test sign-in: `items` under the title, the problem getting
    /// there with a retry, and `right` (the push QR) beside it.
    fn setup_view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        items: Vec<Element<'a, Message>>,
        right: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let lang = ctx.lang;
        let mut left = column![ui::title(t!(lang, "approve-title"))]
            .extend(items)
            .spacing(20);
        if matches!(self.phase, Phase::Preparing(Some(_))) {
            left = left.push(ui::feedback(Tone::Info, t!(lang, "approve-preparing")));
        }
        if let Some(problem) = &self.problem {
            left = left.push(problem.view(ctx));
            if !self.by_code() {
                left = left.push(ui::button(
                    t!(lang, "approve-retry"),
                    Some(Message::Retry),
                    Kind::Primary,
                    ctx.focused(SEND),
                ));
            }
        }
        match right {
            Some(right) => ui::split(
                ctx.narrow,
                left.width(Length::FillPortion(5)),
                container(right).center_x(Length::FillPortion(4)),
            ),
            None => left.into(),
        }
    }

    /// The test sign-in itself: send, the number, the phone's answer.
    fn test_view<'a>(&'a self, ctx: &Ctx<'_>, account: &str) -> Element<'a, Message> {
        let lang = ctx.lang;
        let first = if ctx.profile.training {
            t!(lang, "approve-1-training")
        } else {
            t!(lang, "approve-1")
        };
        // Microsoft Authenticator asks to type the number; apps with
        // choices ask to pick.
        let plain = matches!(&self.phase, Phase::Waiting(w) if !w.request.matching());
        let second = if plain {
            t!(lang, "approve-2-plain")
        } else if ctx.profile.app == AuthenticatorApp::Microsoft {
            t!(lang, "approve-2-type")
        } else {
            t!(lang, "approve-2")
        };
        let mut left = column![
            ui::title(t!(lang, "approve-title")),
            ui::steps(vec![first, second]),
        ]
        .spacing(20);
        if matches!(self.phase, Phase::Sending { .. }) {
            left = left.push(ui::feedback(Tone::Info, t!(lang, "approve-sending")));
        }
        let waiting = match &self.phase {
            Phase::Waiting(w) => Some(w),
            _ => None,
        };
        if let Some(request) = waiting.map(|w| &w.request).filter(|r| r.matching()) {
            let label = if request.matching == Matching::Type {
                t!(lang, "approve-number-type-label")
            } else {
                t!(lang, "approve-number-label")
            };
            crate::a11y::note(|| crate::a11y::Part::Text(format!("{label} {}", request.number)));
            left = left.push(
                container(
                    column![
                        text(label).size(ui::TEXT),
                        text(request.number.clone())
                            .size(ui::TEXT * 4.0)
                            .font(ui::BOLD),
                    ]
                    .spacing(4)
                    .align_x(iced::Center),
                )
                .padding(16)
                .style(style::card),
            );
        }
        if let Some(w) = waiting {
            left = left.push(ui::feedback(Tone::Info, t!(lang, "approve-waiting")));
            if ctx.profile.training && !w.answered {
                left = left.push(ui::instruction(t!(lang, "approve-type-hint")));
            }
        }
        match &self.phase {
            Phase::Approved => {
                left = left.push(ui::feedback(
                    Tone::Success,
                    t!(lang, "approve-approved", app = ctx.profile.app.name()),
                ));
            }
            Phase::Ready(Some(outcome)) => {
                let why = match outcome {
                    ApprovalOutcome::Denied => t!(lang, "approve-denied"),
                    ApprovalOutcome::WrongNumber => t!(lang, "approve-wrong-number"),
                    ApprovalOutcome::TimedOut | ApprovalOutcome::Approved => {
                        t!(lang, "approve-timed-out")
                    }
                };
                left = left.push(ui::feedback(Tone::Error, why));
            }
            _ => {}
        }
        if let Some(problem) = &self.problem {
            left = left.push(problem.view(ctx));
        }
        if matches!(self.phase, Phase::Sending { .. } | Phase::Waiting(_)) {
            left = left.push(ui::button(
                t!(lang, "busy-cancel"),
                Some(Message::Cancel),
                Kind::Secondary,
                ctx.focused(CANCEL),
            ));
        } else if !self.approved() {
            left = left.push(ui::button(
                t!(lang, "approve-send"),
                Some(Message::Send),
                Kind::Primary,
                ctx.focused(SEND),
            ));
        }
        let phone = match (waiting, ctx.profile.training) {
            (Some(w), true) => training_phone::notification(
                ctx,
                account,
                &w.request,
                Answers {
                    answer: &w.answer,
                    pick: Message::Pick,
                    typed: Message::Typed,
                    approve: w.ready().map(|_| Message::PhoneApprove),
                    deny: Some(Message::PhoneDeny),
                    answered: w.answered,
                },
            ),
            (None, true) => training_phone::idle(ctx),
            // A real phone: draw what it will show, with the number to pick.
            (waiting, false) => {
                crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-phone")));
                let mut screen = column![
                    text(ctx.profile.app.name())
                        .size(ui::TEXT * 0.85)
                        .style(style::muted),
                    text(t!(lang, "phone-notification-title"))
                        .size(ui::TEXT * 1.1)
                        .font(ui::BOLD),
                    text(t!(lang, "phone-notification-body", account = account))
                        .size(ui::TEXT * 0.9),
                ]
                .spacing(10);
                if let Some(request) = waiting.map(|w| &w.request).filter(|r| r.matching()) {
                    screen = screen
                        .push(text(t!(lang, "phone-notification-hint")).size(ui::TEXT * 0.9))
                        .push(frame::highlighted(request.number.clone()));
                }
                frame::phone(ctx.platform, None, screen)
            }
        };
        ui::split(
            ctx.narrow,
            left.width(Length::FillPortion(5)),
            container(phone).center_x(Length::FillPortion(4)),
        )
    }
}

/// The push enrollment QR for the phone's app.
fn push_qr<'a>(ctx: &Ctx<'_>, data: &'a qr_code::Data) -> Element<'a, Message> {
    column![
        text(t!(ctx.lang, "approve-push-qr-label"))
            .size(ui::TEXT)
            .font(ui::BOLD),
        container(qr_code(data).cell_size(6).style(ui::style::qr))
            .padding(20)
            .style(|_| container::Style::default().background(iced::Color::WHITE)),
    ]
    .spacing(8)
    .align_x(iced::Center)
    .into()
}
