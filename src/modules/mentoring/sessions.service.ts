import { notFound } from '../../platform/http/app-error.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { SOURCE_SUBJECT } from './oparl.import.ts';
import type { SessionInput, SourceInput } from './sessions.schema.ts';
import {
  findSession,
  insertSession,
  type SessionFields,
  saveSource as storeSource,
  updateSession,
} from './sessions.repository.ts';

export const SESSION_SUBJECT = 'mentoring.session';

const fieldsOf = (v: SessionInput): SessionFields => ({
  kind: v.kind,
  title: v.title,
  organization: v.organization ?? null,
  startsAt: v.startsAt,
  endsAt: v.endsAt ?? null,
  location: v.location ?? null,
  visitorNote: v.visitorNote ?? null,
  webUrl: v.webUrl ?? null,
  public: v.public,
  cancelled: v.cancelled,
});

const summary = (f: SessionFields) =>
  summarize(
    { ...f, startsAt: f.startsAt.toISOString(), endsAt: f.endsAt?.toISOString() ?? null },
    ['kind', 'startsAt', 'endsAt', 'public', 'cancelled'],
    ['title', 'organization', 'location', 'visitorNote', 'webUrl'],
  );

/** A session staff enter (a faction meeting, a consultation hour, an online event, or a council session). */
export async function createSession(uc: UseCase, programmeId: string, v: SessionInput): Promise<string> {
  const f = fieldsOf(v);
  const id = await insertSession(uc.tx, useCaseTenant(uc), programmeId, f);
  uc.record({ action: 'create', subjectType: SESSION_SUBJECT, subjectId: id, after: summary(f) });
  return id;
}

/** Changes a session of the programme (404 when it has none with this id). */
export async function changeSession(uc: UseCase, programmeId: string, id: string, v: SessionInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findSession(uc.tx, t, programmeId, id);
  if (!before || before.deleted) throw notFound('mentoring_session');
  const f = fieldsOf(v);
  await updateSession(uc.tx, t, programmeId, id, f);
  uc.record({
    action: 'update',
    subjectType: SESSION_SUBJECT,
    subjectId: id,
    before: summary(before),
    after: summary(f),
  });
}

/** Sets the programme's OParl source (a new endpoint or body imports from the beginning again). */
export async function saveSource(uc: UseCase, programmeId: string, v: SourceInput): Promise<void> {
  const s = {
    endpointUrl: v.endpointUrl,
    bodyId: v.bodyId ?? null,
    visitorNote: v.visitorNote ?? null,
    scheduled: v.scheduled,
  };
  const { before, moved } = await storeSource(uc.tx, useCaseTenant(uc), programmeId, s);
  uc.record({
    action: before ? 'update' : 'create',
    subjectType: SOURCE_SUBJECT,
    subjectId: programmeId,
    after: { ...summarize(s, ['endpointUrl', 'bodyId', 'scheduled'], ['visitorNote']), restarted: moved },
  });
}
