//! The Microsoft 365 route: install the app, sign in with Microsoft, then
//! one screen beside each page of Microsoft's own wizard, as the guide
//! walks it, and the finish with what Microsoft now has. IT's `methods`
//! choose which parts it has and in which order: the app's pages, the
//! passkey's screens, the phone's pages.

use std::ops::RangeInclusive;

use super::{Route, Screen};
use crate::i18n::Lang;
use crate::service::microsoft365::Choice;
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
    /// A passkey: is the phone new enough, and is Microsoft Authenticator
    /// its passkey provider.
    PasskeyReady,
    /// A passkey: Security info's "+ Add sign-in method", "Passkey in
    /// Microsoft Authenticator", "Add", and the two ways in.
    PasskeyAdd,
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

/// The Microsoft 365 route for IT's `methods`, in their order: the app's
/// pages (guide 5–10), the passkey's two screens, the phone's pages (guide
/// 11–12, left out where text messages are off: see [`Route`]). The
/// default, the app then the phone, is [`MICROSOFT365`]. The app is
/// installed where the app or its passkey is set up; Microsoft's "Success!"
/// ends its wizard, which only the app and the phone go through.
pub fn microsoft365(methods: &[Choice]) -> Route {
    let mut screens = vec![Screen::Welcome];
    if methods
        .iter()
        .any(|m| matches!(m, Choice::Authenticator | Choice::Passkey))
    {
        screens.push(Screen::Install);
    }
    screens.extend([
        Screen::Microsoft(Page::SignIn),
        Screen::Microsoft(Page::MoreInfo),
    ]);
    let mut seen = Vec::new();
    for &method in methods {
        if seen.contains(&method) {
            continue;
        }
        seen.push(method);
        let pages: &[Page] = match method {
            Choice::Authenticator => &[Page::GetApp, Page::SetUp, Page::Scan, Page::TryIt],
            Choice::Passkey => &[Page::PasskeyReady, Page::PasskeyAdd],
            Choice::Phone => &[Page::Phone, Page::Code],
        };
        screens.extend(pages.iter().map(|&p| Screen::Microsoft(p)));
    }
    if methods
        .iter()
        .any(|m| matches!(m, Choice::Authenticator | Choice::Phone))
    {
        screens.push(Screen::Microsoft(Page::Success));
    }
    screens.push(Screen::Microsoft(Page::Finish));
    Route::new(&screens)
}

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
            // Not in the paper guide: it predates passkeys.
            Page::PasskeyReady | Page::PasskeyAdd | Page::Finish => return None,
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
            Page::PasskeyReady => t!(lang, "step-ms-passkey-ready"),
            Page::PasskeyAdd => t!(lang, "step-ms-passkey-add"),
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

    #[test]
    fn methods_make_the_route_in_their_order() {
        use crate::service::microsoft365::DEFAULT_METHODS;
        let ms = |p| Screen::Microsoft(p);
        assert_eq!(microsoft365(&DEFAULT_METHODS), MICROSOFT365);
        let pages = |methods: &[Choice]| -> Vec<Screen> {
            microsoft365(methods)
                .screens()
                .filter(|s| !matches!(s, Screen::Welcome | Screen::Install))
                .collect()
        };
        let head = [ms(Page::SignIn), ms(Page::MoreInfo)];
        let app = [
            ms(Page::GetApp),
            ms(Page::SetUp),
            ms(Page::Scan),
            ms(Page::TryIt),
        ];
        let passkey = [ms(Page::PasskeyReady), ms(Page::PasskeyAdd)];
        let phone = [ms(Page::Phone), ms(Page::Code)];
        let (success, finish) = (ms(Page::Success), ms(Page::Finish));
        assert_eq!(
            pages(&[Choice::Authenticator, Choice::Passkey, Choice::Phone]),
            [&head[..], &app, &passkey, &phone, &[success, finish]].concat()
        );
        assert_eq!(
            pages(&[Choice::Phone, Choice::Passkey, Choice::Authenticator]),
            [&head[..], &phone, &passkey, &app, &[success, finish]].concat()
        );
        // A passkey alone: no wizard, so no "Success!".
        assert_eq!(
            pages(&[Choice::Passkey]),
            [&head[..], &passkey, &[finish]].concat()
        );
        assert!(
            microsoft365(&[Choice::Passkey])
                .position(Screen::Install)
                .is_some()
        );
        // The phone alone needs no app.
        let phone_only = microsoft365(&[Choice::Phone]);
        assert_eq!(phone_only.position(Screen::Install), None);
        assert_eq!(
            pages(&[Choice::Phone]),
            [&head[..], &phone, &[success, finish]].concat()
        );
        // Without text messages the phone's pages leave it, as ever, and
        // "Success!" with them where no wizard is left for it to end.
        let short = microsoft365(&[Choice::Passkey, Choice::Phone]).with_text_messages(false);
        assert!(short.screens().all(|s| !s.is_text_message()));
        assert_eq!(short.next(ms(Page::PasskeyAdd)), Some(finish));
        assert_eq!(short.position(success), None);
        assert_eq!(short.previous(finish), Some(ms(Page::PasskeyAdd)));
        // The app's wizard left: "Success!" ends it.
        let app_too = microsoft365(&[Choice::Authenticator, Choice::Passkey, Choice::Phone])
            .with_text_messages(false);
        assert_eq!(app_too.next(ms(Page::PasskeyAdd)), Some(success));
        // With text messages the phone's wizard is there to end.
        let texts = microsoft365(&[Choice::Passkey, Choice::Phone]);
        assert_eq!(texts.next(ms(Page::Code)), Some(success));
    }
}
