//! The answer taking shape on the practice phone: the number typed into
//! its field (Microsoft Authenticator), or the choice picked (an app with
//! choices), from the mouse or from the keyboard.

use crate::screen::Busy;
use crate::service::{ApprovalRequest, Matching};

/// A challenge on the phone, and the answer taking shape there.
pub(super) struct Waiting {
    pub(super) request: ApprovalRequest,
    pub(super) _busy: Busy,
    /// What is typed in the phone's field, or the choice picked.
    pub(super) answer: String,
    /// True once the answer was sent.
    pub(super) answered: bool,
}

impl Waiting {
    /// A challenge the phone has just received.
    pub(super) fn new(request: ApprovalRequest, busy: Busy) -> Self {
        Self {
            request,
            _busy: busy,
            answer: String::new(),
            answered: false,
        }
    }

    /// The answer, once it is complete: as many digits as the PC shows
    /// (typed), one of the choices (picked), or nothing to match.
    pub(super) fn ready(&self) -> Option<&str> {
        let complete = match &self.request.matching {
            Matching::Type => self.answer.chars().count() == self.request.number.chars().count(),
            Matching::Pick(choices) => choices.contains(&self.answer),
            Matching::None => true,
        };
        complete.then_some(self.answer.as_str())
    }

    /// A choice picked with the mouse.
    pub(super) fn pick(&mut self, choice: &str) {
        self.answer = choice.to_owned();
    }

    /// The phone's number field changed: digits only, as many as the PC
    /// shows.
    pub(super) fn typed(&mut self, text: &str) {
        let limit = self.request.number.chars().count();
        self.answer = text
            .chars()
            .filter(char::is_ascii_digit)
            .take(limit)
            .collect();
    }

    /// Typed on the keyboard outside any field: the next digits of the
    /// number (a complete number starts over, so a typo can be retyped),
    /// or towards the choice that reads so, whatever the case.
    pub(super) fn keys(&mut self, text: &str) {
        match &self.request.matching {
            Matching::Type => {
                let start = if self.ready().is_some() {
                    String::new()
                } else {
                    self.answer.clone()
                };
                self.typed(&(start + text));
            }
            Matching::Pick(choices) => {
                let lower = |s: &str| s.to_lowercase();
                let fits = |typed: &str| choices.iter().any(|c| lower(c).starts_with(typed));
                // Go on from what is there while a choice still reads so,
                // else start over with this key.
                let longer = lower(&format!("{}{text}", self.answer));
                let typed = if fits(&longer) { longer } else { lower(text) };
                self.answer = match choices.iter().find(|c| lower(c) == typed) {
                    Some(choice) => choice.clone(),
                    None if fits(&typed) => typed,
                    None => String::new(),
                };
            }
            Matching::None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::ApprovalRequest;

    fn waiting(number: &str, matching: Matching) -> Waiting {
        let (_, busy) = crate::screen::run(std::future::pending::<()>(), |_| ());
        Waiting::new(
            ApprovalRequest {
                id: 1,
                number: number.to_owned(),
                matching,
            },
            busy,
        )
    }

    #[test]
    fn a_typed_number_is_complete_at_its_length_and_a_new_digit_starts_over() {
        let mut w = waiting("42", Matching::Type);
        w.keys("4");
        assert_eq!(w.ready(), None);
        w.keys("3");
        assert_eq!(w.ready(), Some("43"));
        w.keys("4");
        w.keys("2");
        assert_eq!(w.ready(), Some("42"), "retyped after a typo");
        w.typed("4x2 7");
        assert_eq!(w.ready(), Some("42"), "digits only, as many as shown");
    }

    #[test]
    fn a_pick_is_complete_only_on_a_choice_whatever_the_case() {
        let choices = vec!["B".to_owned(), "X".to_owned(), "BK".to_owned()];
        let mut w = waiting("X", Matching::Pick(choices));
        w.keys(" ");
        assert_eq!(w.ready(), None, "a space is no choice");
        w.keys("x");
        assert_eq!(w.ready(), Some("X"), "the choice's own spelling");
        w.keys("b");
        assert_eq!(w.ready(), Some("B"), "B is a choice (BK may follow)");
        w.keys("k");
        assert_eq!(w.ready(), Some("BK"));
        w.keys("q");
        assert_eq!(w.ready(), None, "nothing reads so");
        let mut plain = waiting("", Matching::None);
        assert_eq!(plain.ready(), Some(""), "nothing to match: approve at once");
        plain.keys("1");
        assert_eq!(plain.ready(), Some(""));
    }
}
