//! What happens on the Microsoft 365 screens: signing in (browser or device
//! code), the watch on the methods as a chain of tasks that reports only
//! what changed, opening Microsoft's page, and the finish's buttons.

use std::sync::Arc;

use iced::Task;

use super::{Problem, State};
use crate::guide::{Page, Screen};
use crate::i18n::Lang;
use crate::screen::{Event, run};
use crate::service::Error;
use crate::service::microsoft365::{DeviceCode, Fault, Session, Update};

/// Messages of the Microsoft 365 screens.
#[derive(Debug, Clone)]
pub enum Message {
    /// Sign in with Microsoft in the browser.
    SignIn,
    /// Sign in on another device with a code.
    DeviceCode,
    /// The code to show for signing in on another device.
    DeviceCodeShown(Result<Box<DeviceCode>, Error>),
    /// Stop waiting for the sign-in.
    Cancel,
    /// Microsoft answered the sign-in.
    SignedIn(Result<Session, Error>),
    /// On from the sign-in screen (back to where an expired sign-in was).
    Next,
    /// Everything was on record at sign-in: straight to the end.
    ToFinish,
    /// A reading that changed something, or the end of the watch (boxed:
    /// a reading is large, and messages are moved often).
    Watched(Box<Result<Update, Error>>),
    /// Open Microsoft's Security info page in the browser.
    OpenSetupPage,
    /// The browser was started, or not.
    SetupPageOpened(Result<(), Error>),
    /// Back to installing the app.
    BackToInstall,
    /// Open the organisation's help page.
    OpenHelp,
    /// The browser was started, or not.
    HelpOpened(bool),
    /// Start again for the next person.
    Restart,
    /// Open Microsoft's My Security info (a passkey is added there).
    OpenSecurityInfo,
    /// No passkey yet: wait longer before showing what to check.
    MoreTime,
    /// The passkey screen's pause of this round ran out.
    PasskeyPaused(u32),
}

/// Refusals the person cannot put right by signing in again: IT's settings
/// or permissions. The guide runs on, marked "not checked".
fn for_it(e: &Error) -> bool {
    matches!(
        e,
        Error::Microsoft365(
            Fault::ConsentMissing
                | Fault::BlockedByPolicy(_)
                | Fault::Forbidden
                | Fault::UnknownTenant
                | Fault::AppNotRegistered
                | Fault::NoLoopback(_)
                | Fault::NoBrowser
                | Fault::Refused { .. }
        ) | Error::Insecure
            | Error::Untrusted
    )
}

impl State {
    /// Opening `page`: Microsoft's page opens in the browser the first
    /// time the person reaches "More information required" signed in (if
    /// they are still signing in, Microsoft's wizard is in that tab already).
    pub fn enter(&mut self, page: Page) -> Task<Message> {
        if page == Page::MoreInfo && self.signed_in() && !self.page_opened {
            return self.open_page();
        }
        if page == Page::PasskeyAdd {
            return self.wait_for_passkey();
        }
        // A new phone is added on My Security info: opened the first time
        // the person gets there signed in.
        if page == Page::NewPhoneAdd
            && self.signed_in()
            && !self.page_opened
            && let Some(handle) = &self.handle
        {
            self.page_opened = true;
            return Task::perform(handle.open_security_info(), Message::SetupPageOpened);
        }
        Task::none()
    }

