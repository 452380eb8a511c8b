//! `helpdesk`: how to reach the helpdesk (a phone number, an address), shown
//! where a person needs it: a lost phone's Temporary Access Pass.

use std::ops::Range;

use toml::Spanned;

/// The helpdesk as the file gives it, trimmed: one line of 1 to 200
/// characters; else the value's span and what is wrong.
pub(super) fn read(value: Spanned<String>) -> Result<String, (Range<usize>, String)> {
    let (span, text) = (value.span(), value.into_inner());
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 200 || text.contains('\n') {
        return Err((
            span,
            "helpdesk must be one line of 1 to 200 characters".into(),
        ));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
#[path = "helpdesk_tests.rs"]
mod tests;
