//! The real `mfa-assistant trainer` process for the abuse tests: started
//! headless on loopback, its stdout lines read, its stderr kept, killed
//! when dropped.

use std::io::{BufRead, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use mfa_assistant::room::{RoomCode, Token};
use serde_json::{Value, json};
use url::Url;

pub struct Trainer {
    child: Child,
    dir: PathBuf,
    pub url: Url,
    pub code: RoomCode,
    admin: String,
    stderr: Arc<Mutex<String>>,
}

impl Trainer {
    /// A trainer on a free port of 127.0.0.1, its room in `dir`.
    pub fn start(dir: &Path, args: &[&str]) -> Trainer {
        Self::start_on(dir, 0, args)
    }

    /// A trainer on `port` of 127.0.0.1.
    pub fn start_on(dir: &Path, port: u16, args: &[&str]) -> Trainer {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mfa-assistant"))
            .args([
                "--config",
                "/nonexistent/config.toml",
                "trainer",
                "--headless",
            ])
            .args(["--listen", &format!("127.0.0.1:{port}"), "--data-dir"])
            .arg(dir)
            .args(args)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the trainer starts");
        // Read all along, so a chatty trainer never blocks on a full pipe.
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap();
        let kept = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                kept.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        let stdout = child.stdout.take().unwrap();
        let lines: Vec<String> = std::io::BufReader::new(stdout)
            .lines()
            .take(3)
            .map(Result::unwrap)
            .collect();
        assert_eq!(lines.len(), 3, "{}", stderr.lock().unwrap());
        let after = |i: usize, key: &str| lines[i].strip_prefix(key).unwrap().to_owned();
        Trainer {
            child,
            dir: dir.to_owned(),
            url: Url::parse(&after(0, "join: ")).unwrap(),
            code: RoomCode::parse(&after(1, "code: ")).unwrap(),
            admin: after(2, "admin-token: "),
            stderr,
        }
    }

    /// Stops this trainer and starts another on the same room.
    pub fn restart(mut self, args: &[&str]) -> Trainer {
        self.kill();
        Trainer::start(&self.dir.clone(), args)
    }

    /// The trainer's process id (its memory, in the benchmark).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The admin token.
    pub fn admin(&self) -> &str {
        &self.admin
    }

    pub fn address(&self) -> SocketAddr {
        let host = self.url.host_str().unwrap();
        format!("{host}:{}", self.url.port().unwrap())
            .parse()
            .unwrap()
    }

    /// A code that is not the room's.
    pub fn wrong_code(&self) -> RoomCode {
        let wrong = if self.code.as_str() == "000000" {
            "000001"
        } else {
            "000000"
        };
        RoomCode::parse(wrong).unwrap()
    }

    /// `GET /v1/room` with the admin token.
    pub async fn room(&self) -> Value {
        let answer = reqwest::Client::new()
            .get(self.url.join("v1/room").unwrap())
            .bearer_auth(&self.admin)
            .send()
            .await
            .unwrap();
        assert!(answer.status().is_success());
        answer.json().await.unwrap()
    }

    /// An admin `POST`.
    pub async fn admin_post(&self, path: &str) -> Value {
        let answer = reqwest::Client::new()
            .post(self.url.join(path).unwrap())
            .bearer_auth(&self.admin)
            .send()
            .await
            .unwrap();
        assert!(answer.status().is_success(), "{}", answer.status());
        answer.json().await.unwrap()
    }

    /// Stops the trainer; what it wrote on stderr.
    pub fn stop_and_read_stderr(mut self) -> String {
        self.kill();
        // The reader thread has the last lines once the pipe closes.
        std::thread::sleep(std::time::Duration::from_millis(200));
        self.stderr.lock().unwrap().clone()
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Trainer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A join with `code` and a fresh token.
pub fn join_body(code: &RoomCode) -> Value {
    json!({"code": code.as_str(), "training": true, "token": Token::random().expose()})
}

/// An event of `kind` (its fields) with a fresh id.
pub fn event(mut kind: Value) -> Value {
    let id = format!("{:032x}", rand_id());
    kind["id"] = json!(id);
    kind["age_ms"] = json!(0);
    kind
}

fn rand_id() -> u128 {
    // A token's hash is random enough for an event id.
    let hash = Token::random().hash();
    u128::from_le_bytes(hash[..16].try_into().unwrap())
}

/// Makes every room in `dir` look `seconds` older (the trainer is down).
pub fn age_rooms(dir: &Path, seconds: i64) {
    let db = rusqlite::Connection::open(dir.join("room.sqlite3")).unwrap();
    db.execute(
        "UPDATE rooms SET last_active = last_active - ?1, started = started - ?1",
        [seconds],
    )
    .unwrap();
}

/// Gives the latest room in `dir` the code `code` (the trainer is down).
pub fn set_code(dir: &Path, code: &RoomCode) {
    let db = rusqlite::Connection::open(dir.join("room.sqlite3")).unwrap();
    db.execute(
        "UPDATE rooms SET code = ?1 WHERE id = (SELECT MAX(id) FROM rooms)",
        [code.as_str()],
    )
    .unwrap();
}
