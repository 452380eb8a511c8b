//! The browser's way back to the assistant after signing in: a one-shot
//! HTTP listener on 127.0.0.1, on a port the system picks, registered with
//! Entra as `http://localhost` (Entra ignores the port for localhost; the
//! path must match exactly, so the redirect has none, not even "/").
//!
//! Only `GET /?…` with the expected `state` ends the wait; anything else
//! (a favicon request, a stale tab of an earlier sign-in) gets its answer
//! and the listener keeps waiting. Dropping the future closes the port.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use zeroize::{Zeroize, Zeroizing};

use super::fault::Fault;
use crate::i18n::Lang;
use crate::service::Error;
use crate::t;

/// A browser's request line is far shorter; longer requests are refused.
const MAX_REQUEST: usize = 16 * 1024;
/// A connection that sends nothing (browsers open spare ones) is dropped.
const READ_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// What the browser brought back.
pub enum Redirect {
    /// The authorization code (wiped when dropped).
    Code(Zeroizing<String>),
    /// Entra's refusal: the OAuth `error` and its description.
    Refused {
        /// E.g. `access_denied`.
        error: String,
        /// "AADSTS65004: …".
        description: Option<String>,
    },
}

/// The listening port, before the browser is opened.
pub struct Loopback {
    listener: TcpListener,
    port: u16,
}

impl Loopback {
    /// Listens on 127.0.0.1 on a free port.
    pub async fn bind() -> Result<Self, Error> {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(|e| Fault::NoLoopback(e.to_string()))?;
        let port = listener
            .local_addr()
            .map_err(|e| Fault::NoLoopback(e.to_string()))?
            .port();
        Ok(Self { listener, port })
    }

    /// `http://localhost:PORT`, exactly as sent to Entra (no trailing slash).
    pub fn redirect_uri(&self) -> String {
        format!("http://localhost:{}", self.port)
    }

    /// Waits for the browser's redirect carrying `state`; answers it with a
    /// page in `lang`.
    pub async fn receive(self, state: &str, lang: Lang) -> Result<Redirect, Error> {
        let mut reading = JoinSet::new();
        loop {
            tokio::select! {
                accepted = self.listener.accept() => {
                    // A failed accept (e.g. too many open files) is not the
                    // end of the sign-in: the browser retries.
                    if let Ok((stream, _)) = accepted {
                        reading.spawn(read_request(stream));
                    }
                }
                Some(Ok(Some((stream, head)))) = reading.join_next(), if !reading.is_empty() => {
                    if let Some(redirect) = answer(stream, head, state, lang).await {
                        return Ok(redirect);
                    }
                }
            }
        }
    }
}

/// Reads up to the end of the request head; `None` for a silent or
/// oversized connection.
async fn read_request(mut stream: TcpStream) -> Option<(TcpStream, Zeroizing<Vec<u8>>)> {
    let mut head = Zeroizing::new(Vec::with_capacity(MAX_REQUEST));
    let mut chunk = [0u8; 2048];
    let read = async {
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 || head.len() + n > MAX_REQUEST {
                return None;
            }
            head.extend_from_slice(&chunk[..n]);
        }
        Some(())
    };
    let done = tokio::time::timeout(READ_WAIT, read).await.ok().flatten();
    chunk.zeroize();
    done.map(|()| (stream, head))
}

/// Answers one request; `Some` when it is the awaited redirect.
async fn answer(
    mut stream: TcpStream,
    head: Zeroizing<Vec<u8>>,
    state: &str,
    lang: Lang,
) -> Option<Redirect> {
    let line = head.split(|&b| b == b'\r').next().unwrap_or_default();
    let line = std::str::from_utf8(line).unwrap_or_default();
    let mut words = line.split(' ');
    let (method, target) = (words.next(), words.next().unwrap_or_default());
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if method != Some("GET") || path != "/" {
        respond(&mut stream, "404 Not Found", None).await;
        return None;
    }
    let mut fields = Fields::default();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match &*key {
            "state" => fields.state = Some(value.into_owned()),
            "code" => fields.code = Some(Zeroizing::new(value.into_owned())),
            "error" => fields.error = Some(value.into_owned()),
            "error_description" => fields.description = Some(value.into_owned()),
            _ => {}
        }
    }
    // Another sign-in's tab, or a forged request: not ours to end.
    if fields.state.as_deref() != Some(state) {
        respond(
            &mut stream,
            "400 Bad Request",
            Some(page(lang, Outcome::Stale)),
        )
        .await;
        return None;
    }
    match (fields.code, fields.error) {
        (Some(code), None) => {
            respond(&mut stream, "200 OK", Some(page(lang, Outcome::Done))).await;
            Some(Redirect::Code(code))
        }
        (_, Some(error)) => {
            respond(&mut stream, "200 OK", Some(page(lang, Outcome::Failed))).await;
            Some(Redirect::Refused {
                error,
                description: fields.description,
            })
        }
        (None, None) => {
            respond(
                &mut stream,
                "400 Bad Request",
                Some(page(lang, Outcome::Stale)),
            )
            .await;
            None
        }
    }
}

