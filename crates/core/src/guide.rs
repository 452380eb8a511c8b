//! The organisation's paper guide as data: the assistant's screens in order,
//! and which of the guide's 13 steps each one covers.

mod microsoft365;

use std::ops::RangeInclusive;

pub use microsoft365::{Errand, MICROSOFT365, Page, microsoft365, new_phone};

use crate::i18n::Lang;
use crate::service::AuthenticatorApp;
use crate::t;

/// One screen of the assistant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Language and phone type.
    Welcome,
    /// Guide 1–2: the store, install the app.
    Install,
    /// Guide 3: sign in.
    SignIn,
    /// Guide 4–5: "more information required", the app download prompt.
    MoreInfo,
    /// Guide 6: open the app, notifications, add an account.
    Prepare,
    /// Guide 7: scan the QR code, verify the first code.
    Scan,
    /// Guide 8–10: the test approval, done.
    Approve,
    /// Training's practice passkey, first: is the phone new enough, and is
    /// Microsoft Authenticator its passkey provider.
    PasskeyReady,
    /// Training's practice passkey, then: the two ways in, completed on
    /// the practice phone.
    PasskeyAdd,
    /// Guide 11: the fallback phone number.
    Phone,
    /// Guide 12–13: the SMS code, verification complete.
    Sms,
    /// The end: what was set up, the help page.
    Finish,
    /// Microsoft 365: a screen beside one of Microsoft's own pages.
    Microsoft(Page),
}

/// The screens of an enrollment in the order of the guide: the route of
/// the training and privacyIDEA providers (Microsoft 365's is
/// [`MICROSOFT365`]).
pub const ENROLLMENT: Route = Route::new(&[
    Screen::Welcome,
    Screen::Install,
    Screen::SignIn,
    Screen::MoreInfo,
    Screen::Prepare,
    Screen::Scan,
    Screen::Approve,
    Screen::Phone,
    Screen::Sms,
    Screen::Finish,
]);

/// [`ENROLLMENT`] with the practice passkey after the test approval
/// (`[training] passkey = true`): Microsoft Authenticator is set up by
/// then, as its passkey needs.
pub const ENROLLMENT_PASSKEY: Route =
    // After the approval, the enrollment's seventh screen.
    ENROLLMENT.inserted(7, &[Screen::PasskeyReady, Screen::PasskeyAdd]);

/// The most screens a route can have (the longest today has 14).
const MAX_SCREENS: usize = 24;

/// The screens a provider takes the person through, in order. The provider
/// gives it (see `service::Profile`), so a provider with other steps brings
/// its own route and the app follows it. Without text messages (IT turned
/// them off, or Microsoft stopped sending them) the phone screens leave it.
/// Kept inline, so a route made at run time (Microsoft 365's `methods`) is
/// as cheap to copy as a built-in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    all: [Screen; MAX_SCREENS],
    count: usize,
    text_messages: bool,
}

impl Route {
    /// A route of these screens, text-message screens included.
    ///
    /// # Panics
    /// With more than [`MAX_SCREENS`] screens (at compile time for a const).
    pub const fn new(screens: &[Screen]) -> Self {
        assert!(screens.len() <= MAX_SCREENS, "a route of too many screens");
        let mut all = [Screen::Welcome; MAX_SCREENS];
        let mut i = 0;
        while i < screens.len() {
            all[i] = screens[i];
            i += 1;
        }
        Self {
            all,
            count: screens.len(),
            text_messages: true,
        }
    }

    /// This route with `screens` put in before its screen number `at`
    /// (from 0): a route that is another with more screens.
    ///
    /// # Panics
    /// With more than [`MAX_SCREENS`] screens, or `at` past the end (at
    /// compile time for a const).
    pub const fn inserted(self, at: usize, screens: &[Screen]) -> Self {
        assert!(
            self.count + screens.len() <= MAX_SCREENS && at <= self.count,
            "a route of too many screens, or no such place"
        );
        let mut all = [Screen::Welcome; MAX_SCREENS];
        let mut i = 0;
        while i < self.count {
            all[if i < at { i } else { i + screens.len() }] = self.all[i];
            i += 1;
        }
        let mut j = 0;
        while j < screens.len() {
            all[at + j] = screens[j];
            j += 1;
        }
        Self {
            all,
            count: self.count + screens.len(),
            text_messages: self.text_messages,
        }
    }

    /// The same route with or without its text-message screens.
    pub fn with_text_messages(self, text_messages: bool) -> Self {
        Self {
            text_messages,
            ..self
        }
    }

    /// True when the route keeps its text-message screens.
    pub fn has_text_messages(self) -> bool {
        self.text_messages && self.all[..self.count].iter().any(|s| s.is_text_message())
    }

    /// The screens, in order. Without text messages, Microsoft's "Success!"
    /// goes too where no wizard is left for it to end (a passkey and the
    /// phone: only the passkey is left).
    pub fn screens(self) -> impl Iterator<Item = Screen> + Clone {
        let text_messages = self.text_messages;
        let all = self.all;
        let kept = move |s: &Screen| text_messages || !s.is_text_message();
        let wizard = all[..self.count].iter().any(|s| s.in_a_wizard() && kept(s));
        (0..self.count)
            .map(move |i| all[i])
            .filter(move |s| kept(s) && (wizard || !s.ends_a_wizard()))
    }

