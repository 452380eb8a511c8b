//! The Microsoft 365 route: install the app, sign in with Microsoft, then
//! one screen beside each page of Microsoft's own wizard, as the guide
//! walks it, and the finish with what Microsoft now has.

use std::ops::RangeInclusive;

use super::{Route, Screen};
use crate::i18n::Lang;
use crate::t;

/// A screen beside one of Microsoft's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// Guide 3: sign in with Microsoft (the browser, or a device code).
    SignIn,
    /// Guide 4: "More information required".
    MoreInfo,
    /// Guide 5: "Keep your account secure" / "Start by getting the app".
    GetApp,
    /// Guide 6: "Set up your account": + → Work or school → Scan a QR code.
    SetUp,
    /// Guide 7: "Scan the QR code".
    Scan,
    /// Guide 8–10: "Let's try it out": the number typed into the app.
    TryIt,
    /// Guide 11: "Phone": country or region, number, "Text me a code".
    Phone,
    /// Guide 12: the code from the text message, "Verify".
    Code,
    /// Guide 13: "Success!", "Done".
    Success,
    /// The end: what Microsoft now has (or "not checked").
    Finish,
}

/// The Microsoft 365 provider's route.
pub const MICROSOFT365: Route = Route::new(&[
    Screen::Welcome,
    Screen::Install,
    Screen::Microsoft(Page::SignIn),
    Screen::Microsoft(Page::MoreInfo),
    Screen::Microsoft(Page::GetApp),
    Screen::Microsoft(Page::SetUp),
    Screen::Microsoft(Page::Scan),
    Screen::Microsoft(Page::TryIt),
    Screen::Microsoft(Page::Phone),
    Screen::Microsoft(Page::Code),
    Screen::Microsoft(Page::Success),
    Screen::Microsoft(Page::Finish),
]);

impl Page {
    /// The paper guide's step numbers this page covers.
    pub fn guide_steps(self) -> Option<RangeInclusive<u8>> {
        Some(match self {
            Page::SignIn => 3..=3,
            Page::MoreInfo => 4..=4,
            Page::GetApp => 5..=5,
            Page::SetUp => 6..=6,
            Page::Scan => 7..=7,
            Page::TryIt => 8..=10,
            Page::Phone => 11..=11,
            Page::Code => 12..=12,
            Page::Success => 13..=13,
            Page::Finish => return None,
        })
    }

    /// The short name in the stepper.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Page::SignIn => t!(lang, "step-ms-sign-in"),
            Page::MoreInfo => t!(lang, "step-ms-more-info"),
            Page::GetApp => t!(lang, "step-ms-get-app"),
            Page::SetUp => t!(lang, "step-ms-set-up"),
            Page::Scan => t!(lang, "step-ms-scan"),
            Page::TryIt => t!(lang, "step-ms-try-it"),
            Page::Phone => t!(lang, "step-ms-phone"),
            Page::Code => t!(lang, "step-ms-code"),
            Page::Success => t!(lang, "step-ms-success"),
            Page::Finish => t!(lang, "step-finish"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_route_covers_every_guide_step_in_order() {
        let covered: Vec<u8> = MICROSOFT365
            .screens()
            .filter_map(|s| s.guide_steps())
            .flatten()
            .collect();
        assert_eq!(covered, (1..=13).collect::<Vec<_>>());
        assert_eq!(
            MICROSOFT365.next(Screen::Install),
            Some(Screen::Microsoft(Page::SignIn))
        );
        assert_eq!(
            MICROSOFT365.previous(Screen::Microsoft(Page::Finish)),
            Some(Screen::Microsoft(Page::Success))
        );
    }
}
