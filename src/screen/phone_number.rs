//! Guide step 11: the fallback phone number: country or region (Netherlands
//! first), the number as people type it, method "text me a code".

use iced::widget::{column, container, pick_list, text, text_input};
use iced::{Element, Length, Task};

use super::{Call, Ctx, Event, Problem};
use crate::i18n::{self, Lang};
use crate::service::phone::{self, COUNTRIES};
use crate::service::{Country, Error, PhoneError, PhoneNumber, Service, SmsSent};
use crate::t;
use crate::ui::{self, FocusId, Kind, Target, Tone, style};

/// The country picker (arrow keys change it when focused).
pub const COUNTRY: FocusId = FocusId("phone-country");
/// The number field.
pub const NUMBER: FocusId = FocusId("phone-number");
const SEND: FocusId = FocusId("phone-send");
const CANCEL: FocusId = FocusId("phone-cancel");

/// The country and number typed so far.
#[derive(Debug)]
pub struct State {
    country: Country,
    number: String,
    call: Call,
}

/// Phone number screen messages.
#[derive(Debug, Clone)]
pub enum Message {
    /// A country was chosen.
    Country(Country),
    /// Arrow keys on the country picker: one up or down the list.
    StepCountry(bool),
    /// The number field changed.
    Number(String),
    /// Validate and send the SMS ("Next").
    Send,
    /// The provider answered.
    Sent(Result<SmsSent, Error>),
    /// Stop waiting.
    Cancel,
}

/// One entry of the country list, labelled in the current language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    country: Country,
    label: String,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// The country's name in `lang`.
pub fn country_name(lang: Lang, country: Country) -> String {
    i18n::dynamic(lang, &format!("country-{}", country.code()))
}

/// The list: Netherlands first, then alphabetical in `lang`, with dialling
/// codes. Built once per language (the translations are compiled in), not on
/// every redraw.
pub fn choices(lang: Lang) -> &'static [Choice] {
    static LISTS: [std::sync::OnceLock<Vec<Choice>>; Lang::ALL.len()] =
        [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LISTS[at].get_or_init(|| build_choices(lang))
}

fn build_choices(lang: Lang) -> Vec<Choice> {
    let label = |c: Country| format!("{} (+{})", country_name(lang, c), c.dialling_code());
    let mut rest: Vec<Choice> = COUNTRIES[1..]
        .iter()
        .map(|c| Choice {
            country: *c,
            label: label(*c),
        })
        .collect();
    rest.sort_by_cached_key(|c| (i18n::sort_key(&c.label), c.label.clone()));
    let mut all = vec![Choice {
        country: COUNTRIES[0],
        label: label(COUNTRIES[0]),
    }];
    all.extend(rest);
    all
}

/// The sentence for a number that cannot be used.
pub fn error_text(error: PhoneError, country: Country, ctx: &Ctx<'_>) -> String {
    let lang = ctx.lang;
    // The problem names the country chosen when it was made; the message is
    // cleared when the picker moves.
    let name = country_name(lang, country);
    match error {
        PhoneError::Empty => t!(lang, "phone-error-empty"),
        PhoneError::NotANumber => t!(lang, "phone-error-not-a-number"),
        PhoneError::Invalid => t!(lang, "phone-error-invalid", country = name.as_str()),
        PhoneError::OtherCountry(code) => t!(
            lang,
            "phone-error-other-country",
            code = code,
            chosen = country.dialling_code(),
            country = name.as_str()
        ),
        PhoneError::Landline => t!(lang, "phone-error-landline"),
    }
}

impl State {
    /// A form starting at `country`.
    pub fn new(country: Country) -> Self {
        Self {
            country,
            number: String::new(),
            call: Call::default(),
        }
    }

    /// The number as it would be used, when valid.
    pub fn parsed(&self) -> Result<PhoneNumber, PhoneError> {
        phone::parse(self.country, &self.number)
    }

