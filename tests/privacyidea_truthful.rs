//! What the pictures and sentences say is what the phone shows. Against a
//! real privacyIDEA without `tokenissuer`/`tokenlabel` policies, the app
//! shows privacyIDEA's own defaults (issuer "privacyIDEA", the serial as the
//! label): the screens say the same, not the organisation from the config.
//! With `push_presence_options=ALPHABETIC` (privacyIDEA's default) the PC
//! shows a letter to pick, and the phone's answer with that letter counts.

mod common;
#[path = "common/privacyidea.rs"]
mod pi;
#[path = "common/test_phone.rs"]
mod test_phone;

use std::sync::Arc;
use std::time::Duration;

use common::Harness;
use mfa_assistant::app::Message;
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::{approve, code_entry, scan_qr, sign_in};
use mfa_assistant::service::Service;
use mfa_assistant::service::privacyidea::{PrivacyIdeaProvider, Settings};
use test_phone::TestPhone;

/// Settles until `done` holds (a real server takes its time), at most ~15 s.
async fn until(h: &mut Harness, what: &str, done: impl Fn(&mut Harness) -> bool) {
    for _ in 0..50 {
        if done(h) {
            return;
        }
        h.settle().await;
    }
    panic!("{what}: not reached");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_screens_follow_the_real_enrollment_and_presence_options() {
    let server = pi::Server::start_with(&["--plain-tokens", "--presence", "ALPHABETIC"]);
    let settings = Settings::new(url::Url::parse(&server.url).unwrap(), pi::REALM);
    let provider = PrivacyIdeaProvider::new(&settings).unwrap();
    let service = Service::new(Arc::new(provider), Duration::from_secs(10));
    let mut h = Harness::with_service(service, Lang::En);
    let (user, password) = pi::JAN;
    h.send(Message::Next);
    h.send(Message::Next);
    h.send(sign_in::Message::Label(user.into()));
    h.send(sign_in::Message::Password(zeroize::Zeroizing::new(
        password.to_owned(),
    )));
    h.send(sign_in::Message::Submit);
    until(&mut h, "signed in", |h| h.app.screen() == Screen::MoreInfo).await;
    h.send(Message::Next);
    h.send(Message::Next);
    until(&mut h, "QR", |h| h.app.scan().uri().is_some()).await;

    // The QR privacyIDEA made, read as the phone reads it.
    let uri = h.app.scan().uri().unwrap().to_owned();
    let totp = totp_rs::Totp::from_url_unchecked(&uri).unwrap();
    let issuer = totp.issuer().unwrap_or_default().to_owned();
    let label = totp.account_name().to_owned();
    assert_eq!(issuer, "privacyIDEA", "{uri}");
    assert!(label.starts_with("TOTP"), "the serial as the label: {uri}");

    h.send(scan_qr::Message::Entry(code_entry::Message::Changed(
        totp.generate_current().to_string(),
    )));
    h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
    until(&mut h, "verified", |h| h.app.scan().verified()).await;
    // The drawn app: the real issuer over the real label.
    assert!(
        h.shows(&issuer) && h.shows(&label),
        "picture after scanning"
    );

    h.send(Message::Next);
    until(&mut h, "push QR", |h| h.app.approval().push_uri().is_some()).await;
    assert!(h.shows("QR code for privacyIDEA Authenticator"));
    let push_uri = h.app.approval().push_uri().expect("push QR").to_owned();
    let phone = TestPhone::register(&push_uri).await;
    until(&mut h, "phone registered", |h| h.shows("Send test")).await;
    h.send(approve::Message::Send);
    until(&mut h, "challenge", |h| {
        h.app.approval().request().is_some()
    })
    .await;
    let shown = h.app.approval().request().unwrap().number.clone();
    assert!(
        shown.len() == 1 && shown.chars().all(|c| c.is_ascii_uppercase()),
        "a letter, as the server chose it: {shown:?}"
    );
    assert!(h.shows("Choose this on your phone") && h.shows(&shown));
    let challenge = phone.wait_for_challenge().await;
    assert!(
        challenge.options.contains(&shown),
        "{:?}",
        challenge.options
    );
    phone.answer(&challenge, Some(&shown), false).await;
    until(&mut h, "approved", |h| h.app.approval().approved()).await;
    h.send(approve::Message::Done);
    assert_eq!(h.app.screen(), Screen::Phone);
}
