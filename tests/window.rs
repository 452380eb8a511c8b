//! End to end, as a person would: the real binary in a real X window (Xvfb),
//! driven with the keyboard alone (xdotool). The QR is read from a screenshot
//! (zbarimg), the code computed by an independent tool (oathtool), and the
//! number to match and the SMS code are read off the screen (tesseract).
//! Every screen is saved to `target/e2e/<lang>-<provider>/`. The whole walk
//! against a real privacyIDEA is the secrets audit (`tests/privacyidea_secrets.rs`).
//!
//! Needs xvfb, xdotool, imagemagick, zbar-tools, oathtool and tesseract-ocr;
//! `scripts/test` installs them. A missing tool fails the test with its name.

#[path = "common/privacyidea.rs"]
mod pi;
#[path = "common/pi_walk.rs"]
mod pi_walk;
#[path = "common/reading.rs"]
mod reading;
#[path = "common/test_phone.rs"]
mod test_phone;
#[path = "common/x11.rs"]
mod x11;

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use reading::{match_number, oathtool, ocr, secret_of, sms_code, zbar};
use x11::Session;

/// Welcome to finish with the keyboard alone.
fn walk(lang: &str) {
    let mut s = Session::start(lang, &["--provider", "training"]);
    s.wait_step(1);
    s.shot("welcome");
    s.key("Return");

    s.wait_step(2);
    s.shot("install");
    s.key("Return");

    s.wait_step(3);
    s.shot("sign-in");
    // Under Xvfb, xdotool's Shift does not reach winit, so no "@" here.
    // Halfway, larger text and back (Ctrl+= and Ctrl+0): the field keeps
    // its focus and gets neither "=" nor "0".
    s.type_text("jan.");
    s.key("ctrl+equal");
    s.key("ctrl+0");
    s.type_text("jansen");
    s.key("Return");

    s.wait_step(4);
    s.shot("more-info");
    s.key("Return");

    s.wait_step(5);
    s.shot("prepare");
    s.key("Return");

    s.wait_step(6);
    let uri = s.read_screen("scan", zbar);
    assert!(
        // No organisation set: a practice enrollment is "Training".
        uri.starts_with("otpauth://totp/Training:jan.jansen?") && uri.contains("issuer=Training"),
        "{uri}"
    );
    let secret = secret_of(&uri);
    // A code from long ago is refused, and the QR stays.
    s.type_text(&oathtool(&secret, Some("2001-01-01 00:00:00")));
    s.key("Return");
    sleep(Duration::from_secs(2));
    let again = s.read_screen("scan-wrong-code", zbar);
    assert_eq!(again, uri, "the QR changed after a wrong code");
    s.key("ctrl+a");
    s.key("BackSpace");
    // A phone whose clock is 3 minutes behind: the code is refused, and the
    // window says why, how far, and which way.
    s.type_text(&oathtool(&secret, Some("3 minutes ago")));
    s.key("Return");
    let (amount, way) = match lang {
        "nl" => ("3 minuten", "achterloopt"),
        _ => ("3 minutes", "behind"),
    };
    s.read_screen("scan-clock-off", |path| {
        // The left column only: the QR beside it reads as noise.
        let words: Vec<String> = ocr(path, 200)
            .into_iter()
            .filter(|w| w.left < 640)
            .map(|w| w.text)
            .collect();
        let text = words.join(" ");
        (text.contains(amount) && text.contains(way)).then_some(())
    });
    s.key("ctrl+a");
    s.key("BackSpace");
    // The right code, typed the way people read it: "123 456".
    let code = oathtool(&secret, None);
    s.type_text(&format!("{} {}", &code[..3], &code[3..]));
    s.key("Return");
    sleep(Duration::from_secs(2));
    s.shot("scan-verified");
    s.press_until_step("Return", 7);

    s.key("Return");
    // If the number does not read well, do what a person would: cancel and
    // send a new test (a new number).
    let mut number = None;
    for _ in 0..4 {
        number = s.try_read_screen("approve", 4, match_number);
        if number.is_some() {
            break;
        }
        s.key("Tab"); // to Cancel
        s.key("Return");
        sleep(Duration::from_secs(1));
        s.key("Return"); // send a new test
        sleep(Duration::from_secs(2));
    }
    let number = number.expect("the number to match could not be read");
    s.type_text(&number);
    s.shot("approve-picked");
    s.key("Return");
    sleep(Duration::from_secs(2));
    s.shot("approved");
    s.press_until_step("Return", 8);

    s.shot("phone");
    s.type_text("06-12345678");
    s.key("Return");

    s.wait_step(9);
    let code = s.read_screen("sms", sms_code);
    s.type_text(&code);
    s.key("Return");
    sleep(Duration::from_secs(2));
    s.shot("sms-verified");
    s.press_until_step("Return", 10);

    s.shot("finish");
}

/// Closing the window midway (as a window manager's close button does)
/// removes the token the server created for the scan step.
#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
fn quitting_midway_leaves_no_token_on_privacyidea() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = pi::Server::start();
    let args = pi_walk::args(&server);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut s = Session::start("en", &args);
    pi_walk::to_sign_in(&s);
    pi_walk::sign_in(&mut s, pi::JAN);
    pi_walk::read_totp_qr(&mut s);
    let status = Command::new(pi::python())
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/privacyidea/close_window.py"))
        .arg(&s.window)
        .env("DISPLAY", &s.display)
        .status()
        .expect("close_window.py");
    assert!(status.success());
    assert!(s.wait_exit(Duration::from_secs(20)), "the app did not quit");
    assert_eq!(
        rt.block_on(server.token_types(pi::JAN)),
        Vec::<String>::new()
    );
    // Nothing under way: the crash journal is gone too.
    let journal = s.launch.home.join("data/mfa-assistant/unfinished");
    let left: Vec<_> = std::fs::read_dir(&journal).map_or(Vec::new(), |d| d.collect());
    assert!(left.is_empty(), "{left:?}");
}

#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
fn dutch_keyboard_walk_in_a_real_window() {
    walk("nl");
}

#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
fn english_keyboard_walk_in_a_real_window() {
    walk("en");
}
