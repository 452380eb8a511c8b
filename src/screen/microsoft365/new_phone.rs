//! A new phone, what its screens share: the welcome's errand, the old
//! phone's entries (what Graph listed at the first reading) and the new
//! phone's (what it lists since, by id), and the panel's lines for both.

use iced::Element;
use iced::widget::Column;

use super::passkey_add::OPEN_SECURITY_INFO;
use super::{Message, State};
use crate::guide::Errand;
use crate::screen::Ctx;
use crate::service::microsoft365::{Choice, Method, MethodKind, Replacement};
use crate::t;
use crate::ui::{self, Kind, Tone, new_phone::Entry};

impl State {
    /// Why the person came (the welcome's choice).
    pub fn errand(&self) -> Errand {
        self.errand
    }

    /// Sets why the person came (on the welcome screen). The "before" is
    /// whatever the sign-in read, whenever that was: on a new phone's
    /// route, the old phone's.
    pub fn set_errand(&mut self, errand: Errand) {
        self.errand = errand;
    }

    /// True on a new phone's route (the old one at hand or lost).
    pub(super) fn replacing(&self) -> bool {
        self.errand != Errand::Enroll
    }

    /// The old phone's entries and the new phone's, by Graph's ids, once
    /// Graph answered.
    pub fn replacement(&self) -> Option<Replacement> {
        Some(Replacement::between(
            self.before.as_ref()?,
            self.now.as_ref()?,
        ))
    }

    /// The new phone's route has Microsoft Authenticator added (the route
    /// of a passkey alone adds the passkey instead).
    fn needs_new_app(&self) -> bool {
        self.wants(Choice::Authenticator) || !self.wants(Choice::Passkey)
    }

    /// The new phone is listed: its app, and its passkey where IT asks for
    /// one.
    pub fn new_phone_listed(&self) -> bool {
        let Some(replacement) = self.replacement() else {
            return false;
        };
        (!self.needs_new_app() || replacement.new_app().is_some())
            && (!self.wants(Choice::Passkey) || self.counted_passkey().is_some())
    }

    /// Done with a new phone: it is listed and nothing of the old one is.
    pub(super) fn new_phone_complete(&self) -> bool {
        self.new_phone_listed() && self.replacement().is_some_and(|r| r.old_removed())
    }

    /// My Security info's entries for the picture: the phone's methods as
    /// Graph lists them now, the old phone's marked; before any reading,
    /// the old phone's app as an example.
    pub(super) fn entries(&self, ctx: &Ctx<'_>) -> Vec<Entry> {
        let lang = ctx.lang;
        let Some(replacement) = self.replacement() else {
            return vec![Entry {
                label: t!(lang, "ms-authenticator-method"),
                detail: None,
                old: true,
            }];
        };
        let old = |m: &Method| replacement.old_left.iter().any(|o| o.id == m.id);
        let now = self.now.iter().flat_map(|s| s.methods.iter());
        now.filter_map(|m| {
            let (label, name) = match &m.kind {
                MethodKind::Authenticator { display_name, .. } => {
                    (t!(lang, "ms-authenticator-method"), display_name)
                }
                MethodKind::Passkey {
                    display_name,
                    in_authenticator: true,
                    ..
                } => (t!(lang, "ms-passkey-method"), display_name),
                _ => return None,
            };
            Some(Entry {
                label,
                detail: name.clone().filter(|n| !n.trim().is_empty()),
                old: old(m),
            })
        })
        .collect()
    }

    /// Two of the phone's entries Microsoft names alike (the same model
    /// on both phones): the page cannot tell them apart.
    pub(super) fn same_names(&self, ctx: &Ctx<'_>) -> bool {
        let entries = self.entries(ctx);
        entries.iter().enumerate().any(|(i, a)| {
            entries[i + 1..]
                .iter()
                .any(|b| a.label == b.label && a.detail == b.detail)
        })
    }
}

/// "Microsoft Authenticator on SM-G973F": a phone's entry, without new or
/// old.
fn method_name(ctx: &Ctx<'_>, method: &Method) -> String {
    let (id, name) = match &method.kind {
        MethodKind::Authenticator { display_name, .. } => ("m365-method-app", display_name),
        MethodKind::Passkey { display_name, .. } => ("m365-method-passkey", display_name),
        _ => return String::new(),
    };
    let device = name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or("none");
    match id {
        "m365-method-app" => t!(ctx.lang, "m365-method-app", device = device),
        _ => t!(ctx.lang, "m365-method-passkey", device = device),
    }
}

/// The panel's lines on a new phone's route: the new phone's app (and
/// passkey), each new by Graph's id, or that it is not listed yet; then
/// each of the old phone's entries, still there or deleted.
pub(super) fn lines<'a>(
    mut lines: Column<'a, Message>,
    state: &State,
    ctx: &Ctx<'_>,
) -> Column<'a, Message> {
    let lang = ctx.lang;
    let Some(replacement) = state.replacement() else {
        return lines;
    };
    let new = |method: &Method| {
        let line = t!(lang, "m365-tick-new", method = method_name(ctx, method));
        ui::feedback(Tone::Success, line)
    };
    if state.needs_new_app() {
        lines = lines.push(match replacement.new_app() {
            Some(app) => new(app),
            None => ui::feedback(Tone::Info, t!(lang, "m365-tick-new-app-waiting")),
        });
    }
    if state.wants(Choice::Passkey) {
        lines = lines.push(match state.counted_passkey() {
            Some(tick) => new(&tick.method),
            None => ui::feedback(Tone::Info, t!(lang, "m365-tick-new-passkey-waiting")),
        });
    }
    for method in &replacement.old_left {
        let line = t!(
            lang,
            "m365-tick-old-left",
            method = method_name(ctx, method)
        );
        lines = lines.push(ui::feedback(Tone::Info, line));
    }
    for method in &replacement.old_gone {
        let line = t!(
            lang,
            "m365-tick-old-gone",
            method = method_name(ctx, method)
        );
        lines = lines.push(ui::feedback(Tone::Success, line));
    }
    if replacement.old_left.is_empty() && replacement.old_gone.is_empty() {
        lines = lines.push(ui::feedback(Tone::Info, t!(lang, "m365-tick-no-old")));
    }
    lines
}

/// Why opening My Security info failed, if it did, above the button that
/// opens it (again): both of a new phone's screens end so.
pub(super) fn open_security_info<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    // The screen's own spacing (`layout`), so nothing moves.
    let mut column = Column::new().spacing(16);
    if let Some(problem) = &state.page_problem {
        column = column.push(problem.view(ctx));
    }
    column
        .push(ui::button(
            t!(ctx.lang, "m365-open-security-info"),
            Some(Message::OpenSecurityInfo),
            Kind::Secondary,
            ctx.focused(OPEN_SECURITY_INFO),
        ))
        .into()
}
