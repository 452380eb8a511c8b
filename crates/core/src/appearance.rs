//! How the window looks: a setting like any other, so the config knows it
//! without knowing the UI; `ui::style` gives each one its colours.

/// Light, dark or high contrast: a person's choice, kept while they go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Appearance {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on dark grey.
    Dark,
    /// White and yellow on black.
    HighContrast,
}

impl Appearance {
    /// Every appearance, in the order the switch goes through them.
    pub const ALL: [Appearance; 3] = [
        Appearance::Light,
        Appearance::Dark,
        Appearance::HighContrast,
    ];

    /// The next one, for the switch in the header.
    pub fn next(self) -> Appearance {
        let i = Self::ALL.iter().position(|a| *a == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }
}
