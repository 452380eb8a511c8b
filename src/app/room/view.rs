//! What the room adds to the assistant's window: the link's sign and the
//! raise-hand button in the footer, and on the welcome screen the way to
//! join a room when IT has not named one. All reachable with Tab.

use crate::ui::style::Looks;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Length};

use super::super::{App, Message};
use super::RoomMessage;
use crate::guide::Screen;
use crate::room::client::Link;
use crate::room::text as words;
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone, style};

pub(in crate::app) const HAND: FocusId = FocusId("room-hand");
pub(in crate::app) const OPEN: FocusId = FocusId("room-open");
pub(in crate::app) const ADDRESS: FocusId = FocusId("room-address");
pub(in crate::app) const CODE: FocusId = FocusId("room-code");
pub(in crate::app) const JOIN: FocusId = FocusId("room-join");

fn room(message: RoomMessage) -> Message {
    Message::Room(message)
}

impl App {
    /// The raise-hand button and the link's sign, for the footer; `None`
    /// outside a room.
    pub(in crate::app) fn room_bar(&self) -> Option<Element<'_, Message>> {
        let link = self.room_link()?;
        let lang = self.lang;
        let palette = self.appearance.palette();
        let (sign, colour) = match link {
            Link::Joined { .. } => ("✔", palette.success),
            Link::Joining => ("…", palette.muted),
            Link::Unreachable | Link::SlowDown => ("!", palette.muted),
            Link::RoomFull | Link::WrongCode => ("!", palette.error),
        };
        let sign = text(format!("{sign} {}", words::link(lang, link)))
            .size(ui::TEXT * 0.85)
            .color(colour)
            .width(Length::Fill);
        let (label, kind) = if self.room.hand {
            (t!(lang, "room-hand-lower"), Kind::Primary)
        } else {
            (t!(lang, "room-hand-raise"), Kind::Secondary)
        };
        let hand = ui::button(
            label,
            Some(room(RoomMessage::Hand)),
            kind,
            self.focus == Some(HAND),
        );
        let bar = if self.room.can_raise() {
            row![hand, sign]
        } else {
            row![sign]
        };
        Some(
            bar.spacing(12)
                .align_y(iced::Center)
                .width(Length::Fill)
                .into(),
        )
    }

    /// The screen, with the way to join a room below it on the welcome
    /// screen.
    pub(in crate::app) fn with_room_form<'a>(
        &'a self,
        content: Element<'a, Message>,
    ) -> Element<'a, Message> {
        if self.screen() != Screen::Welcome || !self.room.offers_form() {
            return content;
        }
        // The form beside the welcome text where there is room, else below
        // it; the button that opens it below.
        ui::split(
            self.ctx().narrow || !self.room.form_open,
            container(content).width(Length::FillPortion(3)),
            container(self.room_form()).width(Length::FillPortion(2)),
        )
    }

    fn room_form(&self) -> Element<'_, Message> {
        let lang = self.lang;
        if !self.room.form_open {
            crate::a11y::note(|| crate::a11y::Part::Button {
                name: t!(lang, "room-join-title"),
                enabled: true,
                focused: self.focus == Some(OPEN),
            });
            let open =
                button(text(format!("{} ›", t!(lang, "room-join-title"))).size(ui::TEXT * 0.9))
                    .on_press(room(RoomMessage::OpenForm))
                    .padding([6, 12])
                    .style(move |theme, status| style::button(theme, status, Kind::Secondary));
            return ui::focusable(open, self.focus == Some(OPEN));
        }
        let field = |label: String,
                     id: FocusId,
                     value: &str,
                     placeholder: &str,
                     on: fn(String) -> RoomMessage| {
            crate::a11y::note(|| crate::a11y::field(id, label.clone(), value));
            column![
                text(label).size(ui::TEXT).font(ui::BOLD),
                text_input(placeholder, value)
                    .id(id.widget())
                    .on_input(move |s| room(on(s)))
                    .on_submit(room(RoomMessage::Join))
                    .size(ui::TEXT)
                    .padding(10),
            ]
            .spacing(8)
        };
        let fields = column![
            field(
                t!(lang, "room-join-field-address"),
                ADDRESS,
                &self.room.address,
                "http://192.168.1.20:7641",
                RoomMessage::Address
            ),
            field(
                t!(lang, "room-join-field-code"),
                CODE,
                &self.room.code,
                "042137",
                RoomMessage::Code
            )
            .max_width(200),
        ]
        .spacing(12);
        let mut form = column![
            text(t!(lang, "room-join-title"))
                .size(ui::TEXT * 1.1)
                .font(ui::BOLD),
            ui::instruction(t!(lang, "room-join-intro")),
            fields,
            ui::button(
                t!(lang, "room-join-button"),
                Some(room(RoomMessage::Join)),
                Kind::Secondary,
                self.focus == Some(JOIN),
            ),
        ]
        .spacing(14);
        if let Some(problems) = self.room.problems {
            if problems.address {
                form = form.push(ui::feedback(
                    Tone::Error,
                    t!(lang, "room-join-invalid-address"),
                ));
            }
            if problems.code {
                form = form.push(ui::feedback(
                    Tone::Error,
                    t!(lang, "room-join-invalid-code"),
                ));
            }
        } else if self.room.link == Link::WrongCode {
            form = form.push(ui::feedback(
                Tone::Error,
                words::link(lang, Link::WrongCode),
            ));
        }
        container(form).padding(16).style(style::card).into()
    }

    /// The join form's controls, after the welcome screen's own.
    pub(in crate::app) fn room_form_targets(&self) -> Vec<Target<Message>> {
        if self.screen() != Screen::Welcome || !self.room.offers_form() {
            return Vec::new();
        }
        if !self.room.form_open {
            return vec![Target::Button(OPEN, room(RoomMessage::OpenForm))];
        }
        vec![
            Target::Input(ADDRESS),
            Target::Input(CODE),
            Target::Button(JOIN, room(RoomMessage::Join)),
        ]
    }

    /// The raise-hand button, last in the Tab order (Shift+Tab reaches it
    /// at once from a screen without focus).
    pub(in crate::app) fn room_hand_target(&self) -> Option<Target<Message>> {
        self.room
            .can_raise()
            .then(|| Target::Button(HAND, room(RoomMessage::Hand)))
    }
}
