//! The trainer's window, headless (iced's simulator, tiny-skia): renders of
//! a room of 20 held still, compared with `docs/screenshots/` (update with
//! `UPDATE_SCREENSHOTS=1 cargo test --test dashboard`); the keyboard
//! alone resetting one trainee and the whole room; and the window on a real
//! trainer: a trainee's reset sent from it, the CSV report saved from it.

#[path = "dashboard/fixture.rs"]
mod fixture;
#[path = "common/pixels.rs"]
mod pixels;

use std::sync::Arc;

use iced_test::Simulator;
use mfa_assistant::appearance::Appearance;
use mfa_assistant::dashboard::{Dashboard, Focus, Key, Message, Still, WINDOW, Zone};
use mfa_assistant::i18n::Lang;
use mfa_assistant::room::Step;

/// "Offline since" as in Amsterdam in winter, wherever the test runs.
fn cet() -> Zone {
    Zone::Fixed(chrono::FixedOffset::east_opt(3600).unwrap())
}

fn still(lang: Lang, appearance: Appearance) -> Dashboard {
    let room = Arc::new(Still::new("http://192.168.1.20:7641", fixture::room()));
    Dashboard::new(
        room,
        lang,
        appearance,
        Some("/home/trainer/.local/share".into()),
    )
    .with_zone(cet())
}

/// Renders `d` to `<out>/<name>-tiny-skia.png` and compares it.
/// The renders: the window full screen on a Full HD projector.
const SHOT: iced::Size = iced::Size::new(1920.0, 1080.0);

fn render(d: &mut Dashboard, name: &str) -> Result<(), String> {
    let _ = d.update(Message::Resized(SHOT));
    let base = pixels::out_dir().join(format!("{name}.png"));
    let written = base.with_file_name(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&written);
    let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), SHOT, d.view());
    let snapshot = ui.snapshot(&d.theme()).expect("render");
    assert!(snapshot.matches_image(&base).expect("write PNG"));
    pixels::compare(&written)
}

/// Runs what `task` set going (a reset, the report: blocking work off the
/// window's thread) and hands each answer back to `d`.
async fn settle(d: &mut Dashboard, task: iced::Task<Message>) {
    use futures::StreamExt;
    let Some(mut stream) = iced_runtime::task::into_stream(task) else {
        return;
    };
    while let Some(action) = stream.next().await {
        if let iced_runtime::Action::Output(message) = action {
            let more = d.update(message);
            Box::pin(settle(d, more)).await;
        }
    }
}

/// Whether the window shows `text` somewhere.
fn shows(d: &Dashboard, text: &str) -> bool {
    let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), WINDOW, d.view());
    ui.find(text).is_ok()
}

#[test]
fn renders_of_a_room_of_twenty() {
    let changes: Vec<String> = [
        (Lang::Nl, Appearance::Light, "nl-dashboard"),
        (Lang::En, Appearance::Light, "en-dashboard"),
        (Lang::En, Appearance::Dark, "en-dashboard-dark"),
    ]
    .into_iter()
    .filter_map(|(lang, appearance, name)| render(&mut still(lang, appearance), name).err())
    .collect();
    assert!(
        changes.is_empty(),
        "the dashboard differs from docs/screenshots/; if intended, run\n  \
         UPDATE_SCREENSHOTS=1 cargo test --test dashboard\n{}",
        changes.join("\n")
    );
}

