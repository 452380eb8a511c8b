//! Guide steps 1–2: open the store, install the provider's authenticator
//! app (Microsoft Authenticator in the guide), check it.

use iced::widget::{column, container, qr_code, text};
use iced::{Element, Length};

use super::Ctx;
use crate::guide::Platform;
use crate::service::AuthenticatorApp;
use crate::t;
use crate::ui::{self, style};

/// QR codes for both stores, made once.
pub struct State {
    android: qr_code::Data,
    iphone: qr_code::Data,
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("install_app::State").finish_non_exhaustive()
    }
}

impl State {
    /// The store QR codes for `app`.
    pub fn new(app: AuthenticatorApp) -> Self {
        // The URLs are constants well within QR capacity.
        let qr =
            |p: Platform| qr_code::Data::new(p.store_url(app)).expect("store URL fits a QR code");
        Self {
            android: qr(Platform::Android),
            iphone: qr(Platform::Iphone),
        }
    }
}

impl State {
    /// The install screen.
    pub fn view<'a, M: 'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, M> {
        let lang = ctx.lang;
        let app = ctx.profile.app.name();
        let (sentences, data) = match ctx.platform {
            Platform::Android => (
                vec![
                    t!(lang, "install-android-1"),
                    t!(lang, "install-android-2", app = app),
                    t!(lang, "install-3"),
                ],
                &self.android,
            ),
            Platform::Iphone => (
                vec![
                    t!(lang, "install-iphone-1"),
                    t!(lang, "install-iphone-2", app = app),
                    t!(lang, "install-3"),
                ],
                &self.iphone,
            ),
        };
        let panel = container(
            iced::widget::row![
                container(qr_code(data).cell_size(4).style(ui::style::qr))
                    .padding(12)
                    .style(|_| container::Style::default().background(iced::Color::WHITE)),
                text(t!(lang, "install-qr-caption"))
                    .size(ui::TEXT * 0.9)
                    .width(Length::Fill),
            ]
            .spacing(16)
            .align_y(iced::Center),
        )
        .padding(16)
        .style(style::card);
        ui::split(
            ctx.narrow,
            column![
                ui::title(t!(lang, "install-title", app = app)),
                ui::steps(sentences),
                panel,
            ]
            .spacing(20)
            .width(Length::FillPortion(5)),
            container(ui::picture::store_page(lang, ctx.platform, ctx.profile.app))
                .center_x(Length::FillPortion(4)),
        )
    }
}
