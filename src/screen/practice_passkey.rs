//! Training's practice passkey, on the practice phone, with no WebAuthn:
//! first the phone made ready (Authenticator turned on as its passkey
//! provider, on the practice phone's setting), then one of the two ways
//! in, completed with the practice phone's buttons; the practice provider
//! then lists the passkey and the screen ticks it.

mod phone;
mod view;

use iced::Task;

use super::Event;
use crate::guide::Screen;
use crate::service::Service;
use crate::service::training::{PasskeyWay, PracticePasskey};
use crate::ui::{FocusId, Target};

/// Focus id of the practice phone's "Turn on" for Authenticator.
pub const PROVIDER: FocusId = FocusId("practice-passkey-provider");
/// Focus id of the first way in: sign in inside Authenticator.
pub const WAY_AUTHENTICATOR: FocusId = FocusId("practice-passkey-way-authenticator");
/// Focus id of the second way in: the camera on the PC's QR code.
pub const WAY_CAMERA: FocusId = FocusId("practice-passkey-way-camera");
/// Focus id of the save sheet's "Continue".
pub const CONTINUE: FocusId = FocusId("practice-passkey-continue");
/// Focus id of the save sheet's "Cancel".
pub const CANCEL: FocusId = FocusId("practice-passkey-cancel");

/// What the practice phone shows on the "add" screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Stage {
    /// The two ways in, to choose from.
    #[default]
    Ways,
    /// The phone asks to save the passkey in Authenticator.
    Save(PasskeyWay),
    /// Saved; the practice provider lists it soon.
    Saved,
}

/// The practice passkey's two screens.
#[derive(Debug, Default)]
pub struct State {
    provider_on: bool,
    stage: Stage,
    listed: Option<PracticePasskey>,
    /// Why the practice phone could not save it (no practice sign-in).
    refused: bool,
}

/// What the person does on the practice phone.
#[derive(Debug, Clone)]
pub enum Message {
    /// "Turn on" beside Authenticator in the passkey provider setting.
    TurnOnProvider,
    /// One of the two ways in.
    Way(PasskeyWay),
    /// The save sheet's "Continue".
    Continue,
    /// The save sheet's "Cancel".
    Cancel,
    /// The practice provider lists a passkey (`None`: it was reset).
    Listed(Option<PracticePasskey>),
}

impl Message {
    /// The screen the message is for.
    pub fn screen(&self) -> Screen {
        match self {
            Message::TurnOnProvider => Screen::PasskeyReady,
            _ => Screen::PasskeyAdd,
        }
    }
}

impl State {
    /// Opening the "add" screen: waits for the practice provider to list
    /// the passkey (at once if it has one).
    pub fn enter(&self, service: &Service) -> Task<Message> {
        match service.training_phone() {
            Some(phone) if self.listed.is_none() => {
                Task::perform(phone.listed_passkey(), Message::Listed)
            }
            _ => Task::none(),
        }
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::TurnOnProvider => self.provider_on = true,
            Message::Way(way) => self.stage = Stage::Save(way),
            Message::Cancel => self.stage = Stage::Ways,
            Message::Continue => {
                if let Stage::Save(way) = self.stage {
                    let saved = service.training_phone().map(|p| p.save_passkey(way));
                    self.refused = !matches!(saved, Some(Ok(())));
                    self.stage = if self.refused {
                        Stage::Ways
                    } else {
                        Stage::Saved
                    };
                }
            }
            Message::Listed(passkey) => self.listed = passkey,
        }
        (Task::none(), None)
    }

    /// True once Authenticator is the practice phone's passkey provider.
    pub fn ready(&self) -> bool {
        self.provider_on
    }

    /// The practice passkey, once the practice provider lists it.
    pub fn listed(&self) -> Option<&PracticePasskey> {
        self.listed.as_ref()
    }

    /// May the person go on from `screen`?
    pub fn can_continue(&self, screen: Screen) -> bool {
        match screen {
            Screen::PasskeyReady => self.ready(),
            _ => self.listed.is_some(),
        }
    }

    /// The practice phone's controls Tab reaches, top to bottom.
    pub fn targets(&self, screen: Screen) -> Vec<Target<Message>> {
        match (screen, self.stage) {
            (Screen::PasskeyReady, _) if !self.provider_on => {
                vec![Target::Button(PROVIDER, Message::TurnOnProvider)]
            }
            (Screen::PasskeyAdd, Stage::Ways) if self.listed.is_none() => vec![
                Target::Button(WAY_AUTHENTICATOR, Message::Way(PasskeyWay::Authenticator)),
                Target::Button(WAY_CAMERA, Message::Way(PasskeyWay::Camera)),
            ],
            (Screen::PasskeyAdd, Stage::Save(_)) => vec![
                Target::Button(CANCEL, Message::Cancel),
                Target::Button(CONTINUE, Message::Continue),
            ],
            _ => Vec::new(),
        }
    }

    /// What Enter does: the practice phone's main button, where it has one.
    pub fn primary(&self, screen: Screen) -> Option<Message> {
        match (screen, self.stage) {
            (Screen::PasskeyReady, _) if !self.provider_on => Some(Message::TurnOnProvider),
            (Screen::PasskeyAdd, Stage::Save(_)) => Some(Message::Continue),
            _ => None,
        }
    }
}
