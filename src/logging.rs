//! What the assistant logs: `RUST_LOG` as given (else warnings only), but
//! never below `info` from the libraries that log the text on screen or
//! typed into it.

use tracing::{Level, Metadata};
use tracing_subscriber::EnvFilter;

/// Crates whose trace and debug logs carry the text they lay out, draw or
/// receive: what the person types (password, codes) and what the screen
/// shows (the key under "can't scan?"). Found by the secrets audit
/// (`tests/privacyidea_secrets.rs`) with `RUST_LOG=trace`.
const SHOW_TEXT: [&str; 10] = [
    "cosmic_text",
    "iced_core",
    "iced_graphics",
    "iced_runtime",
    "iced_tiny_skia",
    "iced_wgpu",
    "iced_widget",
    "iced_winit",
    "winit",
    "smithay_client_toolkit",
];

/// The filter `spec` (`RUST_LOG`'s value) asks for; warnings when it asks
/// for nothing usable.
pub fn filter(spec: Option<&str>) -> EnvFilter {
    spec.and_then(|s| EnvFilter::try_new(s).ok())
        .unwrap_or_else(|| EnvFilter::new("warn"))
}

/// False for debug and trace from [`SHOW_TEXT`] crates, whatever `RUST_LOG`
/// says (a global filter on top of it: a directive naming a module, like
/// `iced_graphics::text=trace`, cannot get round it).
pub fn allowed(target: &str, level: Level) -> bool {
    let shows_text = SHOW_TEXT.iter().any(|c| {
        target
            .strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
    });
    !shows_text || level <= Level::INFO
}

/// [`allowed`] for an event or span.
pub fn allowed_meta(meta: &Metadata<'_>) -> bool {
    allowed(meta.target(), *meta.level())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_crates_say_at_most_info() {
        assert!(!allowed("iced_graphics::text::paragraph", Level::TRACE));
        assert!(!allowed("cosmic_text", Level::DEBUG));
        assert!(allowed("cosmic_text::font", Level::INFO));
        assert!(allowed("iced_graphics", Level::WARN));
        // Only whole crate names.
        assert!(allowed("iced_graphics_extra", Level::TRACE));
        assert!(allowed("mfa_assistant::service::privacyidea", Level::TRACE));
        assert!(allowed("hyper_util::client::legacy::pool", Level::TRACE));
    }

    #[test]
    fn an_unusable_spec_means_warnings() {
        assert_eq!(filter(None).to_string(), "warn");
        assert_eq!(filter(Some("not a [valid filter")).to_string(), "warn");
        // A usable one is taken as given.
        assert_eq!(
            filter(Some("mfa_assistant=debug")).to_string(),
            "mfa_assistant=debug"
        );
    }
}
