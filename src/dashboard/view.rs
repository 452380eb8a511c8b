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
                self.label(Focus::Appearance),
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
        let accent = self.appearance.palette().accent_text;
        container(
            row![
                text(self.join_address())
                    .size(ADDRESS_SIZE)
                    .font(ui::BOLD)
                    .width(Length::Fill),
                text(t!(lang, "room-join-code", code = self.spaced_code()))
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
        let (trying, full) = self.door_words();
        let mut lines = column![].spacing(8);
        if let Some(trying) = trying {
            lines = lines.push(
                row![
                    ui::feedback(Tone::Error, trying),
                    ui::button(
                        self.label(Focus::NewCode),
                        Some(Message::NewCode),
                        Kind::Primary,
                        self.focused(Focus::NewCode),
                    ),
                ]
                .spacing(12)
                .align_y(iced::Center),
            );
        }
        if let Some(full) = &full {
            lines = lines.push(ui::feedback(Tone::Error, full.clone()));
        }
        let door = self.snapshot.door;
        (door.trying_codes || door.refused_full > 0).then(|| lines.into())
    }

    /// What the door says: someone trying codes, joins refused (a room
    /// full).
    pub(super) fn door_words(&self) -> (Option<String>, Option<String>) {
        let (lang, door) = (self.lang, self.snapshot.door);
        (
            door.trying_codes
                .then(|| t!(lang, "room-door-trying", count = door.wrong_codes)),
            (door.refused_full > 0).then(|| t!(lang, "room-door-full", count = door.refused_full)),
        )
    }

    /// How the room is doing, and the room's buttons.
    fn actions(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let rows = &self.snapshot.trainees;
        let mut actions = row![
            text(self.summary()).size(ui::TEXT).font(ui::BOLD),
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
                        self.label(Focus::ConfirmAll),
                        Some(Message::ConfirmAll),
                        Kind::Primary,
                        self.focused(Focus::ConfirmAll),
                    ))
                    .push(ui::button(
                        self.label(Focus::CancelAll),
                        Some(Message::CancelAll),
                        Kind::Secondary,
                        self.focused(Focus::CancelAll),
                    ));
            } else {
                actions = actions.push(ui::button(
                    self.label(Focus::ResetAll),
                    Some(Message::ResetAll),
                    Kind::Secondary,
                    self.focused(Focus::ResetAll),
                ));
            }
        }
        if self.export_dir.is_some() {
            actions = actions.push(ui::button(
                self.label(Focus::Export),
                Some(Message::Export),
                Kind::Secondary,
                self.focused(Focus::Export),
            ));
        }
        actions.into()
    }

    fn notice(&self, notice: &Notice) -> Element<'_, Message> {
        let (tone, words) = self.notice_words(notice);
        ui::feedback(tone, words)
    }

    /// What a notice says, and how.
    pub(super) fn notice_words(&self, notice: &Notice) -> (Tone, String) {
        let lang = self.lang;
        match notice {
            Notice::Saved(path) => (
                Tone::Success,
                t!(lang, "room-export-saved", path = path.display().to_string()),
            ),
            Notice::ExportFailed(dir) => (
                Tone::Error,
                t!(
                    lang,
                    "room-export-failed",
                    folder = dir.display().to_string()
                ),
            ),
            Notice::ResetFailed => (Tone::Error, t!(lang, "room-reset-failed")),
            Notice::Exporting => (Tone::Info, t!(lang, "room-exporting")),
            Notice::NewCodeFailed => (Tone::Error, t!(lang, "room-new-code-failed")),
        }
    }

    /// "Join at http://…".
    pub(super) fn join_address(&self) -> String {
        t!(
            self.lang,
            "room-join-address",
            address = self.join_url.as_str()
        )
    }

    /// The room code as "042 137": two groups of three read back more
    /// easily, on the projector and by a screen reader.
    pub(super) fn spaced_code(&self) -> String {
        let code = self.snapshot.code.as_str();
        format!("{} {}", &code[..3], &code[3..])
    }

    /// How many are in the room, stuck, and have a hand up.
    pub(super) fn summary(&self) -> String {
        let rows = &self.snapshot.trainees;
        t!(
            self.lang,
            "room-summary",
            count = rows.len(),
            stuck = rows.iter().filter(|r| !r.stuck.is_empty()).count(),
            hands = rows.iter().filter(|r| r.hand_raised).count()
        )
    }

    /// The label of the button `focus` stands for, in the window and to a
    /// screen reader.
    pub(super) fn label(&self, focus: Focus) -> String {
        let lang = self.lang;
        match focus {
            Focus::NewCode => t!(lang, "room-new-code"),
            Focus::Reset(_) => t!(lang, "room-reset"),
            Focus::ResetAll => t!(lang, "room-reset-all"),
            Focus::ConfirmAll => t!(
                lang,
                "room-reset-all-yes",
                count = self.snapshot.trainees.len()
            ),
            Focus::CancelAll => t!(lang, "busy-cancel"),
            Focus::Export => t!(lang, "room-export-csv"),
            Focus::Appearance => match self.appearance {
                Appearance::Light => t!(lang, "appearance-light"),
                Appearance::Dark => t!(lang, "appearance-dark"),
                Appearance::HighContrast => t!(lang, "appearance-high-contrast"),
            },
            Focus::Lang(Lang::Nl) => t!(lang, "lang-nl"),
            Focus::Lang(Lang::En) => t!(lang, "lang-en"),
        }
    }
}
