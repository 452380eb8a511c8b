//! One call to the provider at a time, and what came of the last one: the
//! busy/refused/cancelled bookkeeping every screen that asks the provider
//! something shares.

use std::future::Future;

use iced::{Element, Task};

use super::{Busy, Ctx, Event, Problem, run};
use crate::service::Error;
use crate::t;
use crate::ui::{self, FocusId, Kind, Tone};

/// A call under way (dropping it cancels it) and the last problem.
#[derive(Debug, Default)]
pub struct Call {
    busy: Option<Busy>,
    problem: Option<Problem>,
}

impl Call {
    /// Starts `future`, unless a call is under way; the last problem goes.
    pub fn start<T: Send + 'static, M: Send + 'static>(
        &mut self,
        future: impl Future<Output = T> + Send + 'static,
        to_message: impl FnOnce(T) -> M + Send + 'static,
    ) -> Task<M> {
        if self.busy.is_some() {
            return Task::none();
        }
        let (task, busy) = run(future, to_message);
        self.busy = Some(busy);
        self.problem = None;
        task
    }

    /// True while a call is under way.
    pub fn busy(&self) -> bool {
        self.busy.is_some()
    }

    /// What went wrong last, if anything.
    pub fn problem(&self) -> Option<&Problem> {
        self.problem.as_ref()
    }

    /// Something to tell the person that did not need the provider (what
    /// they typed cannot be used).
    pub fn refuse(&mut self, problem: Problem) {
        self.problem = Some(problem);
    }

    /// Forgets the last problem (the person changed what they typed).
    pub fn clear(&mut self) {
        self.problem = None;
    }

    /// The call succeeded.
    pub fn done(&mut self) {
        self.busy = None;
        self.problem = None;
    }

    /// The call failed: shown here, except an expired sign-in, which is an
    /// event for the app (sign in again, then back here).
    pub fn failed(&mut self, e: Error) -> Option<Event> {
        self.busy = None;
        if e == Error::SessionExpired {
            return Some(Event::SessionExpired);
        }
        self.problem = Some(Problem::service(e));
        None
    }

    /// The person stopped waiting.
    pub fn cancel(&mut self) {
        self.busy = None;
        self.problem = Some(Problem::Cancelled);
    }

    /// The screen's action: while a call is under way, what is happening
    /// (`busy`) beside a Cancel button (`cancel` on focus id `focus`);
    /// otherwise `idle`, the button that starts the call.
    pub fn action<'a, M: Clone + 'a>(
        &self,
        ctx: &Ctx<'_>,
        busy: String,
        (focus, cancel): (FocusId, M),
        idle: Element<'a, M>,
    ) -> Element<'a, M> {
        if self.busy() {
            waiting(ctx, busy, (focus, cancel))
        } else {
            idle
        }
    }
}

/// What is happening while the person waits, beside the Cancel button that
/// stops it (`cancel` on focus id `focus`): one look for every wait.
pub fn waiting<'a, M: Clone + 'a>(
    ctx: &Ctx<'_>,
    what: String,
    (focus, cancel): (FocusId, M),
) -> Element<'a, M> {
    iced::widget::row![
        ui::feedback(Tone::Info, what),
        ui::button(
            t!(ctx.lang, "busy-cancel"),
            Some(cancel),
            Kind::Secondary,
            ctx.focused(focus)
        ),
    ]
    .spacing(12)
    .align_y(iced::Center)
    .into()
}
