//! The end of the guide: what was set up, what happens at the next sign-in,
//! the organisation's security page, and a restart for the next trainee.

use iced::widget::column;
use iced::{Element, Length, Task};

use super::{Ctx, Event};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone};

const HELP: FocusId = FocusId("finish-help");
const RESTART: FocusId = FocusId("finish-restart");

/// Whether the organisation named a help page, and whether opening it
/// failed.
#[derive(Debug, Default)]
pub struct State {
    help: bool,
    link_failed: bool,
}

/// How the test sign-in was done, which is how the next real one goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Test {
    /// Approved on the phone.
    Approval,
    /// A code from the app.
    Code,
}

/// What training practised beside the guide's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Practised {
    /// The practice passkey was listed.
    pub passkey: bool,
    /// A new phone: listed, and the old phone's entry deleted.
    pub new_phone: bool,
}

/// Finish screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// Open the help page in the browser.
    OpenHelp,
    /// The browser was started, or not.
    Opened(bool),
    /// Start again for the next person.
    Restart,
}

impl State {
    /// The finish, with the organisation's help page if the config names
    /// one (no default page: it would be somebody else's).
    pub fn new(help: bool) -> Self {
        Self {
            help,
            link_failed: false,
        }
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        help_url: Option<&str>,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::OpenHelp => {
                let Some(url) = help_url.map(str::to_owned) else {
                    return (Task::none(), None);
                };
                (
                    Task::perform(
                        async move { open::that_detached(url).is_ok() },
                        Message::Opened,
                    ),
                    None,
                )
            }
            Message::Opened(ok) => {
                self.link_failed = !ok;
                (Task::none(), None)
            }
            Message::Restart => (Task::none(), Some(Event::Restart)),
        }
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        Some(if self.help {
            Message::OpenHelp
        } else {
            Message::Restart
        })
    }

    /// Tab order of the screen's controls.
    pub fn targets(&self) -> Vec<Target<Message>> {
        let help = self.help.then_some(Target::Button(HELP, Message::OpenHelp));
        help.into_iter()
            .chain([Target::Button(RESTART, Message::Restart)])
            .collect()
    }

    /// The finish screen.
    pub fn view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        account: Option<(&str, &str)>,
        number: Option<&str>,
        test: Option<Test>,
        practised: Practised,
    ) -> Element<'a, Message> {
        let lang = ctx.lang;
        let mut done = column![ui::instruction(t!(lang, "finish-summary"))].spacing(8);
        if let Some((_, account)) = account {
            done = done.push(ui::feedback(
                Tone::Success,
                t!(
                    lang,
                    "finish-summary-app",
                    account = account,
                    app = ctx.profile.app.name()
                ),
            ));
        }
        if let Some(number) = number {
            done = done.push(ui::feedback(
                Tone::Success,
                t!(lang, "finish-summary-phone", number = number),
            ));
        }
        if practised.passkey {
            let passkey = t!(lang, "finish-summary-practice-passkey");
            done = done.push(ui::feedback(Tone::Success, passkey));
        }
        if practised.new_phone {
            let old_phone = t!(lang, "finish-summary-practice-new-phone");
            done = done.push(ui::feedback(Tone::Success, old_phone));
        }
        let mut content = column![
            ui::title(t!(lang, "finish-title")),
            done,
            // What the next sign-in asks for is what the test was.
            match test {
                Some(Test::Code) => ui::instruction(t!(lang, "finish-next-time-code")),
                Some(Test::Approval) => ui::instruction(t!(lang, "finish-next-time")),
                None => column![].into(),
            },
            see_also(ctx),
            last_buttons(
                lang,
                self.help.then(|| (Message::OpenHelp, ctx.focused(HELP))),
                (Message::Restart, ctx.focused(RESTART)),
            ),
        ]
        .spacing(20)
        .max_width(760)
        .width(Length::Fill);
        if self.link_failed {
            content = content.push(link_failed(ctx));
        }
        if ctx.profile.training {
            content = content.push(ui::feedback(Tone::Info, t!(lang, "finish-training-note")));
        }
        match account {
            // The app as it is now: the account and, in training, its code.
            Some((issuer, account)) => ui::split(
                ctx.narrow,
                content.width(Length::FillPortion(5)),
                iced::widget::container(ui::picture::account_list(
                    lang,
                    ctx.platform,
                    ctx.profile.app,
                    issuer,
                    account,
                    ctx.live_code,
                ))
                .center_x(Length::FillPortion(4)),
            ),
            None => content.into(),
        }
    }
}

/// The browser could not open the help page: its address to type, on
/// either finish.
pub fn link_failed<'a, M: 'a>(ctx: &Ctx<'_>) -> Element<'a, M> {
    ui::feedback(
        Tone::Error,
        t!(
            ctx.lang,
            "finish-link-failed",
            url = ctx.config.help_url.as_deref().unwrap_or_default()
        ),
    )
}

/// "See also: the security page of …", on either finish; nothing when the
/// organisation named no page.
pub fn see_also<'a, M: 'a>(ctx: &Ctx<'_>) -> Element<'a, M> {
    let lang = ctx.lang;
    if ctx.config.help_url.is_none() {
        return column![].into();
    }
    ui::lead_in(
        t!(lang, "finish-see-also"),
        t!(
            lang,
            "finish-read-more",
            organisation = ctx.organisation_name()
        ),
    )
}

/// The last buttons of either finish (this route's and Microsoft 365's):
/// the organisation's security page (if it named one), and starting again
/// for the next person; each with its message and whether it has the
/// focus. Without a help page, starting again is the default button.
pub fn last_buttons<'a, M: Clone + 'a>(
    lang: crate::i18n::Lang,
    help: Option<(M, ui::Ring)>,
    restart: (M, ui::Ring),
) -> iced::widget::Row<'a, M> {
    let restart_kind = if help.is_some() {
        Kind::Secondary
    } else {
        Kind::Primary
    };
    let mut row = iced::widget::row![].spacing(12);
    if let Some((message, focused)) = help {
        row = row.push(ui::button(
            t!(lang, "finish-open-help"),
            Some(message),
            Kind::Primary,
            focused,
        ));
    }
    row.push(ui::button(
        t!(lang, "finish-restart"),
        Some(restart.0),
        restart_kind,
        restart.1,
    ))
}
