//! The window's layout: the header (appearance, language), the join
//! address and code in large type, the room's summary and buttons, then the
//! table beside the chart (below it in a narrow window).

use crate::ui::style::Looks;
use iced::widget::{column, container, row, scrollable, space, text};
use iced::{Element, Length};

use super::keys::Focus;
use super::{Dashboard, Message, NARROW, Notice, chart, table};
use crate::appearance::Appearance;
use crate::i18n::Lang;
use crate::t;
use crate::ui::{self, Kind, Tone, style};

/// The size of the room code: readable from the back of a classroom.
const CODE_SIZE: f32 = 60.0;
/// The size of the join address.
const ADDRESS_SIZE: f32 = 36.0;

impl Dashboard {
    /// The whole window.
    pub fn view(&self) -> Element<'_, Message> {
        let mut body = column![self.header(), self.join_band()].spacing(12);
        if let Some(door) = self.door() {
            body = body.push(door);
        }
        body = body.push(self.actions());
        if let Some(notice) = &self.notice {
            body = body.push(self.notice(notice));
        }
        let narrow = self.window.width < NARROW;
        let main: Element<'_, Message> = if self.snapshot.trainees.is_empty() {
            column![
                ui::instruction(t!(
                    self.lang,
                    "room-waiting",
                    address = self.join_url.as_str(),
                    code = self.snapshot.code.as_str()
                )),
                chart::view(self),
            ]
            .spacing(24)
            .into()
        } else if narrow {
            column![table::view(self), chart::view(self)]
                .spacing(24)
                .into()
        } else {
            row![
                container(table::view(self)).width(Length::FillPortion(2)),
                container(chart::view(self)).width(Length::FillPortion(1)),
            ]
            .spacing(24)
            .into()
        };
        body = body.push(scrollable(main).spacing(6).height(Length::Fill));
        container(body).padding(24).into()
    }

    fn header(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let mut header = row![
            text(t!(lang, "room-dashboard-title"))
                .size(ui::TEXT * 1.3)
                .font(ui::BOLD),
            space::horizontal(),
            ui::button(
                match self.appearance {
                    Appearance::Light => t!(lang, "appearance-light"),
                    Appearance::Dark => t!(lang, "appearance-dark"),
                    Appearance::HighContrast => t!(lang, "appearance-high-contrast"),
                },
                Some(Message::Appearance(self.appearance.next())),
                Kind::Secondary,
                self.focused(Focus::Appearance),
            ),
            text(t!(lang, "language-label")).size(ui::TEXT * 0.9),
        ]
        .spacing(16)
        .align_y(iced::Center);
        for l in Lang::ALL {
            header = header.push(ui::language_button(
                lang,
                l,
                Some(Message::Language(l)),
                self.focused(Focus::Lang(l)),
            ));
        }
        header.into()
    }

    /// Where and how to join, in type a room can read.
    fn join_band(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let code = self.snapshot.code.as_str();
        // "042 137": two groups of three read back more easily.
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        let accent = self.appearance.palette().accent_text;
        container(
            row![
                text(t!(
                    lang,
                    "room-join-address",
                    address = self.join_url.as_str()
                ))
                .size(ADDRESS_SIZE)
                .font(ui::BOLD)
                .width(Length::Fill),
                text(t!(lang, "room-join-code", code = spaced))
                    .size(CODE_SIZE)
                    .font(ui::BOLD)
                    .color(accent),
            ]
            .spacing(32)
            .align_y(iced::Center),
        )
        .padding([8, 20])
        .width(Length::Fill)
        .style(style::card)
        .into()
    }

    /// Who is being kept out: someone trying codes (with the button for a
    /// new code), joins refused because the room is full.
    fn door(&self) -> Option<Element<'_, Message>> {
        let lang = self.lang;
        let door = self.snapshot.door;
        let mut lines = column![].spacing(8);
        if door.trying_codes {
            lines = lines.push(
                row![
                    ui::feedback(
                        Tone::Error,
                        t!(lang, "room-door-trying", count = door.wrong_codes)
                    ),
                    ui::button(
                        t!(lang, "room-new-code"),
                        Some(Message::NewCode),
                        Kind::Primary,
                        self.focused(Focus::NewCode),
                    ),
                ]
                .spacing(12)
                .align_y(iced::Center),
            );
        }
        if door.refused_full > 0 {
            lines = lines.push(ui::feedback(
                Tone::Error,
                t!(lang, "room-door-full", count = door.refused_full),
            ));
        }
        (door.trying_codes || door.refused_full > 0).then(|| lines.into())
    }

    /// How the room is doing, and the room's buttons.
    fn actions(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let rows = &self.snapshot.trainees;
        let stuck = rows.iter().filter(|r| !r.stuck.is_empty()).count();
        let hands = rows.iter().filter(|r| r.hand_raised).count();
        let mut actions = row![
            text(t!(
                lang,
                "room-summary",
                count = rows.len(),
                stuck = stuck,
                hands = hands
            ))
            .size(ui::TEXT)
            .font(ui::BOLD),
            space::horizontal(),
        ]
        .spacing(12)
        .align_y(iced::Center);
        if !rows.is_empty() {
            if self.confirm_all {
                actions = actions
                    .push(
                        text(t!(lang, "room-reset-all-question"))
                            .size(ui::TEXT)
                            .color(self.appearance.palette().error),
                    )
                    .push(ui::button(
                        t!(lang, "room-reset-all-yes", count = rows.len()),
                        Some(Message::ConfirmAll),
                        Kind::Primary,
                        self.focused(Focus::ConfirmAll),
                    ))
                    .push(ui::button(
                        t!(lang, "busy-cancel"),
                        Some(Message::CancelAll),
                        Kind::Secondary,
                        self.focused(Focus::CancelAll),
                    ));
            } else {
                actions = actions.push(ui::button(
                    t!(lang, "room-reset-all"),
                    Some(Message::ResetAll),
                    Kind::Secondary,
                    self.focused(Focus::ResetAll),
                ));
            }
        }
        if self.export_dir.is_some() {
            actions = actions.push(ui::button(
                t!(lang, "room-export-csv"),
                Some(Message::Export),
                Kind::Secondary,
                self.focused(Focus::Export),
            ));
        }
        actions.into()
    }

    fn notice(&self, notice: &Notice) -> Element<'_, Message> {
        let lang = self.lang;
        match notice {
            Notice::Saved(path) => ui::feedback(
                Tone::Success,
                t!(lang, "room-export-saved", path = path.display().to_string()),
            ),
            Notice::ExportFailed(dir) => ui::feedback(
                Tone::Error,
                t!(
                    lang,
                    "room-export-failed",
                    folder = dir.display().to_string()
                ),
            ),
            Notice::ResetFailed => ui::feedback(Tone::Error, t!(lang, "room-reset-failed")),
            Notice::Exporting => ui::feedback(Tone::Info, t!(lang, "room-exporting")),
            Notice::NewCodeFailed => ui::feedback(Tone::Error, t!(lang, "room-new-code-failed")),
        }
    }
}
