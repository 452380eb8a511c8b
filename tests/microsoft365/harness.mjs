// The Microsoft 365 test harness: a real OAuth 2 / OpenID Connect server
// (oidc-provider) standing in for the tenant's Entra ID authority, and a
// Microsoft Graph fixture beside it. Both listen on 127.0.0.1, on ports the
// system picks; the first line on stdout says where, as JSON:
//   {"authority": "http://127.0.0.1:A", "graph": "http://127.0.0.1:B",
//    "tenant": "...", "client_id": "..."}
//
// Entra's layout is kept, so the assistant uses the same paths as against
// Microsoft: {authority}/{tenant}/oauth2/v2.0/authorize, /token, /devicecode,
// {authority}/{tenant}/v2.0/.well-known/openid-configuration. Any other tenant
// path is answered as Entra answers an unknown tenant (AADSTS90002).
//
// Options: --access-ttl SECONDS, --refresh-ttl SECONDS, --graph-date ISO-TIME
// (Graph's clock starts there instead of now).
// Test controls on the authority (Graph's are in graph.mjs):
//   PUT  /_admin/consent          {"granted": false}: IT gave no admin consent
//   PUT  /_admin/browser          what browser.mjs does: {"action": "approve" |
//                                 "cancel" | "ignore", "login", "password"}
//   GET  /_admin/browser/report   what browser.mjs ended on, each time

import http from 'node:http';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';
import { generateKeyPair, exportJWK } from 'jose';
import { startGraph } from './graph.mjs';

const TENANT = '6f1c2a5e-3b7d-4e0a-9c41-2d8b7e5f0a13';
const CLIENT_ID = '0b5e7c2d-91a4-4f36-8d2e-7a3c5b1e9f40';
const GRAPH = 'https://graph.microsoft.com';
const SCOPE = 'UserAuthenticationMethod.Read';

// People in the tenant: login name -> [password, display name, object id].
const USERS = {
  'jan@contoso.example': ['geheim-jan-1', 'Jan Jansen', 'a1f0c3e2-5b6d-4c7e-8f90-1a2b3c4d5e6f'],
  'els@contoso.example': ['geheim-els-2', 'Els de Vries', 'b2e1d4f3-6c7e-4d8f-9a01-2b3c4d5e6f70'],
};
const byId = Object.fromEntries(Object.entries(USERS).map(([login, [, name, oid]]) => [oid, { login, name }]));

const { values: opts } = parseArgs({
  options: {
    'access-ttl': { type: 'string', default: '3600' },
    'graph-date': { type: 'string' },
    'refresh-ttl': { type: 'string', default: '86400' },
  },
});
const accessTtl = Number(opts['access-ttl']);
const refreshTtl = Number(opts['refresh-ttl']);

// What the test has set: whether IT gave admin consent, whether a
// Conditional Access policy blocks the assistant, and what the browser
// (tests/microsoft365/browser.mjs) does when the assistant opens it.
const state = {
  adminConsent: true,
  blockedByPolicy: false,
  browser: { login: 'jan@contoso.example', password: 'geheim-jan-1', action: 'approve' },
  reports: [],
};

const aadError = (code, text) => `AADSTS${code}: ${text} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`;

// Entra's JSON errors carry the AADSTS number as `error_codes` too.
function entraJson(error, code, text) {
  return {
    error,
    error_description: aadError(code, text),
    error_codes: [code],
    timestamp: new Date().toISOString(),
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
  };
}

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: randomUUID(), use: 'sig', alg: 'RS256' };

