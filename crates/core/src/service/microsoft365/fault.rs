//! What can go wrong with Microsoft 365 in particular, told apart by
//! Entra's error codes (the `AADSTS` number in `error_codes`, or leading the
//! `error_description`) and the OAuth `error` field, never by the English
//! sentence around them.

use std::time::Duration;

use crate::i18n::Lang;
use crate::service::Error;
use crate::t;

/// A Microsoft 365 refusal or failure, nested in [`Error::Microsoft365`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Fault {
    /// IT has not given admin consent for the assistant's permissions
    /// (AADSTS65001, 90094, 90008, 650056; OAuth `consent_required`):
    /// nothing can be checked, the guide still runs.
    #[error("admin consent is missing")]
    ConsentMissing,
    /// Microsoft does not know the configured tenant (AADSTS90002, 900023).
    #[error("unknown tenant")]
    UnknownTenant,
    /// The client id is not registered in the tenant (AADSTS700016).
    #[error("the app registration is not in this tenant")]
    AppNotRegistered,
    /// The person signed in with an account of another organisation
    /// (AADSTS50020, 90072).
    #[error("the account is not in this tenant")]
    WrongAccount,
    /// The organisation's Conditional Access let the person sign in, but
    /// not into this assistant (AADSTS53000–53004: a device that is not
    /// compliant or not joined, an app not approved, a policy that blocks,
    /// security info to register first). Entra sends it as
    /// `interaction_required`; signing in again ends the same way, so it
    /// is IT's to put right, by its number.
    #[error("blocked by Conditional Access (AADSTS{0})")]
    BlockedByPolicy(u32),
    /// The person cancelled in the browser (`access_denied`, AADSTS65004).
    #[error("sign-in cancelled in the browser")]
    Cancelled,
    /// No browser could be started.
    #[error("no browser could be opened")]
    NoBrowser,
    /// The sign-in was not finished in time (the browser's or the device
    /// code's).
    #[error("the sign-in was not finished in time")]
    SignInTimedOut,
    /// The assistant could not listen on this computer for the browser's
    /// answer.
    #[error("no loopback port for the sign-in: {0}")]
    NoLoopback(String),
    /// Graph refused to show the methods (HTTP 403): the permission is not
    /// in the token.
    #[error("Microsoft Graph refused access (HTTP 403)")]
    Forbidden,
    /// Graph asks to wait (HTTP 429 with `Retry-After`).
    #[error("Microsoft Graph asks to wait {0:?}")]
    Throttled(Duration),
    /// Another refusal, for IT: the OAuth error and the AADSTS number.
    #[error("Microsoft refused: {error} (AADSTS{})", code.map_or(String::from("?"), |c| c.to_string()))]
    Refused {
        /// The OAuth `error` field.
        error: String,
        /// The AADSTS number, if Microsoft gave one.
        code: Option<u32>,
    },
}

impl Fault {
    /// The sentence to show, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Fault::ConsentMissing => t!(lang, "m365-error-consent-missing"),
            Fault::UnknownTenant => t!(lang, "m365-error-unknown-tenant"),
            Fault::AppNotRegistered => t!(lang, "m365-error-app-not-registered"),
            Fault::WrongAccount => t!(lang, "m365-error-wrong-account"),
            Fault::BlockedByPolicy(code) => {
                t!(
                    lang,
                    "m365-error-blocked-by-policy",
                    code = code.to_string()
                )
            }
            Fault::Cancelled => t!(lang, "m365-error-cancelled"),
            Fault::NoBrowser => t!(lang, "m365-error-no-browser"),
            Fault::SignInTimedOut => t!(lang, "m365-error-sign-in-timed-out"),
            Fault::NoLoopback(detail) => {
                t!(lang, "m365-error-no-loopback", detail = detail.as_str())
            }
            Fault::Forbidden => t!(lang, "m365-error-forbidden"),
            Fault::Throttled(wait) => {
                t!(
                    lang,
                    "m365-error-throttled",
                    seconds = wait.as_secs().max(1)
                )
            }
            Fault::Refused { error, code } => t!(
                lang,
                "m365-error-refused",
                error = error.as_str(),
                code = code.map_or(String::from("?"), |c| c.to_string())
            ),
        }
    }
}

/// The AADSTS number: the first of `error_codes`, else the one leading
/// `error_description` ("AADSTS65001: …"), as redirects carry no list.
pub fn aadsts(codes: &[u32], description: Option<&str>) -> Option<u32> {
    codes.first().copied().or_else(|| {
        let rest = description?.trim_start().strip_prefix("AADSTS")?;
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        rest[digits.len()..]
            .starts_with(':')
            .then(|| digits.parse().ok())
            .flatten()
    })
}

