//! What the assistant has to tell before the steps: settings that could not
//! be used (either file, a lock IT misspelled, a refused colour or logo),
//! values IT's locks overrode, and what an earlier run left unfinished on a
//! server (the crash journal). Each is a line of feedback above the screen;
//! none blocks anything.

use iced::Element;
use iced::widget::column;

use super::{App, Message};
use crate::brand::LogoError;
use crate::config::Loaded;
use crate::i18n::Lang;
use crate::recovery_text;
use crate::service::journal::{Entry, Journal, JournalError, Unfinished};
use crate::ui::{self, Tone};

/// Everything the start found worth saying, kept as typed values so the
/// sentences follow a language switch.
#[derive(Debug, Clone, Default)]
pub struct Notices {
    loaded: Option<Loaded>,
    logo: Option<LogoError>,
    journal: Option<Journal>,
    /// What the journal says was left unfinished (read at start, and again
    /// after a sign-in cleaned up).
    unfinished: Vec<Entry>,
    /// Journal files (or their folder) that could not be used.
    journal_problems: Vec<JournalError>,
    /// Tokens removed at the last sign-in, to say so once.
    cleaned: Option<usize>,
    /// Leaving the first screen dismisses what is only news at the start.
    started: bool,
}

impl Notices {
    /// What loading the settings found (the config itself is the app's).
    pub fn loaded(mut self, loaded: Loaded) -> Self {
        self.loaded = Some(loaded);
        self
    }

    /// A logo that could not be read.
    pub fn logo(mut self, error: Option<LogoError>) -> Self {
        self.logo = error;
        self
    }

    /// The crash journal: what an earlier run left unfinished.
    pub fn journal(mut self, journal: Journal, found: Unfinished) -> Self {
        self.unfinished = found.entries;
        self.journal_problems = found.problems;
        self.journal = Some(journal);
        self
    }

    /// After a message: what the provider's last sign-in cleaned up, and a
    /// journal that could not be written, are said once.
    pub fn refresh(&mut self) {
        let Some(journal) = &self.journal else {
            return;
        };
        if let Some(count) = journal.take_cleaned() {
            // A sign-in swept the server: what it left is gone.
            self.unfinished = journal.unfinished().entries;
            self.cleaned = self.cleaned.or((count > 0).then_some(count));
        }
        if let Some(problem) = journal.problem()
            && !self.journal_problems.contains(&problem)
        {
            self.journal_problems.push(problem);
        }
    }

    /// The next person at this PC: what the last person's sign-in cleaned
    /// up, and the names of what an earlier run left, are not theirs to read.
    pub fn next_person(&mut self) {
        self.unfinished.clear();
        self.cleaned = None;
    }

    /// The person went past the first screen.
    pub fn started(&mut self) {
        self.started = true;
    }

    fn lines(&self, lang: Lang) -> Vec<(Tone, String)> {
        let mut lines = Vec::new();
        if let Some(loaded) = &self.loaded {
            for error in &loaded.errors {
                lines.push((Tone::Error, error.sentence(lang)));
            }
            for unknown in &loaded.unknown_locks {
                lines.push((Tone::Error, unknown.sentence(lang)));
            }
            if let Some(refused) = &loaded.accent_refused {
                lines.push((Tone::Error, refused.sentence(lang)));
            }
            if !self.started {
                for ignored in &loaded.ignored {
                    lines.push((Tone::Info, ignored.sentence(lang)));
                }
                // The older `phone_optional`, folded into `methods`.
                if loaded.config.provider == crate::config::ProviderKind::Microsoft365
                    && let Some(folded) = loaded.config.microsoft365.folded()
                {
                    lines.push((Tone::Info, folded.sentence(lang)));
                }
            }
        }
        if let Some(logo) = &self.logo {
            lines.push((Tone::Error, logo.sentence(lang)));
        }
        for entry in &self.unfinished {
            lines.push((Tone::Info, recovery_text::unfinished(lang, entry)));
        }
        for problem in &self.journal_problems {
            lines.push((Tone::Error, recovery_text::problem(lang, problem)));
        }
        if let Some(count) = self.cleaned {
            lines.push((Tone::Success, recovery_text::cleaned(lang, count)));
        }
        lines
    }
}

impl App {
    /// The notices as feedback lines, or nothing.
    pub(super) fn notices(&self) -> Option<Element<'_, Message>> {
        let lines = self.notices.lines(self.lang);
        (!lines.is_empty()).then(|| {
            column(
                lines
                    .into_iter()
                    .map(|(tone, line)| ui::feedback(tone, line)),
            )
            .spacing(8)
            .into()
        })
    }
}
