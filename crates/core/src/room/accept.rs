//! The trainer's own accept loop on hyper. `axum::serve` sets no timer, so
//! hyper's header-read timeout never fires there and half-sent requests
//! stay open for ever; here every connection has one, every request has a
//! deadline for its whole body, open connections are capped, and each
//! request carries its client's address (the join back-off is per address).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, oneshot};
use tower_service::Service;

/// How long a client may take to send a request's headers; in hyper 1.x
/// the same timer closes a keep-alive connection idle that long.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a whole request may take, its body included (a body sent a
/// byte at a time is cut here).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
/// Open connections at most: 60 trainees need one or two each; IT's tools
/// a few more. Past it, new connections are closed at once (and logged).
pub const MAX_CONNECTIONS: usize = 512;
/// How long graceful shutdown waits for requests under way.
const DRAIN: Duration = Duration::from_secs(3);

/// Serves `router` on `listener` until `stop` fires, then lets the
/// requests under way finish (at most [`DRAIN`]).
pub async fn serve(listener: TcpListener, router: Router, mut stop: oneshot::Receiver<()>) {
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    // Logged once each time the cap is reached, not for every refusal.
    let full = Arc::new(AtomicBool::new(false));
    loop {
        let (tcp, peer) = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, mostly: wait rather than spin.
                    tracing::warn!("trainer: accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let Ok(permit) = Arc::clone(&permits).try_acquire_owned() else {
            if !full.swap(true, Ordering::Relaxed) {
                tracing::warn!(
                    "trainer: {MAX_CONNECTIONS} connections open; new ones are closed until some end"
                );
            }
            drop(tcp);
            continue;
        };
        full.store(false, Ordering::Relaxed);
        // Small answers go out at once, not after Nagle's delay.
        let _ = tcp.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            let mut router = router.clone();
            async move {
                let answer = tokio::time::timeout(REQUEST_TIMEOUT, router.call(request)).await;
                Ok::<Response, std::convert::Infallible>(match answer {
                    Ok(Ok(response)) => response,
                    Ok(Err(never)) => match never {},
                    Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
                })
            }
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .serve_connection(TokioIo::new(tcp), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(%peer, "trainer connection: {e}");
            }
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::debug!("trainer: requests still under way at shutdown were cut");
    }
}

/// Raises this process's soft limit on open files to the hard one, so
/// idle sockets cannot crowd out real heartbeats (many systems start at
/// 1024, some at 128).
pub fn raise_file_limit() {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit and setrlimit read or write the struct we pass.
        unsafe {
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0
                && limit.rlim_cur < limit.rlim_max
            {
                let before = limit.rlim_cur;
                limit.rlim_cur = limit.rlim_max;
                if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) == 0 {
                    tracing::debug!(before, after = limit.rlim_max, "open files limit raised");
                }
            }
        }
    }
}
