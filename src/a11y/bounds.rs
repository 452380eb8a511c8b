//! Where the screen's heading and the control with the keyboard focus are,
//! for a screen reader's focus highlight and a magnifier that follows the
//! focus. The description is built with the view, before iced lays it
//! out, so the places are read back afterwards: iced's widget selector
//! walks the laid-out window once and finds the two by their widget ids
//! (`ui::focus::HEADING`, `ui::focus::FOCUSED`, or the focused field's
//! own id), where they show (a scrolled page's offset included).

use accesskit::Rect;
use iced::Task;
use iced::widget::Id;
use iced_selector::{Candidate, Selector};

use crate::ui::FocusId;
use crate::ui::focus::{FOCUSED, HEADING};

/// Where the heading and the focused control show, in the window's
/// logical pixels; `None` for one that is not there or scrolled away.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Bounds {
    /// The screen's title.
    pub heading: Option<Rect>,
    /// The control with the keyboard focus.
    pub focus: Option<Rect>,
}

/// Which of the two a widget is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Heading,
    Focus,
}

/// Reads where the heading and the control with focus `focus` (a text
/// field's own id, or a button's ring) are, once the window is laid out.
pub fn measure(focus: Option<FocusId>) -> Task<Bounds> {
    let heading = Id::new(HEADING);
    let ringed = Id::new(FOCUSED);
    let field = focus.map(FocusId::widget);
    let select = move |candidate: Candidate<'_>| {
        let id = candidate.id()?;
        let which = if *id == heading {
            Which::Heading
        } else if *id == ringed || Some(id) == field.as_ref() {
            Which::Focus
        } else {
            return None;
        };
        let shown = candidate.visible_bounds()?;
        Some((which, shown))
    };
    iced::advanced::widget::operate(select.find_all()).map(|found| {
        let rect = |r: iced::Rectangle| {
            let (x, y) = (f64::from(r.x), f64::from(r.y));
            Rect::new(x, y, x + f64::from(r.width), y + f64::from(r.height))
        };
        let mut bounds = Bounds::default();
        for (which, shown) in found {
            let slot = match which {
                Which::Heading => &mut bounds.heading,
                Which::Focus => &mut bounds.focus,
            };
            slot.get_or_insert(rect(shown));
        }
        bounds
    })
}
