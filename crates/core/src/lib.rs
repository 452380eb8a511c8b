//! mfa-core: everything the assistant checks for real, with no UI in it:
//! the providers behind one service, the diagnosis of refused codes, the
//! crash journal, the training room's server and wire, the settings, the
//! guide as data with the providers' routes, and the language loader. The
//! app crate (`mfa-assistant`) draws the screens on top of it.

pub mod appearance;
pub mod colour;
pub mod config;
pub mod guide;
pub mod i18n;
pub mod private;
pub mod room;
pub mod service;