    fn open_page(&mut self) -> Task<Message> {
        let Some(handle) = &self.handle else {
            return Task::none();
        };
        self.page_opened = true;
        self.page_problem = None;
        Task::perform(handle.open_setup_page(), Message::SetupPageOpened)
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        lang: Lang,
        help_url: Option<&str>,
    ) -> (Task<Message>, Option<Event>) {
        let Some(handle) = self.handle.clone() else {
            return (Task::none(), None);
        };
        let none = (Task::none(), None);
        match message {
            Message::SignIn => {
                self.device = None;
                (
                    self.sign_in.start(handle.sign_in(lang), Message::SignedIn),
                    None,
                )
            }
            Message::DeviceCode => (
                self.sign_in.start(handle.start_device_code(), |r| {
                    Message::DeviceCodeShown(r.map(Box::new))
                }),
                None,
            ),
            // Answers that arrive after Cancel count for nothing.
            Message::DeviceCodeShown(_) | Message::SignedIn(_) if !self.sign_in.busy() => none,
            Message::DeviceCodeShown(Ok(code)) => {
                self.sign_in.done();
                self.device = Some(*code.clone());
                let finish = handle.finish_device_code(*code);
                (self.sign_in.start(finish, Message::SignedIn), None)
            }
            Message::DeviceCodeShown(Err(e)) | Message::SignedIn(Err(e)) => {
                self.device = None;
                if for_it(&e) {
                    self.not_checked = Some(e.clone());
                }
                (Task::none(), self.sign_in.failed(e))
            }
            Message::SignedIn(Ok(session)) => (self.signed_in_as(session), None),
            Message::Cancel => {
                self.sign_in.cancel();
                self.device = None;
                none
            }
            Message::Next if !self.can_continue(Page::SignIn) => none,
            // Someone else signed in: nothing of the last person's to go
            // back to.
            Message::Next if std::mem::take(&mut self.new_person) => {
                (Task::none(), Some(Event::AccountChanged))
            }
            Message::Next => (Task::none(), Some(Event::Continue)),
            Message::ToFinish => (
                Task::none(),
                Some(Event::GoTo(Screen::Microsoft(Page::Finish))),
            ),
            Message::Watched(result) => self.watched(*result),
            Message::OpenSetupPage => (self.open_page(), None),
            Message::SetupPageOpened(result) => {
                self.page_problem = result.err().map(Problem::service);
                none
            }
            Message::BackToInstall => (Task::none(), Some(Event::GoTo(Screen::Install))),
            Message::OpenHelp => {
                let Some(url) = help_url.map(str::to_owned) else {
                    return none;
                };
                let open = async move { open::that_detached(url).is_ok() };
                (Task::perform(open, Message::HelpOpened), None)
            }
            Message::HelpOpened(ok) => {
                self.help_failed = !ok;
                none
            }
            Message::Restart => (Task::none(), Some(Event::Restart)),
            Message::OpenSecurityInfo => {
                self.page_problem = None;
                (
                    Task::perform(handle.open_security_info(), Message::SetupPageOpened),
                    None,
                )
            }
            Message::MoreTime => (
                self.wait_for_passkey(),
                Some(Event::Focus(super::passkey_add::OPEN_SECURITY_INFO)),
            ),
            Message::PasskeyPaused(round) => {
                self.passkey_paused(round);
                none
            }
        }
    }

    /// Signed in: the first reading becomes the "before", unless this is
    /// the same person signing in again after the sign-in ran out.
    fn signed_in_as(&mut self, session: Session) -> Task<Message> {
        self.sign_in.done();
        self.device = None;
        self.expired = false;
        let account = session.account().clone();
        if self.account.as_ref().is_some_and(|a| *a != account) {
            // Another person: what was read belonged to the one before.
            self.new_person = true;
            self.before = None;
            self.now = None;
            self.progress = Default::default();
            self.last = None;
        }
        self.account = Some(account);
        self.session = Some(session.clone());
        self.not_checked = None;
        self.retrying = None;
        let Some(handle) = &self.handle else {
            return Task::none();
        };
        let watcher = handle.watch(session, self.before.clone());
        self.watcher = Some(Arc::new(tokio::sync::Mutex::new(watcher)));
        self.last = None;
        self.next_reading()
    }

    /// Reads until something differs from the last report, then reports it;
    /// the answer starts the next round. Dropping `reading` stops it.
    fn next_reading(&mut self) -> Task<Message> {
        let Some(watcher) = self.watcher.clone() else {
            return Task::none();
        };
        let last = self.last.clone();
        let (task, busy) = run(
            async move {
                let mut watcher = watcher.lock().await;
                loop {
                    match watcher.next().await {
                        Ok(update) if Some(&update) == last.as_ref() => {}
                        other => return other,
                    }
                }
            },
            |result| Message::Watched(Box::new(result)),
        );
        self.reading = Some(busy);
        task
    }

    fn watched(&mut self, result: Result<Update, Error>) -> (Task<Message>, Option<Event>) {
        self.reading = None;
        match result {
            Ok(update) => {
                match &update {
                    Update::Methods { snapshot, progress } => {
                        self.before.get_or_insert_with(|| snapshot.clone());
                        self.now = Some(snapshot.clone());
                        self.progress = progress.clone();
                        self.retrying = None;
                    }
                    Update::Retrying { error, retry_in } => {
                        self.retrying = Some((error.clone(), *retry_in));
                    }
                }
                self.last = Some(update);
                (self.next_reading(), None)
            }
            Err(Error::SessionExpired) => {
                // Sign in again, then back here; the "before" stays.
                self.watcher = None;
                self.session = None;
                self.expired = true;
                (Task::none(), Some(Event::SessionExpired))
            }
            Err(e) => {
                self.watcher = None;
                self.retrying = None;
                self.not_checked = Some(e);
                (Task::none(), None)
            }
        }
    }
}
