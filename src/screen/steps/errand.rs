//! Why the person came (the welcome's errand: the guide, a new phone, a
//! lost one), where it is offered (Microsoft 365; training, which
//! practises a new phone), and the route that follows from it. The errand
//! is kept in Microsoft 365's state, whose screens read it; training's
//! practice server is told when it changes.

use super::Steps;
use crate::guide::{Errand, Route, Screen};

impl Steps {
    /// The errands the welcome offers: on Microsoft 365 with the app or
    /// a passkey to set up, the guide, a new phone and a lost one; in
    /// training, the guide and a new phone to practise (a lost phone needs
    /// the helpdesk's pass, which a practice cannot give); else none.
    pub(super) fn errands_offered(&self) -> &'static [Errand] {
        use crate::service::microsoft365::Choice;
        let microsoft = self.service.microsoft365().is_some_and(|h| {
            h.methods()
                .iter()
                .any(|m| matches!(m, Choice::Authenticator | Choice::Passkey))
        });
        if microsoft {
            &[Errand::Enroll, Errand::NewPhone, Errand::LostPhone]
        } else if self.service.profile().training {
            &[Errand::Enroll, Errand::NewPhone]
        } else {
            &[]
        }
    }

    /// The welcome's choice of errand, where it is offered; in training
    /// the practice server then lists an old phone, or not.
    pub(super) fn choose_errand(&mut self, errand: Errand) {
        if !self.errands_offered().contains(&errand) {
            return;
        }
        self.microsoft365.set_errand(errand);
        if let Some(phone) = self.service.training_phone() {
            phone.rehearse_new_phone(errand == Errand::NewPhone);
        }
    }

    /// Why the person came (always the guide where no errand is offered).
    pub fn errand(&self) -> Errand {
        self.microsoft365.errand()
    }

    /// The route for the errand: the provider's as it is today, or, for a
    /// new phone, the new phone's route for IT's `methods` (in training,
    /// the practice new phone's, with the practice passkey where the
    /// provider's route has it).
    pub fn route(&self) -> Route {
        let errand = self.errand();
        if errand == Errand::Enroll {
            return self.service.route();
        }
        match self.service.microsoft365() {
            Some(handle) => crate::guide::new_phone(handle.methods(), errand == Errand::LostPhone),
            None if self.service.profile().training => {
                let passkey = self.service.route().position(Screen::PasskeyAdd).is_some();
                if passkey {
                    crate::guide::PRACTICE_NEW_PHONE_PASSKEY
                } else {
                    crate::guide::PRACTICE_NEW_PHONE
                }
            }
            None => self.service.route(),
        }
    }
}
