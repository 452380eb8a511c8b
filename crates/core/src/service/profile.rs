//! What the guide says depends on the provider: which app, which account type,
//! how to sign in, and which screens in which order.

use crate::guide::Route;

/// The authenticator app the person installs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthenticatorApp {
    /// Microsoft Authenticator, as in the guide.
    Microsoft,
    /// privacyIDEA Authenticator: TOTP and privacyIDEA's push in one app.
    PrivacyIdea,
}

impl AuthenticatorApp {
    /// The app's name as the stores show it (a product name: not translated).
    pub fn name(self) -> &'static str {
        match self {
            AuthenticatorApp::Microsoft => "Microsoft Authenticator",
            AuthenticatorApp::PrivacyIdea => "privacyIDEA Authenticator",
        }
    }

    /// Who publishes it in the stores (a company name: not translated).
    pub fn publisher(self) -> &'static str {
        match self {
            AuthenticatorApp::Microsoft => "Microsoft Corporation",
            AuthenticatorApp::PrivacyIdea => "NetKnights GmbH",
        }
    }
}

/// The account type to add in the authenticator app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountKind {
    /// "Werk of school" / "Work or school": a Microsoft 365 account.
    WorkOrSchool,
    /// "Ander account (Google, Facebook, enz.)": a plain TOTP account.
    Other,
    /// The app has no account types: [+] opens the camera.
    ScanOnly,
}

/// What the sign-in screen asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInKind {
    /// Only a name or e-mail address, used as the account label.
    Label,
    /// The person's own username and password for the server.
    UsernamePassword,
    /// Microsoft's own sign-in page, in the browser.
    Microsoft,
}

/// How a provider shapes the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// The app to install.
    pub app: AuthenticatorApp,
    /// The account type to add in the app.
    pub account_kind: AccountKind,
    /// What sign-in asks for.
    pub sign_in: SignInKind,
    /// True when nothing real is enrolled (the screens say so).
    pub training: bool,
    /// The screens, in order: the guide as this provider walks it.
    pub route: Route,
}
