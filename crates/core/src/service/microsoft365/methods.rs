//! The person's authentication methods as Microsoft Graph lists them
//! (`GET /v1.0/me/authentication/methods`), typed; and what they mean for
//! the guide: is the Authenticator app there, is a mobile number there, and
//! are they new since the assistant first looked.

use serde::Deserialize;
use serde_json::Value;

use super::Choice;
use crate::service::Error;

/// One registered way of signing in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method {
    /// Graph's id of the method (for phones, fixed per phone type).
    pub id: String,
    /// What it is.
    pub kind: MethodKind,
}

/// The kinds of method the guide cares about; the rest are kept as
/// [`MethodKind::Other`] with Graph's type name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MethodKind {
    /// `microsoftAuthenticatorAuthenticationMethod`.
    Authenticator {
        /// The phone's model, e.g. "SM-G973F".
        display_name: Option<String>,
        /// E.g. "SoftwareTokenActivated".
        device_tag: Option<String>,
        /// The app's version, e.g. "6.2401.0119".
        phone_app_version: Option<String>,
        /// When registered (ISO 8601); Graph often leaves it null.
        created: Option<String>,
    },
    /// `phoneAuthenticationMethod`.
    Phone {
        /// As Graph writes it, e.g. "+31 612345678".
        number: String,
        /// Mobile, alternate mobile or office.
        phone_type: PhoneType,
        /// `smsSignInState`, e.g. "notAllowedByPolicy" (informative only).
        sms_sign_in: Option<String>,
    },
    /// `fido2AuthenticationMethod`: a passkey, on a phone or a security key.
    Passkey {
        /// What the person named it, e.g. "Pixel 8".
        display_name: Option<String>,
        /// The authenticator's model, e.g. "Microsoft Authenticator - Android".
        model: Option<String>,
        /// True when the passkey lives in Microsoft Authenticator (by its
        /// AAGUID, Android's or iOS's).
        in_authenticator: bool,
    },
    /// `softwareOathAuthenticationMethod`: another authenticator app's codes.
    SoftwareOath,
    /// `passwordAuthenticationMethod`: every account has one.
    Password,
    /// Any other `@odata.type`, e.g. `#microsoft.graph.emailAuthenticationMethod`.
    Other(String),
}

/// `phoneType` of a phone method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneType {
    /// `mobile`: the one the guide registers.
    Mobile,
    /// `alternateMobile`.
    AlternateMobile,
    /// `office`.
    Office,
    /// A value Microsoft may add later.
    Other(String),
}

/// Microsoft Authenticator's AAGUIDs as a passkey provider (Microsoft
/// Entra's documentation): Android, then iOS.
pub const AUTHENTICATOR_AAGUIDS: [&str; 2] = [
    "de1e552d-db1d-4423-a619-566b625cdc84",
    "90a3ccdf-635c-4729-a248-9b709135078f",
];

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    #[serde(rename = "@odata.type")]
    odata_type: String,
    id: String,
    display_name: Option<String>,
    device_tag: Option<String>,
    phone_app_version: Option<String>,
    created_date_time: Option<String>,
    phone_number: Option<String>,
    phone_type: Option<String>,
    sms_sign_in_state: Option<String>,
    model: Option<String>,
    aa_guid: Option<String>,
}

impl Method {
    fn from_raw(raw: Raw) -> Self {
        let name = raw.odata_type.trim_start_matches("#microsoft.graph.");
        let kind = match name {
            "microsoftAuthenticatorAuthenticationMethod" => MethodKind::Authenticator {
                display_name: raw.display_name,
                device_tag: raw.device_tag,
                phone_app_version: raw.phone_app_version,
                created: raw.created_date_time,
            },
            "phoneAuthenticationMethod" => MethodKind::Phone {
                number: raw.phone_number.unwrap_or_default(),
                phone_type: match raw.phone_type.as_deref() {
                    Some("mobile") => PhoneType::Mobile,
                    Some("alternateMobile") => PhoneType::AlternateMobile,
                    Some("office") => PhoneType::Office,
                    other => PhoneType::Other(other.unwrap_or_default().to_owned()),
                },
                sms_sign_in: raw.sms_sign_in_state,
            },
            "fido2AuthenticationMethod" => MethodKind::Passkey {
                display_name: raw.display_name,
                model: raw.model,
                in_authenticator: raw.aa_guid.as_deref().is_some_and(|id| {
                    AUTHENTICATOR_AAGUIDS
                        .iter()
                        .any(|known| id.trim().eq_ignore_ascii_case(known))
                }),
            },
            "softwareOathAuthenticationMethod" => MethodKind::SoftwareOath,
            "passwordAuthenticationMethod" => MethodKind::Password,
            _ => MethodKind::Other(raw.odata_type),
        };
        Method { id: raw.id, kind }
    }

    /// The phone number in international form for people ("+31 6 12345678");
    /// `None` for other methods.
    pub fn phone_number(&self) -> Option<String> {
        let MethodKind::Phone { number, .. } = &self.kind else {
            return None;
        };
        Some(
            phonenumber::parse(None, number)
                .map(|n| {
                    n.format()
                        .mode(phonenumber::Mode::International)
                        .to_string()
                })
                .unwrap_or_else(|_| number.clone()),
        )
    }

