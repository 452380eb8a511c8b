//! A new phone, then: the old phone's entries deleted on My Security info,
//! but only once Graph lists the new one (else the person may be left with
//! no phone to sign in with). Each old entry is ticked off when its id is
//! gone; an entry of the same name as the new one's is told apart by id.

use iced::Element;

use super::ticks::{self, Show};
use super::{Message, State, layout};
use crate::screen::Ctx;
use crate::service::microsoft365::{MethodKind, SECURITY_INFO_PAGE};
use crate::t;
use crate::ui::{self, Tone, frame, new_phone};

/// The "delete your old phone" screen.
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let mut left = iced::widget::column![
        ui::title(t!(lang, "m365-new-phone-remove-title")),
        ticks::panel(state, ctx, Show::NewPhone),
    ];
    let checked = state.not_checked().is_none() && state.before().is_some();
    let waiting = checked && !state.new_phone_listed();
    let mut entries = state.entries(ctx);
    if waiting {
        // Add before remove: no delete steps (and nothing ringed) until the
        // new phone is there.
        entries.iter_mut().for_each(|e| e.old = false);
        left = left.push(ui::feedback(
            Tone::Error,
            t!(lang, "m365-new-phone-remove-wait"),
        ));
    } else if checked && state.complete() {
        left = left.push(ui::instruction(t!(lang, "m365-new-phone-removed")));
    } else {
        // The passkey's step only where the old phone has one (or nothing
        // could be read).
        let old_passkey = state.replacement().is_none_or(|r| {
            r.old_left
                .iter()
                .any(|m| matches!(m.kind, MethodKind::Passkey { .. }))
        });
        let mut steps = vec![t!(lang, "m365-new-phone-remove-1")];
        if old_passkey {
            steps.push(t!(lang, "m365-new-phone-remove-2"));
        }
        left = left.push(ui::steps(steps));
        if state.same_names(ctx) {
            left = left.push(ui::instruction(t!(lang, "m365-new-phone-remove-same")));
        }
    }
    left = left.push(super::new_phone::open_security_info(state, ctx));
    let page = frame::browser(
        SECURITY_INFO_PAGE,
        new_phone::delete_old(lang, state.username(), &entries),
    );
    layout(ctx, left, page, None)
}
