//! The organisation's paper guide as data: the assistant's screens in order,
//! and which of the guide's 13 steps each one covers.

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
    /// Guide 11: the fallback phone number.
    Phone,
    /// Guide 12–13: the SMS code, verification complete.
    Sms,
    /// The end: what was set up, the help page.
    Finish,
}

/// The screens in the order of the guide.
pub const SCREENS: [Screen; 10] = [
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
];

impl Screen {
    /// Position in [`SCREENS`].
    pub fn index(self) -> usize {
        SCREENS.iter().position(|s| *s == self).unwrap_or_default()
    }

    /// The screen after this one.
    pub fn next(self) -> Option<Screen> {
        SCREENS.get(self.index() + 1).copied()
    }

    /// The screen before this one.
    pub fn previous(self) -> Option<Screen> {
        self.index().checked_sub(1).map(|i| SCREENS[i])
    }

    /// The paper guide's step numbers this screen covers.
    pub fn guide_steps(self) -> Option<&'static str> {
        match self {
            Screen::Welcome | Screen::Finish => None,
            Screen::Install => Some("1–2"),
            Screen::SignIn => Some("3"),
            Screen::MoreInfo => Some("4–5"),
            Screen::Prepare => Some("6"),
            Screen::Scan => Some("7"),
            Screen::Approve => Some("8–10"),
            Screen::Phone => Some("11"),
            Screen::Sms => Some("12–13"),
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
            Screen::Phone => t!(lang, "step-phone"),
            Screen::Sms => t!(lang, "step-sms"),
            Screen::Finish => t!(lang, "step-finish"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guide_step_has_a_screen() {
        let mut covered = Vec::new();
        for screen in SCREENS {
            if let Some(steps) = screen.guide_steps() {
                let bounds: Vec<u32> = steps.split('–').map(|n| n.parse().unwrap()).collect();
                covered.extend(bounds[0]..=*bounds.last().unwrap());
            }
        }
        assert_eq!(covered, (1..=13).collect::<Vec<_>>());
    }

    #[test]
    fn order_walks_both_ways() {
        assert_eq!(Screen::Welcome.previous(), None);
        assert_eq!(Screen::Welcome.next(), Some(Screen::Install));
        assert_eq!(Screen::Finish.next(), None);
        assert_eq!(Screen::Sms.previous(), Some(Screen::Phone));
    }
}
