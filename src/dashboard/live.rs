//! Who became stuck or raised a hand since the room was last read, said
//! once to a screen reader: a polite live region whose node is new for
//! each piece of news (a live node is announced when it appears), and the
//! same node, unchanged, on every read after it. The time on the step is
//! the time when it happened, so the tick that moves the table's clocks
//! changes nothing here.

use accesskit::NodeId;

use super::table;
use crate::i18n::Lang;
use crate::room::text as words;
use crate::room::{Row, Snapshot};
use crate::t;

/// The first of the news' nodes; each piece of news has the next one.
const FIRST: u64 = 1 << 40;

/// What happened to one trainee.
#[derive(Debug, Clone)]
enum News {
    /// The trainee became stuck (the row as it was then).
    Stuck(Row),
    /// The trainee raised a hand.
    Hand(Row),
}

/// The latest news, until there is newer.
#[derive(Debug, Default)]
pub(super) struct Heard {
    /// How many times there was news: the node's id.
    count: u64,
    news: Vec<News>,
    /// The room's time when it happened.
    at: u64,
}

impl Heard {
    /// Compares the room as it was and as it is now read. A trainee is news
    /// when stuck now and not before (or a new person at that PC), or with
    /// a hand up now and not before.
    pub(super) fn read(&mut self, before: &Snapshot, after: &Snapshot) {
        let mut news = Vec::new();
        for row in &after.trainees {
            let was = before
                .trainees
                .iter()
                .find(|b| b.id == row.id && b.person == row.person);
            if !row.stuck.is_empty() && was.is_none_or(|b| b.stuck.is_empty()) {
                news.push(News::Stuck(row.clone()));
            }
            if row.hand_raised && was.is_none_or(|b| !b.hand_raised) {
                news.push(News::Hand(row.clone()));
            }
        }
        if !news.is_empty() {
            self.count += 1;
            self.news = news;
            self.at = after.now;
        }
    }

    /// Forgets the news (it was said in the other language).
    pub(super) fn clear(&mut self) {
        self.news.clear();
    }

    /// The live region's node and what it says, while there is news.
    pub(super) fn said(&self, lang: Lang) -> Option<(NodeId, String)> {
        if self.news.is_empty() {
            return None;
        }
        let said: Vec<String> = self
            .news
            .iter()
            .map(|news| match news {
                News::Stuck(r) => {
                    let reasons: Vec<String> = r
                        .stuck
                        .iter()
                        .map(|s| words::stuck(lang, *s, self.at))
                        .collect();
                    let minutes = r.seconds_on_step / 60;
                    t!(
                        lang,
                        "a11y-room-stuck",
                        name = table::name(lang, r),
                        step = words::step(lang, r.step),
                        minutes = minutes,
                        reason = reasons.join(". ")
                    )
                }
                News::Hand(r) => t!(
                    lang,
                    "a11y-room-hand",
                    name = table::name(lang, r),
                    step = words::step(lang, r.step)
                ),
            })
            .collect();
        Some((NodeId(FIRST + self.count), said.join(" ")))
    }
}
