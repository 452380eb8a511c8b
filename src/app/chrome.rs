//! The window's frame around each screen: the header (appearance, text
//! size, language), the stepper, banners for settings that could not be
//! used, and the footer with Back and the screen's main button.

use iced::widget::{column, container, row, scrollable, space, text};
use iced::{Element, Length};

use super::keys::{APPEARANCE, LANG_FOCUS, NAV_BACK, NAV_NEXT, TEXT_LARGER, TEXT_SMALLER};
use super::{App, BODY, Message};
use crate::appearance::Appearance;
use crate::config::{Key, SettingsError};
use crate::guide;
use crate::i18n::Lang;
use crate::screen;
use crate::t;
use crate::ui::{self, Kind, Tone, style};

impl App {
    /// The window: header, stepper, the screen, and Back / Next.
    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let lang = self.lang;
        // Built in the order it is read (a screen reader's tree is noted
        // as the view is built): the header first, the screen after.
        let mut body = column![self.header(), self.stepper()].spacing(16);
        if let Some(notices) = self.notices() {
            body = body.push(notices);
        }
        if self.closing {
            body = body.push(ui::feedback(Tone::Info, t!(lang, "closing-busy")));
        }
        if let Some(problem) = &self.provider_problem {
            let reason = match problem {
                SettingsError::MissingServer => t!(lang, "provider-missing-server"),
                SettingsError::BadServer(server) => {
                    t!(lang, "provider-bad-server", server = server.as_str())
                }
                SettingsError::MissingRealm => t!(lang, "provider-missing-realm"),
                SettingsError::Refused(e) => screen::error_text(lang, e, 0),
                SettingsError::Microsoft365(p) => p.text(lang),
            };
            let banner = match problem {
                SettingsError::Microsoft365(_) => t!(lang, "m365-unusable", reason = reason),
                _ => t!(lang, "provider-unusable", reason = reason),
            };
            body = body.push(ui::feedback(Tone::Error, banner));
        }
        let content = self.with_room_form(self.steps.view(&ctx).map(Message::Screen));
        let content = container(content).padding([8, 4]);
        let body = if ctx.narrow {
            // Large text: everything but Back/Next scrolls, so the screen
            // itself gets the room.
            column![
                scrollable(body.push(content))
                    .id(BODY)
                    .spacing(6)
                    .height(Length::Fill),
                self.footer()
            ]
            .spacing(12)
        } else {
            body.push(
                // The scrollbar beside the text, never over its last words.
                scrollable(content).id(BODY).spacing(6).height(Length::Fill),
            )
            .push(self.footer())
        };
        ui::shortcut::guard(container(body).padding(if ctx.narrow { 12 } else { 24 }))
    }

    fn header(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let mut header = row![].spacing(16).align_y(iced::Center);
        // The organisation's own logo first, as on its paper guide.
        if let Some(logo) = &self.logo {
            header = header.push(iced::widget::image(logo.clone()).height(ui::TEXT * 2.2));
        }
        header = header.push(
            text(t!(lang, "app-title"))
                .size(ui::TEXT * 1.1)
                .font(ui::BOLD),
        );
        if self.profile.training {
            header = header.push(
                container(
                    text(t!(lang, "training-badge"))
                        .size(ui::TEXT * 0.85)
                        .color(self.palette().training)
                        .font(ui::BOLD),
                )
                .padding([4, 10])
                .style(|theme| style::feedback_box(style::palette(theme).training)),
            );
        }
        // What IT fixed on this PC is said where it shows, and its switch
        // is off.
        let set_by_it = |key: Key| {
            self.config.locked(key).then(|| {
                text(t!(lang, "it-set-by-it"))
                    .size(ui::TEXT * 0.8)
                    .style(style::muted)
            })
        };
        header = header.push(set_by_it(Key::Provider));
        let free = |key: Key| !self.config.locked(key);
        header = header
            .push(space::horizontal())
            .push(ui::button(
                match self.appearance {
                    Appearance::Light => t!(lang, "appearance-light"),
                    Appearance::Dark => t!(lang, "appearance-dark"),
                    Appearance::HighContrast => t!(lang, "appearance-high-contrast"),
                },
                free(Key::Appearance).then_some(Message::Appearance(self.appearance.next())),
                Kind::Secondary,
                self.ringed(APPEARANCE),
            ))
            .push(set_by_it(Key::Appearance))
            .push(text(t!(lang, "text-size", percent = self.text_percent())).size(ui::TEXT * 0.9))
            .push(ui::button(
                t!(lang, "text-smaller"),
                (self.text_scale > 1.0 && free(Key::TextSize)).then_some(Message::TextSize(false)),
                Kind::Secondary,
                self.ringed(TEXT_SMALLER),
            ))
            .push(ui::button(
                t!(lang, "text-larger"),
                (self.text_scale < 2.0 && free(Key::TextSize)).then_some(Message::TextSize(true)),
                Kind::Secondary,
                self.ringed(TEXT_LARGER),
            ))
            .push(set_by_it(Key::TextSize))
            .push(text(t!(lang, "language-label")).size(ui::TEXT * 0.9));
        for (l, id) in Lang::ALL.into_iter().zip(LANG_FOCUS) {
            header = header.push(ui::language_button(
                lang,
                l,
                free(Key::Language).then_some(Message::Language(l)),
                self.ringed(id),
            ));
        }
        header = header.push(set_by_it(Key::Language));
        header.wrap().vertical_spacing(8).into()
    }

    fn stepper(&self) -> Element<'_, Message> {
        let route = self.route();
        let current = route.position(self.screen()).unwrap_or_default();
        let palette = self.palette();
        // Narrow (large text), or a route whose names cannot all fit on
        // one line (14 screens in Dutch): numbers only, except the current
        // step's name.
        let numbers_only = self.ctx().narrow || !self.names_fit(route);
        let items = route.screens().enumerate().map(|(i, s)| {
            let (colour, weight) = if i == current {
                (palette.accent_text, ui::BOLD)
            } else if i < current {
                (palette.success, ui::FONT)
            } else {
                (palette.muted, ui::FONT)
            };
            let name = if numbers_only && i != current {
                (i + 1).to_string()
            } else {
                format!("{} {}", i + 1, s.name(self.lang))
            };
            // Longer names get wider slots, so none has to wrap.
            // The current step is bold, about a quarter wider: its slot
            // too, so its name does not wrap on long routes.
            let chars = name.chars().count() as u16;
            let portion = if i == current {
                chars + chars / 4
            } else {
                chars
            } + 3;
            let label = text(name).size(ui::TEXT * 0.85).font(weight).color(colour);
            let underline = container(space::horizontal().height(3))
                .width(Length::Fill)
                .style(move |_| {
                    container::Style::default().background(if i <= current {
                        colour
                    } else {
                        iced::Color::TRANSPARENT
                    })
                });
            column![label, underline]
                .spacing(4)
                .width(Length::FillPortion(portion))
                .into()
        });
        let (position, total) = (current + 1, route.len());
        let mut label = t!(
            self.lang,
            "stepper-label",
            current = position,
            total = total
        );
        // One count: the paper guide's step only where it helps.
        if let Some(steps) = route.paper_guide_note(self.screen()) {
            label = format!(
                "{label} {}",
                t!(
                    self.lang,
                    "stepper-paper-guide",
                    steps = guide::steps_label(&steps),
                    count = steps.len()
                )
            );
        }
        crate::a11y::note(|| {
            crate::a11y::Part::Text(t!(
                self.lang,
                "a11y-stepper",
                current = position,
                total = total,
                name = self.screen().name(self.lang)
            ))
        });
        column![
            text(label)
                .size(ui::TEXT * 0.85)
                .color(self.palette().muted),
            row(items).spacing(6),
        ]
        .spacing(6)
        .into()
    }

    /// True when every step's number and name fit the stepper's line, at
    /// a generous average glyph width (Fira Sans averages about half an em;
    /// the slots are shared out by length, so a wide name needs slack).
    fn names_fit(&self, route: guide::Route) -> bool {
        const GLYPH: f32 = 0.56 * ui::TEXT * 0.85;
        const GAP: f32 = 6.0;
        let line = self.window.width / self.text_scale - 2.0 * 24.0;
        let needed: f32 = route
            .screens()
            .enumerate()
            .map(|(i, s)| {
                let chars = format!("{} {}", i + 1, s.name(self.lang)).chars().count();
                chars as f32 * GLYPH + GAP
            })
            .sum();
        needed <= line
    }

    fn footer(&self) -> Element<'_, Message> {
        let lang = self.lang;
        let mut footer = row![].spacing(12).align_y(iced::Center);
        if self.route().previous(self.screen()).is_some() {
            footer = footer.push(ui::button(
                t!(lang, "nav-back"),
                Some(Message::Back),
                Kind::Secondary,
                self.ringed(NAV_BACK),
            ));
        }
        if let Some(room) = self.room_bar() {
            footer = footer.push(room);
        }
        footer = footer.push(space::horizontal());
        if let Some((label, press)) = self.steps.forward(lang) {
            footer = footer.push(ui::button(
                label,
                press.map(Message::from),
                Kind::Primary,
                self.ringed(NAV_NEXT),
            ));
        }
        footer.into()
    }
}
