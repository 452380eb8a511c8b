//! Nothing left behind after a crash, against a real privacyIDEA: what the
//! provider creates is in the crash journal until it is verified or
//! removed; the next sign-in removes the person's unfinished tokens, from
//! the journal's PC or from another one (the server is asked, not only the
//! journal); verified tokens and other people's tokens stay. A journal
//! that cannot be written or read blocks nothing. (The same with the real
//! binary killed at each step: `tests/privacyidea_crash.rs`.)

#[path = "common/privacyidea.rs"]
mod pi;

use std::path::Path;

use mfa_assistant::service::journal::{Journal, JournalError, Step};
use mfa_assistant::service::privacyidea::PrivacyIdeaProvider;
use mfa_assistant::service::{Enroller, PushSetup};
use pi::{JAN, PIET, Server, login, mobile, oathtool, provider};

fn with_journal(url: &str, dir: &Path) -> (PrivacyIdeaProvider, Journal) {
    let journal = Journal::at(dir);
    (provider(url).with_journal(journal.clone()), journal)
}

/// Piet: one verified TOTP token and one he is still enrolling. Nobody
/// else's cleanup may touch either.
async fn piets_tokens(server: &Server) -> Vec<(String, String, String, bool)> {
    let p = provider(&server.url);
    p.sign_in(login(PIET)).await.unwrap();
    let enrollment = p.start_totp().await.unwrap();
    p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();
    let q = provider(&server.url);
    q.sign_in(login(PIET)).await.unwrap();
    q.start_totp().await.unwrap();
    let states = server.token_states(PIET).await;
    assert_eq!(states.len(), 2, "{states:?}");
    states
}

/// Jan's provider "crashes" (is dropped without cancelling) with a verified
/// TOTP token, a push token waiting for the phone and an SMS code sent.
#[tokio::test(flavor = "multi_thread")]
async fn the_next_sign_in_removes_what_a_crash_left_and_only_that() {
    let server = Server::start();
    let piet = piets_tokens(&server).await;
    let dir = tempfile::tempdir().unwrap();
    {
        let (p, journal) = with_journal(&server.url, dir.path());
        p.sign_in(login(JAN)).await.unwrap();
        assert!(journal.unfinished().entries.is_empty(), "nothing made yet");
        let enrollment = p.start_totp().await.unwrap();
        let entry = &journal.unfinished().entries[0];
        assert_eq!((entry.user.as_str(), entry.step), ("jan", Step::Scan));
        assert_eq!(entry.serials.len(), 1);
        p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();
        assert!(
            journal.unfinished().entries.is_empty(),
            "verified: nothing left"
        );
        assert!(matches!(
            p.prepare_approval().await,
            Ok(PushSetup::Scan { .. })
        ));
        p.send_sms(mobile()).await.unwrap();
        let entry = &journal.unfinished().entries[0];
        assert_eq!((entry.step, entry.serials.len()), (Step::Sms, 2));
        assert_eq!(entry.server, format!("{}/", server.url));
        // The crash: no cancel.
    }
    let kinds = |states: &[(String, String, String, bool)]| {
        let mut k: Vec<String> = states
            .iter()
            .map(|(_, kind, state, _)| format!("{kind} {state}"))
            .collect();
        k.sort();
        k
    };
    assert_eq!(
        kinds(&server.token_states(JAN).await),
        ["push clientwait", "sms verify", "totp enrolled"]
    );

    // The next start: the journal says what was left; signing in cleans up.
    let (p, journal) = with_journal(&server.url, dir.path());
    let found = journal.unfinished();
    assert_eq!(found.entries.len(), 1, "{found:?}");
    assert_eq!(found.entries[0].user, "jan");
    p.sign_in(login(JAN)).await.unwrap();
    assert_eq!(journal.take_cleaned(), Some(2));
    assert_eq!(journal.take_cleaned(), None, "told once");
    let left = server.token_states(JAN).await;
    assert_eq!(kinds(&left), ["totp enrolled"]);
    assert!(left[0].3, "the verified token is still active");
    assert_eq!(server.token_states(PIET).await, piet, "piet's untouched");
    assert_eq!(journal.unfinished(), Default::default());
}

