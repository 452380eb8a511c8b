//! Killed midway, nothing is left: the real binary against a real
//! privacyIDEA, killed with SIGKILL at each step where the server holds a
//! token that is not verified yet (the QR shown, the push QR shown, the SMS
//! sent). Each time the journal in the data directory says what was left;
//! the next start in the same home, after signing in, has removed the
//! unverified tokens, kept the verified ones active, and left another
//! person's tokens alone.

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

use mfa_assistant::service::Enroller;
use mfa_assistant::service::journal::{Entry, Journal, Step};
use pi::{JAN, PIET, Server};
use x11::{Launch, Session};

type States = Vec<(String, String, String, bool)>;

/// Jan's tokens as "type state", sorted; the enrolled ones must be active.
fn kinds(states: &States) -> Vec<String> {
    let mut k: Vec<String> = states
        .iter()
        .map(|(_, kind, state, active)| {
            assert!(*active || state != "enrolled", "{states:?}");
            format!("{kind} {state}")
        })
        .collect();
    k.sort();
    k
}

/// The one journal entry, checked to hold identifiers only.
fn the_entry(journal: &Journal) -> Entry {
    let found = journal.unfinished();
    assert!(found.problems.is_empty(), "{:?}", found.problems);
    assert_eq!(found.entries.len(), 1, "{found:?}");
    let entry = found.entries[0].clone();
    assert_eq!(
        (entry.user.as_str(), entry.realm.as_str()),
        ("jan", pi::REALM)
    );
    entry
}

#[test]
#[ignore = "needs Xvfb, xdotool, ImageMagick and Tesseract: ./scripts/test installs them and runs it"]
fn killed_at_each_step_nothing_unverified_stays_on_the_server() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = Server::start();
    // Piet has a verified token and one he is still enrolling elsewhere.
    let piet: States = rt.block_on(async {
        let p = pi::provider(&server.url);
        p.sign_in(pi::login(PIET)).await.unwrap();
        let enrollment = p.start_totp().await.unwrap();
        p.verify_totp(pi::oathtool(&enrollment, "now"))
            .await
            .unwrap();
        let q = pi::provider(&server.url);
        q.sign_in(pi::login(PIET)).await.unwrap();
        q.start_totp().await.unwrap();
        server.token_states(PIET).await
    });
    assert_eq!(piet.len(), 2);
    let jan = || rt.block_on(server.token_states(JAN));

    let home = tempfile::tempdir().unwrap();
    let journal = Journal::at(home.path().join("data/mfa-assistant/unfinished"));
    let args = pi_walk::args(&server);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut s = Session::launch(Launch::new("en", &args, home.path(), "en-crash"));

    // 1. Killed with the QR on screen: a TOTP token waits for its first code.
    pi_walk::to_sign_in(&s);
    pi_walk::sign_in(&mut s, JAN);
    pi_walk::read_totp_qr(&mut s);
    s.kill();
    let entry = the_entry(&journal);
    assert_eq!(entry.step, Step::Scan);
    let left = jan();
    assert_eq!(kinds(&left), ["totp verify"]);
    assert_eq!(entry.serials, [left[0].0.clone()]);

    // 2. Next start, sign in: gone. Then killed with the push QR on screen.
    s.restart();
    pi_walk::to_sign_in(&s);
    pi_walk::sign_in_only(&mut s, JAN);
    assert_eq!(jan(), [], "the unverified TOTP token was removed");
    assert!(journal.unfinished().entries.is_empty());
    pi_walk::to_scan(&mut s);
    let uri = pi_walk::read_totp_qr(&mut s);
    pi_walk::verify_totp(&mut s, &uri);
    pi_walk::read_push_qr(&mut s);
    s.kill();
    assert_eq!(the_entry(&journal).step, Step::Approve);
    assert_eq!(kinds(&jan()), ["push clientwait", "totp enrolled"]);

    // 3. Next start, sign in: the push token is gone, the verified TOTP
    // stays. Then on to the SMS, and killed waiting for its code.
    s.restart();
    pi_walk::to_sign_in(&s);
    pi_walk::sign_in_only(&mut s, JAN);
    assert_eq!(kinds(&jan()), ["totp enrolled"]);
    pi_walk::to_scan(&mut s);
    let uri = pi_walk::read_totp_qr(&mut s);
    pi_walk::verify_totp(&mut s, &uri);
    let push = pi_walk::read_push_qr(&mut s);
    let phone = pi_walk::register_phone(&mut s, &rt, &push);
    pi_walk::approve(&mut s, &rt, &phone);
    pi_walk::send_sms(&mut s);
    s.kill();
    assert_eq!(the_entry(&journal).step, Step::Sms);
    assert_eq!(
        kinds(&jan()),
        [
            "push enrolled",
            "sms verify",
            "totp enrolled",
            "totp enrolled"
        ]
    );

    // 4. Next start, sign in: only the SMS token went.
    s.restart();
    pi_walk::to_sign_in(&s);
    pi_walk::sign_in_only(&mut s, JAN);
    assert_eq!(
        kinds(&jan()),
        ["push enrolled", "totp enrolled", "totp enrolled"]
    );
    assert!(journal.unfinished().entries.is_empty());
    assert_eq!(
        rt.block_on(server.token_states(PIET)),
        piet,
        "piet's untouched"
    );
}
