//! A new phone on the Microsoft 365 route end to end, as a person would:
//! the real binary in a real X window (Xvfb), keyboard only, against the
//! harness (the real OAuth server, the Graph fixture), read with tesseract.
//! Screens are saved to `target/e2e/nl-microsoft365-new-phone/`.

#[path = "common/microsoft365.rs"]
mod m365;
#[path = "common/m365_window.rs"]
mod m365_window;
#[path = "common/reading.rs"]
mod reading;
#[path = "common/x11.rs"]
mod x11;

use std::thread::sleep;
use std::time::Duration;

use m365::{Harness, JAN, PHONE_MODEL, authenticator, password, phone};
use m365_window::{start_with, words};

/// The old phone's Microsoft Authenticator in Graph.
const APP_ID: &str = "6c0f4a1e-4c7d-4a8e-9b5f-1d2e3f4a5b6c";

/// A new phone, in Dutch, keyboard only, in a real window: Tab to "Ik heb
/// een nieuwe telefoon" on the welcome screen and Enter (the route becomes
/// six screens); signed in, what Microsoft lists is the old phone's; My
/// Security info is opened, and Tab reaches its button and Enter opens it
/// again; the new phone of the same model is ticked only once Graph lists
/// its new id; the old one is ticked off as deleted once its id is gone;
/// the finish says the new phone is set up.
#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
fn dutch_new_phone_walk_in_a_real_window() {
    const NEW_APP_ID: &str = "0b5e1f9a-8d3c-4f27-a6b1-7e2c9d4f3a10";
    let rt = tokio::runtime::Runtime::new().unwrap();
    let harness = Harness::start();
    let number = phone("+31 612345678", "mobile");
    let new = authenticator(NEW_APP_ID, PHONE_MODEL);
    rt.block_on(harness.set_methods(
        JAN,
        vec![
            password(),
            authenticator(APP_ID, PHONE_MODEL),
            number.clone(),
        ],
    ));
    // The guide's route (twelve screens) until the welcome's choice.
    let (mut s, _dir) = start_with(
        &harness,
        "nl",
        "nl-microsoft365-new-phone",
        "text_messages = \"own-provider\"\n",
        12,
    );
    s.wait_step(1);
    // The window takes keys once it is drawn: a picture of it first.
    s.shot("welcome");
    sleep(Duration::from_secs(1));
    // Android, iPhone, "Tweestapsverificatie instellen", "Ik heb een
    // nieuwe telefoon".
    for _ in 0..4 {
        s.key("Tab");
    }
    s.key("Return");
    s.launch.total = 6;
    s.wait_step(1);
    s.read_screen("welcome-new-phone", |p| {
        words(p).contains("voeg je eerst toe").then_some(())
    });
    // On past "Mijn oude telefoon is kwijt" to the footer's Next.
    s.key("Tab");
    s.key("Tab");
    s.key("Return");
    s.wait_step(2);
    s.key("Return");
    s.wait_step(3);
    s.key("Return");
    s.read_screen("signed-in", |p| {
        let text = words(p);
        (text.contains("G973F") && text.contains("oude telefoon")).then_some(())
    });
    s.press_until_step("Return", 4);
    let mut opened = Vec::new();
    for _ in 0..50 {
        opened = rt.block_on(harness.opened_elsewhere());
        if !opened.is_empty() {
            break;
        }
        sleep(Duration::from_millis(200));
    }
    assert_eq!(opened, ["https://aka.ms/mysecurityinfo"]);
    let waiting = s.read_screen("new-phone-add", |p| {
        let text = words(p);
        text.contains("nog niet bij").then_some(text)
    });
    assert!(waiting.contains("staat er nog"), "the old one: {waiting}");
    // Tab reaches "Mijn beveiligingsgegevens openen"; Enter opens it.
    s.key("Tab");
    s.key("Return");
    for _ in 0..50 {
        opened = rt.block_on(harness.opened_elsewhere());
        if opened.len() == 2 {
            break;
        }
        sleep(Duration::from_millis(200));
    }
    assert_eq!(opened.len(), 2, "{opened:?}");

    rt.block_on(harness.add_method(JAN, new.clone()));
    s.read_screen("new-phone-ticked", |p| {
        let text = words(p);
        (text.contains("Nieuwe telefoon: Microsoft Authenticator")
            && !text.contains("nog niet bij"))
        .then_some(())
    });
    // From the page's button past Back to the footer's Next.
    s.key("Tab");
    s.key("Tab");
    s.key("Return");
    s.wait_step(5);
    s.read_screen("old-phone", |p| {
        let text = words(p);
        // The steps to delete it, no longer the warning to wait.
        (text.contains("Verwijderen") && text.contains("Zoek op")).then_some(())
    });
    rt.block_on(harness.set_methods(JAN, vec![password(), new, number]));
    s.read_screen("old-phone-deleted", |p| {
        words(p).contains("verwijderd").then_some(())
    });
    s.press_until_step("Return", 6);
    s.read_screen("finish", |p| {
        words(p)
            .contains("nieuwe telefoon is ingesteld")
            .then_some(())
    });
}
