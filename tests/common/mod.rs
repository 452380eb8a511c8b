//! Shared by the integration tests: the app with a runtime for its tasks,
//! driven through iced's headless simulator.
#![allow(dead_code)]

pub mod walk;

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use iced::{Size, Task};
use iced_runtime::Action;
use iced_test::Simulator;
use mfa_assistant::app::{App, Message};
use mfa_assistant::config::Config;
use mfa_assistant::i18n::Lang;
use mfa_assistant::service::Service;
use mfa_assistant::service::clock::SystemClock;
use mfa_assistant::service::training::{Delays, TrainingProvider};
use tokio::sync::mpsc;

/// The Unix time a seeded harness's clock shows.
pub const SEEDED_TIME: u64 = 1_795_000_000;

/// The window size the screens are designed for.
pub const WINDOW: Size = Size::new(1180.0, 800.0);

/// The app plus a runtime for its tasks: outputs come back as messages.
pub struct Harness {
    pub app: App,
    tx: mpsc::UnboundedSender<Message>,
    rx: mpsc::UnboundedReceiver<Message>,
    /// The clipboard the app's tasks read and write (a stand-in for the
    /// window system's).
    pub clipboard: Arc<std::sync::Mutex<Option<String>>>,
    /// Set once a task asked the app to end.
    pub exited: Arc<std::sync::atomic::AtomicBool>,
}

impl Harness {
    pub fn new(lang: Lang) -> Self {
        let provider = TrainingProvider::with_delays("RPO", Arc::new(SystemClock), Delays::NONE);
        Self::with_provider(provider, lang)
    }

    /// A training provider drawing from a fixed seed: the same secret,
    /// numbers and codes every run, for comparing renders.
    /// Its clock stands still at [`SEEDED_TIME`].
    pub fn seeded(lang: Lang, seed: u64) -> Self {
        Self::seeded_as("RPO", lang, seed)
    }

    /// [`Harness::seeded`] with the practice enrollment's `issuer`.
    pub fn seeded_as(issuer: &str, lang: Lang, seed: u64) -> Self {
        let clock = Arc::new(mfa_assistant::service::clock::ManualClock::at(SEEDED_TIME));
        let provider = TrainingProvider::with_delays(issuer, clock, Delays::NONE).with_seed(seed);
        Self::with_provider(provider, lang)
    }

    fn with_provider(provider: TrainingProvider, lang: Lang) -> Self {
        Self::with_service(Service::practice(provider, Duration::from_secs(5)), lang)
    }

