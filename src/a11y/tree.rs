//! A description as an AccessKit tree: a window with the screen's parts in
//! the order they are on screen, and after the first tree only the nodes
//! that changed (a countdown's node when its words change, not the whole
//! screen each second).

use std::collections::HashMap;

use accesskit::{Action, Live, Node, NodeId, Rect, Role, TreeId, TreeInfo, TreeUpdate};

use super::Part;
use crate::i18n::Lang;
use crate::ui::FocusId;

/// The window's node.
pub const WINDOW: NodeId = NodeId(1);
/// The first of the parts' nodes. A part's id is its kind and how many of
/// that kind come before it, so a refusal appearing above the buttons
/// leaves the buttons' nodes as they were.
const FIRST_PART: u64 = 16;
/// The first of the children's nodes (list items, key groups).
const FIRST_CHILD: u64 = 1 << 20;

/// The node id of each part.
pub fn ids(parts: &[Part]) -> Vec<NodeId> {
    let mut seen = [0u64; 10];
    parts
        .iter()
        .map(|part| {
            let kind = match part {
                Part::Heading(_) => 0,
                Part::Text(_) => 1,
                Part::List(_) => 2,
                Part::Button { .. } => 3,
                Part::Field(_) => 4,
                Part::Alert(_) => 5,
                Part::Status(_) => 6,
                Part::Image(_) => 7,
                Part::Key { .. } => 8,
            };
            seen[kind] += 1;
            NodeId(FIRST_PART + kind as u64 * 4096 + seen[kind] - 1)
        })
        .collect()
}

/// What the window says, at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Description {
    /// The window's title.
    pub title: String,
    /// The language everything is in.
    pub lang: Lang,
    /// What is on screen, in order.
    pub parts: Vec<super::Part>,
    /// The text field with the app's focus, if any.
    pub focus: Option<FocusId>,
    /// The window's inside, in physical pixels.
    pub size: (f64, f64),
    /// Where the heading and the focused control show, once read back
    /// from the laid-out window ([`super::bounds`]).
    pub bounds: super::bounds::Bounds,
}

/// The nodes of one description, and which has focus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Nodes {
    /// Every node, the window first.
    pub nodes: Vec<(NodeId, Node)>,
    /// The node with keyboard focus (the window when no control has it).
    pub focus: Option<NodeId>,
}

