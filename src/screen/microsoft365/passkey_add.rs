//! A passkey, then: on My Security info "+ Add sign-in method", "Passkey in
//! Microsoft Authenticator", "Add"; the two ways in (Authenticator's own
//! sign-in, or the phone's camera app on the page's QR code, Bluetooth on
//! on both devices); the tick once Graph lists the passkey. When none
//! appears after a pause (which "Give me more time" lengthens), what to
//! check, in order.

use std::time::Duration;

use iced::widget::{column, row};
use iced::{Element, Task};

use super::ticks::{self, Show};
use super::{Message, State, layout};
use crate::guide::Platform;
use crate::screen::Ctx;
use crate::service::microsoft365::{Choice, Handle, SECURITY_INFO_PAGE, Tick};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, frame, passkey};

pub(super) const OPEN_SECURITY_INFO: FocusId = FocusId("m365-open-security-info");
pub(super) const MORE_TIME: FocusId = FocusId("m365-passkey-more-time");

/// The passkey screen's pause before it shows what to check.
#[derive(Debug, Default)]
pub(super) struct PasskeyWait {
    /// The pause ran out.
    overdue: bool,
    /// Which pause is running (an older one's end is ignored).
    round: u32,
    /// When the running pause ends (a pause of another person's, started
    /// before a restart, cannot end this one early).
    until: Option<std::time::Instant>,
}

/// How many of Graph's readings the screen waits for a passkey before it
/// shows what to check: two minutes at the usual 3 s.
const READINGS_TO_WAIT: u32 = 40;

impl State {
    /// The pause before the checks show: some forty readings.
    fn passkey_pause(&self) -> Duration {
        self.handle.as_ref().map_or(Duration::from_secs(120), |h| {
            h.timing().every.saturating_mul(READINGS_TO_WAIT)
        })
    }

    /// True when IT's `methods` ask for a passkey.
    pub(super) fn wants_passkey(&self) -> bool {
        self.handle
            .as_ref()
            .is_some_and(|h| h.methods().contains(&Choice::Passkey))
    }

    /// True when a security key counts as the passkey too.
    pub(super) fn passkey_any_key(&self) -> bool {
        self.handle.as_ref().is_some_and(Handle::passkey_any_key)
    }

    /// True once the pause ran out with no passkey that counts.
    pub fn passkey_overdue(&self) -> bool {
        self.passkey.overdue && self.counted_passkey().is_none()
    }

    /// The passkey that counts as the person's, as last read.
    /// On a new phone's route only a new one counts: the old phone's
    /// passkey goes with it.
    pub fn counted_passkey(&self) -> Option<&Tick> {
        if self.replacing() {
            let any_key = self.passkey_any_key();
            return self
                .progress
                .passkeys
                .iter()
                .filter(|t| t.new)
                .find(|t| t.in_authenticator() || any_key);
        }
        self.progress.counted_passkey(self.passkey_any_key())
    }

    /// Starts (again) the pause before the checks show.
    pub(super) fn wait_for_passkey(&mut self) -> Task<Message> {
        self.passkey.overdue = false;
        self.passkey.round = self.passkey.round.wrapping_add(1);
        let round = self.passkey.round;
        let pause = self.passkey_pause();
        self.passkey.until = Some(std::time::Instant::now() + pause);
        Task::perform(tokio::time::sleep(pause), move |()| {
            Message::PasskeyPaused(round)
        })
    }

    /// The pause of `round` ran out (an older round's is ignored).
    pub(super) fn passkey_paused(&mut self, round: u32) {
        let ended = self
            .passkey
            .until
            .is_some_and(|until| std::time::Instant::now() >= until);
        if round == self.passkey.round && ended {
            self.passkey.overdue = true;
        }
    }

    /// The controls Tab reaches on the passkey screen.
    pub(super) fn passkey_targets(&self) -> Vec<Target<Message>> {
        let mut targets = vec![Target::Button(
            OPEN_SECURITY_INFO,
            Message::OpenSecurityInfo,
        )];
        if self.passkey_overdue() {
            targets.push(Target::Button(MORE_TIME, Message::MoreTime));
        }
        targets
    }
}

/// The "add the passkey" screen: what Microsoft has, then the steps, or,
/// once the pause ran out with no passkey, what to check instead (the
/// drawings still show the steps) and "Give me more time".
pub fn view<'a>(state: &'a State, ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    // What Microsoft has comes first here: the steps are long, and the
    // tick (or what to check) is what the person waits for.
    let mut left = column![
        ui::title(t!(lang, "m365-passkey-add-title")),
        ticks::panel(state, ctx, Show::Passkey)
    ];
    left = left.push(if state.passkey_overdue() {
        checks(ctx)
    } else {
        ui::steps(vec![
            t!(lang, "m365-passkey-add-1"),
            t!(lang, "m365-passkey-add-2"),
            t!(lang, "m365-passkey-add-3"),
            t!(lang, "m365-passkey-add-4"),
        ])
    });
    if let Some(problem) = &state.page_problem {
        left = left.push(problem.view(ctx));
    }
    let mut buttons = row![ui::button(
        t!(lang, "m365-open-security-info"),
        Some(Message::OpenSecurityInfo),
        Kind::Secondary,
        ctx.focused(OPEN_SECURITY_INFO),
    )]
    .spacing(12);
    if state.passkey_overdue() {
        buttons = buttons.push(ui::button(
            t!(lang, "m365-passkey-more-time"),
            Some(Message::MoreTime),
            Kind::Secondary,
            ctx.focused(MORE_TIME),
        ));
    }
    left = left.push(buttons.wrap());
    let page = frame::browser(
        SECURITY_INFO_PAGE,
        passkey::security_info(lang, state.username()),
    );
    let phone = passkey::two_ways(lang, ctx.platform);
    layout(ctx, left, page, Some(phone))
}

/// No passkey yet: what to check, in the order that finds it soonest (on
/// Android the work or personal profile last), and who can tell beyond.
fn checks<'a>(ctx: &Ctx<'_>) -> Element<'a, Message> {
    let lang = ctx.lang;
    let mut checks = vec![
        t!(lang, "m365-passkey-check-provider"),
        t!(lang, "m365-passkey-check-camera"),
        t!(lang, "m365-passkey-check-bluetooth"),
    ];
    match ctx.platform {
        Platform::Android => {
            checks.push(t!(lang, "m365-passkey-check-version-android"));
            checks.push(t!(lang, "m365-passkey-check-profile"));
        }
        Platform::Iphone => checks.push(t!(lang, "m365-passkey-check-version-iphone")),
    }
    column![
        ui::feedback(ui::Tone::Info, t!(lang, "m365-passkey-none-yet")),
        ui::steps(checks),
        ui::instruction(t!(lang, "m365-passkey-check-helpdesk")),
    ]
    .spacing(12)
    .into()
}
