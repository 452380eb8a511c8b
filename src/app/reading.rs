//! What the app shows of itself: the window's title, scale and theme for
//! iced, and the state tests and the trainer's link read.

use crate::ui::style::Looks;
use iced::Theme;

use super::App;
use crate::appearance::Appearance;
use crate::guide::{Route, Screen};
use crate::i18n::Lang;
use crate::screen::{self, approve, scan_qr, verify_sms};
use crate::service::Service;
use crate::t;
use crate::ui::FocusId;

impl App {
    /// The route as it is today (the phone screens leave it where text
    /// messages are off or Microsoft no longer sends them), or a new
    /// phone's (the welcome's errand).
    pub fn route(&self) -> Route {
        self.steps.route()
    }

    /// The window title names the step, so the taskbar (and a screen
    /// reader) says where the person is.
    pub fn title(&self) -> String {
        let screen = self.screen();
        let current = self.route().position(screen).unwrap_or_default() + 1;
        t!(
            self.lang,
            "window-title",
            step = screen.name(self.lang),
            current = current,
            total = self.route().len()
        )
    }

    /// The text size setting as a scale for the whole window, so the layout
    /// reflows around larger text rather than clipping it.
    pub fn scale_factor(&self) -> f32 {
        self.text_scale
    }

    /// The text size in percent.
    pub fn text_percent(&self) -> u32 {
        (self.text_scale * 100.0).round() as u32
    }

    /// The theme, with the organisation's accent colour if it has one.
    pub fn theme(&self) -> Theme {
        self.appearance.theme_with(self.config.accent())
    }

    /// The window's own style for iced: its background and text colour.
    ///
    /// iced_tiny_skia 0.14 repaints only the damaged parts of the window.
    /// A text's damage is its laid-out box, fractional and without the
    /// 1-px margin quads and images get (`Layer::damage`), and clearing is
    /// not anti-aliased: the ink of a glyph's edge in the pixel just
    /// outside the old box is neither cleared nor drawn again, and stays
    /// (a 1×5 px grey mark after a heading, seen under Xvfb; iced PR #3032
    /// is about the same compositor). A new background colour makes the
    /// compositor repaint the whole window, so screens alternate between
    /// the background and one step of blue beside it: nobody sees the
    /// step, and each new screen is painted afresh.
    pub fn window_style(&self, theme: &Theme) -> iced::theme::Style {
        let palette = theme.palette();
        let mut background = palette.background;
        if self.steps.entered() % 2 == 1 {
            let step = 1.0 / 255.0;
            background.b = if background.b >= step {
                background.b - step
            } else {
                background.b + step
            };
        }
        iced::theme::Style {
            background_color: background,
            text_color: palette.text,
        }
    }

    /// The colours in force.
    pub(super) fn palette(&self) -> crate::ui::style::Palette {
        crate::ui::style::palette_of(self.appearance, self.config.accent())
    }

    /// The current appearance.
    pub fn appearance(&self) -> Appearance {
        self.appearance
    }

    /// The service the app enrolls with (tests build another app on it).
    pub fn service(&self) -> Service {
        self.service.clone()
    }

    /// The current screen.
    pub fn screen(&self) -> Screen {
        self.steps.current()
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The control with keyboard focus.
    pub fn focus(&self) -> Option<FocusId> {
        self.focus
    }

    /// The scan screen's state (tests read the QR's URI from it).
    pub fn scan(&self) -> &scan_qr::State {
        self.steps.scan()
    }

    /// The approval screen's state (tests read the number from it).
    pub fn approval(&self) -> &approve::State {
        self.steps.approval()
    }

    /// The SMS screen's state (tests read the practice phone from it).
    pub fn sms(&self) -> &verify_sms::State {
        self.steps.sms()
    }

    /// Training's practice passkey (tests read what the provider lists).
    pub fn practice_passkey(&self) -> &screen::practice_passkey::State {
        self.steps.passkey()
    }

    /// Training's practice new phone (tests read what the provider lists).
    pub fn old_phone(&self) -> &screen::practice_new_phone::State {
        self.steps.old_phone()
    }

    /// Microsoft 365's sign-in and readings (tests read the ticks).
    pub fn microsoft365(&self) -> &screen::microsoft365::State {
        self.steps.microsoft365()
    }
}