    /// Handles a message; a sent SMS moves on to the code screen.
    pub fn update(
        &mut self,
        message: Message,
        service: &Service,
        lang: Lang,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Country(country) => {
                self.country = country;
                self.call.clear();
            }
            Message::StepCountry(down) => {
                let list = choices(lang);
                let at = list
                    .iter()
                    .position(|c| c.country == self.country)
                    .unwrap_or(0);
                let next = if down {
                    (at + 1).min(list.len() - 1)
                } else {
                    at.saturating_sub(1)
                };
                self.country = list[next].country;
                self.call.clear();
            }
            Message::Number(number) => {
                self.number = number;
                self.call.clear();
            }
            Message::Send if self.call.busy() => {}
            Message::Send => match self.parsed() {
                Ok(number) => {
                    return (
                        self.call.start(service.send_sms(number), Message::Sent),
                        None,
                    );
                }
                Err(e) => self.call.refuse(Problem::Phone(e, self.country)),
            },
            Message::Sent(Ok(sent)) => {
                self.call.done();
                return (Task::none(), Some(Event::SmsSent(sent)));
            }
            Message::Sent(Err(e)) => return (Task::none(), self.call.failed(e)),
            Message::Cancel => self.call.cancel(),
        }
        (Task::none(), None)
    }

    /// What Enter does.
    pub fn primary(&self) -> Option<Message> {
        (!self.call.busy()).then_some(Message::Send)
    }

    /// Text typed outside the field: it goes into the number.
    pub fn typed(&self, text: &str) -> Message {
        Message::Number(format!("{}{text}", self.number))
    }

    /// The arrow keys step through the countries while the list has focus.
    pub fn arrow(focus: Option<FocusId>, down: bool) -> Option<Message> {
        (focus == Some(COUNTRY)).then_some(Message::StepCountry(down))
    }

    /// Tab order of the screen's controls.
    pub fn targets(&self) -> Vec<Target<Message>> {
        vec![
            Target::Button(COUNTRY, Message::StepCountry(true)),
            Target::Input(NUMBER),
            if self.call.busy() {
                Target::Button(CANCEL, Message::Cancel)
            } else {
                Target::Button(SEND, Message::Send)
            },
        ]
    }

    /// The phone number screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let lang = ctx.lang;
        let list = choices(lang);
        let selected = list.iter().find(|c| c.country == self.country).cloned();
        let focused_country = ctx.focused(COUNTRY);
        crate::a11y::note(|| crate::a11y::Part::Button {
            name: match &selected {
                Some(choice) => format!("{} {choice}", t!(lang, "phone-country-label")),
                None => t!(lang, "phone-country-label"),
            },
            enabled: true,
            focused: focused_country.focused(),
        });
        let picker = ui::focusable(
            pick_list(list, selected, |c: Choice| Message::Country(c.country))
                .text_size(ui::TEXT)
                .padding(10)
                .width(Length::Fill),
            focused_country,
        );
        crate::a11y::note(|| {
            crate::a11y::field(NUMBER, t!(lang, "phone-number-label"), &self.number)
        });
        let field = text_input(&t!(lang, "phone-number-placeholder"), &self.number)
            .id(NUMBER.widget())
            .on_input(Message::Number)
            .on_submit(Message::Send)
            .size(ui::TEXT)
            .padding(10);
        let label = |s: String| text(s).size(ui::TEXT).font(ui::BOLD);
        let mut form = column![
            label(t!(lang, "phone-country-label")),
            picker,
            label(t!(lang, "phone-number-label")),
            field,
            label(t!(lang, "phone-method-label")),
            // The one method there is, shown chosen like a radio button.
            iced::widget::row![
                ui::frame::shape(14.0, 14.0, ui::style::ACCENT),
                text(t!(lang, "phone-method-sms")).size(ui::TEXT),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(8);
        if let Ok(number) = self.parsed() {
            form = form.push(ui::feedback(
                Tone::Success,
                t!(lang, "phone-will-send", number = number.international()),
            ));
        }
        if let Some(problem) = self.call.problem() {
            form = form.push(problem.view(ctx));
        }
        form = form.push(self.call.action(
            ctx,
            t!(lang, "phone-sending"),
            (CANCEL, Message::Cancel),
            ui::button(
                t!(lang, "phone-send"),
                Some(Message::Send),
                Kind::Primary,
                ctx.focused(SEND),
            ),
        ));
        ui::split(
            ctx.narrow,
            column![
                ui::title(t!(lang, "phone-title")),
                ui::steps(vec![
                    t!(lang, "phone-1"),
                    t!(lang, "phone-2"),
                    t!(lang, "phone-3")
                ]),
            ]
            .spacing(20)
            .width(Length::FillPortion(5)),
            container(form)
                .padding(20)
                .style(style::card)
                .width(Length::FillPortion(4)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netherlands_first_then_alphabetical_in_each_language() {
        for lang in Lang::ALL {
            let list = choices(lang);
            assert_eq!(list[0].country, Country::NETHERLANDS);
            assert!(list[0].label.ends_with("(+31)"));
            let rest: Vec<_> = list[1..].iter().map(|c| i18n::sort_key(&c.label)).collect();
            let mut sorted = rest.clone();
            sorted.sort();
            assert_eq!(rest, sorted);
        }
        assert!(choices(Lang::Nl).iter().any(|c| c.label == "België (+32)"));
        assert!(choices(Lang::En).iter().any(|c| c.label == "Belgium (+32)"));
    }

    #[test]
    fn every_country_has_a_name_in_both_languages() {
        for lang in Lang::ALL {
            for c in COUNTRIES {
                let name = country_name(lang, *c);
                assert!(
                    !name.is_empty() && !name.contains("country-"),
                    "{c:?} {lang:?}"
                );
            }
        }
    }
}
