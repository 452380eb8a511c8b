//! The window on a screen too small for it: at 150 % on a 1920×1080
//! laptop (1280×720 logical pixels) the default 1180×800 window is taller
//! than the screen, and its footer, with the button that goes on, would be
//! off the screen. There it is made to fit, and centred.

use iced::{Point, Size, Task, window};

use super::Message;

/// Room left for the taskbar or panel, in logical pixels.
const TASKBAR: f32 = 48.0;
/// Room left on either side for the window's frame.
const SIDE: f32 = 16.0;

/// The size a `window` of this size should have on a `monitor` (both in
/// the window's logical pixels): `None` where it fits as it is.
pub(super) fn fitted(window: Size, monitor: Size) -> Option<Size> {
    let room = Size::new(
        (monitor.width - 2.0 * SIDE).max(monitor.width / 2.0),
        (monitor.height - TASKBAR).max(monitor.height / 2.0),
    );
    (window.width > room.width || window.height > room.height)
        .then(|| Size::new(window.width.min(room.width), window.height.min(room.height)))
}

/// Resizes the app's window to fit its screen, where it does not, and
/// centres it there. `scale` is the app's own zoom (text size), which
/// winit's positions do not include.
pub(super) fn fit_to_screen(scale: f32) -> Task<Message> {
    window::oldest().then(move |id| {
        let Some(id) = id else { return Task::none() };
        window::size(id).then(move |size| {
            window::monitor_size(id).then(move |monitor| {
                let Some((monitor, fit)) = monitor.and_then(|m| Some((m, fitted(size, m)?))) else {
                    return Task::none();
                };
                tracing::info!(?size, ?monitor, ?fit, "the window made to fit the screen");
                let at = Point::new(
                    (monitor.width - fit.width).max(0.0) / 2.0 * scale,
                    (monitor.height - TASKBAR - fit.height).max(0.0) / 2.0 * scale,
                );
                Task::batch([window::resize(id, fit), window::move_to(id, at)])
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_window_too_big_for_its_screen_is_made_to_fit() {
        let window = Size::new(1180.0, 800.0);
        // This project's Xvfb screens and a 1080p screen at 100 %.
        assert_eq!(fitted(window, Size::new(1280.0, 860.0)), None);
        assert_eq!(fitted(window, Size::new(1920.0, 1080.0)), None);
        // 1920×1080 at 150 %: as wide as it was, as tall as the screen
        // leaves beside the taskbar.
        assert_eq!(
            fitted(window, Size::new(1280.0, 720.0)),
            Some(Size::new(1180.0, 672.0))
        );
        // 1280×900 at 150 % (the Wine test): narrower and lower.
        let small = fitted(window, Size::new(853.3, 600.0)).unwrap();
        assert!(small.width <= 821.3 && small.height <= 552.0, "{small:?}");
    }
}
