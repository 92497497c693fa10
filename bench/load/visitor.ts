// A minimal browser for setting up the load runs: keeps cookies, reads form tokens, signs in.

/** Cookies and the last form token seen, as one visitor holds them. */
export class Visitor {
  private readonly jar = new Map<string, string>();
  csrf = '';

  constructor(readonly base: string) {}

  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(path: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams({ _csrf: this.csrf, ...init.form }).toString();
    }
    const res = await fetch(this.base + path, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq), pair.slice(eq + 1)];
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }

  /** GETs a page and keeps its form token; fails on anything but 200. */
  async page(path: string): Promise<string> {
    const res = await this.request(path);
    const html = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (m?.[1]) this.csrf = m[1];
    return html;
  }

  /** Signs in with e-mail and password (demo mode skips the second factor). */
  async signIn(email: string, password: string): Promise<void> {
    await this.page('/de/login');
    const res = await this.request('/de/login', { method: 'POST', form: { email, password } });
    if (res.status !== 303) throw new Error(`sign-in as ${email}: ${res.status}`);
  }
}

/** The value of a form field named `name` in a page. */
export function fieldValue(html: string, name: string): string {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  if (input?.[1] !== undefined) return decode(input[1]);
  const area = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(html);
  return decode(area?.[1] ?? '');
}

function decode(s: string): string {
  return s
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
