//! The trainee's side of a training room, in the assistant itself: the app
//! (iced's headless simulator, the training provider) against a real
//! trainer on loopback (`room::server::start`). Every screen opened, every
//! check passed and every refusal reaches the trainer, read off the app's
//! own flow; the name after sign-in; the raised hand; a reset from the
//! trainer brings the app back to the welcome screen for the next person; a
//! trainer that is away changes nothing for the trainee, and hears it all
//! later; joining on the welcome screen, with its sentences for mistakes.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Harness, SEEDED_TIME};
use mfa_assistant::app::{App, Key, Message, RoomMessage};
use mfa_assistant::config::Config;
use mfa_assistant::guide::Screen;
use mfa_assistant::i18n::Lang;
use mfa_assistant::room::client::Link;
use mfa_assistant::room::server::{self, Running};
use mfa_assistant::room::store::DEFAULT_RETENTION;
use mfa_assistant::room::{Refusal, RoomCode, Row, Step};
use mfa_assistant::service::Service;
use mfa_assistant::service::clock::ManualClock;
use mfa_assistant::service::training::{Delays, TrainingProvider};

async fn trainer(dir: &std::path::Path, listen: SocketAddr) -> Running {
    server::start(listen, dir, DEFAULT_RETENTION).await.unwrap()
}

fn loopback() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

/// The training provider from a fixed seed, its clock still (the walk in
/// `common::walk` computes its codes for that time).
fn training() -> Service {
    let clock = Arc::new(ManualClock::at(SEEDED_TIME));
    let provider = TrainingProvider::with_delays("RPO", clock, Delays::NONE).with_seed(7);
    Service::practice(provider, Duration::from_secs(5))
}

fn config_for(address: SocketAddr, code: &RoomCode) -> Config {
    let mut config = Config::default();
    config.room.address = Some(url::Url::parse(&format!("http://{address}")).unwrap());
    config.room.code = Some(code.clone());
    config
}

/// The assistant, started as `main` starts it.
fn assistant(service: Service, config: Config) -> Harness {
    let (app, task) = App::new(service, config, Lang::En).start();
    Harness::with_app(app, task)
}

