//! Guide step 3: sign in. In training only a name or e-mail address, which
//! becomes the account label in the authenticator app; with a real server
//! the person's own username and password.

use iced::widget::{column, container, text, text_input};
use iced::{Element, Length, Task};

use zeroize::Zeroizing;

use super::{Call, Ctx, Event, Problem};
use crate::service::{Account, Error, Service, SignIn, SignInKind};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone, frame};

/// The label field.
pub const LABEL: FocusId = FocusId("sign-in-label");
/// The password field (real servers only).
pub const PASSWORD: FocusId = FocusId("sign-in-password");
const SUBMIT: FocusId = FocusId("sign-in-submit");
const CANCEL: FocusId = FocusId("sign-in-cancel");

/// What was typed and what came of it.
#[derive(Debug, Default)]
pub struct State {
    label: String,
    /// Zeroised when replaced or dropped; cleared after each sign-in.
    password: Zeroizing<String>,
    /// The name the current account was signed in with.
    signed_in_as: Option<String>,
    /// The name of the sign-in under way; it counts once the provider
    /// says yes.
    trying: Option<String>,
    call: Call,
    account: Option<Account>,
}

/// Sign-in screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// The label (or username) field changed.
    Label(String),
    /// The password field changed (wiped when dropped).
    Password(Zeroizing<String>),
    /// Sign in (Enter or the button).
    Submit,
    /// The provider answered.
    SignedIn(Result<Account, Error>),
    /// Stop waiting for the provider.
    Cancel,
}

impl State {
    /// The signed-in account, once there is one.
    pub fn account(&self) -> Option<&Account> {
        self.account.as_ref()
    }

    /// Signed in, and the sign-in still holds (Next may go on).
    pub fn signed_in(&self) -> bool {
        self.account.is_some() && self.signed_in_as.is_some()
    }

    /// Where typing starts: the password when the username is already there.
    pub fn first_input(&self, kind: SignInKind) -> FocusId {
        match kind {
            SignInKind::UsernamePassword if !self.label.trim().is_empty() => PASSWORD,
            _ => LABEL,
        }
    }

    /// Text typed outside the fields: it goes to the field the keyboard was
    /// last on (`focus`), else where typing starts; with that field's id.
    pub fn typed(
        &self,
        text: &str,
        kind: SignInKind,
        focus: Option<FocusId>,
    ) -> Option<(Message, FocusId)> {
        if self.call.busy() {
            return None;
        }
        let field = match focus {
            Some(PASSWORD) if kind == SignInKind::UsernamePassword => PASSWORD,
            Some(LABEL) => LABEL,
            _ => self.first_input(kind),
        };
        Some(if field == PASSWORD {
            let mut password = Zeroizing::new(String::with_capacity(self.password.len() + 16));
            password.push_str(&self.password);
            password.push_str(text);
            (Message::Password(password), PASSWORD)
        } else {
            (Message::Label(format!("{}{text}", self.label)), LABEL)
        })
    }

    /// The sign-in ran out at the server: say so, and make the next Submit
    /// sign in for real (same account, so what was under way carries on).
    pub fn expired(&mut self) {
        self.signed_in_as = None;
        self.call = Call::default();
        self.call.refuse(Problem::service(Error::SessionExpired));
    }

