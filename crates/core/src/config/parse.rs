//! One settings file read onto the layers below it: every key checked,
//! with the line of what is wrong.

use super::*;

impl Config {
    /// Parses a person's TOML text over the defaults; errors carry the line
    /// (from 1) where known.
    pub fn parse(text: &str) -> Result<Config, (Option<usize>, String)> {
        Self::parse_onto(Config::default(), text, Origin::Person, &mut Vec::new())
    }

    /// Parses TOML text over `base`: what the text sets replaces what
    /// `base` has, key by key. A name in `locked` that is no setting goes to
    /// `unknown_locks` and the rest of the file still counts: a typo there
    /// must not drop IT's provider and every other lock with it.
    pub(crate) fn parse_onto(
        base: Config,
        text: &str,
        origin: Origin,
        unknown_locks: &mut Vec<(Option<usize>, String)>,
    ) -> Result<Config, (Option<usize>, String)> {
        let line_of = |offset: usize| line_at(text.as_bytes(), offset);
        let file: File = toml::from_str(text).map_err(|e| {
            (
                // A TOML error without a place is the file's first line.
                Some(e.span().map_or(1, |s| line_of(s.start))),
                e.message().trim().to_owned(),
            )
        })?;
        // Values that parse but make no sense: the line of the value.
        let at = |span: std::ops::Range<usize>| Some(line_of(span.start));
        let mut config = base;
        if let Some(name) = file.organisation {
            let span = name.span();
            let name = name.into_inner();
            if name.trim().is_empty() || name.contains(':') {
                return Err((
                    at(span),
                    "organisation must be a non-empty name without ':'".into(),
                ));
            }
            config.organisation = Some(name.trim().to_owned());
        }
        if let Some(url) = file.help_url {
            let span = url.span();
            let url = url.into_inner();
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err((at(span), "help_url must start with https://".into()));
            }
            config.help_url = Some(url);
        }
        if let Some(value) = file.helpdesk {
            config.helpdesk = Some(helpdesk::read(value).map_err(|(span, e)| (at(span), e))?);
        }
        if let Some(code) = file.default_country {
            config.default_country = Country::from_code(code.get_ref()).ok_or_else(|| {
                (
                    at(code.span()),
                    format!("unknown country code '{}'", code.get_ref()),
                )
            })?;
        }
        if let Some(tag) = file.language {
            config.language = Some(Lang::from_tag(tag.get_ref()).ok_or_else(|| {
                (
                    at(tag.span()),
                    format!("language must be 'nl' or 'en', not '{}'", tag.get_ref()),
                )
            })?);
        }
        if let Some(provider) = file.provider {
            config.provider = provider;
        }
        if let Some(pi) = file.privacyidea {
            // Key by key, so a person's realm keeps IT's server.
            let ours = &mut config.privacyidea;
            ours.server = pi.server.or(ours.server.take());
            ours.realm = pi.realm.or(ours.realm.take());
            ours.ca_file = pi.ca_file.or(ours.ca_file.take());
            ours.text_messages = pi.text_messages.or(ours.text_messages.take());
        }
        if let Some(table) = file.microsoft365 {
            // Key by key, as for privacyIDEA.
            let ours = &mut config.microsoft365;
            ours.tenant = table.tenant.or(ours.tenant.take());
            ours.client_id = table.client_id.or(ours.client_id.take());
            ours.authority = table.authority.or(ours.authority.take());
            ours.graph = table.graph.or(ours.graph.take());
            ours.phone_optional = table.phone_optional.or(ours.phone_optional.take());
            ours.methods = table.methods.or(ours.methods.take());
            ours.passkey_any_key = table.passkey_any_key.or(ours.passkey_any_key.take());
            ours.device_code = table.device_code.or(ours.device_code.take());
            ours.text_messages = table.text_messages.or(ours.text_messages.take());
            ours.text_messages_end = table.text_messages_end.or(ours.text_messages_end.take());
        }
        if let Some(training) = file.training {
            let ours = &mut config.training;
            ours.text_messages = training.text_messages.or(ours.text_messages.take());
            ours.passkey = training.passkey.or(ours.passkey.take());
        }
        if let Some(size) = file.text_size {
            if !(100..=200).contains(size.get_ref()) {
                return Err((
                    at(size.span()),
                    format!(
                        "text_size must be 100 to 200 (percent), not {}",
                        size.get_ref()
                    ),
                ));
            }
            config.text_size = size.into_inner();
        }
        if let Some(appearance) = file.appearance {
            config.appearance = appearance;
        }
        if let Some(logo) = file.logo {
            config.logo = Some(logo);
        }
        if let Some(colour) = file.accent {
            config.accent = Some(Rgb::parse(colour.get_ref()).ok_or_else(|| {
                (
                    at(colour.span()),
                    format!(
                        "accent must be a colour as #RRGGBB, not '{}'",
                        colour.get_ref()
                    ),
                )
            })?);
        }
        if let Some(room) = file.room {
            room.apply(&mut config.room, at)?;
        }
        if let Some(names) = file.locked {
            if origin == Origin::Person {
                return Err((
                    at(names.span()),
                    "locked is only read from the machine-wide config".into(),
                ));
            }
            for name in names.into_inner() {
                match Key::named(name.get_ref()) {
                    Some(keys) => config.locks.extend(keys),
                    None => unknown_locks
                        .push((Some(line_of(name.span().start)), name.get_ref().clone())),
                }
            }
        }
        Ok(config)
    }
}

/// The line (from 1) of byte `offset` in `text`; counted in bytes, so an
/// offset inside a character cannot panic.
pub(crate) fn line_at(text: &[u8], offset: usize) -> usize {
    text[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}
