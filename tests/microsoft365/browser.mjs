// Plays the person's web browser for the Microsoft 365 tests. The assistant
// starts it through $BROWSER with the authorize URL, as it would start
// Firefox; it follows the redirects, signs in on the harness's pages as the
// harness's /_admin/browser plan says, and lands on the assistant's loopback
// redirect. What it ended on is reported to the harness, so a test can check
// the page the person would have seen.
//
//   node browser.mjs [--harness PORT] AUTHORIZE_URL
//   node browser.mjs --device VERIFICATION_URI USER_CODE
//
// With --harness (the authority's port on 127.0.0.1; no ':' in it, as
// $BROWSER separates its commands with ':'), a page elsewhere (Microsoft's Security info page, which the
// assistant opens for the person) is only reported as opened, since the
// tests have no internet and Microsoft's page is not theirs to play.
//
// Plan actions: "approve" (sign in), "cancel" (press Cancel on the sign-in
// page), "ignore" (do nothing, as a person who closes the tab).

const args = process.argv.slice(2);
const harness = args[0] === '--harness' ? `http://127.0.0.1:${args.splice(0, 2)[1]}` : null;
const device = args[0] === '--device';
const start = new URL(device ? args[1] : args[0]);
const origin = start.origin;
const cookies = new Map();

if (harness && harness !== origin) {
  await fetch(`${harness}/_admin/browser/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ start: start.href, opened: true }),
  }).catch(() => {});
  process.exit(0);
}

const plan = await (await fetch(`${origin}/_admin/browser`)).json();

function cookieHeader(url) {
  return [...cookies.values()]
    .filter((c) => url.pathname.startsWith(c.path))
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
}

function keepCookies(res) {
  for (const line of res.headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const [name, ...rest] = pair.split('=');
    const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) || '/';
    const expired = attrs.some((a) => /^expires=thu, 01 jan 1970/i.test(a) || /^max-age=0$/i.test(a));
    if (expired) cookies.delete(`${name}@${path}`);
    else cookies.set(`${name}@${path}`, { name, value: rest.join('='), path });
  }
}

// One request and its redirects; returns the last response and its URL.
async function go(url, init = {}) {
  let target = new URL(url);
  let options = init;
  for (let hops = 0; hops < 20; hops += 1) {
    const headers = { ...(options.headers ?? {}) };
    if (target.origin === origin) headers.cookie = cookieHeader(target);
    const res = await fetch(target, { ...options, headers, redirect: 'manual' });
    if (target.origin === origin) keepCookies(res);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) {
      return { res, url: target, body: await res.text() };
    }
    target = new URL(location, target);
    options = {};
  }
  throw new Error('too many redirects');
}

function post(url, fields) {
  return go(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

function hidden(body, formId) {
  const form = body.match(new RegExp(`<form id="${formId}"[^>]*action="([^"]+)"[^>]*>([\\s\\S]*?)</form>`));
  if (!form) throw new Error(`no form ${formId} in ${body}`);
  const fields = Object.fromEntries([...form[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return { action: form[1], fields };
}

async function signIn(page) {
  if (!page.url.pathname.startsWith('/interaction/')) return page;
  const uid = page.url.pathname.split('/')[2];
  if (plan.action === 'cancel') return post(new URL(`/interaction/${uid}/cancel`, origin), {});
  return post(new URL(`/interaction/${uid}/login`, origin), { login: plan.login, password: plan.password });
}

async function report(page, error) {
  // The harness may be gone already (the test ended): nothing to tell.
  await fetch(`${origin}/_admin/browser/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      start: start.href, url: page?.url.href, status: page?.res.status, body: page?.body, error: error && String(error),
    }),
  }).catch(() => {});
}

let page;
try {
  if (plan.action !== 'ignore') {
    if (device) {
      page = await go(start);
      const input = hidden(page.body, 'op.deviceInputForm');
      page = await post(new URL(input.action, origin), { ...input.fields, user_code: args[2] });
      const confirm = hidden(page.body, 'op.deviceConfirmForm');
      const abort = plan.action === 'cancel' ? { abort: 'yes' } : {};
      page = await post(new URL(confirm.action, origin), { ...confirm.fields, ...abort });
    } else {
      page = await go(start);
    }
    page = await signIn(page);
  }
  await report(page);
} catch (e) {
  await report(page, e);
  process.exitCode = 1;
}
