//! Every refused code says why, in the window, in Dutch and English: the
//! training provider's clock stands still (and moves when the test says),
//! and the codes are computed from the QR's URI at real offsets, as a phone
//! whose clock is off would compute them.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{Harness, SEEDED_TIME};
use mfa_assistant::app::Message;
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::{code_entry, phone_number, scan_qr, sign_in, verify_sms};
use mfa_assistant::service::Service;
use mfa_assistant::service::clock::ManualClock;
use mfa_assistant::service::training::{Delays, TrainingProvider};

struct Words {
    behind: &'static str,
    certain: &'static str,
    fix: &'static str,
    picture: &'static str,
    typo: &'static str,
    earlier_qr: &'static str,
    earlier_text: &'static str,
}

const EN: Words = Words {
    behind: "It looks like your phone's clock is about 3 minutes behind",
    certain: "Your phone's clock is about 3 minutes behind",
    fix: "On Android: Settings → Date and time",
    picture: "Set time automatically",
    typo: "One digit seems to be mistyped.",
    earlier_qr: "This code belongs to the account from an earlier QR code.",
    earlier_text: "This code is from an earlier text message.",
};

const NL: Words = Words {
    behind: "Het lijkt erop dat de klok van je telefoon ongeveer 3 minuten achterloopt",
    certain: "De klok van je telefoon loopt ongeveer 3 minuten achter",
    fix: "Op Android:",
    picture: "Tijd automatisch instellen",
    typo: "Eén cijfer lijkt verkeerd getypt.",
    earlier_qr: "Deze code hoort bij het account van een eerdere QR-code.",
    earlier_text: "Deze code komt uit een eerder sms-bericht.",
};

fn harness(lang: Lang) -> (Harness, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(SEEDED_TIME));
    let provider = TrainingProvider::with_delays("RPO", clock.clone(), Delays::NONE).with_seed(7);
    let service = Service::practice(provider, Duration::from_secs(5));
    (Harness::with_service(service, lang), clock)
}

async fn sign_in_as(h: &mut Harness, label: &str) {
    h.send(sign_in::Message::Label(label.into()));
    h.send(sign_in::Message::Submit);
    h.settle().await;
}

async fn to_scan(h: &mut Harness, label: &str) -> totp_rs::Totp {
    h.send(Message::Next);
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::SignIn);
    sign_in_as(h, label).await;
    h.send(Message::Next);
    h.send(Message::Next);
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::Scan);
    totp_rs::Totp::from_url(h.app.scan().uri().expect("QR")).unwrap()
}

async fn type_code(h: &mut Harness, code: &str) {
    h.send(scan_qr::Message::Entry(code_entry::Message::Changed(
        code.into(),
    )));
    h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
}

fn said(h: &mut Harness, part: &str) -> String {
    h.text_containing(part)
        .unwrap_or_else(|| panic!("nothing on screen says {part:?}"))
}

/// One digit of `code` changed.
fn slip(code: &str) -> String {
    let mut digits: Vec<char> = code.chars().collect();
    digits[2] = if digits[2] == '5' { '6' } else { '5' };
    digits.into_iter().collect()
}

async fn scan_diagnoses(lang: Lang, w: &Words) {
    let (mut h, _clock) = harness(lang);
    // A first QR, then back to sign in as someone else: a second QR. The
    // phone kept the first account.
    let first = to_scan(&mut h, "jan@rpo.nl").await;
    for _ in 0..3 {
        h.send(Message::Back);
    }
    assert_eq!(h.app.screen(), Screen::SignIn);
    h.send(sign_in::Message::Label(String::new()));
    sign_in_as(&mut h, "piet@rpo.nl").await;
    h.send(Message::Next);
    h.send(Message::Next);
    h.settle().await;
    let totp = totp_rs::Totp::from_url(h.app.scan().uri().expect("QR")).unwrap();
    assert_ne!(first.secret().to_base32(), totp.secret().to_base32());

    type_code(&mut h, &first.generate(SEEDED_TIME).to_string()).await;
    said(&mut h, w.earlier_qr);

    // A phone 3 minutes behind: likely after one code, certain after the
    // next, with the fix for this phone and its settings drawn.
    type_code(&mut h, &totp.generate(SEEDED_TIME - 180).to_string()).await;
    let text = said(&mut h, w.behind);
    assert!(text.contains("3 min"), "{text}");
    assert!(text.contains(w.fix), "the fix for Android: {text}");
    assert!(h.shows(w.picture), "the clock setting drawn");
    type_code(&mut h, &totp.generate(SEEDED_TIME - 150).to_string()).await;
    said(&mut h, w.certain);

    // A typo: one digit wrong of the code of now.
    type_code(&mut h, &slip(&totp.generate(SEEDED_TIME).to_string())).await;
    said(&mut h, w.typo);

    // The right code still counts.
    type_code(&mut h, &totp.generate(SEEDED_TIME).to_string()).await;
    assert!(h.app.scan().verified());
}

async fn sms_diagnoses(lang: Lang, w: &Words) {
    let (mut h, clock) = harness(lang);
    let totp = to_scan(&mut h, "jan@rpo.nl").await;
    let code = totp.generate(SEEDED_TIME).to_string();
    type_code(&mut h, &code).await;
    assert!(h.app.scan().verified());
    h.send(Message::Next);
    h.settle().await;
    h.send(mfa_assistant::screen::approve::Message::Send);
    h.settle().await;
    let number = h.app.approval().request().unwrap().number.clone();
    h.send(mfa_assistant::screen::approve::Message::Typed(number));
    h.send(mfa_assistant::screen::approve::Message::PhoneApprove);
    h.settle().await;
    h.send(Message::Next);
    h.send(phone_number::Message::Number("06-12345678".into()));
    h.send(phone_number::Message::Send);
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::Sms);
    let first = h.app.sms().arrived().unwrap().code.to_string();
    clock.advance(31);
    h.send(verify_sms::Message::Resend);
    h.settle().await;
    let second = h.app.sms().arrived().unwrap().code.to_string();
    assert_ne!(first, second);
    h.send(verify_sms::Message::Entry(code_entry::Message::Changed(
        first,
    )));
    h.send(verify_sms::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
    said(&mut h, w.earlier_text);
    h.send(verify_sms::Message::Entry(code_entry::Message::Changed(
        second,
    )));
    h.send(verify_sms::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
    assert!(h.app.sms().verified());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_codes_say_why_in_english() {
    scan_diagnoses(Lang::En, &EN).await;
    sms_diagnoses(Lang::En, &EN).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_codes_say_why_in_dutch() {
    scan_diagnoses(Lang::Nl, &NL).await;
    sms_diagnoses(Lang::Nl, &NL).await;
}