/// What an OAuth error answer from Entra means: `error` is the OAuth field,
/// `code` the AADSTS number (see [`aadsts`]).
pub fn classify(error: &str, code: Option<u32>) -> Error {
    let by_code = match code {
        Some(65001 | 90094 | 90008 | 650056) => Some(Fault::ConsentMissing.into()),
        Some(90002 | 900023) => Some(Fault::UnknownTenant.into()),
        Some(700016) => Some(Fault::AppNotRegistered.into()),
        Some(50020 | 90072) => Some(Fault::WrongAccount.into()),
        Some(65004) => Some(Fault::Cancelled.into()),
        Some(code @ 53000..=53004) => Some(Fault::BlockedByPolicy(code).into()),
        // Refresh token expired, revoked, or a new sign-in (with MFA) is due.
        Some(70008 | 700082 | 700084 | 50173 | 50076 | 50078 | 50079) => {
            Some(Error::SessionExpired)
        }
        _ => None,
    };
    by_code.unwrap_or_else(|| match error {
        // `authorization_declined`: the person said no on the other device.
        "access_denied" | "authorization_declined" => Fault::Cancelled.into(),
        "consent_required" => Fault::ConsentMissing.into(),
        "invalid_grant" | "interaction_required" | "login_required" => Error::SessionExpired,
        "expired_token" => Fault::SignInTimedOut.into(),
        "temporarily_unavailable" | "server_error" => Error::ServerFault(503),
        _ => Fault::Refused {
            error: error.to_owned(),
            code,
        }
        .into(),
    })
}

/// Why the `[microsoft365]` settings cannot be used; the assistant then
/// trains and names the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsProblem {
    /// No tenant.
    #[error("Microsoft 365 needs the tenant: tenant = \"…\" under [microsoft365]")]
    MissingTenant,
    /// The tenant is not an id or a domain.
    #[error("tenant '{0}' is not a tenant id or domain")]
    BadTenant(String),
    /// No client id.
    #[error("Microsoft 365 needs the app registration's client_id under [microsoft365]")]
    MissingClientId,
    /// `authority` or `graph` is not a URL.
    #[error("{key} '{value}' is not a URL")]
    BadUrl {
        /// The setting's name.
        key: &'static str,
        /// What it says.
        value: String,
    },
}

impl SettingsProblem {
    /// The sentence to show, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            SettingsProblem::MissingTenant => t!(lang, "m365-settings-missing-tenant"),
            SettingsProblem::BadTenant(tenant) => {
                t!(lang, "m365-settings-bad-tenant", tenant = tenant.as_str())
            }
            SettingsProblem::MissingClientId => t!(lang, "m365-settings-missing-client-id"),
            SettingsProblem::BadUrl { key, value } => {
                t!(
                    lang,
                    "m365-settings-bad-url",
                    key = key.to_string(),
                    value = value.as_str()
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_number_comes_from_the_list_or_the_descriptions_prefix() {
        assert_eq!(aadsts(&[65001], Some("AADSTS70008: x")), Some(65001));
        assert_eq!(
            aadsts(&[], Some("AADSTS65001: The user or administrator …")),
            Some(65001)
        );
        // A number in the sentence is not the code.
        assert_eq!(aadsts(&[], Some("Tenant AADSTS90002 not found")), None);
        assert_eq!(aadsts(&[], Some("AADSTS: nothing")), None);
        assert_eq!(aadsts(&[], None), None);
    }

    #[test]
    fn codes_decide_before_the_oauth_error() {
        let consent = Error::Microsoft365(Fault::ConsentMissing);
        assert_eq!(classify("invalid_grant", Some(65001)), consent);
        assert_eq!(classify("access_denied", Some(90094)), consent);
        assert_eq!(
            classify("authorization_declined", None),
            Fault::Cancelled.into()
        );
        assert_eq!(classify("consent_required", None), consent);
        assert_eq!(
            classify("invalid_request", Some(90002)),
            Error::Microsoft365(Fault::UnknownTenant)
        );
        assert_eq!(
            classify("access_denied", None),
            Error::Microsoft365(Fault::Cancelled)
        );
        assert_eq!(
            classify("invalid_grant", Some(70008)),
            Error::SessionExpired
        );
        assert_eq!(classify("invalid_grant", None), Error::SessionExpired);
        // Conditional Access comes as `interaction_required`: not an
        // expired sign-in (signing in again ends the same way), IT's.
        assert_eq!(
            classify("interaction_required", Some(53003)),
            Error::Microsoft365(Fault::BlockedByPolicy(53003))
        );
        assert_eq!(
            classify("interaction_required", Some(53000)),
            Error::Microsoft365(Fault::BlockedByPolicy(53000))
        );
        assert_eq!(
            classify("interaction_required", Some(50076)),
            Error::SessionExpired
        );
        assert_eq!(
            classify("unsupported_response_type", Some(12345)),
            Error::Microsoft365(Fault::Refused {
                error: "unsupported_response_type".into(),
                code: Some(12345)
            })
        );
    }

    #[test]
    fn every_fault_has_a_sentence_in_both_languages() {
        let faults = [
            Fault::ConsentMissing,
            Fault::UnknownTenant,
            Fault::AppNotRegistered,
            Fault::WrongAccount,
            Fault::BlockedByPolicy(53003),
            Fault::Cancelled,
            Fault::NoBrowser,
            Fault::SignInTimedOut,
            Fault::NoLoopback("in use".into()),
            Fault::Forbidden,
            Fault::Throttled(Duration::from_secs(7)),
            Fault::Refused {
                error: "odd".into(),
                code: Some(1),
            },
        ];
        for fault in &faults {
            let (nl, en) = (fault.text(Lang::Nl), fault.text(Lang::En));
            assert!(!nl.is_empty() && nl != en, "{fault:?}: {nl} / {en}");
        }
        assert!(
            Fault::Throttled(Duration::from_secs(7))
                .text(Lang::En)
                .contains('7')
        );
        for lang in Lang::ALL {
            let text = Fault::BlockedByPolicy(53003).text(lang);
            assert!(text.contains("AADSTS53003"), "{text}");
        }
    }
}
