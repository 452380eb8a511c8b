//! The chart: per step, the room's median time to pass it (a solid bar),
//! the slowest (a light bar behind it), both in `m:ss`, how many trainees
//! are on it now, and its refusals. Drawn on an iced canvas; the same
//! figures are in the CSV report for anyone who cannot see it.

use crate::ui::style::Looks;
use iced::widget::canvas::{self, Frame, Geometry, Path, Text};
use iced::widget::{column, container, row, text};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, mouse};

use super::{Dashboard, Message};
use crate::i18n::Lang;
use crate::room::StepStats;
use crate::room::text as words;
use crate::t;
use crate::ui::{self, style};

/// One step's line.
const ROW: f32 = 44.0;
/// The step names' column.
const NAMES: f32 = 124.0;
/// The refusals' column, at the right.
const REFUSALS: f32 = 44.0;
/// Room right of the longest bar for its `m:ss · m:ss`.
const VALUES: f32 = 96.0;

/// The chart with its title and legend.
pub(super) fn view(d: &Dashboard) -> Element<'_, Message> {
    let lang = d.lang;
    let palette = d.appearance.palette();
    let swatch = |colour: Color| {
        container(text(""))
            .width(14)
            .height(14)
            .style(move |_| container::Style::default().background(colour))
    };
    let legend = row![
        swatch(palette.accent_text),
        text(t!(lang, "room-chart-median")).size(ui::TEXT * 0.85),
        swatch(slowest(palette)),
        text(t!(lang, "room-chart-slowest")).size(ui::TEXT * 0.85),
        text(format!("! {}", t!(lang, "room-chart-refusals")))
            .size(ui::TEXT * 0.85)
            .color(palette.error),
    ]
    .spacing(8)
    .align_y(iced::Center);
    let chart = Chart {
        steps: d.snapshot.steps.clone(),
        lang,
    };
    let height = ROW * d.snapshot.steps.len() as f32 + 8.0;
    let mut content = column![
        text(t!(lang, "room-chart-title"))
            .size(ui::TEXT)
            .font(ui::BOLD),
        legend,
        canvas::Canvas::new(chart)
            .width(Length::Fill)
            .height(height),
    ]
    .spacing(10);
    if d.snapshot.steps.iter().all(|s| s.median.is_none()) {
        content = content.push(
            text(t!(lang, "room-chart-empty"))
                .size(ui::TEXT * 0.85)
                .style(style::muted),
        );
    }
    container(content)
        .padding(16)
        .width(Length::Fill)
        .style(style::card)
        .into()
}

/// The slowest bar: the text colour, light, so the median stands out.
fn slowest(palette: &style::Palette) -> Color {
    Color {
        a: 0.3,
        ..palette.text
    }
}

struct Chart {
    steps: Vec<StepStats>,
    lang: Lang,
}

impl canvas::Program<Message> for Chart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let palette = style::palette(theme);
        let mut frame = Frame::new(renderer, bounds.size());
        let longest = self
            .steps
            .iter()
            .filter_map(|s| s.slowest)
            .max()
            .unwrap_or(0)
            .max(1) as f32;
        let left = NAMES;
        let width = (bounds.width - NAMES - REFUSALS - VALUES).max(40.0);
        let label = |content: String, at: Point, size: f32, colour: Color| Text {
            content,
            position: at,
            color: colour,
            size: size.into(),
            font: crate::ui::FONT,
            align_y: iced::alignment::Vertical::Center,
            ..Text::default()
        };
        for (i, step) in self.steps.iter().enumerate() {
            let top = i as f32 * ROW;
            let middle = top + ROW / 2.0;
            let mut name = label(
                words::step(self.lang, step.step),
                Point::new(0.0, middle - 8.0),
                15.0,
                palette.text,
            );
            name.font = ui::BOLD;
            name.max_width = NAMES - 8.0;
            frame.fill_text(name);
            frame.fill_text(label(
                t!(self.lang, "room-chart-here", count = step.here),
                Point::new(0.0, middle + 10.0),
                12.0,
                palette.muted,
            ));
            let bar = |seconds: u64| width * seconds as f32 / longest;
            let (height, inner) = (ROW * 0.6, ROW * 0.34);
            match (step.median, step.slowest) {
                (Some(median), Some(slowest_time)) => {
                    frame.fill_rectangle(
                        Point::new(left, middle - height / 2.0),
                        Size::new(bar(slowest_time).max(2.0), height),
                        slowest(&palette),
                    );
                    frame.fill_rectangle(
                        Point::new(left, middle - inner / 2.0),
                        Size::new(bar(median).max(2.0), inner),
                        palette.accent_text,
                    );
                    frame.fill_text(label(
                        format!(
                            "{} · {}",
                            words::duration(median),
                            words::duration(slowest_time)
                        ),
                        Point::new(left + bar(slowest_time).max(2.0) + 8.0, middle),
                        13.0,
                        palette.text,
                    ));
                }
                _ => frame.fill_text(label(
                    "–".to_owned(),
                    Point::new(left + 4.0, middle),
                    15.0,
                    palette.muted,
                )),
            }
            let (refusals, colour) = if step.refusals > 0 {
                (format!("! {}", step.refusals), palette.error)
            } else {
                ("0".to_owned(), palette.muted)
            };
            let mut count = label(refusals, Point::new(bounds.width, middle), 15.0, colour);
            count.align_x = iced::widget::text::Alignment::Right;
            count.font = ui::BOLD;
            frame.fill_text(count);
        }
        // The bars' common start.
        let axis = Path::line(
            Point::new(left, 0.0),
            Point::new(left, ROW * self.steps.len() as f32),
        );
        frame.stroke(
            &axis,
            canvas::Stroke::default()
                .with_color(palette.muted)
                .with_width(1.0),
        );
        vec![frame.into_geometry()]
    }
}