    /// The app on any provider, e.g. a real privacyIDEA.
    pub fn with_service(service: Service, lang: Lang) -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        Self {
            app: App::new(service, Config::default(), lang),
            tx,
            rx,
            clipboard: Arc::default(),
            exited: Arc::default(),
        }
    }

    /// Any app, e.g. one with a training room in its config; `task` is
    /// what its start runs (`App::start`).
    pub fn with_app(app: App, task: Task<Message>) -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        let harness = Self {
            app,
            tx,
            rx,
            clipboard: Arc::default(),
            exited: Arc::default(),
        };
        harness.spawn(task);
        harness
    }

    pub fn spawn(&self, task: Task<Message>) {
        let Some(mut stream) = iced_runtime::task::into_stream(task) else {
            return;
        };
        let tx = self.tx.clone();
        let (clipboard, exited) = (self.clipboard.clone(), self.exited.clone());
        drop(tokio::spawn(async move {
            use iced_runtime::clipboard::Action as Clip;
            while let Some(action) = stream.next().await {
                match action {
                    Action::Output(message) => {
                        let _ = tx.send(message);
                    }
                    Action::Clipboard(Clip::Write { contents, .. }) => {
                        *clipboard.lock().unwrap() = Some(contents);
                    }
                    Action::Clipboard(Clip::Read { channel, .. }) => {
                        let _ = channel.send(clipboard.lock().unwrap().clone());
                    }
                    Action::Exit => exited.store(true, std::sync::atomic::Ordering::SeqCst),
                    _ => {}
                }
            }
        }));
    }

    pub fn send(&mut self, message: impl Into<Message>) {
        let task = self.app.update(message.into());
        self.spawn(task);
    }

    /// From the welcome screen of the training route to the scan screen,
    /// signed in as `label`; the QR code's enrollment URI.
    pub async fn walk_to_scan(&mut self, label: &str) -> String {
        use mfa_assistant::screen::sign_in;
        self.send(Message::Next);
        self.send(Message::Next);
        self.send(sign_in::Message::Label(label.into()));
        self.send(sign_in::Message::Submit);
        self.settle().await;
        self.send(Message::Next);
        self.send(Message::Next);
        self.settle().await;
        self.app.scan().uri().expect("QR").to_owned()
    }

    /// On the scan screen of a provider seeded at [`SEEDED_TIME`]: the
    /// app's code verified, then the test sign-in approved on the practice
    /// phone with the number typed; ends on the approval, approved.
    pub async fn verify_and_approve(&mut self) {
        use mfa_assistant::screen::{approve, code_entry, scan_qr};
        let uri = self.app.scan().uri().expect("QR").to_owned();
        let code = totp_rs::Totp::from_url(&uri)
            .unwrap()
            .generate(SEEDED_TIME)
            .to_string();
        self.send(scan_qr::Message::Entry(code_entry::Message::Changed(code)));
        self.send(scan_qr::Message::Entry(code_entry::Message::Verify));
        self.settle().await;
        self.send(Message::Next);
        self.settle().await;
        self.send(approve::Message::Send);
        self.settle().await;
        let number = self.app.approval().request().unwrap().number.clone();
        self.send(approve::Message::Typed(number));
        self.send(approve::Message::PhoneApprove);
        self.settle().await;
        assert!(self.app.approval().approved());
    }

    /// Processes task outputs until nothing more arrives for a moment.
    pub async fn settle(&mut self) {
        while let Ok(Some(message)) =
            tokio::time::timeout(Duration::from_millis(300), self.rx.recv()).await
        {
            self.send(message);
        }
    }

    /// Runs `interact` on a simulator of the current view, then applies the
    /// messages it produced and settles.
    pub async fn ui(&mut self, interact: impl FnOnce(&mut Simulator<'_, Message>)) {
        let messages: Vec<Message> = {
            let mut ui =
                Simulator::with_size(mfa_assistant::ui::settings(), WINDOW, self.app.view());
            interact(&mut ui);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
        self.settle().await;
    }

    pub async fn click(&mut self, label: &str) {
        let label = label.to_owned();
        self.ui(|ui| {
            ui.click(label.as_str())
                .unwrap_or_else(|e| panic!("no {label:?} to click: {e}"));
        })
        .await;
    }

    pub async fn type_into(&mut self, field: &'static str, text: &str) {
        self.ui(|ui| {
            let _ = ui
                .click(iced::widget::Id::new(field))
                .unwrap_or_else(|e| panic!("no field {field}: {e}"));
            let _ = ui.typewrite(text);
        })
        .await;
    }

    pub async fn clear(&mut self, field: &'static str) {
        // Select all and delete, as a person would.
        self.ui(|ui| {
            let _ = ui.click(iced::widget::Id::new(field)).unwrap();
            for _ in 0..20 {
                let _ = ui.tap_key(iced::keyboard::Key::Named(
                    iced::keyboard::key::Named::Backspace,
                ));
            }
        })
        .await;
    }

    /// The whole text of the first text on screen that contains `part`.
    pub fn text_containing(&mut self, part: &str) -> Option<String> {
        use iced_test::selector::Candidate;
        let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), WINDOW, self.app.view());
        ui.find(|candidate: Candidate<'_>| match candidate {
            Candidate::Text { content, .. } if content.contains(part) => Some(content.to_owned()),
            _ => None,
        })
        .ok()
    }

    /// Every text on screen, drawn pictures included.
    pub fn texts(&mut self) -> Vec<String> {
        use iced_test::selector::Candidate;
        let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), WINDOW, self.app.view());
        let mut all = Vec::new();
        let _ = ui.find(|candidate: Candidate<'_>| {
            if let Candidate::Text { content, .. } = candidate {
                all.push(content.to_owned());
            }
            None::<()>
        });
        all
    }

    pub fn shows(&mut self, text: &str) -> bool {
        let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), WINDOW, self.app.view());
        ui.find(text).is_ok()
    }
}