/// On another PC there is no journal: the server's own list of unfinished
/// tokens is enough.
#[tokio::test(flavor = "multi_thread")]
async fn on_another_pc_the_server_is_asked() {
    let server = Server::start();
    let piet = piets_tokens(&server).await;
    let (here, there) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    {
        let (p, _) = with_journal(&server.url, here.path());
        p.sign_in(login(JAN)).await.unwrap();
        p.start_totp().await.unwrap();
        p.send_sms(mobile()).await.unwrap();
    }
    assert_eq!(server.token_states(JAN).await.len(), 2);
    let (p, journal) = with_journal(&server.url, there.path());
    assert!(journal.unfinished().entries.is_empty());
    p.sign_in(login(JAN)).await.unwrap();
    assert_eq!(journal.take_cleaned(), Some(2));
    assert_eq!(server.token_states(JAN).await, []);
    assert_eq!(server.token_states(PIET).await, piet);
    // The other PC still has its note until jan signs in there too.
    assert_eq!(Journal::at(here.path()).unfinished().entries.len(), 1);
}

/// Someone else signing in on this PC cleans up nothing of jan's, and jan's
/// note stays for jan.
#[tokio::test(flavor = "multi_thread")]
async fn another_persons_sign_in_leaves_the_note_and_the_tokens() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    {
        let (p, _) = with_journal(&server.url, dir.path());
        p.sign_in(login(JAN)).await.unwrap();
        p.start_totp().await.unwrap();
    }
    let (p, journal) = with_journal(&server.url, dir.path());
    p.sign_in(login(PIET)).await.unwrap();
    assert_eq!(journal.take_cleaned(), Some(0));
    assert_eq!(server.token_states(JAN).await.len(), 1);
    let entries = journal.unfinished().entries;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].user, "jan");
    // Piet cancels: his own note goes, jan's stays.
    p.start_totp().await.unwrap();
    assert_eq!(journal.unfinished().entries.len(), 2);
    p.cancel().await.unwrap();
    assert_eq!(journal.unfinished().entries[0].user, "jan");
}

/// A journal that cannot be written: enrollment goes on, the problem is
/// there to show, and the server sweep still cleans up after a crash.
#[tokio::test(flavor = "multi_thread")]
async fn an_unwritable_journal_blocks_nothing() {
    let server = Server::start();
    let home = tempfile::tempdir().unwrap();
    let blocked = home.path().join("not-a-folder");
    std::fs::write(&blocked, b"").unwrap();
    {
        let (p, journal) = with_journal(&server.url, &blocked.join("unfinished"));
        p.sign_in(login(JAN)).await.unwrap();
        let enrollment = p.start_totp().await.expect("enrolling goes on");
        assert!(matches!(
            journal.problem(),
            Some(JournalError::Unwritable { .. })
        ));
        p.verify_totp(oathtool(&enrollment, "now")).await.unwrap();
        p.send_sms(mobile()).await.unwrap();
    }
    let p = provider(&server.url);
    p.sign_in(login(JAN)).await.unwrap();
    let states = server.token_states(JAN).await;
    assert_eq!(states.len(), 1, "{states:?}");
    assert_eq!(states[0].2, "enrolled");
}

/// A corrupt note and one from another version: told, nothing blocked, and
/// gone once their person has signed in (they are known by file name).
#[tokio::test(flavor = "multi_thread")]
async fn unreadable_notes_are_told_and_cleared_by_signing_in() {
    let server = Server::start();
    for (damage, check) in [
        (
            &b"{\"version\": 1, \"server\": \"ht"[..],
            (|e: &JournalError| matches!(e, JournalError::Corrupt { .. }))
                as fn(&JournalError) -> bool,
        ),
        (
            &br#"{"version": 9, "server": "x", "tokens": []}"#[..],
            |e: &JournalError| matches!(e, JournalError::OtherVersion { version: 9, .. }),
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        {
            let (p, _) = with_journal(&server.url, dir.path());
            p.sign_in(login(JAN)).await.unwrap();
            p.start_totp().await.unwrap();
        }
        let file = std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        std::fs::write(&file, damage).unwrap();
        let (p, journal) = with_journal(&server.url, dir.path());
        let found = journal.unfinished();
        assert!(found.entries.is_empty());
        assert!(check(&found.problems[0]), "{:?}", found.problems);
        p.sign_in(login(JAN))
            .await
            .expect("signing in is not blocked");
        assert_eq!(server.token_states(JAN).await, [], "the server sweep ran");
        assert_eq!(journal.unfinished(), Default::default());
    }
}
