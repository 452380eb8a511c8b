//! Every setting by its name in the file: what `locked` can name, what
//! `--print-config` shows. One line per key in `keys!` below; a test checks
//! that no key of the file is missing.

use std::path::PathBuf;

use super::{Config, ProviderKind};
use crate::appearance::Appearance;
use crate::colour::Rgb;
use crate::i18n::Lang;
use crate::service::Country;

macro_rules! keys {
    ($($(#[$doc:meta])* $variant:ident = $name:literal => $($field:ident).+;)*) => {
        /// A setting, named as in the config file (`privacyidea.server`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Key {
            $($(#[$doc])* $variant,)*
        }

        impl Key {
            /// Every key, in the order of the file.
            pub const ALL: &[Key] = &[$(Key::$variant,)*];

            /// Its name in the file; a table's keys as `table.key`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$variant => $name,)*
                }
            }

            /// Gives `to` the value `from` has for this key.
            pub(super) fn copy(self, from: &Config, to: &mut Config) {
                match self {
                    $(Key::$variant => to.$($field).+ = from.$($field).+.clone(),)*
                }
            }

            /// The value as TOML, `None` when unset.
            pub(super) fn value(self, config: &Config) -> Option<toml::Value> {
                match self {
                    $(Key::$variant => Show::show(&config.$($field).+),)*
                }
            }
        }
    };
}

keys! {
    /// `organisation`: the name shown as issuer and on the pictures.
    Organisation = "organisation" => organisation;
    /// `help_url`: the security page opened from the last screen.
    HelpUrl = "help_url" => help_url;
    /// `helpdesk`: the helpdesk's phone number or address.
    Helpdesk = "helpdesk" => helpdesk;
    /// `default_country`: the first choice for the phone number.
    DefaultCountry = "default_country" => default_country;
    /// `language`: nl or en instead of the system's.
    Language = "language" => language;
    /// `text_size`: percent, 100 to 200.
    TextSize = "text_size" => text_size;
    /// `appearance`: light, dark or high contrast.
    Appearance = "appearance" => appearance;
    /// `logo`: the organisation's logo file.
    Logo = "logo" => logo;
    /// `accent`: the organisation's colour.
    Accent = "accent" => accent;
    /// `provider`: who enrolls.
    Provider = "provider" => provider;
    /// `privacyidea.server`: the privacyIDEA server's address.
    PrivacyideaServer = "privacyidea.server" => privacyidea.server;
    /// `privacyidea.realm`: the realm people sign in to.
    PrivacyideaRealm = "privacyidea.realm" => privacyidea.realm;
    /// `privacyidea.ca_file`: an internal certificate authority.
    PrivacyideaCaFile = "privacyidea.ca_file" => privacyidea.ca_file;
    /// `privacyidea.text_messages`: the phone step through the server's gateway.
    PrivacyideaTextMessages = "privacyidea.text_messages" => privacyidea.text_messages;
    /// `microsoft365.tenant`: the organisation's Entra tenant.
    Microsoft365Tenant = "microsoft365.tenant" => microsoft365.tenant;
    /// `microsoft365.client_id`: the assistant's app registration.
    Microsoft365ClientId = "microsoft365.client_id" => microsoft365.client_id;
    /// `microsoft365.authority`: the sign-in service's address.
    Microsoft365Authority = "microsoft365.authority" => microsoft365.authority;
    /// `microsoft365.graph`: Microsoft Graph's address.
    Microsoft365Graph = "microsoft365.graph" => microsoft365.graph;
    /// `microsoft365.phone_optional`: done without a phone number.
    Microsoft365PhoneOptional = "microsoft365.phone_optional" => microsoft365.phone_optional;
    /// `microsoft365.methods`: what the route sets up, in order.
    Microsoft365Methods = "microsoft365.methods" => microsoft365.methods;
    /// `microsoft365.passkey_any_key`: a security key counts as the passkey.
    Microsoft365PasskeyAnyKey = "microsoft365.passkey_any_key" => microsoft365.passkey_any_key;
    /// `microsoft365.device_code`: sign in with a code on another device.
    Microsoft365DeviceCode = "microsoft365.device_code" => microsoft365.device_code;
    /// `microsoft365.text_messages`: who sends the phone step's codes.
    Microsoft365TextMessages = "microsoft365.text_messages" => microsoft365.text_messages;
    /// `microsoft365.text_messages_end`: the day Microsoft stops sending them.
    Microsoft365TextMessagesEnd = "microsoft365.text_messages_end" => microsoft365.text_messages_end;
    /// `training.text_messages`: the practice phone step.
    TrainingTextMessages = "training.text_messages" => training.text_messages;
    /// `training.passkey`: the practice passkey.
    TrainingPasskey = "training.passkey" => training.passkey;
    /// `room.address`: the trainer's address for a training session.
    RoomAddress = "room.address" => room.address;
    /// `room.code`: the training room's code.
    RoomCode = "room.code" => room.code;
    /// `room.retention_days`: how long a trainer keeps results.
    RoomRetentionDays = "room.retention_days" => room.retention_days;
    /// `room.max_trainees`: how many trainees a trainer lets into a room.
    RoomMaxTrainees = "room.max_trainees" => room.max_trainees;
}

impl Key {
    /// What a key that is not set stands for, where that is a value worth
    /// showing (`--print-config` marks it as the default).
    pub(super) fn default_value(self) -> Option<toml::Value> {
        use crate::service::text_messages::{MICROSOFT_END, Sender, Switch};
        match self {
            Key::Microsoft365TextMessages => Sender::default().show(),
            Key::Microsoft365Methods => crate::service::microsoft365::DEFAULT_METHODS
                .to_vec()
                .show(),
            Key::Microsoft365TextMessagesEnd => MICROSOFT_END.show(),
            Key::PrivacyideaTextMessages | Key::TrainingTextMessages => Switch::default().show(),
            Key::TrainingPasskey => false.show(),
            _ => None,
        }
    }

    /// The keys `name` stands for: one key, or every key of a table
    /// (`privacyidea`); `None` for a name that is neither.
    pub fn named(name: &str) -> Option<Vec<Key>> {
        let name = name.trim();
        let keys: Vec<Key> = Key::ALL
            .iter()
            .copied()
            .filter(|k| {
                k.name() == name
                    || k.name()
                        .strip_prefix(name)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
            .collect();
        (!keys.is_empty()).then_some(keys)
    }

    /// The table it sits in (`privacyidea`), if any, and its own name.
    pub fn split(self) -> (Option<&'static str>, &'static str) {
        match self.name().split_once('.') {
            Some((table, key)) => (Some(table), key),
            None => (None, self.name()),
        }
    }
}

/// A value as TOML, for `--print-config` and to tell whether two layers
/// differ.
trait Show {
    fn show(&self) -> Option<toml::Value>;
}

impl<T: Show> Show for Option<T> {
    fn show(&self) -> Option<toml::Value> {
        self.as_ref().and_then(Show::show)
    }
}

impl Show for String {
    fn show(&self) -> Option<toml::Value> {
        Some(self.clone().into())
    }
}

impl Show for url::Url {
    fn show(&self) -> Option<toml::Value> {
        Some(self.as_str().to_owned().into())
    }
}

impl Show for crate::room::RoomCode {
    fn show(&self) -> Option<toml::Value> {
        Some(self.as_str().to_owned().into())
    }
}

impl Show for bool {
    fn show(&self) -> Option<toml::Value> {
        Some((*self).into())
    }
}

impl Show for u32 {
    fn show(&self) -> Option<toml::Value> {
        Some(i64::from(*self).into())
    }
}

impl Show for PathBuf {
    fn show(&self) -> Option<toml::Value> {
        Some(self.display().to_string().into())
    }
}

impl Show for Country {
    fn show(&self) -> Option<toml::Value> {
        Some(self.code().to_owned().into())
    }
}

impl Show for Lang {
    fn show(&self) -> Option<toml::Value> {
        Some(self.code().to_owned().into())
    }
}

impl Show for Rgb {
    fn show(&self) -> Option<toml::Value> {
        Some(self.to_string().into())
    }
}

impl Show for ProviderKind {
    fn show(&self) -> Option<toml::Value> {
        let name = match self {
            ProviderKind::Training => "training",
            ProviderKind::Privacyidea => "privacyidea",
            ProviderKind::Microsoft365 => "microsoft365",
        };
        Some(name.to_owned().into())
    }
}

impl Show for crate::service::text_messages::Sender {
    fn show(&self) -> Option<toml::Value> {
        Some(self.name().to_owned().into())
    }
}

impl Show for Vec<crate::service::microsoft365::Choice> {
    fn show(&self) -> Option<toml::Value> {
        Some(toml::Value::Array(
            self.iter().map(|m| m.name().to_owned().into()).collect(),
        ))
    }
}

impl Show for crate::service::text_messages::Switch {
    fn show(&self) -> Option<toml::Value> {
        Some(self.name().to_owned().into())
    }
}

impl Show for chrono::NaiveDate {
    fn show(&self) -> Option<toml::Value> {
        Some(crate::service::text_messages::show_day(*self))
    }
}

impl Show for Appearance {
    fn show(&self) -> Option<toml::Value> {
        let name = match self {
            Appearance::Light => "light",
            Appearance::Dark => "dark",
            Appearance::HighContrast => "high-contrast",
        };
        Some(name.to_owned().into())
    }
}