    /// How many screens.
    pub fn len(self) -> usize {
        self.screens().count()
    }

    /// True when the route has no screens (never for a real provider).
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The first screen.
    pub fn first(self) -> Screen {
        self.screens().next().unwrap_or(Screen::Welcome)
    }

    /// Position of `screen`, if it is on the route.
    pub fn position(self, screen: Screen) -> Option<usize> {
        self.screens().position(|s| s == screen)
    }

    /// The screen after `screen`.
    pub fn next(self, screen: Screen) -> Option<Screen> {
        self.screens().nth(self.position(screen)? + 1)
    }

    /// The paper guide's steps for `screen`, where they help a person: only
    /// where they differ from the screen's place on this route, and never a
    /// step above the route's length (which would read like a count of its
    /// own).
    pub fn paper_guide_note(self, screen: Screen) -> Option<RangeInclusive<u8>> {
        let place = self.position(screen)? + 1;
        let steps = screen.guide_steps()?;
        let same = steps.start() == steps.end() && usize::from(*steps.start()) == place;
        (!same && usize::from(*steps.end()) <= self.len()).then_some(steps)
    }

    /// The screen before `screen`.
    pub fn previous(self, screen: Screen) -> Option<Screen> {
        let i = self.position(screen)?.checked_sub(1)?;
        self.screens().nth(i)
    }
}

impl Screen {
    /// True for the screens of the phone step: the number, and the code
    /// from the text message.
    pub fn is_text_message(self) -> bool {
        matches!(
            self,
            Screen::Phone | Screen::Sms | Screen::Microsoft(Page::Phone | Page::Code)
        )
    }

    /// A page of one of Microsoft's wizards on Security info (the app's,
    /// the phone's), which "Success!" ends.
    pub fn in_a_wizard(self) -> bool {
        matches!(
            self,
            Screen::Microsoft(
                Page::GetApp | Page::SetUp | Page::Scan | Page::TryIt | Page::Phone | Page::Code
            )
        )
    }

    /// Microsoft's "Success!": on a route only after a wizard's pages.
    pub fn ends_a_wizard(self) -> bool {
        self == Screen::Microsoft(Page::Success)
    }

    /// The paper guide's step numbers this screen covers.
    pub fn guide_steps(self) -> Option<RangeInclusive<u8>> {
        match self {
            // The paper guide predates passkeys.
            Screen::Welcome | Screen::Finish | Screen::PasskeyReady | Screen::PasskeyAdd => None,
            Screen::Install => Some(1..=2),
            Screen::SignIn => Some(3..=3),
            Screen::MoreInfo => Some(4..=5),
            Screen::Prepare => Some(6..=6),
            Screen::Scan => Some(7..=7),
            Screen::Approve => Some(8..=10),
            Screen::Phone => Some(11..=11),
            Screen::Sms => Some(12..=13),
            Screen::Microsoft(page) => page.guide_steps(),
        }
    }

    /// The short name in the stepper.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Screen::Welcome => t!(lang, "step-welcome"),
            Screen::Install => t!(lang, "step-install"),
            Screen::SignIn => t!(lang, "step-sign-in"),
            Screen::MoreInfo => t!(lang, "step-more-info"),
            Screen::Prepare => t!(lang, "step-prepare"),
            Screen::Scan => t!(lang, "step-scan"),
            Screen::Approve => t!(lang, "step-approve"),
            Screen::PasskeyReady => t!(lang, "step-ms-passkey-ready"),
            Screen::PasskeyAdd => t!(lang, "step-ms-passkey-add"),
            Screen::Phone => t!(lang, "step-phone"),
            Screen::Sms => t!(lang, "step-sms"),
            Screen::Finish => t!(lang, "step-finish"),
            Screen::Microsoft(page) => page.name(lang),
        }
    }
}

/// The person's phone, which decides the store and its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Platform {
    /// Google Play Store.
    #[default]
    Android,
    /// Apple App Store.
    Iphone,
}

impl Platform {
    /// The page of `app` in this platform's store.
    pub fn store_url(self, app: AuthenticatorApp) -> &'static str {
        match (app, self) {
            (AuthenticatorApp::Microsoft, Platform::Android) => {
                "https://play.google.com/store/apps/details?id=com.azure.authenticator"
            }
            (AuthenticatorApp::Microsoft, Platform::Iphone) => {
                "https://apps.apple.com/app/microsoft-authenticator/id983156458"
            }
            (AuthenticatorApp::PrivacyIdea, Platform::Android) => {
                "https://play.google.com/store/apps/details?id=it.netknights.piauthenticator"
            }
            (AuthenticatorApp::PrivacyIdea, Platform::Iphone) => {
                "https://apps.apple.com/app/privacyidea-authenticator/id1445401301"
            }
        }
    }
}