#[derive(Default)]
struct Fields {
    state: Option<String>,
    code: Option<Zeroizing<String>>,
    error: Option<String>,
    description: Option<String>,
}

/// Which page the browser shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Signed in: back to the assistant.
    Done,
    /// Microsoft refused or the person cancelled: the assistant says why.
    Failed,
    /// Not the sign-in the assistant waits for.
    Stale,
}

/// The page the browser lands on, in `lang`.
pub fn page(lang: Lang, outcome: Outcome) -> String {
    let (heading, text) = match outcome {
        Outcome::Done => (
            t!(lang, "m365-loopback-done-heading"),
            t!(lang, "m365-loopback-done"),
        ),
        Outcome::Failed => (
            t!(lang, "m365-loopback-failed-heading"),
            t!(lang, "m365-loopback-failed"),
        ),
        Outcome::Stale => (
            t!(lang, "m365-loopback-stale-heading"),
            t!(lang, "m365-loopback-stale"),
        ),
    };
    let title = t!(lang, "app-title");
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{}</title>\
         <style>body{{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;\
         padding:0 1em;line-height:1.5}}</style></head>\
         <body><h1>{}</h1><p>{}</p></body></html>",
        lang.code(),
        html(&title),
        html(&heading),
        html(&text)
    )
}

fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes a short HTTP/1.1 answer and closes. Failures are ignored: the
/// browser's tab is a courtesy, the code is what counts.
async fn respond(stream: &mut TcpStream, status: &str, body: Option<String>) {
    let body = body.unwrap_or_default();
    // no-referrer: the code in this page's address goes nowhere else.
    let text = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n\
         Content-Length: {}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(text.as_bytes()).await;
    let _ = stream.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(port: u16, target: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let request = format!("GET {target} HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        answer
    }

    #[tokio::test]
    async fn only_the_awaited_redirect_ends_the_wait() {
        let loopback = Loopback::bind().await.unwrap();
        let port = loopback.port;
        assert_eq!(loopback.redirect_uri(), format!("http://localhost:{port}"));
        let wait = tokio::spawn(loopback.receive("s1", Lang::Nl));
        // A silent spare connection does not block the real request.
        let _spare = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        assert!(get(port, "/favicon.ico").await.starts_with("HTTP/1.1 404"));
        let stale = get(port, "/?code=old&state=s0").await;
        assert!(stale.starts_with("HTTP/1.1 400"), "{stale}");
        let done = get(port, "/?code=abc%2B1&state=s1").await;
        assert!(done.contains("lang=\"nl\""), "{done}");
        assert!(done.contains(&t!(Lang::Nl, "m365-loopback-done")), "{done}");
        match wait.await.unwrap().unwrap() {
            Redirect::Code(code) => assert_eq!(code.as_str(), "abc+1"),
            Redirect::Refused { error, .. } => panic!("refused: {error}"),
        }
    }

    #[tokio::test]
    async fn a_refusal_is_brought_back_with_its_description() {
        let loopback = Loopback::bind().await.unwrap();
        let port = loopback.port;
        let wait = tokio::spawn(loopback.receive("s", Lang::En));
        let page = get(
            port,
            "/?error=access_denied&error_description=AADSTS65004%3A+declined&state=s",
        )
        .await;
        assert!(page.contains(&t!(Lang::En, "m365-loopback-failed")));
        match wait.await.unwrap().unwrap() {
            Redirect::Refused { error, description } => {
                assert_eq!(error, "access_denied");
                assert_eq!(description.as_deref(), Some("AADSTS65004: declined"));
            }
            Redirect::Code(_) => panic!("a code"),
        }
    }

    #[tokio::test]
    async fn dropping_the_wait_closes_the_port() {
        let loopback = Loopback::bind().await.unwrap();
        let port = loopback.port;
        let wait = tokio::spawn(loopback.receive("s", Lang::En));
        tokio::task::yield_now().await;
        wait.abort();
        let _ = wait.await;
        assert!(TcpStream::connect(("127.0.0.1", port)).await.is_err());
    }
}
