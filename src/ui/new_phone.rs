//! A new phone's pictures: Microsoft's sign-in asking for the Temporary
//! Access Pass (a lost phone), My Security info adding "Microsoft
//! Authenticator" for the new phone, and its list of methods with "Delete"
//! beside each, the old phone's ringed.

use iced::widget::{column, container, row, space, text};
use iced::{Border, Element, Length, Theme, color};

use super::microsoft365_page::{body, field, grey, heading, link, logo, ringed};
use super::{BOLD, TEXT};
use crate::i18n::Lang;
use crate::t;

/// Microsoft's sign-in after the account name, for someone with a
/// Temporary Access Pass: "Enter Temporary Access Pass", its field, and
/// "Sign in" ringed.
pub fn temporary_access_pass<'a, M: 'a>(lang: Lang, account: Option<&str>) -> Element<'a, M> {
    crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-tap")));
    let mut page = column![logo()].spacing(14);
    if let Some(account) = account {
        page = page.push(grey(account.to_owned()));
    }
    page.push(heading(t!(lang, "ms-tap-heading")))
        .push(field(t!(lang, "ms-tap-field")))
        .push(row![
            space::horizontal(),
            ringed(t!(lang, "ms-tap-sign-in"))
        ])
        .into()
}

/// My Security info: "+ Add sign-in method", then "Microsoft
/// Authenticator" and "Add".
pub fn add_authenticator<'a, M: 'a>(lang: Lang, account: Option<&str>) -> Element<'a, M> {
    super::passkey::adding(lang, account, t!(lang, "ms-authenticator-method")).into()
}

/// One entry of My Security info's list, from what Graph lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The kind, as the page names it ("Microsoft Authenticator").
    pub label: String,
    /// The phone's name, as Graph gives it ("SM-G973F").
    pub detail: Option<String>,
    /// The old phone's: its "Delete" is ringed.
    pub old: bool,
}

/// My Security info's list, each entry with "Delete" beside it; the old
/// phone's ringed.
pub fn delete_old<'a, M: 'a>(
    lang: Lang,
    account: Option<&str>,
    entries: &[Entry],
) -> Element<'a, M> {
    crate::a11y::note(|| crate::a11y::Part::Image(t!(lang, "a11y-picture-security-info-delete")));
    let rows = entries.iter().map(|entry| {
        let delete = if entry.old {
            ringed(t!(lang, "ms-delete"))
        } else {
            delete_link(lang)
        };
        (entry.clone(), delete)
    });
    security_info(lang, account, rows.collect())
}

/// "Delete" as the page shows it beside an entry: a link.
pub fn delete_link<'a, M: 'a>(lang: Lang) -> Element<'a, M> {
    link(t!(lang, "ms-delete"))
}

/// My Security info: the account, the heading, and the list of methods,
/// each entry with what stands beside it (its "Delete").
pub fn security_info<'a, M: 'a>(
    lang: Lang,
    account: Option<&str>,
    rows: Vec<(Entry, Element<'a, M>)>,
) -> Element<'a, M> {
    let mut page = column![].spacing(10);
    if let Some(account) = account {
        page = page.push(grey(account.to_owned()));
    }
    page = page
        .push(heading(t!(lang, "ms-security-info-heading")))
        .push(body(t!(lang, "ms-security-info-body")));
    let mut list = column![].spacing(0);
    for (entry, delete) in rows {
        let mut what = column![text(entry.label).size(TEXT * 0.75).font(BOLD)].spacing(2);
        if let Some(detail) = entry.detail {
            what = what.push(grey(detail));
        }
        list = list.push(
            container(
                row![container(what).width(Length::Fill), delete]
                    .spacing(10)
                    .align_y(iced::Center),
            )
            .padding([8, 4])
            .width(Length::Fill)
            .style(|_: &Theme| container::Style {
                border: Border {
                    color: color!(0xd2d0ce),
                    width: 1.0,
                    radius: 0.0.into(),
                },
                ..container::Style::default()
            }),
        );
    }
    page.push(list).into()
}
