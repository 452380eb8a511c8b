//! What a screen reader reads (issue 22). iced 0.14 has no accessibility,
//! so the assistant describes itself: while the app builds its view for a
//! description, the shared widgets (`ui::title`, `ui::instruction`,
//! `ui::button`, `ui::feedback`, the drawn phones and pages) and the text
//! fields note what they are ([`note`]). The view is the description: the
//! same state and the same Fluent messages, in the same order, so it cannot
//! drift from what is on screen. [`tree`] turns it into an AccessKit tree
//! and sends only what changed; `platform` publishes it (AT-SPI on Linux,
//! UI Automation on Windows).
//!
//! Nothing is noted unless a description is being made ([`record`]): with
//! no screen reader running, the widgets pay one thread-local check each.

pub mod bounds;
#[cfg(any(target_os = "linux", windows))]
mod handlers;
#[cfg(target_os = "linux")]
pub mod platform;
pub mod tree;

#[cfg(windows)]
#[path = "windows.rs"]
pub mod platform;

#[cfg(not(any(target_os = "linux", windows)))]
#[path = "elsewhere.rs"]
pub mod platform;

use std::cell::RefCell;

use crate::i18n::Lang;
use crate::ui::FocusId;

/// What the accessibility bus asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A screen reader started: send the whole tree.
    Activated,
    /// Every screen reader stopped.
    Deactivated,
    /// Move the keyboard focus to this node.
    Focus(accesskit::NodeId),
    /// Press this node (its default action).
    Press(accesskit::NodeId),
    /// Put this text in this field.
    SetValue(accesskit::NodeId, String),
}

/// What a window that joined the accessibility bus hears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    /// The screen reader asks something.
    Request(Request),
    /// The window gained (`true`) or lost the keyboard focus: a screen
    /// reader follows the window that has it.
    WindowFocused(bool),
}

/// The screen reader's requests and the window's focus, for a window that
/// joined the bus (the app's or the trainer's).
pub fn subscription() -> iced::Subscription<Heard> {
    let focus = iced::window::events().filter_map(|(_, event)| match event {
        iced::window::Event::Focused => Some(Heard::WindowFocused(true)),
        iced::window::Event::Unfocused => Some(Heard::WindowFocused(false)),
        _ => None,
    });
    iced::Subscription::batch([
        iced::Subscription::run(platform::requests).map(Heard::Request),
        focus,
    ])
}

/// One thing on screen, as a screen reader tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The screen's title: its one heading.
    Heading(String),
    /// A sentence of the instructions, or any other line of text.
    Text(String),
    /// Numbered instructions.
    List(Vec<String>),
    /// A button, by its label.
    Button {
        /// What it says.
        name: String,
        /// It can be pressed.
        enabled: bool,
        /// It has the app's keyboard focus.
        focused: bool,
    },
    /// A text field.
    Field(Field),
    /// A refusal or diagnosis: said at once, when it appears.
    Alert(String),
    /// Waiting, a countdown, a success: said when the person pauses, and
    /// only when its words change.
    Status(String),
    /// A drawing (the phone, Microsoft's page, the QR code), by what it
    /// shows.
    Image(String),
    /// The key under "Can't scan?": the whole key, and its groups to read
    /// one by one.
    Key {
        /// What the key is, and how to read it.
        label: String,
        /// The key in groups of four characters.
        groups: Vec<String>,
    },
}

/// A text field: its label, value and focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The app's focus id of the field.
    pub id: FocusId,
    /// What the field is for (the label above it).
    pub label: String,
    /// What is typed in it; never read out for a password.
    pub value: String,
    /// A password: its value is not published.
    pub secret: bool,
}

thread_local! {
    /// The parts noted while a description is made; `None` otherwise.
    static NOTES: RefCell<Option<Notes>> = const { RefCell::new(None) };
}

struct Notes {
    lang: Lang,
    parts: Vec<Part>,
    /// Inside a widget that notes itself as a whole (a feedback line notes
    /// its sentence once, not also as text).
    quiet: u32,
}

/// Runs `view`, a view in `lang`, and returns what the widgets it built
/// noted.
pub fn record<R>(lang: Lang, view: impl FnOnce() -> R) -> (R, Vec<Part>) {
    let notes = Notes {
        lang,
        parts: Vec::new(),
        quiet: 0,
    };
    let outer = NOTES.with(|n| n.borrow_mut().replace(notes));
    let result = view();
    let notes = NOTES.with(|n| std::mem::replace(&mut *n.borrow_mut(), outer));
    (result, notes.map(|n| n.parts).unwrap_or_default())
}

/// True while a description is being made.
pub fn recording() -> bool {
    NOTES.with(|n| n.borrow().as_ref().is_some_and(|n| n.quiet == 0))
}

/// Notes a part, if a description is being made (`part` is only called
/// then).
pub fn note(part: impl FnOnce() -> Part) {
    note_in(|_| part());
}

/// Notes a part in the language of the view (for widgets that are not
/// told it, such as the drawn phone).
pub fn note_in(part: impl FnOnce(Lang) -> Part) {
    if recording() {
        let lang = NOTES.with(|n| n.borrow().as_ref().map(|n| n.lang));
        let part = part(lang.unwrap_or_default());
        NOTES.with(|n| {
            if let Some(notes) = n.borrow_mut().as_mut() {
                notes.parts.push(part);
            }
        });
    }
}

/// Builds a widget whose insides are not noted (the widget notes itself).
pub fn quiet<R>(build: impl FnOnce() -> R) -> R {
    let bump = |by: i32| {
        NOTES.with(|n| {
            if let Some(notes) = n.borrow_mut().as_mut() {
                notes.quiet = notes.quiet.saturating_add_signed(by);
            }
        })
    };
    bump(1);
    let result = build();
    bump(-1);
    result
}

/// A text field that is not a password.
pub fn field(id: FocusId, label: String, value: &str) -> Part {
    Part::Field(Field {
        id,
        label,
        value: value.to_owned(),
        secret: false,
    })
}

/// An instruction as it is read: the `[labels]` to find on the phone in
/// quotes ("tap “Volgende”"), not bracketed.
pub fn spoken(message: &str) -> String {
    message.replace('[', "“").replace(']', "”")
}

/// A key as groups of four characters, as "Can't scan?" shows it.
pub fn groups(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().filter(|c| !c.is_whitespace()).collect();
    chars.chunks(4).map(|c| c.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_only_while_recording_and_not_inside_quiet_widgets() {
        note(|| Part::Text("lost".into()));
        let ((), parts) = record(Lang::Nl, || {
            note(|| Part::Heading("Scan".into()));
            quiet(|| note(|| Part::Text("inside".into())));
            note(|| Part::Alert("Refused".into()));
        });
        assert_eq!(
            parts,
            vec![Part::Heading("Scan".into()), Part::Alert("Refused".into())]
        );
        assert!(!recording());
    }

    #[test]
    fn labels_are_quoted_and_keys_grouped() {
        assert_eq!(spoken("Tik op [Volgende]."), "Tik op “Volgende”.");
        assert_eq!(groups("ABCD EFGH IJ"), ["ABCD", "EFGH", "IJ"]);
    }
}