const authority = http.createServer();
await new Promise((ok) => authority.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${authority.address().port}`;
const issuer = `${origin}/${TENANT}/v2.0`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: CLIENT_ID,
    client_name: 'mfa-assistant',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    // As IT registers it in Entra: "Mobile and desktop", http://localhost.
    redirect_uris: ['http://localhost'],
    response_types: ['code'],
    grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
  }],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomUUID()] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'oid', 'tid'] },
  scopes: ['openid', 'profile', 'offline_access'],
  pkce: { methods: ['S256'], required: () => true },
  routes: {
    authorization: '/oauth2/v2.0/authorize',
    token: '/oauth2/v2.0/token',
    device_authorization: '/oauth2/v2.0/devicecode',
    code_verification: '/devicelogin',
    jwks: '/discovery/v2.0/keys',
    userinfo: '/openid/userinfo',
    end_session: '/oauth2/v2.0/logout',
    revocation: '/oauth2/v2.0/revoke',
  },
  ttl: {
    AccessToken: accessTtl,
    IdToken: 3600,
    RefreshToken: refreshTtl,
    AuthorizationCode: 120,
    DeviceCode: 600,
    Grant: 86400,
    Interaction: 600,
    Session: 86400,
  },
  // Entra hands out a new refresh token with every refresh, as here.
  rotateRefreshToken: true,
  features: {
    devInteractions: { enabled: false },
    revocation: { enabled: true },
    deviceFlow: {
      enabled: true,
      charset: 'base-20',
      mask: '*********',
      userCodeInputSource: deviceInput,
      userCodeConfirmSource: deviceConfirm,
      successSource: deviceSuccess,
    },
    // Graph access tokens are JWTs with Graph's audience, as Entra issues
    // them; the Graph fixture checks them like any resource server.
    resourceIndicators: {
      enabled: true,
      defaultResource: () => GRAPH,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, indicator) => {
        if (indicator !== GRAPH) throw new errors.InvalidTarget();
        return {
          scope: SCOPE,
          audience: GRAPH,
          accessTokenTTL: accessTtl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  // Entra's access tokens name the person (oid), the tenant (tid) and the
  // delegated permissions (scp).
  extraTokenClaims: (ctx, token) => {
    const user = byId[token.accountId];
    return {
      oid: token.accountId, tid: TENANT, scp: token.scope, upn: user?.login,
    };
  },
  issueRefreshToken: (ctx, client, code) => client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
  findAccount: (ctx, id) => byId[id] && {
    accountId: id,
    claims: () => ({
      sub: id, oid: id, tid: TENANT, name: byId[id].name, preferred_username: byId[id].login,
    }),
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError: (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('Sign in', `<p id="error">${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`);
  },
});
provider.proxy = false;

// Entra matches a registered http://localhost with any port, but otherwise
// compares the redirect URI as a string: "http://localhost:PORT/" (a trailing
// slash) is a different address and is refused, as there.
provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value) {
  const loopback = /^http:\/\/localhost:\d{1,5}(?=$|[/?#])/;
  const registered = loopback.test(value) ? value.replace(loopback, 'http://localhost') : value;
  return this.redirectUris.includes(registered);
};

// Entra's device code answer names the polling interval (and says in words
// what to do); a short one here keeps the tests quick.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.oidc?.route === 'device_authorization' && ctx.status === 200) {
    ctx.body.interval = 1;
    ctx.body.message = `To sign in, use a web browser to open the page ${ctx.body.verification_uri} and enter the code ${ctx.body.user_code} to authenticate.`;
  }
});

// A Conditional Access policy that blocks the assistant: the person signs
// in, and the token endpoint answers as Entra does (AADSTS53003, sent as
// `interaction_required`).
provider.use(async (ctx, next) => {
  await next();
  if (state.blockedByPolicy && ctx.oidc?.route === 'token' && ctx.status === 200) {
    ctx.status = 400;
    ctx.body = entraJson('interaction_required', 53003,
      'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.');
  }
});

// Entra's JSON errors: AADSTS numbers in `error_codes`.
provider.use(async (ctx, next) => {
  await next();
  const body = ctx.body;
  if (ctx.status < 400 || !body || typeof body !== 'object' || !body.error || body.error_codes) return;
  const grantType = ctx.oidc?.params?.grant_type;
  let code;
  if (body.error === 'invalid_client') {
    code = 700016;
    body.error = 'unauthorized_client';
    body.error_description = aadError(code, `Application with identifier '${ctx.oidc?.params?.client_id}' was not found in the directory '${TENANT}'.`);
  } else if (body.error === 'invalid_grant' && grantType === 'refresh_token') {
    code = 70008;
    body.error_description = aadError(code, 'The provided authorization code or refresh token has expired due to inactivity.');
  } else {
    const m = /^AADSTS(\d+):/.exec(body.error_description ?? '');
    if (m) code = Number(m[1]);
  }
  if (code) Object.assign(body, { error_codes: [code], timestamp: new Date().toISOString(), trace_id: randomUUID(), correlation_id: randomUUID() });
});

const callback = provider.callback();

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res, status, body, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(text);
}

// The device flow's pages: the code, then "is this you?", then done.
function deviceInput(ctx, form, out, err) {
  ctx.body = page('Enter code', `${err ? `<p id="error">${escape(out?.error ?? 'error')}</p>` : ''}${form}
    <button type="submit" form="op.deviceInputForm">Next</button>`);
}
function deviceConfirm(ctx, form, client, deviceInfo, userCode) {
  ctx.body = page('Are you trying to sign in to mfa-assistant?', `<p>${escape(userCode)}</p>${form}
    <button type="submit" form="op.deviceConfirmForm">Continue</button>
    <button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Cancel</button>`);
}
function deviceSuccess(ctx) {
  ctx.body = page('mfa-assistant', '<p id="done">You have signed in to mfa-assistant on your device. You may now close this window.</p>');
}

// Sign-in pages (Entra's "Sign in" and, behind it, the tenant's consent).
async function interaction(req, res, url) {
  const [, , uid, step] = url.pathname.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Sign in', '<p id="error">stale sign-in</p>'), 'text/html');
  const { prompt, params } = details;
  if (req.method === 'GET' && prompt.name === 'login') {
    return send(res, 200, page('Sign in', `<form method="post" action="/interaction/${uid}/login">
      <input type="email" name="login" value="${escape(params.login_hint ?? '')}"><input type="password" name="password">
      <button type="submit">Sign in</button></form>
      <form method="post" action="/interaction/${uid}/cancel"><button type="submit">Cancel</button></form>`), 'text/html');
  }
  if (req.method === 'POST' && step === 'cancel') {
    // Entra's answer when the person backs out of signing in.
    return provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: aadError(65004, 'User declined to consent to access the app.'),
    }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && step === 'login') {
    const form = new URLSearchParams(await readBody(req));
    const user = USERS[form.get('login')];
    if (!user || user[0] !== form.get('password')) {
      return send(res, 200, page('Sign in', '<p id="error">AADSTS50126: Error validating credentials due to invalid username or password.</p>'), 'text/html');
    }
    return provider.interactionFinished(req, res, { login: { accountId: user[2] } }, { mergeWithLastSubmission: false });
  }
  if (prompt.name === 'consent') {
    // Nobody is asked: UserAuthenticationMethod.Read needs admin consent,
    // which IT gave for the whole tenant, or did not.
    if (!state.adminConsent) {
      return provider.interactionFinished(req, res, {
        error: 'consent_required',
        error_description: aadError(65001, `The user or administrator has not consented to use the application with ID '${CLIENT_ID}' named 'mfa-assistant'. Send an interactive authorization request for this user and resource.`),
      }, { mergeWithLastSubmission: false });
    }
    const grant = new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    grant.addOIDCScope('openid profile offline_access');
    grant.addOIDCClaims(['name', 'preferred_username', 'oid', 'tid']);
    grant.addResourceScope(GRAPH, SCOPE);
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return send(res, 400, page('Sign in', `<p id="error">unexpected step ${escape(prompt.name)}</p>`), 'text/html');
}

async function admin(req, res, url) {
  const body = req.method === 'GET' ? null : JSON.parse((await readBody(req)) || 'null');
  switch (`${req.method} ${url.pathname}`) {
    case 'PUT /_admin/consent': state.adminConsent = !!body.granted; return send(res, 200, { ok: true });
    case 'PUT /_admin/conditional-access': state.blockedByPolicy = !!body.blocked; return send(res, 200, { ok: true });
    case 'PUT /_admin/browser': state.browser = { ...state.browser, ...body }; return send(res, 200, state.browser);
    case 'GET /_admin/browser': return send(res, 200, state.browser);
    case 'POST /_admin/browser/report': state.reports.push(body); return send(res, 200, { ok: true });
    case 'GET /_admin/browser/report': return send(res, 200, state.reports);
    default: return send(res, 404, { error: 'no such admin call' });
  }
}

authority.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, origin);
    const [, first, second] = url.pathname.split('/');
    if (first === '_admin') return await admin(req, res, url);
    if (first === 'interaction') return await interaction(req, res, url);
    if (first !== TENANT) {
      // Entra's answer for a tenant it does not know.
      const text = `Tenant '${first}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`;
      if (url.pathname.endsWith('/authorize')) {
        return send(res, 400, page('Sign in', `<p id="error">${escape(aadError(90002, text))}</p>`), 'text/html');
      }
      return send(res, 400, entraJson('invalid_request', 90002, text));
    }
    // Entra serves discovery at /{tenant}/v2.0/.well-known/...
    if (second === 'v2.0') url.pathname = url.pathname.replace(`/${TENANT}/v2.0`, `/${TENANT}`);
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      const prompt = url.searchParams.get('prompt');
      if (prompt && prompt.split(' ').includes('consent')) {
        // Forcing the consent page: Entra asks for an admin's approval,
        // which a person without admin rights cannot give (AADSTS90094).
        const back = new URL(url.searchParams.get('redirect_uri'));
        back.searchParams.set('error', 'consent_required');
        back.searchParams.set('error_description', aadError(90094, 'Admin consent is required for the permissions requested by this application.'));
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        res.writeHead(302, { location: back.href });
        return res.end();
      }
      // Entra honours offline_access without prompt=consent; OpenID
      // Connect (and so oidc-provider) only with it. Added here, not by
      // the client, which must not send it to Entra.
      if ((url.searchParams.get('scope') ?? '').split(' ').includes('offline_access')) {
        url.searchParams.set('prompt', 'consent');
      }
    }
    // Mounted under /{tenant}, as oidc-provider expects behind a router.
    req.originalUrl = url.pathname + url.search;
    req.url = req.originalUrl.slice(TENANT.length + 1) || '/';
    return callback(req, res);
  } catch (e) {
    console.error(e);
    if (!res.headersSent) send(res, 500, { error: 'server_error', error_description: String(e) });
    else res.end();
  }
});

const graph = await startGraph({ issuer, jwksUri: `${issuer.replace('/v2.0', '')}/discovery/v2.0/keys`, audience: GRAPH, scope: SCOPE, users: byId, date: opts['graph-date'] ?? null });

console.log(JSON.stringify({
  authority: origin, graph: graph.origin, tenant: TENANT, client_id: CLIENT_ID,
}));

// The test stops the harness by closing stdin (or killing it).
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
