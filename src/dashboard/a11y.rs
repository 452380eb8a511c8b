//! The trainer's window as a screen reader reads it (issue 22), built here
//! in one place from the dashboard's state, with the window's own words
//! (`Dashboard::label`, `table::cells`, …): the room as the heading, the
//! trainees as a table with column headers, every button named, the chart
//! as a picture with what it shows in words, and who became stuck or
//! raised a hand in a polite live region (`live`); its focus is the
//! dashboard's keyboard focus. Published by `reader`.

use accesskit::{Action, Live, Node, NodeId, Rect, Role};

use super::Dashboard;
use super::keys::Focus;
use super::table::{self, Reset};
use crate::a11y::tree::{Nodes, WINDOW};
use crate::i18n::Lang;
use crate::room::text as words;
use crate::room::{Row, TraineeId};
use crate::t;
use crate::ui::Tone;

const HEADING: NodeId = NodeId(16);
const LANGUAGE: NodeId = NodeId(17);
const JOIN: NodeId = NodeId(18);
const TRYING: NodeId = NodeId(19);
const FULL: NodeId = NodeId(20);
const SUMMARY: NodeId = NodeId(21);
const QUESTION: NodeId = NodeId(22);
const NOTICE: NodeId = NodeId(23);
const WAITING: NodeId = NodeId(24);
const TABLE: NodeId = NodeId(25);
const HEADER_ROW: NodeId = NodeId(26);
const CHART: NodeId = NodeId(27);
/// The column headers' nodes, one after the other.
const FIRST_HEADER: u64 = 32;
/// The room's and the header's buttons (a trainee's reset is in its row).
const FIRST_BUTTON: u64 = 48;
/// A trainee's nodes: `ROWS + number × PER_ROW + part`, so a row keeps
/// its nodes when the table's order changes.
const ROWS: u64 = 1 << 20;
const PER_ROW: u64 = 32;
/// A row's parts: the row, its seven cells, the reset, the stuck reasons.
const CELL: u64 = 1;
const RESET: u64 = 8;
const REASON: u64 = 9;
/// The table's columns: six with a heading on screen, and the reset's.
const COLUMNS: usize = 7;

fn row_node(id: TraineeId, part: u64) -> NodeId {
    NodeId(ROWS + id.0.max(0) as u64 * PER_ROW + part)
}

/// The node of the button `focus` stands for.
pub(super) fn button_node(focus: Focus) -> NodeId {
    let fixed = |n: u64| NodeId(FIRST_BUTTON + n);
    match focus {
        Focus::NewCode => fixed(0),
        Focus::ResetAll => fixed(1),
        Focus::ConfirmAll => fixed(2),
        Focus::CancelAll => fixed(3),
        Focus::Export => fixed(4),
        Focus::Appearance => fixed(5),
        Focus::Lang(lang) => {
            fixed(6 + Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) as u64)
        }
        Focus::Reset(id) => row_node(id, RESET),
    }
}

/// The nodes as they are made, each in the window's language.
struct Tree {
    lang: &'static str,
    nodes: Vec<(NodeId, Node)>,
}

impl Tree {
    fn add(&mut self, id: NodeId, mut node: Node) -> NodeId {
        node.set_language(self.lang);
        self.nodes.push((id, node));
        id
    }
}

fn labelled(role: Role, label: &str) -> Node {
    let mut node = Node::new(role);
    node.set_label(label);
    node
}

/// A line of text (AT-SPI names a label by its value).
fn text(label: &str) -> Node {
    let mut node = labelled(Role::Label, label);
    node.set_value(label);
    node
}

/// An alert (said at once) or a polite status line, as `ui::feedback`.
fn feedback(tone: Tone, words: &str) -> Node {
    let (role, live) = match tone {
        Tone::Error => (Role::Alert, Live::Assertive),
        Tone::Success | Tone::Info => (Role::Status, Live::Polite),
    };
    let mut node = labelled(role, words);
    node.set_live(live);
    node
}

impl Dashboard {
    /// The window as a screen reader reads it now.
    pub fn describe(&self) -> Nodes {
        let lang = self.lang;
        let mut t = Tree {
            lang: lang.code(),
            nodes: Vec::new(),
        };
        let mut top = Vec::new();
        let mut heading = labelled(
            Role::Heading,
            &t!(lang, "a11y-room-heading", code = self.spaced_code()),
        );
        heading.set_level(1);
        heading.add_action(Action::Focus);
        top.push(t.add(HEADING, heading));
        top.push(self.button(&mut t, Focus::Appearance));
        top.push(t.add(LANGUAGE, text(&t!(lang, "language-label"))));
        for l in Lang::ALL {
            top.push(self.button(&mut t, Focus::Lang(l)));
        }
        top.push(t.add(JOIN, text(&self.join_address())));
        let (trying, full) = self.door_words();
        if let Some(trying) = trying {
            top.push(t.add(TRYING, feedback(Tone::Error, &trying)));
            top.push(self.button(&mut t, Focus::NewCode));
        }
        if let Some(full) = full {
            top.push(t.add(FULL, feedback(Tone::Error, &full)));
        }
        top.push(t.add(SUMMARY, text(&self.summary())));
        let rows = &self.snapshot.trainees;
        if !rows.is_empty() {
            if self.confirm_all {
                let question = text(&t!(lang, "room-reset-all-question"));
                top.push(t.add(QUESTION, question));
                top.push(self.button(&mut t, Focus::ConfirmAll));
                top.push(self.button(&mut t, Focus::CancelAll));
            } else {
                top.push(self.button(&mut t, Focus::ResetAll));
            }
        }
        if self.export_dir.is_some() {
            top.push(self.button(&mut t, Focus::Export));
        }
        if let Some(notice) = &self.notice {
            let (tone, words) = self.notice_words(notice);
            top.push(t.add(NOTICE, feedback(tone, &words)));
        }
        if rows.is_empty() {
            let waiting = t!(
                lang,
                "room-waiting",
                address = self.join_url.as_str(),
                code = self.snapshot.code.as_str()
            );
            top.push(t.add(WAITING, text(&waiting)));
        } else {
            top.push(self.table(&mut t));
        }
        top.push(self.chart(&mut t));
        if let Some((id, said)) = self.heard.said(lang) {
            let mut news = labelled(Role::Status, &said);
            news.set_live(Live::Polite);
            top.push(t.add(id, news));
        }
        let mut window = labelled(Role::Window, &self.title());
        window.set_bounds(Rect::new(
            0.0,
            0.0,
            f64::from(self.window.width),
            f64::from(self.window.height),
        ));
        window.set_children(top);
        window.set_language(lang.code());
        t.nodes.insert(0, (WINDOW, window));
        let focus = self
            .focus
            .map(button_node)
            .filter(|id| t.nodes.iter().any(|(n, _)| n == id));
        Nodes {
            nodes: t.nodes,
            focus: focus.or(Some(HEADING)),
        }
    }