    /// Handles a message; signing in again with the same name just continues.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Label(label) => {
                self.label = label;
                self.call.clear();
                (Task::none(), None)
            }
            Message::Password(password) => {
                self.password = password;
                self.call.clear();
                (Task::none(), None)
            }
            Message::Submit if self.call.busy() => (Task::none(), None),
            Message::Submit => {
                let name = self.label.trim().to_owned();
                if self.account.is_some() && self.signed_in_as.as_deref() == Some(name.as_str()) {
                    return (Task::none(), Some(Event::Continue));
                }
                let request = match service.profile().sign_in {
                    SignInKind::Label if name.is_empty() => {
                        self.call.refuse(Problem::NameEmpty);
                        return (Task::none(), None);
                    }
                    SignInKind::Label => SignIn::Label(self.label.clone()),
                    // Microsoft's sign-in is its own screen (screen::microsoft365).
                    SignInKind::Microsoft => {
                        self.call.refuse(Problem::service(Error::OutOfOrder));
                        return (Task::none(), None);
                    }
                    SignInKind::UsernamePassword => {
                        if name.is_empty() || self.password.is_empty() {
                            self.call.refuse(Problem::SignInIncomplete);
                            return (Task::none(), None);
                        }
                        SignIn::UsernamePassword {
                            username: name.clone(),
                            password: std::mem::take(&mut *self.password).into(),
                        }
                    }
                };
                self.trying = Some(name);
                (
                    self.call.start(service.sign_in(request), Message::SignedIn),
                    None,
                )
            }
            // An answer that arrives after Cancel counts for nothing.
            Message::SignedIn(_) if !self.call.busy() => (Task::none(), None),
            Message::SignedIn(result) => {
                match result {
                    Ok(account) => {
                        self.call.done();
                        self.signed_in_as = self.trying.take();
                        // A new account is a new session: what belonged to
                        // the old one is gone on the provider's side too.
                        let changed = self.account.as_ref() != Some(&account);
                        self.account = Some(account);
                        let event = if changed {
                            Event::AccountChanged
                        } else {
                            Event::Continue
                        };
                        (Task::none(), Some(event))
                    }
                    Err(e) => {
                        self.trying = None;
                        (Task::none(), self.call.failed(e))
                    }
                }
            }
            Message::Cancel => {
                self.call.cancel();
                (Task::none(), None)
            }
        }
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        (!self.call.busy()).then_some(Message::Submit)
    }

    /// Tab order of the screen's controls.
    pub fn targets(&self, kind: SignInKind) -> Vec<Target<Message>> {
        let mut t = vec![Target::Input(LABEL)];
        if kind == SignInKind::UsernamePassword {
            t.push(Target::Input(PASSWORD));
        }
        if self.call.busy() {
            t.push(Target::Button(CANCEL, Message::Cancel));
        } else {
            t.push(Target::Button(SUBMIT, Message::Submit));
        }
        t
    }

    /// The sign-in screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let real = ctx.profile.sign_in == SignInKind::UsernamePassword;
        let (label, placeholder) = if real {
            (
                t!(lang, "sign-in-username"),
                t!(lang, "sign-in-username-placeholder"),
            )
        } else {
            (t!(lang, "sign-in-label"), t!(lang, "sign-in-placeholder"))
        };
        crate::a11y::note(|| crate::a11y::field(LABEL, label.clone(), &self.label));
        let field = text_input(&placeholder, &self.label)
            .id(LABEL.widget())
            .on_input_maybe((!self.call.busy()).then_some(Message::Label))
            .on_submit(Message::Submit)
            .size(ui::TEXT)
            .padding(10);
        let mut form = column![text(label).size(ui::TEXT).font(ui::BOLD), field].spacing(8);
        if real {
            crate::a11y::note(|| {
                crate::a11y::Part::Field(crate::a11y::Field {
                    id: PASSWORD,
                    label: t!(lang, "sign-in-password"),
                    value: String::new(),
                    secret: true,
                })
            });
            form = form.push(
                text(t!(lang, "sign-in-password"))
                    .size(ui::TEXT)
                    .font(ui::BOLD),
            );
            form = form.push(
                text_input("", &self.password)
                    .id(PASSWORD.widget())
                    .secure(true)
                    .on_input_maybe(
                        (!self.call.busy()).then_some(|p| Message::Password(Zeroizing::new(p))),
                    )
                    .on_submit(Message::Submit)
                    .size(ui::TEXT)
                    .padding(10),
            );
        }
        form = form.push(self.call.action(
            ctx,
            t!(lang, "sign-in-busy"),
            (CANCEL, Message::Cancel),
            ui::button(
                t!(lang, "sign-in-submit"),
                Some(Message::Submit),
                Kind::Primary,
                ctx.focused(SUBMIT),
            ),
        ));
        if let Some(problem) = self.call.problem() {
            form = form.push(problem.view(ctx));
        } else if let Some(account) = &self.account {
            form = form.push(ui::feedback(
                Tone::Success,
                t!(lang, "sign-in-done", account = account.label.as_str()),
            ));
        }
        let mut left = column![ui::title(t!(lang, "sign-in-title"))].spacing(20);
        if real {
            left = left.push(ui::instruction(t!(
                lang,
                "sign-in-server-note",
                organisation = ctx.organisation_name()
            )));
            // Where this goes is IT's choice on this PC.
            if ctx.config.locked(crate::config::Key::PrivacyideaServer) {
                left = left.push(
                    text(t!(
                        lang,
                        "it-set-by-it-address",
                        address = ctx.enrollment_page()
                    ))
                    .size(ui::TEXT * 0.85)
                    .style(ui::style::muted),
                );
            }
        } else {
            left = left.push(ui::instruction(t!(lang, "sign-in-work-note")));
        }
        if ctx.profile.training {
            left = left.push(ui::instruction(t!(lang, "sign-in-training-note")));
        }
        left = left.push(form);
        // Where this sign-in really goes: the guide's page, or the server.
        let address = ctx.enrollment_page();
        let page = column![
            ctx.organisation(ui::TEXT * 0.9),
            text(t!(lang, "sign-in-title"))
                .size(ui::TEXT * 1.4)
                .font(ui::BOLD),
            text(if self.label.is_empty() {
                t!(lang, "sign-in-placeholder")
            } else {
                self.label.clone()
            })
            .size(ui::TEXT * 0.9),
            container(frame::highlighted(t!(lang, "sign-in-submit"))).align_right(Length::Fill),
        ]
        .spacing(14);
        ui::split(
            ctx.narrow,
            left.width(Length::FillPortion(5)),
            container(frame::browser(address, page)).width(Length::FillPortion(4)),
        )
    }
}
