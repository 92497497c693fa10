// What the load benchmark asks of the application: the pages, the form post and the mixed and paced runs.
import type autocannon from 'autocannon';
import { fieldValue, Visitor } from './visitor.ts';

export const DEMO_PASSWORD = 'zuhause-demo-2026';
const STAFF = 'admin.meppen@demo.zuhause.example';
const BROWSER = { 'accept-encoding': 'br, gzip', accept: 'text/html' };

export interface Scenario {
  name: string;
  requests: autocannon.Request[];
  /** Requests per second for all connections together (paced); absent: as fast as it goes. */
  overallRate?: number;
  /** Which figures the targets of issue #8 compare with hello-world. */
  target?: string;
}

/** Signs in as the demo municipality administrator and collects what the runs need. */
export async function prepare(base: string): Promise<Scenario[]> {
  const staff = new Visitor(base);
  await staff.signIn(STAFF, DEMO_PASSWORD);
  const list = await staff.page('/de/m/meppen/admin/quartiere');
  const id = /\/admin\/quartiere\/([0-9a-f-]{36})\/edit/.exec(list)?.[1];
  if (!id) throw new Error('no Quartier to edit on the staff list');
  const edit = await staff.page(`/de/m/meppen/admin/quartiere/${id}/edit`);
  const form = {
    name: fieldValue(edit, 'name'),
    slug: fieldValue(edit, 'slug'),
    boundary: fieldValue(edit, 'boundary'),
  };
  const staffHeaders = { ...BROWSER, cookie: staff.cookie };
  const post = (text: string): autocannon.Request => ({
    method: 'POST',
    path: `/de/m/meppen/admin/quartiere/${id}`,
    headers: { ...staffHeaders, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form, areaDescription: text, _csrf: staff.csrf }).toString(),
  });
  const get = (path: string, headers: Record<string, string> = BROWSER): autocannon.Request => ({
    method: 'GET',
    path,
    headers,
  });
  const start = get('/de/');
  const municipality = get('/de/m/meppen');
  const api = get('/api/v1/municipalities', { 'accept-encoding': 'br, gzip', accept: 'application/json' });
  const staffList = get('/de/m/meppen/admin/quartiere', staffHeaders);
  // The same list with a query string never asked before: built every time, as after a change to what it shows.
  let serial = 0;
  const staffListBuilt: autocannon.Request = {
    ...staffList,
    setupRequest: (req) => {
      serial += 1;
      return { ...req, path: `/de/m/meppen/admin/quartiere?seen=${serial}` };
    },
  };
  const writes = [post(fieldValue(edit, 'areaDescription') || 'Rund um den Marktplatz'), post('Am Marktplatz')];
  // 80 % reads, 20 % writes, anonymous and signed-in visitors mixed.
  const mixed = [start, municipality, staffList, api, writes[0]!, start, municipality, staffList, api, writes[1]!];
  return [
    { name: 'healthz', requests: [get('/healthz', {})], target: '≥ 1/2' },
    { name: 'start page /de/', requests: [start], target: 'pg ≥ 1/5, embedded ≥ 1/8' },
    { name: 'municipality /de/m/meppen', requests: [municipality], target: 'pg ≥ 1/5, embedded ≥ 1/8' },
    { name: 'API /api/v1/municipalities', requests: [api] },
    { name: 'staff list (signed in)', requests: [staffList], target: 'pg ≥ 1/10, embedded ≥ 1/40' },
    { name: 'staff list, built each time', requests: [staffListBuilt] },
    { name: 'form POST (CSRF)', requests: writes },
    { name: 'mixed 80/20', requests: mixed },
    { name: 'mixed paced 300/s', requests: mixed, overallRate: 300, target: 'p99 ≤ 100 ms, 0 errors' },
  ];
}
