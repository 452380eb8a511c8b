//! End to end, as a person would: the real binary in a real X window (Xvfb),
//! driven with the keyboard alone (xdotool). The QR is read from a screenshot
//! (zbarimg), the code computed by an independent tool (oathtool), and the
//! number to match and the SMS code are read off the screen (tesseract).
//! Every screen is saved to `target/e2e/<lang>/`. The X server and its
//! tools are in `tests/common/x11.rs`.

#[path = "common/privacyidea.rs"]
mod pi;
#[path = "common/test_phone.rs"]
mod test_phone;
#[path = "common/x11.rs"]
mod x11;

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use x11::{Session, digits, ocr, zbar};

/// The current code for a base32 secret, by oathtool; `at` for another time.
fn oathtool(secret: &str, at: Option<&str>) -> String {
    let mut cmd = Command::new("oathtool");
    cmd.args(["--totp", "-b", secret]);
    if let Some(at) = at {
        cmd.args(["-N", at]);
    }
    let out = cmd.output().expect("run oathtool");
    assert!(out.status.success(), "oathtool refused the secret");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The number to match: the largest two-digit number on the screen, read
/// the same at two sizes.
fn match_number(path: &Path) -> Option<String> {
    let read = |percent| {
        ocr(path, percent)
            .into_iter()
            .filter(|w| w.text.len() == 2 && digits(&w.text).len() == 2)
            .max_by_key(|w| w.height)
            .filter(|w| w.height > 30)
            .map(|w| w.text)
    };
    let number = read(100)?;
    (read(75)? == number).then_some(number)
}

/// The six-digit code in the SMS on the practice phone (right of the page).
fn sms_code(path: &Path) -> Option<String> {
    ocr(path, 200)
        .into_iter()
        .filter(|w| w.left > 640)
        .map(|w| digits(&w.text))
        .find(|d| d.len() == 6)
}

fn secret_of(uri: &str) -> String {
    let query = uri.split_once('?').expect("otpauth query").1;
    query
        .split('&')
        .find_map(|p| p.strip_prefix("secret="))
        .expect("secret in the URI")
        .to_owned()
}

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
        uri.starts_with("otpauth://totp/RPO:jan.jansen?") && uri.contains("issuer=RPO"),
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

/// Against a real privacyIDEA: sign in, TOTP, push approved on the test
/// phone, SMS through the server's gateway; then privacyIDEA lists exactly
/// those three tokens, all active.
#[test]
fn privacyidea_walk_in_a_real_window() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = pi::Server::start();
    let mut s = Session::start(
        "nl",
        &[
            "--provider",
            "privacyidea",
            "--server",
            &server.url,
            "--realm",
            pi::REALM,
        ],
    );
    s.wait_step(1);
    s.key("Return");
    s.wait_step(2);
    s.key("Return");

    s.wait_step(3);
    s.shot("sign-in");
    s.type_text(pi::JAN.0);
    s.key("Tab");
    s.type_text(pi::JAN.1);
    s.shot("sign-in-typed");
    s.key("Return");
    s.wait_step(4);
    s.key("Return");
    s.wait_step(5);
    s.shot("prepare");
    s.key("Return");

    s.wait_step(6);
    let uri = s.read_screen("scan", zbar);
    assert!(
        uri.starts_with("otpauth://totp/")
            && uri.contains("jan%40staff")
            && uri.contains("issuer=RPO"),
        "{uri}"
    );
    let code = oathtool(&secret_of(&uri), None);
    s.type_text(&code);
    s.key("Return");
    sleep(Duration::from_secs(2));
    s.shot("scan-verified");
    s.press_until_step("Return", 7);

    let push = s.read_screen("approve-push-qr", zbar);
    assert!(push.starts_with("otpauth://pipush/"), "{push}");
    let phone = rt.block_on(test_phone::TestPhone::register(&push));
    // The screen notices the registration by itself; then Enter sends a test.
    sleep(Duration::from_secs(3));
    s.shot("approve-registered");
    s.key("Return");
    let challenge = rt.block_on(phone.wait_for_challenge());
    let number = s.read_screen("approve", |path| {
        match_number(path).filter(|n| challenge.options.contains(n))
    });
    rt.block_on(phone.answer(&challenge, Some(&number), false));
    sleep(Duration::from_secs(3));
    s.shot("approved");
    s.press_until_step("Return", 8);

    s.type_text("06-12345678");
    s.key("Return");
    s.wait_step(9);
    let texts = rt.block_on(server.sms_to("+31612345678"));
    let code: String = texts
        .last()
        .expect("an SMS")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    s.type_text(&code);
    s.key("Return");
    sleep(Duration::from_secs(2));
    s.shot("sms-verified");
    s.press_until_step("Return", 10);
    s.shot("finish");

    let kinds = rt.block_on(server.token_types(pi::JAN));
    assert_eq!(kinds, ["push", "sms", "totp"]);
}

/// Closing the window midway (as a window manager's close button does)
/// removes the token the server created for the scan step.
#[test]
fn quitting_midway_leaves_no_token_on_privacyidea() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = pi::Server::start();
    let mut s = Session::start(
        "en",
        &[
            "--provider",
            "privacyidea",
            "--server",
            &server.url,
            "--realm",
            pi::REALM,
        ],
    );
    s.wait_step(1);
    s.key("Return");
    s.wait_step(2);
    s.key("Return");
    s.wait_step(3);
    s.type_text(pi::JAN.0);
    s.key("Tab");
    s.type_text(pi::JAN.1);
    s.key("Return");
    for step in 4..=5 {
        s.wait_step(step);
        s.key("Return");
    }
    s.wait_step(6);
    s.read_screen("scan", zbar);
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
}

#[test]
fn dutch_keyboard_walk_in_a_real_window() {
    walk("nl");
}

#[test]
fn english_keyboard_walk_in_a_real_window() {
    walk("en");
}
