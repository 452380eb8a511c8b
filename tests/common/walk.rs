//! The training flow from welcome to finish with a seeded provider, stopping
//! at every screen worth a picture: shared by the screenshot test and the
//! rendering benchmark.

use mfa_assistant::app::Message;
use mfa_assistant::screen::{approve, code_entry, phone_number, scan_qr, sign_in, verify_sms};

use super::{Harness, SEEDED_TIME};

/// The screens `every_screen` stops at, in order.
pub const SCREENS: [&str; 14] = [
    "welcome",
    "install",
    "sign-in",
    "more-info",
    "prepare",
    "scan",
    "scan-key-and-error",
    "scan-verified",
    "approve",
    "approved",
    "phone",
    "sms",
    "sms-verified",
    "finish",
];

/// Walks the whole guide, calling `at(harness, name)` on each of [`SCREENS`]:
/// a wrong code first on the scan step (with the key shown), then the right
/// one computed from the QR's URI, the number typed and approved on the
/// practice phone, a Dutch mobile number and the SMS code from the phone.
pub async fn every_screen(h: &mut Harness, mut at: impl FnMut(&mut Harness, &str)) {
    at(h, "welcome");
    h.send(Message::Next);
    at(h, "install");
    h.send(Message::Next);
    h.send(sign_in::Message::Label("jan@rpo.nl".into()));
    at(h, "sign-in");
    h.send(Message::Next);
    h.send(sign_in::Message::Submit);
    h.settle().await;
    at(h, "more-info");
    h.send(Message::Next);
    at(h, "prepare");
    h.send(Message::Next);
    h.settle().await;
    let uri = h.app.scan().uri().expect("QR").to_owned();
    at(h, "scan");
    h.send(scan_qr::Message::ToggleKey);
    h.send(scan_qr::Message::Entry(code_entry::Message::Changed(
        "000 000".into(),
    )));
    h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
    at(h, "scan-key-and-error");
    let code = totp_rs::Totp::from_url(&uri)
        .unwrap()
        .generate(SEEDED_TIME)
        .to_string();
    h.send(scan_qr::Message::Entry(code_entry::Message::Changed(code)));
    h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
    at(h, "scan-verified");
    h.send(Message::Next);
    h.settle().await;
    h.send(approve::Message::Send);
    h.settle().await;
    let number = h.app.approval().request().unwrap().number.clone();
    h.send(approve::Message::Typed(number));
    at(h, "approve");
    h.send(approve::Message::PhoneApprove);
    h.settle().await;
    at(h, "approved");
    h.send(Message::Next);
    h.send(phone_number::Message::Number("06-12345678".into()));
    at(h, "phone");
    h.send(phone_number::Message::Send);
    h.settle().await;
    at(h, "sms");
    let sms = h.app.sms().arrived().unwrap().code.to_string();
    h.send(verify_sms::Message::Entry(code_entry::Message::Changed(
        sms,
    )));
    h.send(verify_sms::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
    at(h, "sms-verified");
    h.send(Message::Next);
    at(h, "finish");
}
