//! Small widgets used by every screen: instructions with label chips,
//! focusable buttons, feedback lines, phone and browser frames.

pub mod authenticator;
pub mod focus;
pub mod frame;
pub mod microsoft365_page;
pub mod new_phone;
pub mod passkey;
pub mod picture;
pub mod shortcut;
pub mod style;

use iced::widget::{column, container, rich_text, row, span, text};
use iced::{Element, Font, Length, font};

use crate::a11y;
use crate::i18n::Lang;
use crate::t;

pub use focus::{FocusId, Ring, Target};

/// The app's font, on every platform: Fira Sans, built in (its Regular face
/// through iced's `fira-sans` feature, its Bold and a few symbols from
/// assets/fonts/). The system's default family differs per machine, and a
/// bare Windows or Wine prefix has no bold for it: titles and buttons were
/// blank there (docs/windows.md).
pub const FONT: Font = Font::with_name("Fira Sans");

/// The bold face of the app's font, for labels and titles.
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};

/// The faces built in beside iced's Fira Sans Regular: Fira Sans Bold, and
/// the symbols Fira Sans lacks (✓ ✔ ● ○ ◉ ▾, a DejaVu Sans subset; text
/// falls back to it for them). Licences in assets/fonts/.
pub const FONTS: [&[u8]; 2] = [
    include_bytes!("../../assets/fonts/FiraSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/MfaAssistantSymbols.ttf"),
];

/// iced's settings for every window of the app and its headless renders:
/// the built-in faces loaded and Fira Sans as the default font.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: FONTS
            .iter()
            .map(|f| std::borrow::Cow::Borrowed(*f))
            .collect(),
        default_font: FONT,
        ..iced::Settings::default()
    }
}

/// Body text size; headings scale from it.
pub const TEXT: f32 = 17.0;

/// Splits `message` on `[label]` markers: the labels the person must find on
/// the phone are drawn as bold chips, the rest as plain text.
pub fn instruction<'a, M: 'a>(message: String) -> Element<'a, M> {
    a11y::note(|| a11y::Part::Text(a11y::spoken(&message)));
    if !message.contains('[') {
        return text(message).size(TEXT).width(Length::Fill).into();
    }
    let mut spans: Vec<iced::widget::text::Span<'a, ()>> = Vec::new();
    let mut rest = message.as_str();
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        if open > 0 {
            spans.push(span(rest[..open].to_owned()));
        }
        // A span's padding grows its background over the neighbouring
        // glyphs without moving them (it would cover a full stop after the
        // label), so the room inside the chip is a punctuation space
        // (U+2008, in Fira Sans) on each side instead.
        spans.push(
            span(format!("\u{2008}{}\u{2008}", &rest[open + 1..close]))
                .font(BOLD)
                .background(style::CHIP)
                .color(style::CHIP_TEXT)
                .border(iced::border::rounded(4)),
        );
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        spans.push(span(rest.to_owned()));
    }
    rich_text(spans).size(TEXT).width(Length::Fill).into()
}

/// A sentence after a bold lead-in ("See also: …"): set apart, but not a
/// chip, since it is no label to press.
pub fn lead_in<'a, M: 'a>(lead: String, rest: String) -> Element<'a, M> {
    a11y::note(|| a11y::Part::Text(format!("{lead} {rest}")));
    let spans: Vec<iced::widget::text::Span<'a, ()>> =
        vec![span(lead).font(BOLD), span(format!(" {rest}"))];
    rich_text(spans).size(TEXT).width(Length::Fill).into()
}

/// Numbered instructions: "1.", "2.", … beside each sentence.
pub fn steps<'a, M: 'a>(sentences: Vec<String>) -> Element<'a, M> {
    a11y::note(|| a11y::Part::List(sentences.iter().map(|s| a11y::spoken(s)).collect()));
    a11y::quiet(|| steps_column(sentences))
}

fn steps_column<'a, M: 'a>(sentences: Vec<String>) -> Element<'a, M> {
    column(sentences.into_iter().enumerate().map(|(i, s)| {
        row![
            text(format!("{}.", i + 1)).size(TEXT).font(BOLD).width(28),
            instruction(s)
        ]
        .spacing(6)
        .into()
    }))
    .spacing(12)
    .into()
}

/// A screen's two halves: the instructions and the picture beside them, or
/// below them when the window is narrow (large text sizes).
pub fn split<'a, M: 'a>(
    narrow: bool,
    left: impl Into<Element<'a, M>>,
    right: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    if narrow {
        column![left.into(), right.into()].spacing(24).into()
    } else {
        row![left.into(), right.into()].spacing(32).into()
    }
}

/// A screen's heading.
pub fn title<'a, M: 'a>(text_: String) -> Element<'a, M> {
    a11y::note(|| a11y::Part::Heading(text_.clone()));
    // Its id says where it is to a screen reader (`a11y::bounds`).
    iced::widget::container(text(text_).size(TEXT * 1.75).font(BOLD))
        .id(focus::HEADING)
        .into()
}

