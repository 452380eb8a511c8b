//! A new phone in place of the old one, as Graph shows it: the methods that
//! live on a phone (Microsoft Authenticator, a passkey in Authenticator)
//! that were there when the assistant first looked are the old phone's;
//! one with an id Graph did not list then is the new phone's. Matched by
//! Graph's ids only: the old phone may be the same model, with the same
//! name, as the new one.

use super::methods::{Method, MethodKind, Snapshot};

/// The old phone's entries and the new phone's, by Graph's ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replacement {
    /// On the new phone: listed now, not at the first reading.
    pub added: Vec<Method>,
    /// The old phone's, still listed.
    pub old_left: Vec<Method>,
    /// The old phone's, no longer listed: removed.
    pub old_gone: Vec<Method>,
}

/// True for a method that lives on a phone and goes with it.
fn on_a_phone(method: &Method) -> bool {
    matches!(
        method.kind,
        MethodKind::Authenticator { .. }
            | MethodKind::Passkey {
                in_authenticator: true,
                ..
            }
    )
}

impl Replacement {
    /// What `now` shows against `before` (the first reading).
    pub fn between(before: &Snapshot, now: &Snapshot) -> Self {
        let listed = |s: &Snapshot, id: &str| s.methods.iter().any(|m| m.id == id);
        let old = before.methods.iter().filter(|m| on_a_phone(m));
        let (old_left, old_gone) = old.cloned().partition(|m| listed(now, &m.id));
        Self {
            added: now
                .methods
                .iter()
                .filter(|m| on_a_phone(m) && !listed(before, &m.id))
                .cloned()
                .collect(),
            old_left,
            old_gone,
        }
    }

    /// The new phone's Microsoft Authenticator, once Graph lists it.
    pub fn new_app(&self) -> Option<&Method> {
        self.added
            .iter()
            .find(|m| matches!(m.kind, MethodKind::Authenticator { .. }))
    }

    /// The new phone's passkey in Authenticator, once Graph lists it.
    pub fn new_passkey(&self) -> Option<&Method> {
        self.added
            .iter()
            .find(|m| matches!(m.kind, MethodKind::Passkey { .. }))
    }

    /// True when nothing of the old phone is listed any more.
    pub fn old_removed(&self) -> bool {
        self.old_left.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn app(id: &str, model: &str) -> serde_json::Value {
        json!({"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
               "id": id, "displayName": model, "deviceTag": "SoftwareTokenActivated",
               "phoneAppVersion": "6.2401.0119", "createdDateTime": null})
    }

    fn passkey(id: &str, name: &str) -> serde_json::Value {
        json!({"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": id,
               "displayName": name, "model": "Microsoft Authenticator - Android",
               "aaGuid": "de1e552d-db1d-4423-a619-566b625cdc84",
               "attestationLevel": "attested", "createdDateTime": "2026-12-07T12:00:00Z"})
    }

    fn snapshot(methods: Vec<serde_json::Value>) -> Snapshot {
        Snapshot::parse(json!({ "value": methods }).to_string().as_bytes()).unwrap()
    }

    fn password() -> serde_json::Value {
        json!({"@odata.type": "#microsoft.graph.passwordAuthenticationMethod", "id": "28c10230-6103-485e-b985-444c60001490"})
    }

    #[test]
    fn the_same_model_on_both_phones_is_told_apart_by_id() {
        let before = snapshot(vec![
            password(),
            app("old-app", "SM-G973F"),
            passkey("old-key", "SM-G973F"),
        ]);
        // Nothing new yet: the old phone's two, left.
        let r = Replacement::between(&before, &before);
        assert!(r.added.is_empty() && r.new_app().is_none());
        assert_eq!(r.old_left.len(), 2);
        assert!(!r.old_removed());

        // The new phone, the same model and name: new by its id alone.
        let both = snapshot(vec![
            password(),
            app("old-app", "SM-G973F"),
            passkey("old-key", "SM-G973F"),
            app("new-app", "SM-G973F"),
        ]);
        let r = Replacement::between(&before, &both);
        assert_eq!(r.new_app().map(|m| m.id.as_str()), Some("new-app"));
        assert!(r.new_passkey().is_none());
        assert_eq!(r.old_left.len(), 2);

        // The old app deleted, its passkey not yet.
        let half = snapshot(vec![
            password(),
            passkey("old-key", "SM-G973F"),
            app("new-app", "SM-G973F"),
            passkey("new-key", "SM-G973F"),
        ]);
        let r = Replacement::between(&before, &half);
        assert_eq!(r.new_passkey().map(|m| m.id.as_str()), Some("new-key"));
        assert_eq!(
            r.old_gone.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            ["old-app"]
        );
        assert_eq!(
            r.old_left.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            ["old-key"]
        );
        assert!(!r.old_removed());

        // The wrong one deleted: the new app is gone again, the old stays.
        let wrong = snapshot(vec![
            password(),
            app("old-app", "SM-G973F"),
            passkey("old-key", "SM-G973F"),
        ]);
        let r = Replacement::between(&before, &wrong);
        assert!(r.new_app().is_none());
        assert!(!r.old_removed());

        let done = snapshot(vec![
            password(),
            app("new-app", "SM-G973F"),
            passkey("new-key", "x"),
        ]);
        let r = Replacement::between(&before, &done);
        assert!(r.old_removed());
        assert_eq!(r.old_gone.len(), 2);
        assert_eq!(r.added.len(), 2);
    }

    #[test]
    fn a_security_key_and_the_password_are_no_phone() {
        let key = json!({"@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
            "id": "yubi", "displayName": "YubiKey", "model": "YubiKey 5 Series with NFC",
            "aaGuid": "fa2b99dc-9e39-4257-8f92-4a30d23c4118"});
        let before = snapshot(vec![password(), key.clone()]);
        let now = snapshot(vec![password()]);
        let r = Replacement::between(&before, &now);
        assert!(r.old_left.is_empty() && r.old_gone.is_empty() && r.added.is_empty());
        let r = Replacement::between(&now, &before);
        assert!(r.added.is_empty());
    }
}
