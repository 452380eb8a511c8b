//! Guide step 6: open the app, allow notifications, add an account of the
//! type the provider needs.

use iced::widget::{column, container, text};
use iced::{Element, Length};

use super::Ctx;
use crate::service::AccountKind;
use crate::t;
use crate::ui::{self, frame};

/// The "add an account" screen.
pub fn view<'a, M: 'a>(ctx: &Ctx<'_>) -> Element<'a, M> {
    let lang = ctx.lang;
    let (choice, other) = match ctx.profile.account_kind {
        AccountKind::WorkOrSchool => (t!(lang, "prepare-4-work"), false),
        AccountKind::Other => (t!(lang, "prepare-4-other"), true),
        AccountKind::ScanOnly => return scan_only(ctx),
    };
    // The app's "add account" sheet, with the type to choose ringed.
    let option = |label: String, chosen: bool| -> Element<'a, M> {
        if chosen {
            frame::highlighted(label)
        } else {
            container(text(label).size(ui::TEXT * 0.9))
                .padding([8, 4])
                .into()
        }
    };
    crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-phone")));
    let sheet = column![
        text(t!(lang, "label-add-account"))
            .size(ui::TEXT)
            .font(ui::BOLD),
        option(t!(lang, "label-work-or-school"), !other),
        option(t!(lang, "label-other-account"), other),
    ]
    .spacing(14);
    ui::split(
        ctx.narrow,
        column![
            ui::title(t!(lang, "prepare-title")),
            ui::steps(vec![
                t!(lang, "prepare-1", app = ctx.profile.app.name()),
                t!(lang, "prepare-2"),
                t!(lang, "prepare-3"),
                choice,
                t!(lang, "prepare-5"),
            ]),
        ]
        .spacing(20)
        .width(Length::FillPortion(5)),
        container(frame::phone(ctx.platform, None, sheet)).center_x(Length::FillPortion(4)),
    )
}

/// Apps without account types (privacyIDEA Authenticator): [+] opens the
/// camera straight away.
fn scan_only<'a, M: 'a>(ctx: &Ctx<'_>) -> Element<'a, M> {
    let lang = ctx.lang;
    let app = ctx.profile.app.name();
    ui::split(
        ctx.narrow,
        column![
            ui::title(t!(lang, "prepare-title")),
            ui::steps(vec![
                t!(lang, "prepare-1", app = app),
                t!(lang, "prepare-2"),
                t!(lang, "prepare-3"),
                t!(lang, "prepare-5"),
            ]),
        ]
        .spacing(20)
        .width(Length::FillPortion(5)),
        container(ui::picture::empty_account_list(
            lang,
            ctx.platform,
            ctx.profile.app,
        ))
        .center_x(Length::FillPortion(4)),
    )
}
