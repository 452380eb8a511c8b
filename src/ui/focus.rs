//! Keyboard focus across a screen. iced focuses text inputs itself but not
//! buttons, so the app keeps its own ordered list of targets, moves along it
//! with Tab and Shift+Tab, and draws a ring on the focused one.

/// Names one focusable control on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FocusId(pub &'static str);

impl FocusId {
    /// The iced widget id of a text input with this focus id.
    pub fn widget(self) -> iced::widget::Id {
        iced::widget::Id::new(self.0)
    }
}

/// The widget id of the control with the keyboard focus: a screen reader
/// asks where it is (`a11y::bounds`).
pub const FOCUSED: &str = "a11y-focused";
/// The widget id of the screen's title, its one heading.
pub const HEADING: &str = "a11y-heading";

/// The focus ring a control wears.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ring {
    /// None.
    #[default]
    Off,
    /// It has the keyboard focus (a screen reader's focus too).
    Focus,
    /// No button has focus and Enter presses this one: it wears the ring
    /// so the person sees what Enter does (a screen reader's focus stays
    /// where it is).
    Default,
}

impl Ring {
    /// Whether the ring shows.
    pub fn shown(self) -> bool {
        self != Ring::Off
    }

    /// Whether the control has the keyboard focus itself.
    pub fn focused(self) -> bool {
        self == Ring::Focus
    }
}

impl From<bool> for Ring {
    fn from(focused: bool) -> Self {
        if focused { Ring::Focus } else { Ring::Off }
    }
}

/// A control Tab can reach.
#[derive(Debug, Clone)]
pub enum Target<M> {
    /// A button: Enter or Space sends the message.
    Button(FocusId, M),
    /// A text input, focused by iced so typing goes into it.
    Input(FocusId),
}

impl<M> Target<M> {
    /// The control's focus id.
    pub fn id(&self) -> FocusId {
        match self {
            Target::Button(id, _) | Target::Input(id) => *id,
        }
    }

    /// The same target with its message wrapped for the parent.
    pub fn map<N>(self, f: impl Fn(M) -> N) -> Target<N> {
        match self {
            Target::Button(id, m) => Target::Button(id, f(m)),
            Target::Input(id) => Target::Input(id),
        }
    }
}

/// The target after (or before, with `back`) `current`, wrapping around.
pub fn step<M>(targets: &[Target<M>], current: Option<FocusId>, back: bool) -> Option<FocusId> {
    let ids: Vec<FocusId> = targets.iter().map(Target::id).collect();
    next(&ids, current, back)
}

/// Tab's one rule, for any kind of focus name (the assistant's and the
/// trainer's windows): the one after (or before, with `back`) `current`,
/// wrapping around; the first (or last) when nothing has focus yet.
pub fn next<T: Copy + PartialEq>(order: &[T], current: Option<T>, back: bool) -> Option<T> {
    let n = order.len();
    if n == 0 {
        return None;
    }
    let at = current.and_then(|c| order.iter().position(|t| *t == c));
    let i = match (at, back) {
        (None, false) => 0,
        (None, true) => n - 1,
        (Some(i), false) => (i + 1) % n,
        (Some(i), true) => (i + n - 1) % n,
    };
    Some(order[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_wraps_both_ways() {
        let t = [
            Target::Input(FocusId("a")),
            Target::Button(FocusId("b"), ()),
            Target::Button(FocusId("c"), ()),
        ];
        assert_eq!(step(&t, None, false), Some(FocusId("a")));
        assert_eq!(step(&t, Some(FocusId("a")), false), Some(FocusId("b")));
        assert_eq!(step(&t, Some(FocusId("c")), false), Some(FocusId("a")));
        assert_eq!(step(&t, Some(FocusId("a")), true), Some(FocusId("c")));
        assert_eq!(step(&t, None, true), Some(FocusId("c")));
        assert_eq!(step::<()>(&[], None, false), None);
    }
}