#[test]
fn the_room_reads_as_the_model_says() {
    let d = still(Lang::En, Appearance::Light);
    let rows = &d.snapshot().trainees;
    assert_eq!(rows.len(), 20);
    // Stuck first, then hands up.
    let stuck = rows.iter().take_while(|r| !r.stuck.is_empty()).count();
    assert_eq!(
        stuck,
        3,
        "{:#?}",
        rows.iter().map(|r| &r.name).collect::<Vec<_>>()
    );
    assert!(rows[stuck].hand_raised && rows[stuck + 1].hand_raised);
    assert!(d.title().contains("042137"));
    for text in [
        "Room code 042 137",
        "Join at http://192.168.1.20:7641",
        "In the room: 20 · Stuck: 3 · Hands up: 2",
        "! Refused 3 times in a row",
        "Jan (2)",
        "Trainee 13",
        "! Offline since 09:13",
        "Reset sent…",
        "Not a training PC: not reset",
        "3 · Wrong code",
    ] {
        assert!(shows(&d, text), "{text:?} not shown");
    }
    let nl = still(Lang::Nl, Appearance::Light);
    assert!(shows(&nl, "Code 042 137"));
    assert!(shows(&nl, "Opnieuw voor de volgende"));
    // The admin token is never in the window: there is none in a still
    // room, and the window has no way to show one (see the window test).
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_keyboard_resets_one_trainee_then_everyone() {
    let mut d = still(Lang::En, Appearance::Light);
    let first = d.snapshot().trainees[0].clone();
    let _ = d.update(Message::Key(Key::Tab { back: false }));
    assert_eq!(d.focus(), Some(Focus::Reset(first.id)));
    let task = d.update(Message::Key(Key::Press));
    settle(&mut d, task).await;
    let row = d
        .snapshot()
        .trainees
        .iter()
        .find(|r| r.id == first.id)
        .unwrap();
    assert!(row.reset_pending, "reset sent from the keyboard");
    // Its button went away: the focus moves on to "reset all".
    assert_eq!(d.focus(), Some(Focus::ResetAll));
    let _ = d.update(Message::Key(Key::Press));
    assert_eq!(d.focus(), Some(Focus::ConfirmAll));
    assert!(shows(&d, "Yes, reset all 20"));
    // Escape takes it back; nothing was reset.
    let _ = d.update(Message::Key(Key::Escape));
    assert_eq!(d.focus(), Some(Focus::ResetAll));
    assert_eq!(
        d.snapshot()
            .trainees
            .iter()
            .filter(|r| r.reset_pending)
            .count(),
        2
    );
    let _ = d.update(Message::Key(Key::Press));
    let task = d.update(Message::Key(Key::Press));
    settle(&mut d, task).await;
    assert!(d.snapshot().trainees.iter().all(|r| r.reset_pending));
    // Shift+Tab from the start reaches the header's last button.
    let mut d = still(Lang::En, Appearance::Light);
    let _ = d.update(Message::Key(Key::Tab { back: true }));
    assert_eq!(d.focus(), Some(Focus::Lang(Lang::En)));
    let _ = d.update(Message::Key(Key::Tab { back: true }));
    let _ = d.update(Message::Key(Key::Press));
    assert_eq!(d.lang(), Lang::Nl);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn someone_trying_codes_and_a_full_room_are_said_and_n_gives_a_new_code() {
    let mut snapshot = fixture::room();
    snapshot.door = mfa_assistant::room::Door {
        trying_codes: true,
        wrong_codes: 143,
        refused_full: 4,
    };
    for (lang, trying, full) in [
        (
            Lang::En,
            "Someone is trying room codes: 143 wrong codes. Give the room a new code (key N); whoever is in stays in.",
            "Room full: 4 joins turned away.",
        ),
        (
            Lang::Nl,
            "Iemand probeert codes voor de ruimte uit: 143 verkeerde codes. Geef de ruimte een nieuwe code (toets N); wie al meedoet, blijft erin.",
            "Ruimte vol: 4 keer iemand niet binnengelaten.",
        ),
    ] {
        let room = Arc::new(Still::new("http://192.168.1.20:7641", snapshot.clone()));
        let mut d = Dashboard::new(room, lang, Appearance::Light, None).with_zone(cet());
        // Rendered to look at (target/screenshots/, not a reference).
        let _ = d.update(Message::Resized(SHOT));
        let look = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
            "target/screenshots/{}-dashboard-door.png",
            lang.code()
        ));
        let _ = std::fs::create_dir_all(look.parent().unwrap());
        let _ = std::fs::remove_file(&look);
        {
            let mut ui = Simulator::with_size(mfa_assistant::ui::settings(), SHOT, d.view());
            let _ = ui
                .snapshot(&d.theme())
                .expect("render")
                .matches_image(&look);
        }
        assert!(shows(&d, trying), "{lang:?}");
        assert!(shows(&d, full), "{lang:?}");
        if lang == Lang::En {
            // The button comes first on Tab; N alone does the same.
            let _ = d.update(Message::Key(Key::Tab { back: false }));
            assert_eq!(d.focus(), Some(Focus::NewCode));
            let before = d.snapshot().code.clone();
            let task = d.update(Message::Key(Key::NewCode));
            settle(&mut d, task).await;
            assert_ne!(d.snapshot().code, before);
            assert!(!shows(&d, trying));
            // Without the alarm, N does nothing.
            let code = d.snapshot().code.clone();
            let task = d.update(Message::Key(Key::NewCode));
            settle(&mut d, task).await;
            assert_eq!(d.snapshot().code, code);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_real_trainer_resets_and_the_report_go_through_the_window() {
    use mfa_assistant::room::client::{Options, Timing, Trainee};
    use mfa_assistant::room::server;
    use mfa_assistant::room::store::DEFAULT_RETENTION;

    let data = tempfile::tempdir().unwrap();
    let running = server::start(
        "127.0.0.1:0".parse().unwrap(),
        data.path(),
        DEFAULT_RETENTION,
    )
    .await
    .unwrap();
    let trainee = Trainee::start(Options {
        address: url::Url::parse(&format!("http://{}", running.address())).unwrap(),
        code: running.code(),
        training: true,
        text_messages: true,
        timing: Timing::DEFAULT,
    });
    trainee.send(mfa_assistant::room::EventKind::StepEntered { step: Step::Scan });
    let running = Arc::new(running);
    let exports = tempfile::tempdir().unwrap();
    let mut d = Dashboard::new(
        running.clone(),
        Lang::En,
        Appearance::Light,
        Some(exports.path().to_owned()),
    );
    for _ in 0..100 {
        let _ = d.update(Message::Changed);
        if d.snapshot()
            .trainees
            .first()
            .is_some_and(|r| r.step == Step::Scan)
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let id = d.snapshot().trainees[0].id;
    assert!(shows(&d, "Scan"));
    assert!(shows(&d, &format!("Join at {}", running.join_url())));

    // The row's reset, from the keyboard, reaches the trainer.
    let _ = d.update(Message::Key(Key::Tab { back: false }));
    assert_eq!(d.focus(), Some(Focus::Reset(id)));
    let task = d.update(Message::Key(Key::Press));
    settle(&mut d, task).await;
    assert!(running.snapshot().trainees[0].reset_pending);
    assert!(shows(&d, "Reset sent…"));

    // The report, saved beside the room for the trainer's account only.
    let task = d.update(Message::Export);
    assert!(shows(&d, "Saving the report…"));
    settle(&mut d, task).await;
    let saved: Vec<_> = std::fs::read_dir(exports.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1);
    let csv = std::fs::read_to_string(&saved[0]).unwrap();
    assert_eq!(csv, running.report_csv().unwrap());
    assert!(csv.lines().count() >= 2, "{csv}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&saved[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(shows(
        &d,
        &format!("Report saved as {}", saved[0].display())
    ));
    // A folder that is gone: said so, in words.
    let gone = exports.path().join("gone");
    let mut d = Dashboard::new(
        running.clone(),
        Lang::Nl,
        Appearance::Light,
        Some(gone.clone()),
    );
    let task = d.update(Message::Export);
    settle(&mut d, task).await;
    assert!(shows(
        &d,
        &format!("Het rapport kon niet worden bewaard in {}.", gone.display())
    ));
    drop(d);
    drop(trainee);
}
