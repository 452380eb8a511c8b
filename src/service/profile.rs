//! What the guide says depends on the provider: which app, which account type,
//! how to sign in.

/// The account type to add in the authenticator app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountKind {
    /// "Werk of school" / "Work or school": a Microsoft 365 account.
    WorkOrSchool,
    /// "Ander account (Google, Facebook, enz.)": a plain TOTP account.
    Other,
}

/// What the sign-in screen asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInKind {
    /// Only a name or e-mail address, used as the account label.
    Label,
    /// The person's own username and password for the server.
    UsernamePassword,
}

/// How a provider shapes the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// The account type to add in the app.
    pub account_kind: AccountKind,
    /// What sign-in asks for.
    pub sign_in: SignInKind,
    /// True when nothing real is enrolled (the screens say so).
    pub training: bool,
}
