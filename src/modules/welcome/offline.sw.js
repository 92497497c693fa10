// Offline reading of one municipality's guide in one language (served as …/guide/sw.js, scope …/guide).
// The opt-in page saves the bundle (offline.json) and the stylesheet in the Cache Storage; this worker answers a
// page of the guide from the network and, when the network fails or hangs, from the saved bundle with "as of
// <date>", while it fetches a fresh bundle. The saved HTML was cleaned on the server; the page built from it
// carries a policy that allows no script at all.
const SCOPE = new URL(self.registration.scope).pathname.replace(/\/$/, '');
const CACHE = `zuhause-offline:${SCOPE}`;
const BUNDLE = `${SCOPE}/offline.json`;
const WAIT_MS = 4000;
const DAY_MS = 86_400_000;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

async function saved() {
  const cache = await caches.open(CACHE);
  const res = await cache.match(BUNDLE);
  if (!res) return null;
  return { bundle: await res.json(), savedAt: Number(res.headers.get('x-saved-at')) || Date.now() };
}

/** Fetches the bundle and keeps it when its version is new (the stylesheet with it). */
async function refresh() {
  const res = await fetch(BUNDLE, { cache: 'no-store' });
  if (!res.ok) return;
  const bundle = await res.json();
  const old = await saved();
  const cache = await caches.open(CACHE);
  if (old && old.bundle.version === bundle.version) {
    // Same content: only the date of the copy moves on.
    await cache.put(BUNDLE, stamped(JSON.stringify(old.bundle)));
    return;
  }
  if (bundle.stylesheet) await cache.add(bundle.stylesheet).catch(() => {});
  await cache.put(BUNDLE, stamped(JSON.stringify(bundle)));
}

const stamped = (body) =>
  new Response(body, { headers: { 'content-type': 'application/json', 'x-saved-at': String(Date.now()) } });

function render(copy, path) {
  const { bundle: b, savedAt } = copy;
  const page = b.pages.find((p) => p.url === path);
  const date = new Date(savedAt).toLocaleString(b.locale, { dateStyle: 'long', timeStyle: 'short' });
  const list = b.pages.map((p) => `<li><a href="${esc(p.url)}" lang="${esc(p.lang)}">${esc(p.title)}</a></li>`);
  const main = page
    ? `<h1 lang="${esc(page.lang)}">${esc(page.title)}</h1><div lang="${esc(page.lang)}">${page.html}</div>`
    : '';
  const html =
    `<!doctype html><html lang="${esc(b.locale)}" dir="${esc(b.dir)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(page ? page.title : b.labels.contents)}</title>` +
    (b.stylesheet ? `<link rel="stylesheet" href="${esc(b.stylesheet)}">` : '') +
    `</head><body><main id="main" class="z-container z-main"><p class="kern-alert kern-alert--info" role="status">` +
    `${esc(b.labels.offline)} ${esc(b.labels.asOf.replace('%DATE%', date))}</p>${main}` +
    `<nav aria-label="${esc(b.labels.contents)}"><h2>${esc(b.labels.contents)}</h2><ul>${list.join('')}</ul></nav></main></body></html>`;
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'none'",
    },
  });
}

/** The network's answer, or null when it fails or takes longer than WAIT_MS. */
function network(request) {
  return Promise.race([
    fetch(request).catch(() => null),
    new Promise((resolve) => setTimeout(() => resolve(null), WAIT_MS)),
  ]);
}

async function answer(event) {
  const url = new URL(event.request.url);
  const fresh = await network(event.request);
  const copy = await saved();
  if (fresh) {
    // Online: a copy older than a day is brought up to date in the background.
    if (copy && Date.now() - copy.savedAt > DAY_MS) event.waitUntil(refresh().catch(() => {}));
    return fresh;
  }
  if (!copy) return fetch(event.request);
  // Offline: the saved copy now, a fresh bundle as soon as the network answers again.
  event.waitUntil(refresh().catch(() => {}));
  return render(copy, url.pathname);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate' && (url.pathname === SCOPE || url.pathname.startsWith(`${SCOPE}/`))) {
    event.respondWith(answer(event));
    return;
  }
  // The saved stylesheet, when the network has none to give.
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(fetch(req).catch(async () => (await caches.match(req)) || Response.error()));
  }
});
