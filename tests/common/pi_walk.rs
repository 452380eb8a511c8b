//! The steps of a privacyIDEA enrollment in the real window, as a person
//! does them with the keyboard: shared by the secrets audit
//! (`tests/privacyidea_secrets.rs`), the crash test (`tests/privacyidea_crash.rs`) and the quit
//! test (`tests/window.rs`). Each test crate that uses it declares the
//! modules `x11`, `reading`, `pi` and `test_phone` at its root.

#![allow(dead_code)]

use std::thread::sleep;
use std::time::Duration;

use crate::pi::{self, Server};
use crate::reading::{match_number, oathtool, secret_of, zbar};
use crate::test_phone::TestPhone;
use crate::x11::Session;

/// The arguments for the privacyIDEA provider on `server`.
pub fn args(server: &Server) -> Vec<String> {
    [
        "--provider",
        "privacyidea",
        "--server",
        &server.url,
        "--realm",
        pi::REALM,
    ]
    .map(str::to_owned)
    .to_vec()
}

/// Welcome and install, to the sign-in step.
pub fn to_sign_in(s: &Session) {
    s.wait_step(1);
    s.key("Return");
    s.wait_step(2);
    s.key("Return");
    s.wait_step(3);
}

/// Signs in as `user` and goes on to the scan step.
pub fn sign_in(s: &mut Session, user: (&str, &str)) {
    sign_in_only(s, user);
    to_scan(s);
}

/// Signs in as `user`: the step after it shows once the server accepted.
pub fn sign_in_only(s: &mut Session, user: (&str, &str)) {
    s.shot("sign-in");
    s.type_text(user.0);
    s.key("Tab");
    s.type_text(user.1);
    s.key("Return");
    s.wait_step(4);
}

/// From the step after sign-in to the scan step (the QR is made there).
pub fn to_scan(s: &mut Session) {
    s.key("Return");
    s.wait_step(5);
    s.shot("prepare");
    s.key("Return");
    s.wait_step(6);
}

/// The QR on the scan step: the otpauth URI shown.
pub fn read_totp_qr(s: &mut Session) -> String {
    let uri = s.read_screen("scan", zbar);
    assert!(
        uri.starts_with("otpauth://totp/") && uri.contains("issuer=RPO"),
        "{uri}"
    );
    uri
}

/// Types the current code for the QR's secret and goes on to the approve
/// step; returns the secret (base32).
pub fn verify_totp(s: &mut Session, uri: &str) -> String {
    let secret = secret_of(uri);
    s.type_text(&oathtool(&secret, None));
    s.key("Return");
    sleep(Duration::from_secs(2));
    s.shot("scan-verified");
    s.press_until_step("Return", 7);
    secret
}

/// The push QR on the approve step: the `otpauth://pipush/` URI.
pub fn read_push_qr(s: &mut Session) -> String {
    let push = s.read_screen("approve-push-qr", zbar);
    assert!(push.starts_with("otpauth://pipush/"), "{push}");
    push
}

/// The test phone scans the push QR and registers.
pub fn register_phone(s: &mut Session, rt: &tokio::runtime::Runtime, push: &str) -> TestPhone {
    let phone = rt.block_on(TestPhone::register(push));
    // The screen notices the registration by itself.
    sleep(Duration::from_secs(3));
    s.shot("approve-registered");
    phone
}

/// Sends a test sign-in, picks the number on the phone, and goes on to the
/// phone-number step.
pub fn approve(s: &mut Session, rt: &tokio::runtime::Runtime, phone: &TestPhone) {
    s.key("Return");
    let challenge = rt.block_on(phone.wait_for_challenge());
    let number = s.read_screen("approve", |path| {
        match_number(path).filter(|n| challenge.options.contains(n))
    });
    rt.block_on(phone.answer(&challenge, Some(&number), false));
    sleep(Duration::from_secs(3));
    s.shot("approved");
    s.press_until_step("Return", 8);
}

/// Types the phone number; the SMS goes out and the code step opens.
pub fn send_sms(s: &mut Session) {
    s.shot("phone");
    s.type_text("06-12345678");
    s.key("Return");
    s.wait_step(9);
}

/// Types the code the server's gateway sent and goes on to the finish;
/// returns the code.
pub fn verify_sms(s: &mut Session, rt: &tokio::runtime::Runtime, server: &Server) -> String {
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
    code
}
