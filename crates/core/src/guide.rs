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
    /// Training's practice new phone: the old phone's entry deleted on
    /// the practice server's Security info, once the new one is listed.
    OldPhone,
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

/// Training's practice new phone (the welcome's "I have a new phone"):
/// the app on the new phone, the practice sign-in (the practice server
/// lists the old phone's app), the new phone added and tested as in the
/// guide, then the old phone's entry deleted. As on Microsoft 365's new
/// phone route, no "more information" (the account has a method already)
/// and no phone number (it moves with the SIM).
pub const PRACTICE_NEW_PHONE: Route = Route::new(&[
    Screen::Welcome,
    Screen::Install,
    Screen::SignIn,
    Screen::Prepare,
    Screen::Scan,
    Screen::Approve,
    Screen::OldPhone,
    Screen::Finish,
]);

/// [`PRACTICE_NEW_PHONE`] with the practice passkey on the new phone
/// (`[training] passkey = true`), before the old phone goes.
pub const PRACTICE_NEW_PHONE_PASSKEY: Route =
    PRACTICE_NEW_PHONE.inserted(6, &[Screen::PasskeyReady, Screen::PasskeyAdd]);

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
            // The paper guide predates passkeys and knows no new phone.
            Screen::Welcome
            | Screen::Finish
            | Screen::PasskeyReady
            | Screen::PasskeyAdd
            | Screen::OldPhone => None,
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
            Screen::OldPhone => t!(lang, "step-old-phone"),
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
mod tests;
