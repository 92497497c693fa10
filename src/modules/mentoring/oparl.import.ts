import { notFound } from '../../platform/http/app-error.ts';
import { runUseCase, type UseCase, type UseCaseCall, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  type ClientOptions,
  DEFAULT_CLIENT,
  locationLine,
  type Meeting,
  meetingListOf,
  meetingPages,
  OParlError,
  organizationName,
  resolve,
  type Warning,
} from './oparl.client.ts';
import {
  importedSessions,
  insertImported,
  markImportedDeleted,
  recordRun,
  type SessionFields,
  sourceOf,
  updateImported,
} from './sessions.repository.ts';

// The import of a programme's council meetings from its OParl source. Everything is fetched first, outside any
// transaction; then one transaction writes the sessions and the run's result. A run that fails while fetching
// writes only its error to the source: every session imported before stays as it was.

/** How far before the last successful run's start the next one asks `modified_since` (clocks differ, writes lag). */
export const SINCE_MARGIN_MS = 60 * 60 * 1000;
/** A meeting that started longer ago than this is past: never imported new (a known one is still updated). */
const PAST_MS = 6 * 60 * 60 * 1000;

export const SOURCE_SUBJECT = 'mentoring.oparl_source';

export interface ImportOutcome {
  status: 'ok' | 'failed';
  created: number;
  updated: number;
  error: string | null;
  warnings: Warning[];
}

const NON_PUBLIC = /nicht[\s-]?öffentlich|nichtoeffentlich|non-public|not public|geschlossen/i;
const CANCELLED = /abgesagt|ausgefallen|entfällt|cancel/i;

/** Whether a meeting is closed to the public: its state or name says so, or every agenda item is non-public. */
export function isNonPublic(m: Meeting): boolean {
  if (NON_PUBLIC.test(m.meetingState ?? '') || NON_PUBLIC.test(m.name ?? '')) return true;
  const items = m.agendaItem ?? [];
  return items.length > 0 && items.every((i) => i.public === false);
}

/** The kind of activity a meeting is, from its own and its organization's name. */
export function kindOf(name: string, organization: string | null): string {
  const all = `${name} ${organization ?? ''}`;
  if (/fraktion/i.test(all)) return 'faction_meeting';
  if (/ausschuss|beirat|kommission|committee/i.test(all)) return 'committee';
  return 'council_session';
}

interface Fetched {
  meeting: Meeting;
  fields: SessionFields | null;
}

const httpUrl = (s: string | null | undefined) => (s && /^https?:\/\//.test(s) && s.length <= 1000 ? s : null);

async function fetchAll(
  source: { endpointUrl: string; bodyId: string | null; visitorNote: string | null },
  since: Date | null,
  now: Date,
  o: ClientOptions,
) {
  const list = await meetingListOf(source.endpointUrl, source.bodyId, o);
  const { meetings, warnings } = await meetingPages(list, since, o);
  const cache = new Map<string, Record<string, unknown> | null>();
  const fetched: Fetched[] = [];
  for (const meeting of meetings) {
    if (meeting.deleted === true || !meeting.start) {
      fetched.push({ meeting, fields: null });
      continue;
    }
    // Referenced objects are fetched only for meetings still to come (a past one is never offered).
    const upcoming = meeting.start.getTime() >= now.getTime() - PAST_MS;
    const organization = upcoming ? organizationName(await resolve(meeting.organization?.[0], cache, o)) : null;
    const title = meeting.name ?? organization;
    if (!title) {
      warnings.push({ code: 'untitled', count: 1 });
      continue;
    }
    const location = upcoming ? locationLine(await resolve(meeting.location, cache, o)) : null;
    const end = meeting.end && meeting.end >= meeting.start ? meeting.end : null;
    fetched.push({
      meeting,
      fields: {
        kind: kindOf(title, organization),
        title: title.slice(0, 300),
        organization: organization?.slice(0, 300) ?? null,
        startsAt: meeting.start,
        endsAt: end,
        location,
        visitorNote: source.visitorNote,
        webUrl: httpUrl(meeting.web),
        public: !isNonPublic(meeting),
        cancelled: meeting.cancelled === true || CANCELLED.test(meeting.meetingState ?? ''),
      },
    });
  }
  return { fetched, warnings: merged(warnings) };
}

function merged(warnings: Warning[]): Warning[] {
  const out: Warning[] = [];
  for (const w of warnings) {
    const x = out.find((o) => o.code === w.code);
    if (x) x.count += w.count;
    else out.push({ ...w });
  }
  return out;
}

/** Writes the fetched meetings: new upcoming ones inserted, known ones updated, tombstones mark theirs deleted. */
async function write(uc: UseCase, programmeId: string, fetched: Fetched[]) {
  const t = useCaseTenant(uc);
  const ids = fetched.map((f) => f.meeting.id);
  const known = new Map<string, { id: string; deleted: boolean; modified: Date | null }>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const [k, v] of await importedSessions(uc.tx, t, programmeId, ids.slice(i, i + 500))) known.set(k, v);
  }
  let created = 0;
  let updated = 0;
  for (const { meeting, fields } of fetched) {
    const before = known.get(meeting.id);
    if (meeting.deleted === true) {
      if (before && !before.deleted) {
        await markImportedDeleted(uc.tx, t, programmeId, meeting.id);
        updated++;
      }
      continue;
    }
    if (!fields) continue;
    const oparl = { id: meeting.id, modified: meeting.modified ?? null };
    if (before) {
      const same = before.modified && oparl.modified && before.modified.getTime() === oparl.modified.getTime();
      if (same && !before.deleted) continue;
      const { visitorNote: _note, ...rest } = fields;
      await updateImported(uc.tx, t, programmeId, { ...oparl, deleted: false }, rest);
      updated++;
    } else if (fields.startsAt.getTime() >= uc.now.getTime() - PAST_MS) {
      await insertImported(uc.tx, t, programmeId, oparl, fields);
      created++;
    }
  }
  return { created, updated };
}

