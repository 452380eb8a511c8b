//! The `/v1/...` endpoints. Each runs its database work on a blocking
//! thread, under the one lock that keeps the database and the room in step.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequest, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};

use super::gate::Source;
use super::limits::Bucket;
use super::secret::Token;
use super::server::ServerError;
use super::shared::Shared;
use super::store::{Arrived, StoreError};
use super::wire::{
    Action, Command, EventsRequest, EventsResponse, HeartbeatResponse, JoinRequest, JoinResponse,
    NewCode, Problem, TraineeId,
};

/// Most events in one request; the trainee sends the rest next.
pub const MAX_BATCH: usize = 500;

fn problem(status: StatusCode, error: &str, retry_after: Option<u64>) -> Response {
    let body = Json(Problem {
        error: error.to_owned(),
        retry_after,
    });
    let mut response = (status, body).into_response();
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

fn failed(error: &ServerError) -> Response {
    match error {
        ServerError::Stopped => problem(StatusCode::SERVICE_UNAVAILABLE, "stopped", None),
        ServerError::NoSuchTrainee(_) => problem(StatusCode::NOT_FOUND, "not_found", None),
        // The trainee draws a new token and joins again.
        ServerError::Store(StoreError::TokenOfAnotherRoom) => {
            problem(StatusCode::CONFLICT, "token_of_another_room", None)
        }
        other => {
            tracing::error!("trainer: {other}");
            problem(StatusCode::INTERNAL_SERVER_ERROR, "storage", None)
        }
    }
}

fn unauthorized() -> Response {
    problem(StatusCode::UNAUTHORIZED, "unauthorized", None)
}

/// The token in `Authorization: Bearer …`.
fn bearer(headers: &HeaderMap) -> Option<Token> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| Token::parse(token.trim()))?
}

fn is_admin(shared: &Shared, headers: &HeaderMap) -> bool {
    bearer(headers).is_some_and(|t| t.hash() == shared.admin)
}

/// Runs `work` on a blocking thread (SQLite waits on the disk).
async fn blocking(
    shared: Arc<Shared>,
    work: impl FnOnce(&Shared) -> Response + Send + 'static,
) -> Response {
    tokio::task::spawn_blocking(move || work(&shared))
        .await
        .unwrap_or_else(|_| problem(StatusCode::INTERNAL_SERVER_ERROR, "storage", None))
}

/// The address a request came from: the accept loop puts it on every
/// request (none when the router is called directly, as in unit tests).
type Peer = Option<Extension<ConnectInfo<SocketAddr>>>;

fn source(peer: Peer) -> Source {
    let ip = peer.map_or(
        std::net::Ipv4Addr::UNSPECIFIED.into(),
        |Extension(ConnectInfo(a))| a.ip(),
    );
    Source::from(ip)
}

/// `POST /v1/join`: the room code for a trainee token, behind the door of
/// the address it comes from; refused when the room is full.
pub async fn join(
    State(shared): State<Arc<Shared>>,
    peer: Peer,
    Json(request): Json<JoinRequest>,
) -> Response {
    let source = source(peer);
    blocking(shared, move |shared| {
        let now = shared.clock.now();
        let mut inner = shared.lock();
        if let Err(wait) = inner.gate.check(source, now) {
            return problem(StatusCode::TOO_MANY_REQUESTS, "slow_down", Some(wait));
        }
        if request.code != *inner.model.code() {
            let wait = inner.gate.wrong(source, now);
            let alarm = inner.gate.alarm(now);
            drop(inner);
            if alarm {
                shared.changed();
            }
            return problem(StatusCode::FORBIDDEN, "wrong_code", Some(wait));
        }
        inner.gate.right(source);
        let hash = request.token.hash();
        if let Some(trainee) = inner.tokens.get(&hash).copied() {
            // The same trainee again: its first answer got lost.
            return Json(JoinResponse::new(trainee)).into_response();
        }
        if inner.tokens.len() >= shared.limits.max_trainees as usize {
            inner.refused_full = inner.refused_full.saturating_add(1);
            drop(inner);
            shared.changed();
            return problem(StatusCode::FORBIDDEN, "room_full", None);
        }
        let Some(store) = inner.store.as_mut() else {
            return failed(&ServerError::Stopped);
        };
        let trainee = match store.join(&hash, request.training, now) {
            Ok(id) => id,
            Err(e) => return failed(&e.into()),
        };
        inner.model.join(trainee, request.training, now);
        inner.tokens.insert(hash, trainee);
        drop(inner);
        shared.changed();
        Json(JoinResponse::new(trainee)).into_response()
    })
    .await
}

