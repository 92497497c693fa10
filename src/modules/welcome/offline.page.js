// The opt-in page of offline reading: registers the guide's service worker, saves the bundle and the stylesheet,
// asks the browser to keep them (navigator.storage.persist) and says what happened. Without this script the page
// still reads as a page; the button is hidden until the script shows it.
(() => {
  const root = document.getElementById('z-offline');
  if (!root) return;
  const d = root.dataset;
  const button = document.getElementById('z-offline-save');
  const status = document.getElementById('z-offline-status');
  const say = (text) => {
    status.textContent = text;
  };
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say(d.unsupported);
    return;
  }
  const cacheName = `zuhause-offline:${d.scope}`;
  const bundleUrl = `${d.scope}/offline.json`;
  const when = (ms) =>
    new Date(ms).toLocaleString(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' });

  async function showSaved() {
    const res = await (await caches.open(cacheName)).match(bundleUrl);
    if (res) say(d.saved.replace('%DATE%', when(Number(res.headers.get('x-saved-at')))));
  }

  async function save() {
    button.disabled = true;
    say(d.saving);
    try {
      await navigator.serviceWorker.register(d.sw, { scope: d.scope });
      const res = await fetch(bundleUrl, { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      const bundle = await res.json();
      const cache = await caches.open(cacheName);
      if (bundle.stylesheet) await cache.add(bundle.stylesheet);
      const headers = { 'content-type': 'application/json', 'x-saved-at': String(Date.now()) };
      await cache.put(bundleUrl, new Response(JSON.stringify(bundle), { headers }));
      const kept = navigator.storage?.persist ? await navigator.storage.persist() : false;
      await navigator.serviceWorker.ready;
      say(`${d.saved.replace('%DATE%', when(Date.now()))} ${kept ? d.kept : d.notKept}`);
      root.setAttribute('data-state', 'saved');
    } catch {
      say(d.failed);
    } finally {
      button.disabled = false;
    }
  }

  for (const el of root.querySelectorAll('[data-without-script]')) el.hidden = true;
  button.hidden = false;
  button.addEventListener('click', save);
  showSaved();
})();
