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
    /// A lost phone: no second step to sign in with, so first a Temporary
    /// Access Pass from the helpdesk (Microsoft's sign-in asks for it).
    LostPhone,
    /// A new phone: on Security info "+ Add sign-in method", "Microsoft
    /// Authenticator", "Add", and the app on the new phone.
    NewPhoneAdd,
    /// A new phone: the old phone's entries deleted on Security info, once
    /// the new one is listed.
    NewPhoneRemove,
    /// The end: what Microsoft now has (or "not checked").
    Finish,
}

/// Why the person came, on the Microsoft 365 route: the welcome screen's
/// choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Errand {
    /// Set up two-step verification: the guide.
    #[default]
    Enroll,
    /// A new phone in place of the old one, which still signs in.
    NewPhone,
    /// A new phone in place of a lost one: a Temporary Access Pass first.
    LostPhone,
}

/// The new-phone route for IT's `methods`: (for a lost phone, the
/// Temporary Access Pass first,) the app on the new phone, the sign-in
/// (what Microsoft has then is the old phone's), the new phone added, its
/// passkey where IT's `methods` ask for one, and only then the old phone's
/// entries removed. The phone number stays as it is: it moves with the SIM.
pub fn new_phone(methods: &[Choice], lost: bool) -> Route {
    let mut screens = vec![Screen::Welcome];
    if lost {
        screens.push(Screen::Microsoft(Page::LostPhone));
    }
    screens.extend([Screen::Install, Screen::Microsoft(Page::SignIn)]);
    if methods.contains(&Choice::Authenticator) || !methods.contains(&Choice::Passkey) {
        screens.push(Screen::Microsoft(Page::NewPhoneAdd));
    }
    if methods.contains(&Choice::Passkey) {
        screens.extend([
            Screen::Microsoft(Page::PasskeyReady),
            Screen::Microsoft(Page::PasskeyAdd),
        ]);
    }
    screens.extend([
        Screen::Microsoft(Page::NewPhoneRemove),
        Screen::Microsoft(Page::Finish),
    ]);
    Route::new(&screens)
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
            // Not in the paper guide: it predates passkeys, and it covers
            // no new phone.
            Page::PasskeyReady
            | Page::PasskeyAdd
            | Page::LostPhone
            | Page::NewPhoneAdd
            | Page::NewPhoneRemove
            | Page::Finish => return None,
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
            Page::LostPhone => t!(lang, "step-ms-lost-phone"),
            Page::NewPhoneAdd => t!(lang, "step-ms-new-phone-add"),
            Page::NewPhoneRemove => t!(lang, "step-ms-new-phone-remove"),
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

    #[test]
    fn a_new_phone_is_added_before_the_old_one_is_removed() {
        let ms = |p| Screen::Microsoft(p);
        let all = [Choice::Authenticator, Choice::Passkey, Choice::Phone];
        let route = new_phone(&all, false);
        let at = |s| route.position(s).unwrap();
        assert!(at(ms(Page::SignIn)) < at(ms(Page::NewPhoneAdd)));
        assert!(at(ms(Page::NewPhoneAdd)) < at(ms(Page::PasskeyAdd)));
        assert!(at(ms(Page::PasskeyAdd)) < at(ms(Page::NewPhoneRemove)));
        assert_eq!(route.next(ms(Page::NewPhoneRemove)), Some(ms(Page::Finish)));
        // The phone number moves with the SIM: no phone pages.
        assert!(route.screens().all(|s| !s.is_text_message()));
        assert_eq!(route.position(ms(Page::LostPhone)), None);
        // Lost: the pass first, before installing and signing in.
        let lost = new_phone(&crate::service::microsoft365::DEFAULT_METHODS, true);
        assert_eq!(lost.next(Screen::Welcome), Some(ms(Page::LostPhone)));
        assert_eq!(lost.next(ms(Page::LostPhone)), Some(Screen::Install));
        assert_eq!(lost.position(ms(Page::PasskeyAdd)), None);
        // A passkey alone: no app to add, the passkey instead.
        let passkey = new_phone(&[Choice::Passkey], false);
        assert_eq!(passkey.position(ms(Page::NewPhoneAdd)), None);
        assert!(passkey.position(ms(Page::PasskeyAdd)).is_some());
    }
}