impl Description {
    /// The description as nodes.
    pub fn nodes(&self) -> Nodes {
        let lang = self.lang.code();
        let mut window = Node::new(Role::Window);
        window.set_label(self.title.as_str());
        window.set_language(lang);
        window.set_bounds(Rect::new(0.0, 0.0, self.size.0, self.size.1));
        let mut nodes = vec![(WINDOW, window)];
        let mut focus = None;
        let mut heading = None;
        let ids = ids(&self.parts);
        let mut children = Vec::with_capacity(self.parts.len());
        for (i, (part, &id)) in self.parts.iter().zip(&ids).enumerate() {
            children.push(id);
            let mut node = match part {
                Part::Heading(text) => {
                    let mut n = labelled(Role::Heading, text);
                    n.set_level(1);
                    // Where the screen reader starts on a new screen when no
                    // control has focus (as a web page moves focus to its
                    // heading): "Scannen, kop niveau 1" after Enter.
                    n.add_action(Action::Focus);
                    heading.get_or_insert(id);
                    n
                }
                // AT-SPI names a label by its value.
                Part::Text(text) => {
                    let mut n = labelled(Role::Label, text);
                    n.set_value(text.as_str());
                    n
                }
                Part::Alert(text) => {
                    let mut n = labelled(Role::Alert, text);
                    n.set_live(Live::Assertive);
                    n
                }
                Part::Status(text) => {
                    let mut n = labelled(Role::Status, text);
                    n.set_live(Live::Polite);
                    n
                }
                Part::Image(text) => labelled(Role::Image, text),
                Part::Button {
                    name,
                    enabled,
                    focused,
                } => {
                    let mut n = labelled(Role::Button, name);
                    if *enabled {
                        n.add_action(Action::Click);
                        n.add_action(Action::Focus);
                    } else {
                        n.set_disabled();
                    }
                    if *focused {
                        focus = Some(id);
                    }
                    n
                }
                Part::Field(field) => {
                    let role = if field.secret {
                        Role::PasswordInput
                    } else {
                        Role::TextInput
                    };
                    let mut n = labelled(role, &field.label);
                    // The text as one run, the caret at its end: what
                    // AT-SPI's text interface reads. A password shows
                    // nothing of itself.
                    let shown = if field.secret {
                        ""
                    } else {
                        field.value.as_str()
                    };
                    let run_id = NodeId(FIRST_CHILD + (id.0 << 8));
                    let mut run = Node::new(Role::TextRun);
                    run.set_value(shown);
                    run.set_character_lengths(
                        shown
                            .chars()
                            .map(|c| c.len_utf8() as u8)
                            .collect::<Vec<u8>>(),
                    );
                    run.set_language(lang);
                    nodes.push((run_id, run));
                    n.push_child(run_id);
                    let caret = accesskit::TextPosition {
                        node: run_id,
                        character_index: shown.chars().count(),
                    };
                    n.set_text_selection(accesskit::TextSelection {
                        anchor: caret,
                        focus: caret,
                    });
                    if !field.secret {
                        n.set_value(field.value.as_str());
                    }
                    n.add_action(Action::Focus);
                    n.add_action(Action::SetValue);
                    // The refusal below the field is read again on focus.
                    if let Some(Part::Alert(error)) =
                        self.parts[i..].iter().find(|p| matches!(p, Part::Alert(_)))
                    {
                        n.set_description(error.as_str());
                    }
                    if self.focus == Some(field.id) {
                        focus = Some(id);
                    }
                    n
                }
                Part::List(items) | Part::Key { groups: items, .. } => {
                    let (role, item_role) = match part {
                        Part::List(_) => (Role::List, Role::ListItem),
                        _ => (Role::Group, Role::Label),
                    };
                    let mut n = Node::new(role);
                    if let Part::Key { label, .. } = part {
                        n.set_label(label.as_str());
                    }
                    for (j, item) in items.iter().enumerate() {
                        let child = NodeId(FIRST_CHILD + (id.0 << 8) + j as u64);
                        n.push_child(child);
                        let mut c = labelled(item_role, item);
                        c.set_value(item.as_str());
                        c.set_language(lang);
                        nodes.push((child, c));
                    }
                    n
                }
            };
            node.set_language(lang);
            nodes.push((id, node));
        }
        nodes[0].1.set_children(children);
        // Where they are, for a focus highlight and a magnifier.
        let placed = [(heading, self.bounds.heading), (focus, self.bounds.focus)];
        for (node, rect) in placed {
            if let (Some(node), Some(rect)) = (node, rect)
                && let Some((_, n)) = nodes.iter_mut().find(|(id, _)| *id == node)
            {
                n.set_bounds(rect);
            }
        }
        Nodes {
            nodes,
            focus: focus.or(heading),
        }
    }
}

/// Where the part a node stands for is among the parts (not a list item
/// or a key group).
pub fn index(parts: &[Part], node: NodeId) -> Option<usize> {
    ids(parts).iter().position(|&id| id == node)
}

/// The part a node stands for.
pub fn part(parts: &[Part], node: NodeId) -> Option<&Part> {
    parts.get(index(parts, node)?)
}

fn whole(nodes: &Nodes) -> TreeUpdate {
    TreeUpdate {
        nodes: nodes.nodes.clone(),
        tree: Some(TreeInfo {
            root: WINDOW,
            toolkit_name: Some("iced".into()),
            toolkit_version: Some("0.14".into()),
        }),
        tree_id: TreeId::ROOT,
        focus: nodes.focus.unwrap_or(WINDOW),
    }
}

fn labelled(role: Role, label: &str) -> Node {
    let mut node = Node::new(role);
    node.set_label(label);
    node
}

