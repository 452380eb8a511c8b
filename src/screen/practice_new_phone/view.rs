//! The practice new phone's last screen: what the practice server lists
//! and what to do on the left, its Security info drawn beside, with a real
//! "Delete" beside the old phone's entry.

use iced::widget::{column, container};
use iced::{Element, Length};

use super::{DELETE_OLD, Message, State};
use crate::screen::{Ctx, error_text};
use crate::service::microsoft365::SECURITY_INFO_PAGE;
use crate::service::training::PracticePhone;
use crate::t;
use crate::ui::new_phone::{Entry, delete_link, security_info};
use crate::ui::{self, Kind, Tone, frame};

impl State {
    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, account: &str) -> Element<'a, Message> {
        let lang = ctx.lang;
        let mut left = column![ui::title(t!(lang, "practice-new-phone-title"))].spacing(20);
        // What the practice server lists comes first, as on the real route.
        let mut ticks = column![].spacing(8);
        if self.entries.is_some() {
            ticks = ticks.push(if self.new_listed() {
                ui::feedback(Tone::Success, t!(lang, "practice-new-phone-new-listed"))
            } else {
                ui::feedback(Tone::Info, t!(lang, "practice-new-phone-new-not-yet"))
            });
            ticks = ticks.push(if self.old_entry().is_some() {
                ui::feedback(Tone::Info, t!(lang, "practice-new-phone-old-listed"))
            } else {
                ui::feedback(Tone::Success, t!(lang, "practice-new-phone-old-gone"))
            });
        }
        left = left.push(ticks);
        left = left.push(if self.entries.is_some() && !self.new_listed() {
            // Add before remove: no delete step until the new phone is there.
            ui::feedback(Tone::Error, t!(lang, "practice-new-phone-add-first"))
        } else if self.done() {
            ui::instruction(t!(lang, "practice-new-phone-done"))
        } else {
            ui::steps(vec![
                t!(lang, "practice-new-phone-real"),
                t!(lang, "practice-new-phone-practise"),
            ])
        });
        if let Some(e) = &self.failed {
            left = left.push(ui::feedback(Tone::Error, error_text(lang, e, 0)));
        }
        let page = frame::browser(SECURITY_INFO_PAGE, self.page(ctx, account));
        ui::split(
            ctx.narrow,
            left.width(Length::FillPortion(5)),
            container(page).center_x(Length::FillPortion(5)),
        )
    }

    /// The practice server's Security info, marked as practice: the
    /// old phone's "Delete" a real button (once it may be pressed).
    fn page<'a>(&self, ctx: &Ctx<'_>, account: &str) -> Element<'a, Message> {
        let lang = ctx.lang;
        crate::a11y::note(|| {
            crate::a11y::Part::Image(t!(lang, "a11y-picture-practice-security-info"))
        });
        let rows = self.entries.iter().flatten().map(|entry| {
            let (detail, delete) = match entry.phone {
                PracticePhone::Old => (
                    t!(lang, "practice-new-phone-old-detail"),
                    ui::page_button(
                        t!(lang, "ms-delete"),
                        self.delete_old(),
                        Kind::Secondary,
                        ctx.focused(DELETE_OLD),
                    ),
                ),
                PracticePhone::New => {
                    (t!(lang, "practice-new-phone-new-detail"), delete_link(lang))
                }
            };
            let entry_ = Entry {
                label: t!(lang, "ms-authenticator-method"),
                detail: Some(detail),
                old: entry.phone == PracticePhone::Old,
            };
            (entry_, delete)
        });
        column![
            ui::passkey::muted(t!(lang, "practice-new-phone-marker")),
            security_info(lang, Some(account), rows.collect()),
        ]
        .spacing(10)
        .into()
    }
}
