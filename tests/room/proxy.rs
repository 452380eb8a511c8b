//! A network that loses answers: a TCP relay in front of the trainer that
//! forwards every request but, at random, drops the trainer's answer to a
//! batch of events and closes the connection. The trainer has counted the
//! events; the trainee never hears so and sends them again. (A real trainer cannot be made to lose an
//! answer on demand: this is the one stand-in.)

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The relay.
pub struct Proxy {
    /// Where trainees connect instead of the trainer.
    pub address: SocketAddr,
    answers: Arc<AtomicU64>,
    dropped: Arc<AtomicU64>,
    task: JoinHandle<()>,
}

impl Proxy {
    /// Relays to `trainer`, dropping each piece of an answer to events with
    /// probability `loss`, and the first one always (at random: a fixed
    /// pattern could drop the same request every time).
    pub async fn start(trainer: SocketAddr, loss: f64) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let answers = Arc::new(AtomicU64::new(0));
        let dropped = Arc::new(AtomicU64::new(0));
        let (a, d) = (answers.clone(), dropped.clone());
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (a, d) = (a.clone(), d.clone());
                tokio::spawn(relay(client, trainer, loss, a, d));
            }
        });
        Proxy {
            address,
            answers,
            dropped,
            task,
        }
    }

    /// Answers to events that were thrown away.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::SeqCst)
    }

    /// Answers to events seen.
    pub fn answers(&self) -> u64 {
        self.answers.load(Ordering::SeqCst)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn relay(
    client: TcpStream,
    trainer: SocketAddr,
    loss: f64,
    answers: Arc<AtomicU64>,
    dropped: Arc<AtomicU64>,
) {
    // The trainer is down: the trainee sees the connection close.
    let Ok(upstream) = TcpStream::connect(trainer).await else {
        return;
    };
    let (mut from_client, mut to_client) = client.into_split();
    let (mut from_trainer, mut to_trainer) = upstream.into_split();
    // One request at a time on a connection (HTTP/1.1 without pipelining):
    // the answer that comes back is to the last request sent.
    let events = AtomicBool::new(false);
    let forward = async {
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let n = from_client.read(&mut buffer).await?;
            if n == 0 {
                return Ok::<(), std::io::Error>(());
            }
            if buffer[..n].starts_with(b"POST /v1/") {
                events.store(
                    buffer[..n].starts_with(b"POST /v1/events "),
                    Ordering::SeqCst,
                );
            }
            to_trainer.write_all(&buffer[..n]).await?;
        }
    };
    let back = async {
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let n = from_trainer.read(&mut buffer).await?;
            if n == 0 {
                return Ok::<(), std::io::Error>(());
            }
            if events.load(Ordering::SeqCst) {
                // The first is always lost, so every run has re-sends.
                let first = answers.fetch_add(1, Ordering::SeqCst) == 0;
                if first || rand::random_bool(loss) {
                    dropped.fetch_add(1, Ordering::SeqCst);
                    return Ok(());
                }
            }
            to_client.write_all(&buffer[..n]).await?;
        }
    };
    tokio::select! {
        _ = forward => {}
        _ = back => {}
    }
}