/// `POST /v1/events`: counts each event once.
pub async fn events(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let headers = request.headers().clone();
    // A token told to wait is refused before its body is parsed: a flood
    // costs the trainer a hash and a look-up per request, not the JSON.
    if let Some(refused) = bearer(&headers).and_then(|t| told_to_wait(&shared, &t)) {
        return refused;
    }
    let request = match Json::<EventsRequest>::from_request(request, &()).await {
        Ok(Json(request)) => request,
        Err(rejection) => return rejection.into_response(),
    };
    if request.events.len() > MAX_BATCH {
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "too_many_events", None);
    }
    let token = bearer(&headers);
    blocking(shared, move |shared| {
        let now = shared.clock.now();
        let mut inner = shared.lock();
        let Some(trainee) = token.and_then(|t| inner.tokens.get(&t.hash()).copied()) else {
            return unauthorized();
        };
        // One token may not grow the trainer: so many events a second, so
        // many in all; past either, the trainee sends only its latest state.
        let limits = shared.limits;
        let sent = request.events.len() as u64;
        if inner.model.events(trainee).saturating_add(sent) > limits.events_per_trainee {
            inner.model.seen(trainee, now);
            return problem(StatusCode::TOO_MANY_REQUESTS, "too_many_events", Some(60));
        }
        let bucket = inner
            .buckets
            .entry(trainee)
            .or_insert_with(|| Bucket::full(&limits, now));
        if let Err(wait) = bucket.take(&limits, sent, now) {
            inner.model.seen(trainee, now);
            return problem(StatusCode::TOO_MANY_REQUESTS, "events_too_fast", Some(wait));
        }
        // When each happened: never before the one before it.
        let mut last = inner.model.last_event(trainee);
        let arrived: Vec<Arrived<'_>> = request
            .events
            .iter()
            .map(|e| {
                let at = now.saturating_sub(e.age_ms / 1000).max(last);
                last = at;
                (e.id, at, &e.kind)
            })
            .collect();
        let Some(store) = inner.store.as_mut() else {
            return failed(&ServerError::Stopped);
        };
        let new = match store.events(trainee, &arrived, now) {
            Ok(new) => new,
            Err(e) => return failed(&e.into()),
        };
        let mut counted = 0;
        for ((_, at, kind), new) in arrived.iter().zip(&new) {
            if *new {
                inner.model.apply(trainee, *at, kind);
                counted += 1;
            }
        }
        inner.model.seen(trainee, now);
        drop(inner);
        shared.changed();
        Json(EventsResponse {
            new: counted,
            repeated: new.len() as u32 - counted,
        })
        .into_response()
    })
    .await
}

/// The refusal for a trainee whose allowance of events is used up now.
fn told_to_wait(shared: &Shared, token: &Token) -> Option<Response> {
    let now = shared.clock.now();
    let limits = shared.limits;
    let inner = shared.lock();
    let trainee = *inner.tokens.get(&token.hash())?;
    if inner.model.events(trainee) >= limits.events_per_trainee {
        return Some(problem(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_events",
            Some(60),
        ));
    }
    let wait = inner.buckets.get(&trainee)?.empty(&limits, now)?;
    Some(problem(
        StatusCode::TOO_MANY_REQUESTS,
        "events_too_fast",
        Some(wait),
    ))
}

/// `POST /v1/heartbeat`: "still here"; answers with the resets waiting.
pub async fn heartbeat(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let token = bearer(&headers);
    blocking(shared, move |shared| {
        let now = shared.clock.now();
        let mut inner = shared.lock();
        let Some(trainee) = token.and_then(|t| inner.tokens.get(&t.hash()).copied()) else {
            return unauthorized();
        };
        let Some(store) = inner.store.as_mut() else {
            return failed(&ServerError::Stopped);
        };
        if let Err(e) = store.seen(trainee, now) {
            return failed(&e.into());
        }
        inner.model.seen(trainee, now);
        let commands = inner
            .model
            .pending(trainee)
            .into_iter()
            .map(|id| Command {
                id,
                action: Action::Reset,
            })
            .collect();
        // No change for the dashboard: its 1 s tick shows "online" again.
        drop(inner);
        Json(HeartbeatResponse { commands }).into_response()
    })
    .await
}

/// `GET /v1/room` (admin): the snapshot as JSON.
pub async fn room(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if !is_admin(&shared, &headers) {
        return unauthorized();
    }
    let now = shared.clock.now();
    let snapshot = {
        let inner = shared.lock();
        let mut snapshot = inner.model.snapshot(now);
        snapshot.door = inner.door(now);
        snapshot
    };
    Json(snapshot).into_response()
}

/// `GET /v1/report.csv` (admin): every room kept.
pub async fn report(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if !is_admin(&shared, &headers) {
        return unauthorized();
    }
    blocking(shared, |shared| match shared.report() {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"training-report.csv\"",
                ),
            ],
            csv,
        )
            .into_response(),
        Err(e) => failed(&e),
    })
    .await
}

/// `POST /v1/code` (admin): a new room code (someone is trying codes);
/// trainees already in stay in.
pub async fn new_code(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if !is_admin(&shared, &headers) {
        return unauthorized();
    }
    blocking(shared, |shared| match shared.new_code() {
        Ok(code) => Json(NewCode { code }).into_response(),
        Err(e) => failed(&e),
    })
    .await
}

/// `POST /v1/trainees/{id}/reset` (admin).
pub async fn reset_one(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Response {
    if !is_admin(&shared, &headers) {
        return unauthorized();
    }
    blocking(shared, move |shared| match shared.reset(&[TraineeId(id)]) {
        Ok(issued) => Json(issued).into_response(),
        Err(e) => failed(&e),
    })
    .await
}

/// `POST /v1/reset` (admin): every trainee.
pub async fn reset_all(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if !is_admin(&shared, &headers) {
        return unauthorized();
    }
    blocking(shared, |shared| {
        let all: Vec<TraineeId> = shared.lock().model.trainees().map(|(id, _)| id).collect();
        match shared.reset(&all) {
            Ok(issued) => Json(issued).into_response(),
            Err(e) => failed(&e),
        }
    })
    .await
}
