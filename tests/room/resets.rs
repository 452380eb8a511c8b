//! Resets from the trainer, carried out and confirmed by training
//! assistants only; and the `trainer` command as IT runs it.

use std::io::BufRead;
use std::time::Duration;

use mfa_assistant::room::client::{Options, Trainee};
use mfa_assistant::room::{RoomCode, Step};
use reqwest::StatusCode;
use secrecy::ExposeSecret;

use super::sim::{FAST, Sim};
use super::{eventually, joined, loopback, options, trainer, url};

#[tokio::test]
async fn resets_reach_training_assistants_only_and_are_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let running = trainer(dir.path(), loopback()).await;
    let mut sim = Sim::new(0, &url(running.address()), &running.code());
    let mut resets = sim.trainee.resets();
    let real = Trainee::start(options(&running, false));
    let sim_id = joined(&sim.trainee).await;
    let real_id = joined(&real).await;
    sim.first_half().await;
    sim.trainee.flushed().await;
    let first_secret = sim
        .service
        .start_totp()
        .await
        .unwrap()
        .uri
        .expose_secret()
        .to_owned();

    let issued = running.reset_all().unwrap();
    assert_eq!(issued.len(), 2);
    // Asking again while they are pending sends nothing new.
    assert_eq!(running.reset_all().unwrap(), vec![]);
    let reset = tokio::time::timeout(Duration::from_secs(10), resets.next())
        .await
        .unwrap()
        .unwrap();
    assert!(issued.contains(&reset.command));
    // The app starts over: nothing of the last person is left.
    sim.service.cancel().await.unwrap();
    sim.trainee.confirm_reset();
    sim.trainee.flushed().await;
    eventually("the other PC to decline", || {
        let snapshot = running.snapshot();
        snapshot
            .trainees
            .iter()
            .any(|r| r.id == real_id && r.reset_declined)
    })
    .await;
    let snapshot = running.snapshot();
    let row = |id| snapshot.trainees.iter().find(|r| r.id == id).unwrap();
    let (sim_row, real_row) = (row(sim_id), row(real_id));
    assert_eq!(
        (sim_row.person, sim_row.step, sim_row.name.clone()),
        (2, Step::Welcome, None)
    );
    assert!(!sim_row.reset_pending && !sim_row.reset_declined);
    assert_eq!((real_row.person, real_row.reset_pending), (1, false));

    // The next person gets a fresh practice secret.
    sim.first_half().await;
    let second_secret = sim
        .service
        .start_totp()
        .await
        .unwrap()
        .uri
        .expose_secret()
        .to_owned();
    assert_ne!(first_secret, second_secret);

    // One trainee, over HTTP with the admin token.
    let http = reqwest::Client::new();
    let response = http
        .post(format!(
            "http://{}/v1/trainees/{}/reset",
            running.address(),
            sim_id.0
        ))
        .bearer_auth(running.admin_token().expose())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let reset = tokio::time::timeout(Duration::from_secs(10), resets.next())
        .await
        .unwrap()
        .unwrap();
    sim.trainee.confirm_reset();
    sim.trainee.flushed().await;
    let snapshot = running.snapshot();
    let sim_row = snapshot.trainees.iter().find(|r| r.id == sim_id).unwrap();
    assert_eq!((sim_row.person, sim_row.step), (3, Step::Welcome));
    assert!(!issued.contains(&reset.command));
    let nobody = http
        .post(format!(
            "http://{}/v1/trainees/999/reset",
            running.address()
        ))
        .bearer_auth(running.admin_token().expose())
        .send()
        .await
        .unwrap();
    assert_eq!(nobody.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_trainer_command_prints_where_to_join() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_mfa-assistant"))
        .args([
            "--config",
            "/nonexistent/config.toml",
            "trainer",
            "--headless",
            "--listen",
        ])
        .arg("127.0.0.1:0")
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let lines: Vec<String> = std::io::BufReader::new(stdout)
        .lines()
        .take(3)
        .map(Result::unwrap)
        .collect();
    let value = |key: &str, line: &str| line.strip_prefix(key).unwrap().to_owned();
    let join = value("join: http://127.0.0.1:", &lines[0]);
    let port: u16 = join.parse().unwrap();
    assert_ne!(port, 0);
    let code = RoomCode::parse(&value("code: ", &lines[1])).unwrap();
    let admin = value("admin-token: ", &lines[2]);
    assert_eq!(admin.len(), 64);

    let trainee = Trainee::start(Options {
        address: url(([127, 0, 0, 1], port).into()),
        code,
        training: true,
        text_messages: true,
        timing: FAST,
    });
    joined(&trainee).await;
    let room: serde_json::Value = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/v1/room"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(room["trainees"].as_array().unwrap().len(), 1);
    assert_eq!(room["trainees"][0]["step"], "welcome");
    child.kill().unwrap();
    child.wait().unwrap();
}
