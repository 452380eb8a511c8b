// A Microsoft Graph fixture: GET /v1.0/me/authentication/methods (and its
// passkeys alone at .../fido2Methods) as Graph serves them, for access tokens from the harness's real OAuth server only
// (signature by its JWKS, issuer, audience and the delegated permission
// checked). Everything else about Graph is out of scope.
//
// Test controls under /_admin/:
//   PUT  /_admin/methods/{login}   the person's methods (Graph's JSON objects)
//   POST /_admin/methods/{login}   one more method, as a person registers it
//   POST /_admin/faults            [{status: 429, retryAfter: 2}, {status: 503},
//                                  {status: 401}, {hang: true}, {drop: true}, ...]:
//                                  answers for the next requests, in order, for
//                                  what Graph does but not on demand
//   GET  /_admin/stats             {requests, served, refused, early, fido2}
//                                  (fido2: requests for fido2Methods, which the
//                                  assistant never makes: /methods lists passkeys)
//   PUT  /_admin/date              {date: "2027-02-02T09:00:00Z"}: Graph's clock
//                                  (its answers' Date) from then on, running on
//                                  from that time; {date: null} the real one

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const PASSWORD = {
  '@odata.type': '#microsoft.graph.passwordAuthenticationMethod',
  id: '28c10230-6103-485e-b985-444c60001490',
  password: null,
  createdDateTime: '2023-09-18T10:12:45Z',
};

function graphError(res, status, code, message, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({
    error: {
      code,
      message,
      innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': randomUUID() },
    },
  }));
}

export async function startGraph({ issuer, jwksUri, audience, scope, users, date = null }) {
  // Graph's clock minus this machine's, in ms: tests pin the day Graph says.
  let clockOffset = date ? Date.parse(date) - Date.now() : 0;
  const jwks = createRemoteJWKSet(new URL(jwksUri));
  const methods = new Map(Object.values(users).map(({ login }) => [login, [PASSWORD]]));
  const faults = [];
  const stats = { requests: 0, served: 0, refused: 0, early: 0, fido2: 0 };
  // After a 429: no answer but 429 until then, as Graph keeps throttling.
  let throttledUntil = 0;

  // only: which of the person's methods to list (fido2Methods: the passkeys).
  async function me(req, res, only = null) {
    stats.requests += 1;
    if (only) stats.fido2 += 1;
    if (Date.now() < throttledUntil) {
      stats.early += 1;
      const wait = Math.ceil((throttledUntil - Date.now()) / 1000);
      return graphError(res, 429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(wait) });
    }
    const fault = faults.shift();
    if (fault?.hang) return undefined; // never answers
    if (fault?.drop) return req.socket.destroy();
    if (fault?.status === 429) {
      throttledUntil = Date.now() + fault.retryAfter * 1000;
      return graphError(res, 429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(fault.retryAfter) });
    }
    if (fault?.status) {
      // Graph's own codes for these statuses.
      const [code, message] = {
        401: ['InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'],
        403: ['accessDenied', 'Request Authorization failed'],
        500: ['generalException', 'General exception while processing.'],
        502: ['badGateway', 'The server returned an invalid response.'],
        503: ['serviceNotAvailable', 'The service is temporarily unavailable.'],
        504: ['gatewayTimeout', 'The server did not answer in time.'],
      }[fault.status] ?? ['unknownError', 'An unknown error occurred.'];
      return graphError(res, fault.status, code, message);
    }

    const [kind, token] = (req.headers.authorization ?? '').split(' ');
    let claims;
    try {
      if (kind !== 'Bearer' || !token) throw new Error('no bearer token');
      ({ payload: claims } = await jwtVerify(token, jwks, { issuer, audience }));
    } catch (e) {
      stats.refused += 1;
      return graphError(res, 401, 'InvalidAuthenticationToken', `Access token validation failure: ${e.code ?? e.message}`, {
        'www-authenticate': 'Bearer realm="", error="invalid_token"',
      });
    }
    if (!String(claims.scp ?? '').split(' ').includes(scope)) {
      stats.refused += 1;
      return graphError(res, 403, 'accessDenied', 'Request Authorization failed');
    }
    const user = users[claims.oid];
    stats.served += 1;
    const all = methods.get(user.login) ?? [];
    res.writeHead(200, { 'content-type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' });
    return res.end(JSON.stringify({
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${claims.oid}')/authentication/${only ?? 'methods'}`,
      value: only ? all.filter((m) => m['@odata.type'] === '#microsoft.graph.fido2AuthenticationMethod') : all,
    }));
  }

  async function admin(req, res, url) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
    const [, , what, login] = url.pathname.split('/');
    const ok = (value) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(value)); };
    if (what === 'methods' && req.method === 'PUT') { methods.set(login, body); return ok(body); }
    if (what === 'methods' && req.method === 'POST') { methods.get(login).push(body); return ok(methods.get(login)); }
    if (what === 'faults' && req.method === 'POST') { faults.push(...body); return ok(faults); }
    if (what === 'stats') return ok(stats);
    if (what === 'date' && req.method === 'PUT') {
      clockOffset = body.date ? Date.parse(body.date) - Date.now() : 0;
      return ok({ date: new Date(Date.now() + clockOffset).toUTCString() });
    }
    res.writeHead(404);
    return res.end();
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (url.pathname.startsWith('/_admin/')) return await admin(req, res, url);
      res.setHeader('date', new Date(Date.now() + clockOffset).toUTCString());
      if (req.method === 'GET' && url.pathname === '/v1.0/me/authentication/methods') return await me(req, res);
      if (req.method === 'GET' && url.pathname === '/v1.0/me/authentication/fido2Methods') return await me(req, res, 'fido2Methods');
      return graphError(res, 400, 'BadRequest', `Resource not found for the segment '${url.pathname}'.`);
    } catch (e) {
      console.error(e);
      return graphError(res, 500, 'generalException', String(e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}` };
}
