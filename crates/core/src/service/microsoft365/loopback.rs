//! The browser's way back to the assistant after signing in: a one-shot
//! HTTP server (axum) on 127.0.0.1, on a port the system picks, registered
//! with Entra as `http://localhost` (Entra ignores the port for localhost;
//! the path must match exactly, so the redirect has none, not even "/").
//!
//! Only `GET /?…` with the expected `state` ends the wait; anything else
//! (a favicon request, a stale tab of an earlier sign-in) gets its answer
//! and the server keeps waiting. Dropping the future closes the port.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use zeroize::Zeroizing;

use super::fault::Fault;
use crate::i18n::Lang;
use crate::service::Error;
use crate::t;

/// How long the last page may take to reach the browser once the redirect
/// is in.
const LAST_PAGE: Duration = Duration::from_secs(2);

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

/// What the server's handler knows: the awaited `state`, the page's
/// language, and where the redirect goes (taken once).
struct Awaited {
    state: String,
    lang: Lang,
    found: Mutex<Option<oneshot::Sender<Redirect>>>,
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
        let (found, redirect) = oneshot::channel();
        let awaited = Arc::new(Awaited {
            state: state.to_owned(),
            lang,
            found: Mutex::new(Some(found)),
        });
        let router = Router::new()
            .route("/", axum::routing::get(answer))
            .fallback(|| async { reply(StatusCode::NOT_FOUND, String::new()) })
            .with_state(awaited);
        let (stop, stopped) = oneshot::channel::<()>();
        let server = axum::serve(self.listener, router)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .into_future();
        tokio::pin!(server);
        let redirect = tokio::select! {
            redirect = redirect => redirect
                .map_err(|_| Fault::NoLoopback("the redirect was lost".to_owned()))?,
            ended = &mut server => {
                let why = ended.err().map_or_else(|| "stopped".to_owned(), |e| e.to_string());
                return Err(Fault::NoLoopback(why).into());
            }
        };
        // The last page still reaches the browser; then the port closes.
        let _ = stop.send(());
        let _ = tokio::time::timeout(LAST_PAGE, server).await;
        Ok(redirect)
    }
}

/// Answers `GET /?…`: the awaited redirect (handed over, once), or a page
/// saying this tab is not the sign-in under way.
async fn answer(State(awaited): State<Arc<Awaited>>, RawQuery(query): RawQuery) -> Response {
    let query = Zeroizing::new(query.unwrap_or_default());
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
    let lang = awaited.lang;
    // Another sign-in's tab, or a forged request: not ours to end.
    let stale = || reply(StatusCode::BAD_REQUEST, page(lang, Outcome::Stale));
    if fields.state.as_deref() != Some(awaited.state.as_str()) {
        return stale();
    }
    let (redirect, outcome) = match (fields.code, fields.error) {
        (Some(code), None) => (Redirect::Code(code), Outcome::Done),
        (_, Some(error)) => (
            Redirect::Refused {
                error,
                description: fields.description,
            },
            Outcome::Failed,
        ),
        (None, None) => return stale(),
    };
    let found = awaited
        .found
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take();
    match found {
        Some(found) => {
            let _ = found.send(redirect);
            reply(StatusCode::OK, page(lang, outcome))
        }
        // The redirect came already: this is a second tab.
        None => stale(),
    }
}

/// A short HTML answer that is not kept and leaks no address: the code is
/// in this page's own address (no-referrer); the connection closes.
fn reply(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::CONNECTION, "close"),
        ],
        body,
    )
        .into_response()
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

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

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