/// Step numbers as the guide writes them: "3", or "1–2" for a range.
pub fn steps_label(steps: &RangeInclusive<u8>) -> String {
    if steps.start() == steps.end() {
        steps.start().to_string()
    } else {
        format!("{}–{}", steps.start(), steps.end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guide_step_has_a_screen() {
        let covered: Vec<u8> = ENROLLMENT
            .screens()
            .filter_map(|s| s.guide_steps())
            .flatten()
            .collect();
        assert_eq!(covered, (1..=13).collect::<Vec<_>>());
        assert_eq!(steps_label(&(1..=2)), "1–2");
        assert_eq!(steps_label(&(3..=3)), "3");
    }

    #[test]
    fn the_practice_passkey_comes_after_the_approval() {
        let r = ENROLLMENT_PASSKEY;
        assert_eq!(r.next(Screen::Approve), Some(Screen::PasskeyReady));
        assert_eq!(r.next(Screen::PasskeyAdd), Some(Screen::Phone));
        let short = r.with_text_messages(false);
        assert_eq!(short.next(Screen::PasskeyAdd), Some(Screen::Finish));
        // Everything else as in the guide's order.
        let rest: Vec<Screen> = r
            .screens()
            .filter(|s| !matches!(s, Screen::PasskeyReady | Screen::PasskeyAdd))
            .collect();
        assert_eq!(rest, ENROLLMENT.screens().collect::<Vec<_>>());
        // Not the paper guide's: no steps of its own, and the places after
        // it no longer named as the guide's.
        assert_eq!(r.paper_guide_note(Screen::PasskeyAdd), None);
    }

    #[test]
    fn order_walks_both_ways() {
        let r = ENROLLMENT;
        assert_eq!(r.previous(Screen::Welcome), None);
        assert_eq!(r.next(Screen::Welcome), Some(Screen::Install));
        assert_eq!(r.next(Screen::Finish), None);
        assert_eq!(r.previous(Screen::Sms), Some(Screen::Phone));
        let short = Route::new(&[Screen::Welcome, Screen::Scan, Screen::SignIn]);
        assert_eq!(short.next(Screen::Scan), Some(Screen::SignIn));
        assert_eq!(short.previous(Screen::Scan), Some(Screen::Welcome));
        assert_eq!(short.next(Screen::Phone), None, "not on the route");
    }

    #[test]
    fn the_paper_guide_is_named_only_where_it_helps() {
        use crate::guide::Page;
        // Training: place 6 is guide step 7; the finish has none.
        assert_eq!(ENROLLMENT.paper_guide_note(Screen::Scan), Some(7..=7));
        assert_eq!(ENROLLMENT.paper_guide_note(Screen::Install), Some(1..=2));
        assert_eq!(ENROLLMENT.paper_guide_note(Screen::Finish), None);
        // Microsoft 365: places 1–7 are guide steps 1–7, said once; the
        // phone at place 9 is guide step 11; step 13 is above the route's
        // twelve and not named.
        let ms = |p| Screen::Microsoft(p);
        assert_eq!(MICROSOFT365.paper_guide_note(ms(Page::Scan)), None);
        assert_eq!(MICROSOFT365.paper_guide_note(ms(Page::TryIt)), Some(8..=10));
        assert_eq!(
            MICROSOFT365.paper_guide_note(ms(Page::Phone)),
            Some(11..=11)
        );
        assert_eq!(MICROSOFT365.paper_guide_note(ms(Page::Success)), None);
        for route in [
            ENROLLMENT,
            MICROSOFT365,
            ENROLLMENT.with_text_messages(false),
            MICROSOFT365.with_text_messages(false),
        ] {
            for screen in route.screens() {
                if let Some(steps) = route.paper_guide_note(screen) {
                    assert!(usize::from(*steps.end()) <= route.len(), "{screen:?}");
                }
            }
        }
    }

    #[test]
    fn without_text_messages_the_phone_screens_leave_every_route() {
        for route in [ENROLLMENT, MICROSOFT365] {
            let short = route.with_text_messages(false);
            assert!(route.has_text_messages() && !short.has_text_messages());
            assert_eq!(short.len(), route.len() - 2);
            assert!(short.screens().all(|s| !s.is_text_message()));
            assert_eq!(short.position(Screen::Phone), None);
            assert_eq!(short.first(), Screen::Welcome);
            // Every other screen keeps its order, and Back and Next skip
            // the phone step both ways.
            let kept: Vec<Screen> = route.screens().filter(|s| !s.is_text_message()).collect();
            assert_eq!(short.screens().collect::<Vec<_>>(), kept);
            for pair in kept.windows(2) {
                assert_eq!(short.next(pair[0]), Some(pair[1]));
                assert_eq!(short.previous(pair[1]), Some(pair[0]));
            }
        }
        assert_eq!(
            ENROLLMENT.with_text_messages(false).next(Screen::Approve),
            Some(Screen::Finish)
        );
        assert_eq!(
            MICROSOFT365
                .with_text_messages(false)
                .next(Screen::Microsoft(Page::TryIt)),
            Some(Screen::Microsoft(Page::Success))
        );
    }
}