    /// The number in E.164 ("+31612345678"), to compare with what the
    /// person typed; `None` for other methods or an unreadable number.
    pub fn phone_e164(&self) -> Option<String> {
        let MethodKind::Phone { number, .. } = &self.kind else {
            return None;
        };
        let n = phonenumber::parse(None, number).ok()?;
        Some(n.format().mode(phonenumber::Mode::E164).to_string())
    }

    fn is_authenticator(&self) -> bool {
        matches!(self.kind, MethodKind::Authenticator { .. })
    }

    fn is_passkey(&self) -> bool {
        matches!(self.kind, MethodKind::Passkey { .. })
    }

    fn is_mobile(&self) -> bool {
        matches!(
            self.kind,
            MethodKind::Phone {
                phone_type: PhoneType::Mobile,
                ..
            }
        )
    }
}

/// What Graph listed at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// In Graph's order.
    pub methods: Vec<Method>,
}

impl Snapshot {
    /// Reads Graph's JSON answer: `{"value": [ … ]}`.
    pub fn parse(body: &[u8]) -> Result<Self, Error> {
        let bad = |detail: String| Error::BadAnswer(format!("Graph methods: {detail}"));
        let value: Value = serde_json::from_slice(body).map_err(|e| bad(e.to_string()))?;
        let Some(Value::Array(items)) = value.get("value") else {
            return Err(bad("no value list".to_owned()));
        };
        let methods = items
            .iter()
            .map(|item| Raw::deserialize(item).map(Method::from_raw))
            .collect::<Result<_, _>>()
            .map_err(|e| bad(e.to_string()))?;
        Ok(Snapshot { methods })
    }

    /// The guide's two ticks, compared with `before` (what was there when
    /// the assistant first looked).
    pub fn progress(&self, before: &Snapshot) -> Progress {
        let pick = |wanted: fn(&Method) -> bool| {
            let mut found: Vec<&Method> = self.methods.iter().filter(|m| wanted(m)).collect();
            // A new one is the one the person just made: that is shown.
            found.sort_by_key(|m| !before.methods.iter().all(|b| b.id != m.id));
            found.first().map(|m| Tick {
                method: (*m).clone(),
                new: before.methods.iter().all(|b| b.id != m.id),
            })
        };
        let new = |m: &Method| before.methods.iter().all(|b| b.id != m.id);
        let mut passkeys: Vec<Tick> = self
            .methods
            .iter()
            .filter(|m| m.is_passkey())
            .map(|m| Tick {
                method: m.clone(),
                new: new(m),
            })
            .collect();
        passkeys.sort_by_key(|t| !t.new);
        Progress {
            authenticator: pick(Method::is_authenticator),
            mobile_phone: pick(Method::is_mobile),
            passkey: pick(Method::is_passkey),
            passkeys,
        }
    }
}

/// One tick of the guide: the method that satisfies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// The method Graph lists.
    pub method: Method,
    /// True when it was not there when the assistant first looked.
    pub new: bool,
}

impl Tick {
    /// True for a passkey in Microsoft Authenticator (by its AAGUID).
    pub fn in_authenticator(&self) -> bool {
        matches!(
            self.method.kind,
            MethodKind::Passkey {
                in_authenticator: true,
                ..
            }
        )
    }
}

/// What Microsoft has for the guide's two steps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// Microsoft Authenticator, e.g. on "SM-G973F".
    pub authenticator: Option<Tick>,
    /// A phone method of type `mobile`.
    pub mobile_phone: Option<Tick>,
    /// A passkey: the backup Microsoft nudges people to since 2026-09.
    pub passkey: Option<Tick>,
    /// Every passkey (FIDO2 method) Microsoft lists, new ones first: in
    /// Microsoft Authenticator, or a security key.
    pub passkeys: Vec<Tick>,
}

impl Progress {
    /// True when the guide is done: the app, and the phone unless IT made
    /// it optional.
    pub fn complete(&self, phone_optional: bool) -> bool {
        self.authenticator.is_some() && (phone_optional || self.mobile_phone.is_some())
    }

    /// The passkey that counts as the person's: one in Microsoft
    /// Authenticator (a new one first); with `any_key`, else any passkey,
    /// a security key too.
    pub fn counted_passkey(&self, any_key: bool) -> Option<&Tick> {
        self.passkeys
            .iter()
            .find(|t| t.in_authenticator())
            .or_else(|| self.passkeys.iter().find(|_| any_key))
    }

    /// True when everything IT's `methods` ask for is there: the app, the
    /// passkey (see [`Progress::counted_passkey`]), and the mobile phone
    /// where it is required.
    pub fn done(&self, methods: &[Choice], phone_required: bool, any_key: bool) -> bool {
        methods.iter().all(|m| match m {
            Choice::Authenticator => self.authenticator.is_some(),
            Choice::Passkey => self.counted_passkey(any_key).is_some(),
            Choice::Phone => !phone_required || self.mobile_phone.is_some(),
        })
    }
}

#[cfg(test)]
#[path = "methods_tests.rs"]
mod tests;
