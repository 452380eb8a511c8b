//! A stand-in between the assistant and a real privacyIDEA, for faults the
//! real server cannot produce on demand: a busy server's 429/503 with
//! `Retry-After`, a connection cut in the middle of an answer (after the
//! server acted), a web page where JSON was due, a failed TLS handshake, a
//! hang. The first `times` requests that match fault; every other one is
//! passed to the real server, so a retry works for real.

#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What a faulting request gets.
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    /// This answer instead of the server's (which never sees the request):
    /// the status line and headers, then the body (its length is added).
    Reply(&'static str, &'static str),
    /// The server gets the request and acts; the answer is cut off after
    /// its head and half its body.
    CutAnswer,
    /// The server gets the request and acts; the connection closes before
    /// any answer.
    CutBeforeAnswer,
    /// Never answers.
    Hang,
    /// TLS level: the ClientHello is answered with a fatal
    /// `handshake_failure` alert.
    TlsAlert,
}

/// A running stand-in; faults left and requests seen are counted.
pub struct FaultProxy {
    /// The address to give the assistant (`http://` or `https://`).
    pub url: String,
    left: Arc<AtomicUsize>,
    seen: Arc<AtomicUsize>,
}

impl FaultProxy {
    /// In front of `upstream` (`http(s)://127.0.0.1:PORT`): the first
    /// `times` requests whose request line contains `matching` get `fault`.
    pub async fn start(upstream: &str, fault: Fault, times: usize, matching: &'static str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let tls = upstream.starts_with("https://");
        let target = upstream
            .split("://")
            .nth(1)
            .unwrap()
            .trim_end_matches('/')
            .to_owned();
        let url = format!(
            "{}://{}",
            if tls { "https" } else { "http" },
            listener.local_addr().unwrap()
        );
        let left = Arc::new(AtomicUsize::new(times));
        let seen = Arc::new(AtomicUsize::new(0));
        let (l, s) = (left.clone(), seen.clone());
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (target, left, seen) = (target.clone(), l.clone(), s.clone());
                tokio::spawn(async move {
                    if tls {
                        tls_connection(client, &target, fault, &left, &seen).await;
                    } else {
                        http_connection(client, &target, fault, matching, &left, &seen).await;
                    }
                });
            }
        });
        FaultProxy { url, left, seen }
    }

    /// Requests (or TLS connections) that reached the stand-in so far.
    pub fn seen(&self) -> usize {
        self.seen.load(Ordering::SeqCst)
    }

    /// Faults not yet used.
    pub fn left(&self) -> usize {
        self.left.load(Ordering::SeqCst)
    }
}

fn take(left: &AtomicUsize) -> bool {
    left.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok()
}

/// Passes raw bytes both ways once the faults are used up: TLS is end to
/// end between the assistant and the real server.
async fn tls_connection(
    mut client: TcpStream,
    target: &str,
    fault: Fault,
    left: &AtomicUsize,
    seen: &AtomicUsize,
) {
    seen.fetch_add(1, Ordering::SeqCst);
    if matches!(fault, Fault::TlsAlert) && take(left) {
        let mut hello = [0u8; 4096];
        let _ = client.read(&mut hello).await;
        // TLS record: alert (21), TLS 1.2, length 2, fatal (2), handshake_failure (40).
        let _ = client.write_all(&[21, 3, 3, 0, 2, 2, 40]).await;
        return;
    }
    if let Ok(mut server) = TcpStream::connect(target).await {
        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
    }
}

/// One request per connection, closed after the answer: simple and what
/// a proxy may do.
async fn http_connection(
    mut client: TcpStream,
    target: &str,
    fault: Fault,
    matching: &str,
    left: &AtomicUsize,
    seen: &AtomicUsize,
) {
    let Some(request) = read_request(&mut client).await else {
        return;
    };
    seen.fetch_add(1, Ordering::SeqCst);
    let line =
        String::from_utf8_lossy(&request[..request.iter().position(|&b| b == b'\r').unwrap_or(0)])
            .into_owned();
    let faulting = line.contains(matching) && take(left);
    match (faulting, fault) {
        (true, Fault::Reply(head, body)) => {
            let answer = format!(
                "{}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                head.trim_end(),
                body.len()
            );
            let _ = client.write_all(answer.as_bytes()).await;
            let _ = client.shutdown().await;
            return;
        }
        (true, Fault::Hang) => {
            tokio::time::sleep(Duration::from_secs(60)).await;
            return;
        }
        _ => {}
    }
    let Some(answer) = forward(&request, target).await else {
        return;
    };
    match (faulting, fault) {
        (true, Fault::CutBeforeAnswer) => {}
        (true, Fault::CutAnswer) => {
            let head = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
            let half = head + (answer.len() - head) / 2;
            let _ = client.write_all(&answer[..half]).await;
            let _ = client.flush().await;
        }
        _ => {
            let _ = client.write_all(&answer).await;
        }
    }
    let _ = client.shutdown().await;
}

/// The request head and its body (by `Content-Length`).
async fn read_request(client: &mut TcpStream) -> Option<Vec<u8>> {
    let mut data = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        let n = client.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buf[..n]);
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .map_or(0, |v| v.trim().parse().unwrap_or(0));
            while data.len() < end + 4 + length {
                let n = client.read(&mut buf).await.ok()?;
                if n == 0 {
                    return None;
                }
                data.extend_from_slice(&buf[..n]);
            }
            return Some(data);
        }
    }
}

/// Sends `request` to the real server on a connection of its own and
/// returns its whole answer, marked to close the connection.
async fn forward(request: &[u8], target: &str) -> Option<Vec<u8>> {
    let mut server = TcpStream::connect(target).await.ok()?;
    server.write_all(&with_close(request)).await.ok()?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer).await.ok()?;
    Some(with_close(&answer))
}

/// `Connection: close` as the first header: one exchange per connection.
fn with_close(message: &[u8]) -> Vec<u8> {
    if message.is_empty() {
        return Vec::new();
    }
    let first = message.windows(2).position(|w| w == b"\r\n").unwrap_or(0) + 2;
    let mut out = message[..first].to_vec();
    out.extend_from_slice(b"Connection: close\r\n");
    // Drop the original connection headers.
    let end = message
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(message.len(), |e| e + 2);
    for line in message[first..end].split_inclusive(|&b| b == b'\n') {
        if !line.to_ascii_lowercase().starts_with(b"connection:") {
            out.extend_from_slice(line);
        }
    }
    out.extend_from_slice(&message[end..]);
    out
}