/// The tree as last sent, to send only what changed.
#[derive(Debug, Default)]
pub struct Sent {
    last: Option<Nodes>,
}

impl Sent {
    /// The whole tree for `nodes` (when a screen reader starts).
    pub fn full(&mut self, nodes: Nodes) -> TreeUpdate {
        let update = whole(&nodes);
        self.last = Some(nodes);
        update
    }

    /// The whole tree last sent, for a screen reader that starts later.
    pub fn snapshot(&self) -> Option<TreeUpdate> {
        self.last.as_ref().map(whole)
    }

    /// The nodes that differ from the last tree sent; `None` when nothing
    /// did (focus included).
    pub fn changes(&mut self, nodes: Nodes) -> Option<TreeUpdate> {
        let Some(last) = &self.last else {
            return Some(self.full(nodes));
        };
        // By id: the trainer's table has thousands of nodes.
        let before: HashMap<NodeId, &Node> = last.nodes.iter().map(|(id, n)| (*id, n)).collect();
        let changed: Vec<(NodeId, Node)> = nodes
            .nodes
            .iter()
            .filter(|(id, node)| before.get(id).is_none_or(|old| *old != node))
            .cloned()
            .collect();
        if changed.is_empty() && nodes.focus == last.focus {
            return None;
        }
        let update = TreeUpdate {
            nodes: changed,
            tree: None,
            tree_id: TreeId::ROOT,
            focus: nodes.focus.unwrap_or(WINDOW),
        };
        self.last = Some(nodes);
        Some(update)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn description(status: &str) -> Description {
        Description {
            title: "Scan (6/10)".into(),
            lang: Lang::En,
            parts: vec![
                Part::Heading("Scan".into()),
                Part::Status(status.into()),
                Part::Button {
                    name: "Next".into(),
                    enabled: true,
                    focused: true,
                },
            ],
            focus: None,
            size: (1180.0, 800.0),
            bounds: super::super::bounds::Bounds::default(),
        }
    }

    #[test]
    fn only_what_changed_in_words_is_sent_again() {
        let mut sent = Sent::default();
        let first = sent
            .changes(description("New code in 12 s").nodes())
            .unwrap();
        assert_eq!(first.nodes.len(), 4);
        assert!(first.tree.is_some());
        assert_eq!(first.focus, ids(&description("").parts)[2]);
        assert!(
            sent.changes(description("New code in 12 s").nodes())
                .is_none()
        );
        let tick = sent
            .changes(description("New code in 11 s").nodes())
            .unwrap();
        assert_eq!(tick.nodes.len(), 1);
        assert_eq!(tick.nodes[0].1.role(), Role::Status);
        assert_eq!(tick.nodes[0].1.live(), Some(Live::Polite));
    }

    #[test]
    fn every_node_speaks_the_screen_language() {
        let nodes = description("x").nodes();
        assert!(nodes.nodes.iter().all(|(_, n)| n.language() == Some("en")));
    }

    #[test]
    fn the_heading_and_the_focused_control_say_where_they_are() {
        let mut d = description("x");
        let heading = Rect::new(24.0, 120.0, 400.0, 160.0);
        let next = Rect::new(1080.0, 740.0, 1160.0, 784.0);
        d.bounds = super::super::bounds::Bounds {
            heading: Some(heading),
            focus: Some(next),
        };
        let nodes = d.nodes();
        let at = |role| {
            nodes
                .nodes
                .iter()
                .find(|(_, n)| n.role() == role)
                .and_then(|(_, n)| n.bounds())
        };
        assert_eq!(at(Role::Heading), Some(heading));
        assert_eq!(at(Role::Button), Some(next));
        assert_eq!(at(Role::Status), None, "only the two are placed");
        // A move is a change to send, as a change in words is.
        let mut sent = Sent::default();
        sent.changes(description("x").nodes()).unwrap();
        let moved = sent.changes(d.nodes()).unwrap();
        assert_eq!(moved.nodes.len(), 2);
    }
}