/**
 * Imports a programme's meetings from its OParl source: modified since the last successful run (minus a margin),
 * or all on the first run; upcoming meetings become sessions (cancelled, non-public and deleted ones are kept
 * but never offered). Records the result, or the error of a failed run, on the source for the staff page.
 */
export async function importMeetings(
  call: UseCaseCall,
  programmeId: string,
  o: ClientOptions = DEFAULT_CLIENT,
): Promise<ImportOutcome> {
  const t = useCaseTenant(call);
  const source = await sourceOf(call.db, t, programmeId);
  if (!source) throw notFound('mentoring_oparl_source');
  const startedAt = call.now;
  const since = source.lastModifiedSince ? new Date(source.lastModifiedSince.getTime() - SINCE_MARGIN_MS) : null;
  let got: Awaited<ReturnType<typeof fetchAll>>;
  try {
    got = await fetchAll(source, since, startedAt, o);
  } catch (err) {
    const e = err instanceof OParlError ? err : new OParlError('network', String((err as Error)?.message ?? err));
    await runUseCase('mentoring.oparl.import', call, async (uc) => {
      await sourceOf(uc.tx, t, programmeId, true);
      await recordRun(uc.tx, t, programmeId, {
        at: startedAt,
        status: 'failed',
        created: 0,
        updated: 0,
        error: e.code,
        detail: e.detail,
        warnings: [],
      });
      uc.record({
        action: 'update',
        subjectType: SOURCE_SUBJECT,
        subjectId: programmeId,
        after: { status: 'failed', error: e.code },
      });
    });
    return { status: 'failed', created: 0, updated: 0, error: e.code, warnings: [] };
  }
  return runUseCase('mentoring.oparl.import', call, async (uc) => {
    // One run writes at a time: the lock orders concurrent runs, each then sees the other's sessions.
    await sourceOf(uc.tx, t, programmeId, true);
    const { created, updated } = await write(uc, programmeId, got.fetched);
    await recordRun(uc.tx, t, programmeId, {
      at: startedAt,
      status: 'ok',
      modifiedSince: startedAt,
      created,
      updated,
      error: null,
      detail: null,
      warnings: got.warnings,
    });
    uc.record({
      action: 'update',
      subjectType: SOURCE_SUBJECT,
      subjectId: programmeId,
      after: { status: 'ok', created, updated, warnings: got.warnings.length },
    });
    return { status: 'ok' as const, created, updated, error: null, warnings: got.warnings };
  });
}