/// Settles the app until `check` holds (up to 15 s: a reset waits for the
/// next heartbeat, 3 s apart).
async fn until(h: &mut Harness, what: &str, mut check: impl FnMut(&Harness) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !check(h) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        h.settle().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the trainer's only trainee satisfies `check`, and returns it.
async fn trainee(running: &Running, what: &str, check: impl Fn(&Row) -> bool) -> Row {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let snapshot = running.snapshot();
        if let [row] = snapshot.trainees.as_slice()
            && check(row)
        {
            return row.clone();
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}: {:#?}",
            snapshot.trainees
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_trainer_sees_every_step_check_and_refusal_of_a_walk() {
    let dir = tempfile::tempdir().unwrap();
    let running = trainer(dir.path(), loopback()).await;
    let mut h = assistant(training(), config_for(running.address(), &running.code()));
    until(&mut h, "joined", |h| {
        matches!(h.app.room_link(), Some(Link::Joined { .. }))
    })
    .await;
    assert!(h.shows("✔ In the training room"));
    assert!(h.shows("Raise hand"));
    trainee(&running, "on welcome", |r| r.step == Step::Welcome).await;

    // Welcome to finish, with one wrong code on the scan step.
    common::walk::every_screen(&mut h, |_, _| {}).await;
    assert_eq!(h.app.screen(), Screen::Finish);
    let row = trainee(&running, "finished", |r| r.step == Step::Finish).await;
    assert_eq!(row.name.as_deref(), Some("jan"), "the label before the @");
    assert_eq!(row.refusals, 1);
    assert_eq!(row.last_reason, Some(Refusal::WrongCode));
    assert!(row.online && row.training && row.stuck.is_empty());
    let snapshot = running.snapshot();
    for stats in &snapshot.steps {
        let want = u32::from(stats.step != Step::Finish);
        assert_eq!(stats.passed, want, "{:?} passed", stats.step);
        let refused = u32::from(stats.step == Step::Scan);
        assert_eq!(stats.refusals, refused, "{:?} refusals", stats.step);
    }
    // The route's shape, entered every step once, passed all but the
    // last, one refusal, the name: nothing twice.
    assert_eq!(row.events, 1 + 10 + 9 + 1 + 1);

    // Hand up, then "Start again" at the end: the trainer sees the next
    // person on the welcome screen, the hand down.
    h.send(Message::Room(RoomMessage::Hand));
    trainee(&running, "hand up at the end", |r| r.hand_raised).await;
    h.click("Start again for the next person").await;
    assert_eq!(h.app.screen(), Screen::Welcome);
    assert!(!h.app.hand_raised());
    let row = trainee(&running, "the next person", |r| r.person == 2).await;
    assert_eq!((row.step, row.name.clone()), (Step::Welcome, None));
    assert!(!row.hand_raised);
}

/// From the install screen to the scan step, signed in as `name`; the QR's
/// URI.
async fn walk_to_scan(h: &mut Harness, name: &str) -> String {
    if h.app.screen() == Screen::Welcome {
        h.send(Message::Next);
    }
    h.send(Message::Next);
    h.send(mfa_assistant::screen::sign_in::Message::Label(name.into()));
    h.send(mfa_assistant::screen::sign_in::Message::Submit);
    h.settle().await;
    h.send(Message::Next);
    h.send(Message::Next);
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::Scan);
    h.app.scan().uri().expect("QR").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_raised_hand_and_a_reset_from_the_trainer() {
    let dir = tempfile::tempdir().unwrap();
    let running = trainer(dir.path(), loopback()).await;
    let mut h = assistant(training(), config_for(running.address(), &running.code()));
    until(&mut h, "joined", |h| {
        h.app.room_link().is_some_and(|l| l != Link::Joining)
    })
    .await;
    h.send(Message::Next);
    // The raise-hand button by keyboard: last in the Tab order.
    h.send(Message::Key(Key::Tab { back: true }));
    h.send(Message::Key(Key::Enter));
    assert!(h.app.hand_raised());
    assert!(h.shows("Lower hand"));
    let row = trainee(&running, "hand up on install", |r| {
        r.hand_raised && r.step == Step::Install
    })
    .await;
    // On to the scan step, so the reset has a session to end.
    let scan = walk_to_scan(&mut h, "Bea").await;
    trainee(&running, "named, scanning", |r| {
        r.name.as_deref() == Some("Bea") && r.step == Step::Scan
    })
    .await;

    running.reset(row.id).unwrap();
    until(&mut h, "back on welcome", |h| {
        h.app.screen() == Screen::Welcome
    })
    .await;
    assert!(!h.app.hand_raised());
    let row = trainee(&running, "the next person", |r| r.person == 2).await;
    assert_eq!(row.step, Step::Welcome);
    assert_eq!(row.name, None);
    assert!(!row.hand_raised && !row.reset_pending && !row.reset_declined);
    // Still in the room: the next person's steps count for them, with a
    // practice secret of their own.
    let next = walk_to_scan(&mut h, "Dirk").await;
    assert_ne!(next, scan);
    assert!(next.contains("Dirk") && !next.contains("Bea"), "{next}");
    let row = trainee(&running, "next person scanning", |r| r.step == Step::Scan).await;
    assert_eq!((row.person, row.name.as_deref()), (2, Some("Dirk")));
    assert!(matches!(h.app.room_link(), Some(Link::Joined { .. })));
}

/// An assistant on privacyIDEA (a server that is never reached here): it
/// enrolls for real, so it does not train.
fn privacyidea() -> (Service, Config) {
    let mut config = Config::default();
    config.privacyidea.server = Some("https://127.0.0.1:9".into());
    config.privacyidea.realm = Some("staff".into());
    let settings = config.privacyidea.settings().unwrap();
    let provider =
        mfa_assistant::service::privacyidea::PrivacyIdeaProvider::new(&settings).unwrap();
    (
        Service::new(Arc::new(provider), Duration::from_secs(5)),
        config,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_assistant_that_does_not_train_declines_resets() {
    let dir = tempfile::tempdir().unwrap();
    let running = trainer(dir.path(), loopback()).await;
    let (service, _) = privacyidea();
    let mut h = assistant(service, config_for(running.address(), &running.code()));
    h.send(Message::Next);
    let row = trainee(&running, "on install", |r| r.step == Step::Install).await;
    assert!(!row.training);
    running.reset(row.id).unwrap();
    trainee(&running, "declined", |r| r.reset_declined).await;
    h.settle().await;
    assert_eq!(h.app.screen(), Screen::Install, "nothing was reset");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_trainer_away_the_trainee_goes_on_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    // A trainer that was there and is gone: its port and code are known.
    let first = trainer(dir.path(), loopback()).await;
    let (address, code) = (first.address(), first.code().clone());
    first.kill().await;
    let mut h = assistant(training(), config_for(address, &code));
    until(&mut h, "unreachable", |h| {
        h.app.room_link() == Some(Link::Unreachable)
    })
    .await;
    assert!(
        h.shows("! The trainer can't be reached. Carry on: your steps are kept and sent later.")
    );
    h.send(Message::Next);
    h.send(Message::Next);
    h.send(mfa_assistant::screen::sign_in::Message::Label("Cor".into()));
    h.send(mfa_assistant::screen::sign_in::Message::Submit);
    h.settle().await;
    assert_eq!(
        h.app.screen(),
        Screen::MoreInfo,
        "training needs no trainer"
    );
    // Back, on the same port and data: the same room and code.
    let running = trainer(dir.path(), address).await;
    assert_eq!(running.code(), code);
    let row = trainee(&running, "caught up", |r| r.step == Step::MoreInfo).await;
    assert_eq!(row.name.as_deref(), Some("Cor"));
    let snapshot = running.snapshot();
    for step in [Step::Welcome, Step::Install, Step::SignIn] {
        assert_eq!(snapshot.steps[step.index()].passed, 1, "{step:?}");
    }
    until(&mut h, "joined", |h| {
        matches!(h.app.room_link(), Some(Link::Joined { .. }))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn joining_on_the_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let running = trainer(dir.path(), loopback()).await;
    let mut h = assistant(training(), Config::default());
    assert_eq!(h.app.room_link(), None);
    assert!(!h.shows("Raise hand"));
    h.click("Join a training room ›").await;
    h.type_into("room-address", "the trainer").await;
    h.type_into("room-code", "12345").await;
    h.click("Join").await;
    assert!(h.shows("Type the address the trainer shows, like http://192.168.1.20:7641."));
    assert!(h.shows("The room code has 6 digits."));
    assert_eq!(h.app.room_link(), None);

    // The address without http://, and a code that is not the room's.
    h.clear("room-address").await;
    h.type_into("room-address", &running.address().to_string())
        .await;
    h.clear("room-code").await;
    let wrong = if running.code().as_str() == "000000" {
        "111111"
    } else {
        "000000"
    };
    h.type_into("room-code", wrong).await;
    h.click("Join").await;
    until(&mut h, "wrong code", |h| {
        h.app.room_link() == Some(Link::WrongCode)
    })
    .await;
    assert!(h.shows("The room code is not right. Ask the trainer for the code."));
    assert!(!h.shows("Raise hand"), "no hand to raise in no room");
    assert!(running.snapshot().trainees.is_empty());

    h.clear("room-code").await;
    h.type_into("room-code", running.code().as_str()).await;
    h.click("Join").await;
    until(&mut h, "joined", |h| {
        matches!(h.app.room_link(), Some(Link::Joined { .. }))
    })
    .await;
    assert!(!h.shows("Join"), "the form is gone once in the room");
    assert!(h.shows("Raise hand"));
    trainee(&running, "in the room", |r| r.step == Step::Welcome).await;
    // Dutch, too.
    h.send(Message::Language(Lang::Nl));
    assert!(h.shows("Hand opsteken"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_join_form_stays_away_where_it_does_not_belong() {
    // A room set by IT: no form, whatever the screen.
    let code = RoomCode::parse("123456").unwrap();
    let h = &mut assistant(
        training(),
        config_for("127.0.0.1:9".parse().unwrap(), &code),
    );
    assert!(!h.shows("Join a training room ›"));
    // IT locked the room but named none: no typing one in either.
    let dir = tempfile::tempdir().unwrap();
    let machine = dir.path().join("machine.toml");
    std::fs::write(&machine, "locked = [\"room\"]\n").unwrap();
    let paths = mfa_assistant::config::Paths {
        machine: Some(machine),
        person: None,
    };
    let locked = mfa_assistant::config::load(&paths, &Default::default()).config;
    assert!(locked.locked(mfa_assistant::config::Key::RoomCode));
    let h = &mut assistant(training(), locked);
    assert!(!h.shows("Join a training room ›"));
    // No room: only on the welcome screen.
    let h = &mut assistant(training(), Config::default());
    assert!(h.shows("Join a training room ›"));
    h.send(Message::Next);
    assert!(!h.shows("Join a training room ›"));
    // A real enrollment (privacyIDEA here) joins a room only where IT or
    // the flags name one: no form.
    let (service, config) = privacyidea();
    let h = &mut assistant(service, config);
    assert!(!h.shows("Join a training room ›"));
}
