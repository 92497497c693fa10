import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';
import '../platform/audit/audit.ts';

/** One write sent during an audit tour: the route it stands for, the answer, and how many audit rows it left. */
export interface TourWrite {
  route: string;
  url: string;
  status: number;
  newAuditRows: number;
}

async function auditCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Posts a form as the client and counts the audit rows it left (the tour runs one request at a time). */
export async function postAudited(
  db: Kysely<Database>,
  client: Client,
  route: string,
  url: string,
  form: Record<string, string>,
): Promise<TourWrite> {
  const before = await auditCount(db);
  const res = await client.post(url, form);
  return { route, url, status: res.statusCode, newAuditRows: (await auditCount(db)) - before };
}

/** The writes that succeeded (2xx or a redirect) but left no audit row: each is a state change nobody can trace. */
export function unauditedWrites(writes: readonly TourWrite[]): TourWrite[] {
  return writes.filter((w) => w.status >= 200 && w.status < 400 && w.newAuditRows === 0);
}

/** Uploads a multipart form (a photo) as the client and counts the audit rows it left. */
export async function uploadAudited(
  db: Kysely<Database>,
  client: Client,
  route: string,
  url: string,
  body: { payload: Buffer; headers: Record<string, string> },
): Promise<TourWrite> {
  const before = await auditCount(db);
  const res = await client.request({ method: 'POST', url, ...body });
  return { route, url, status: res.statusCode, newAuditRows: (await auditCount(db)) - before };
}