/// How a line of feedback reads: never by colour alone, always with a sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something went right.
    Success,
    /// Something was refused or failed.
    Error,
    /// Waiting or neutral information.
    Info,
}

/// A feedback line with an icon-like sign and colour.
pub fn feedback<'a, M: 'a>(tone: Tone, message: String) -> Element<'a, M> {
    // Refusals are said at once; the rest when the person pauses.
    a11y::note(|| match tone {
        Tone::Error => a11y::Part::Alert(a11y::spoken(&message)),
        Tone::Success | Tone::Info => a11y::Part::Status(a11y::spoken(&message)),
    });
    a11y::quiet(|| feedback_box(tone, message))
}

fn feedback_box<'a, M: 'a>(tone: Tone, message: String) -> Element<'a, M> {
    let sign = match tone {
        Tone::Success => "✔",
        Tone::Error => "!",
        Tone::Info => "…",
    };
    let colour = move |theme: &iced::Theme| {
        let p = style::palette(theme);
        match tone {
            Tone::Success => p.success,
            Tone::Error => p.error,
            Tone::Info => p.info,
        }
    };
    container(
        row![
            text(sign)
                .size(TEXT)
                .font(BOLD)
                .style(move |theme| text::Style {
                    color: Some(colour(theme))
                }),
            instruction(message)
        ]
        .spacing(10),
    )
    .padding([8, 12])
    .width(Length::Fill)
    .style(move |theme| style::feedback_box(colour(theme)))
    .into()
}

/// How important a button is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The one action the screen is about; Enter triggers it.
    Primary,
    /// Everything else.
    Secondary,
}

/// One language of the header's switch, named in the window's language
/// `shown`; the one in use stands out (the assistant's and the trainer's
/// windows).
pub fn language_button<'a, M: Clone + 'a>(
    shown: Lang,
    choice: Lang,
    on_press: Option<M>,
    focused: impl Into<Ring>,
) -> Element<'a, M> {
    let label = match choice {
        Lang::Nl => t!(shown, "lang-nl"),
        Lang::En => t!(shown, "lang-en"),
    };
    let kind = if choice == shown {
        Kind::Primary
    } else {
        Kind::Secondary
    };
    button(label, on_press, kind, focused)
}

/// A button that shows the focus ring when keyboard focus is on it (or
/// when it is what Enter presses).
pub fn button<'a, M: Clone + 'a>(
    label: String,
    on_press: Option<M>,
    kind: Kind,
    ring: impl Into<Ring>,
) -> Element<'a, M> {
    let look = (TEXT, [10, 18], Length::Shrink);
    sized_button(label, on_press, kind, ring.into(), look)
}

/// A button on a drawn phone: smaller type, the phone's full width, as
/// the phone's own buttons are.
pub fn phone_button<'a, M: Clone + 'a>(
    label: String,
    on_press: Option<M>,
    kind: Kind,
    ring: impl Into<Ring>,
) -> Element<'a, M> {
    let look = (TEXT * 0.85, [8, 12], Length::Fill);
    sized_button(label, on_press, kind, ring.into(), look)
}

/// A button on a drawn web page (training's practice page): the page's
/// smaller type, as wide as its label.
pub fn page_button<'a, M: Clone + 'a>(
    label: String,
    on_press: Option<M>,
    kind: Kind,
    ring: impl Into<Ring>,
) -> Element<'a, M> {
    let look = (TEXT * 0.8, [6, 12], Length::Shrink);
    sized_button(label, on_press, kind, ring.into(), look)
}

/// A button with its text size, padding and width.
fn sized_button<'a, M: Clone + 'a>(
    label: String,
    on_press: Option<M>,
    kind: Kind,
    ring: Ring,
    (size, padding, width): (f32, [u16; 2], Length),
) -> Element<'a, M> {
    a11y::note(|| a11y::Part::Button {
        name: label.clone(),
        enabled: on_press.is_some(),
        focused: ring.focused(),
    });
    let button = iced::widget::Button::new(text(label).size(size))
        .padding(padding)
        .width(width)
        .on_press_maybe(on_press)
        .style(move |theme, status| style::button(theme, status, kind));
    focusable(button, ring)
}

/// `control` with the assistant's focus ring around it while `focused`
/// (the room's and the trainer's buttons too).
pub fn focusable<'a, M: 'a>(
    control: impl Into<Element<'a, M>>,
    ring: impl Into<Ring>,
) -> Element<'a, M> {
    let ring = ring.into();
    let shown = ring.shown();
    let container = iced::widget::container(control)
        .padding(4)
        .style(move |theme| style::focus_ring(theme, shown));
    // The one control with the keyboard focus says where it is to a
    // screen reader (`a11y::bounds`).
    if ring.focused() {
        container.id(focus::FOCUSED).into()
    } else {
        container.into()
    }
}