    /// The button `focus` stands for, by its label.
    fn button(&self, t: &mut Tree, focus: Focus) -> NodeId {
        let name = match focus {
            Focus::Reset(id) => {
                let row = self.snapshot.trainees.iter().find(|r| r.id == id);
                let name = row.map(|r| table::name(self.lang, r)).unwrap_or_default();
                t!(self.lang, "a11y-room-reset", name = name)
            }
            _ => self.label(focus),
        };
        let mut node = labelled(Role::Button, &name);
        node.add_action(Action::Click);
        node.add_action(Action::Focus);
        t.add(button_node(focus), node)
    }

    /// The trainees as a table: a row of column headers, then a row per
    /// trainee in the window's order. AT-SPI's table interface is not
    /// published by accesskit_unix 0.24, so each cell also has its
    /// column's name as its description.
    fn table(&self, t: &mut Tree) -> NodeId {
        let lang = self.lang;
        let rows = &self.snapshot.trainees;
        let [name, step, time, refusals, hand, status] = table::columns(lang);
        let columns = [
            name,
            step,
            time,
            refusals,
            hand,
            status,
            t!(lang, "a11y-room-column-reset"),
        ];
        let mut header = Node::new(Role::Row);
        header.set_row_index(0);
        for (i, column) in columns.iter().enumerate() {
            let mut cell = labelled(Role::ColumnHeader, column);
            cell.set_row_index(0);
            cell.set_column_index(i);
            header.push_child(t.add(NodeId(FIRST_HEADER + i as u64), cell));
        }
        let mut table = labelled(Role::Table, &t!(lang, "a11y-room-table"));
        table.set_row_count(rows.len() + 1);
        table.set_column_count(COLUMNS);
        table.push_child(t.add(HEADER_ROW, header));
        for (i, r) in rows.iter().enumerate() {
            table.push_child(self.row(t, r, i + 1, &columns));
        }
        t.add(TABLE, table)
    }

    fn row(&self, t: &mut Tree, r: &Row, index: usize, columns: &[String; COLUMNS]) -> NodeId {
        let c = table::cells(self, r);
        let mut row = labelled(Role::Row, &c.name);
        row.set_row_index(index);
        let said = [
            c.name.as_str(),
            &c.step,
            &c.time,
            &c.refusals,
            c.hand.as_deref().unwrap_or_default(),
            &c.status,
        ];
        for (j, column) in columns.iter().enumerate() {
            let words = said.get(j).copied().unwrap_or_default();
            let mut cell = labelled(Role::Cell, words);
            cell.set_row_index(index);
            cell.set_column_index(j);
            cell.set_description(column.as_str());
            if j == 0 {
                for (k, reason) in c.stuck.iter().enumerate() {
                    let reason = t!(
                        self.lang,
                        "a11y-room-stuck-reason",
                        reason = reason.as_str()
                    );
                    cell.push_child(t.add(row_node(r.id, REASON + k as u64), text(&reason)));
                }
            }
            if j == COLUMNS - 1 {
                let reset = match &c.reset {
                    Reset::Button(_) => self.button(t, Focus::Reset(r.id)),
                    Reset::Pending(words) | Reset::Declined(words) => {
                        t.add(row_node(r.id, RESET), text(words))
                    }
                };
                cell.push_child(reset);
            }
            row.push_child(t.add(row_node(r.id, CELL + j as u64), cell));
        }
        t.add(row_node(r.id, 0), row)
    }

    /// The chart as a picture, with what it shows step by step.
    fn chart(&self, t: &mut Tree) -> NodeId {
        let lang = self.lang;
        let mut said: Vec<String> = self
            .snapshot
            .steps
            .iter()
            .map(|s| match (s.median, s.slowest) {
                (Some(median), Some(slowest)) => t!(
                    lang,
                    "a11y-room-chart-step",
                    step = words::step(lang, s.step),
                    median = words::duration(median),
                    slowest = words::duration(slowest),
                    here = s.here,
                    refusals = s.refusals
                ),
                _ => t!(
                    lang,
                    "a11y-room-chart-step-none",
                    step = words::step(lang, s.step),
                    here = s.here,
                    refusals = s.refusals
                ),
            })
            .collect();
        if self.snapshot.steps.iter().all(|s| s.median.is_none()) {
            said.push(t!(lang, "room-chart-empty"));
        }
        let mut chart = labelled(Role::Image, &t!(lang, "room-chart-title"));
        chart.set_description(said.join(" "));
        t.add(CHART, chart)
    }
}
