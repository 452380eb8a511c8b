//! The live table: one line per trainee, the stuck ones first (tinted, with
//! the reason under the name), then raised hands, then the rest. Every state
//! is told in words and a sign, never by colour alone.

use crate::ui::style::Looks;
use iced::widget::{Button, column, container, row, text};
use iced::{Background, Color, Element, Length};

use super::keys::{Focus, resettable};
use super::{Dashboard, Message};
use crate::room::Row;
use crate::room::text as words;
use crate::t;
use crate::ui::{self, Kind, style};

/// Text in the table: a little smaller than the assistant's body text, so
/// 20 trainees fit on a projector without scrolling.
const CELL: f32 = 16.0;

/// Column widths; the name and the refusals share what is left.
const STEP: f32 = 100.0;
const TIME: f32 = 72.0;
const HAND: f32 = 125.0;
const STATUS: f32 = 145.0;
const RESET: f32 = 185.0;

/// The table.
pub(super) fn view(d: &Dashboard) -> Element<'_, Message> {
    let lang = d.lang;
    let head = |words: String, width: Length| {
        text(words)
            .size(CELL * 0.9)
            .font(ui::BOLD)
            .style(style::muted)
            .width(width)
    };
    let header = row![
        head(t!(lang, "room-column-name"), Length::Fill),
        head(t!(lang, "room-column-step"), STEP.into()),
        head(t!(lang, "room-column-time"), TIME.into()),
        head(t!(lang, "room-column-refusals"), Length::Fill),
        head(t!(lang, "room-column-hand"), HAND.into()),
        head(t!(lang, "room-column-status"), STATUS.into()),
        text("").width(RESET),
    ]
    .spacing(8)
    .padding([0, 8]);
    let mut table = column![header].spacing(2);
    for (i, r) in d.snapshot.trainees.iter().enumerate() {
        table = table.push(line(d, r, i % 2 == 1));
    }
    table.into()
}

fn line<'a>(d: &'a Dashboard, r: &'a Row, zebra: bool) -> Element<'a, Message> {
    let lang = d.lang;
    let palette = d.appearance.palette();
    let name = r
        .name
        .clone()
        .unwrap_or_else(|| t!(lang, "room-unnamed", number = r.id.0));
    let mut who = column![text(name).size(CELL).font(ui::BOLD)].spacing(2);
    for reason in &r.stuck {
        who = who.push(
            text(format!("! {}", words::stuck(lang, *reason, d.snapshot.now)))
                .size(CELL * 0.85)
                .color(palette.error),
        );
    }
    let refusals = match r.last_reason {
        Some(reason) if r.refusals > 0 => {
            format!("{} · {}", r.refusals, words::refusal(lang, reason))
        }
        _ => r.refusals.to_string(),
    };
    let hand: Element<'_, Message> = if r.hand_raised {
        container(
            text(t!(lang, "room-hand-up"))
                .wrapping(iced::widget::text::Wrapping::None)
                .size(CELL * 0.9)
                .font(ui::BOLD)
                .color(palette.training),
        )
        .padding([2, 8])
        .style(|theme| style::feedback_box(style::palette(theme).training))
        .into()
    } else {
        text("").into()
    };
    let status = match r.offline_since {
        Some(since) => text(format!(
            "! {}",
            t!(lang, "room-offline-since", time = d.zone.clock(since))
        ))
        .color(palette.error),
        None => text(format!("✔ {}", t!(lang, "room-online"))).color(palette.success),
    };
    let cells = row![
        who.width(Length::Fill),
        text(words::step(lang, r.step)).size(CELL).width(STEP),
        text(words::duration(r.seconds_on_step))
            .size(CELL)
            .width(TIME),
        text(refusals).size(CELL).width(Length::Fill),
        container(hand).width(HAND),
        status.size(CELL).width(STATUS),
        container(reset(d, r)).width(RESET),
    ]
    .spacing(8)
    .align_y(iced::Center);
    let stuck = !r.stuck.is_empty();
    let hand = r.hand_raised;
    container(cells)
        .padding([2, 8])
        .width(Length::Fill)
        .style(move |theme| {
            let p = style::palette(theme);
            if stuck {
                style::feedback_box(p.error)
            } else if hand {
                style::feedback_box(p.training)
            } else if zebra {
                container::Style::default().background(Background::Color(Color {
                    a: 0.45,
                    ..p.secondary
                }))
            } else {
                container::Style::default()
            }
        })
        .into()
}

/// The row's reset: a button, or what became of the one sent.
fn reset<'a>(d: &'a Dashboard, r: &'a Row) -> Element<'a, Message> {
    let lang = d.lang;
    if resettable(r) {
        let focused = d.focused(Focus::Reset(r.id));
        let label = text(t!(lang, "room-reset"))
            .size(CELL * 0.85)
            .wrapping(iced::widget::text::Wrapping::None);
        let reset = Button::new(label)
            .padding([3, 8])
            .on_press(Message::Reset(r.id))
            .style(move |theme, status| style::button(theme, status, Kind::Secondary));
        return crate::ui::focusable(reset, focused);
    }
    let (words, colour) = if r.reset_pending {
        (t!(lang, "room-reset-pending"), d.appearance.palette().muted)
    } else {
        (
            t!(lang, "room-reset-declined"),
            d.appearance.palette().error,
        )
    };
    text(words).size(CELL * 0.85).color(colour).into()
}
