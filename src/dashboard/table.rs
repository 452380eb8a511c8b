//! The live table: one line per trainee, the stuck ones first (tinted, with
//! the reason under the name), then raised hands, then the rest. Every state
//! is told in words and a sign, never by colour alone.

use crate::ui::style::Looks;
use iced::widget::{Button, column, container, row, text};
use iced::{Background, Color, Element, Length};

use super::keys::{Focus, resettable};
use super::{Dashboard, Message};
use crate::i18n::Lang;
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
    let head = |words: String, width: Length| {
        text(words)
            .size(CELL * 0.9)
            .font(ui::BOLD)
            .style(style::muted)
            .width(width)
    };
    let [name, step, time, refusals, hand, status] = columns(d.lang);
    let header = row![
        head(name, Length::Fill),
        head(step, STEP.into()),
        head(time, TIME.into()),
        head(refusals, Length::Fill),
        head(hand, HAND.into()),
        head(status, STATUS.into()),
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

/// The columns' headings, as the table shows them (the reset column has
/// none on screen).
pub(super) fn columns(lang: Lang) -> [String; 6] {
    [
        t!(lang, "room-column-name"),
        t!(lang, "room-column-step"),
        t!(lang, "room-column-time"),
        t!(lang, "room-column-refusals"),
        t!(lang, "room-column-hand"),
        t!(lang, "room-column-status"),
    ]
}

/// A trainee's name, or "Trainee 13" before signing in.
pub(super) fn name(lang: Lang, r: &Row) -> String {
    r.name
        .clone()
        .unwrap_or_else(|| t!(lang, "room-unnamed", number = r.id.0))
}

/// What a row says, in words, for the window and for a screen reader
/// alike (the window adds its signs, ! and ✔).
pub(super) struct Cells {
    /// The name.
    pub name: String,
    /// Why the trainee is stuck, one line per reason.
    pub stuck: Vec<String>,
    /// The step's translated name.
    pub step: String,
    /// Time on the step, `m:ss`.
    pub time: String,
    /// How many refusals, and the last one's reason.
    pub refusals: String,
    /// "Hand up", when it is.
    pub hand: Option<String>,
    /// Online, or offline since when.
    pub status: String,
    /// The PC went quiet.
    pub offline: bool,
    /// The reset button, or what became of the one sent.
    pub reset: Reset,
}

/// The reset column of a row.
pub(super) enum Reset {
    /// A button with this label.
    Button(String),
    /// Sent, not yet confirmed.
    Pending(String),
    /// The PC declined it.
    Declined(String),
}

/// The words of row `r`.
pub(super) fn cells(d: &Dashboard, r: &Row) -> Cells {
    let lang = d.lang;
    let refusals = match r.last_reason {
        Some(reason) if r.refusals > 0 => {
            format!("{} · {}", r.refusals, words::refusal(lang, reason))
        }
        _ => r.refusals.to_string(),
    };
    let status = match r.offline_since {
        Some(since) => t!(lang, "room-offline-since", time = d.zone.clock(since)),
        None => t!(lang, "room-online"),
    };
    let reset = if resettable(r) {
        Reset::Button(d.label(Focus::Reset(r.id)))
    } else if r.reset_pending {
        Reset::Pending(t!(lang, "room-reset-pending"))
    } else {
        Reset::Declined(t!(lang, "room-reset-declined"))
    };
    Cells {
        name: name(lang, r),
        stuck: r
            .stuck
            .iter()
            .map(|reason| words::stuck(lang, *reason, d.snapshot.now))
            .collect(),
        step: words::step(lang, r.step),
        time: words::duration(r.seconds_on_step),
        refusals,
        hand: r.hand_raised.then(|| t!(lang, "room-hand-up")),
        status,
        offline: r.offline_since.is_some(),
        reset,
    }
}

fn line<'a>(d: &'a Dashboard, r: &'a Row, zebra: bool) -> Element<'a, Message> {
    let palette = d.appearance.palette();
    let c = cells(d, r);
    let mut who = column![text(c.name).size(CELL).font(ui::BOLD)].spacing(2);
    for reason in c.stuck {
        who = who.push(
            text(format!("! {reason}"))
                .size(CELL * 0.85)
                .color(palette.error),
        );
    }
    let hand: Element<'_, Message> = match c.hand {
        Some(hand) => container(
            text(hand)
                .wrapping(iced::widget::text::Wrapping::None)
                .size(CELL * 0.9)
                .font(ui::BOLD)
                .color(palette.training),
        )
        .padding([2, 8])
        .style(|theme| style::feedback_box(style::palette(theme).training))
        .into(),
        None => text("").into(),
    };
    let status = if c.offline {
        text(format!("! {}", c.status)).color(palette.error)
    } else {
        text(format!("✔ {}", c.status)).color(palette.success)
    };
    let cells = row![
        who.width(Length::Fill),
        text(c.step).size(CELL).width(STEP),
        text(c.time).size(CELL).width(TIME),
        text(c.refusals).size(CELL).width(Length::Fill),
        container(hand).width(HAND),
        status.size(CELL).width(STATUS),
        container(reset(d, r, c.reset)).width(RESET),
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
fn reset<'a>(d: &'a Dashboard, r: &'a Row, words: Reset) -> Element<'a, Message> {
    let (words, colour) = match words {
        Reset::Button(label) => {
            let focused = d.focused(Focus::Reset(r.id));
            let label = text(label)
                .size(CELL * 0.85)
                .wrapping(iced::widget::text::Wrapping::None);
            let reset = Button::new(label)
                .padding([3, 8])
                .on_press(Message::Reset(r.id))
                .style(move |theme, status| style::button(theme, status, Kind::Secondary));
            return crate::ui::focusable(reset, focused);
        }
        Reset::Pending(words) => (words, d.appearance.palette().muted),
        Reset::Declined(words) => (words, d.appearance.palette().error),
    };
    text(words).size(CELL * 0.85).color(colour).into()
}
