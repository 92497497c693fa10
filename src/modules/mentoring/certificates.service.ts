import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { newCertificateCode } from './certificates.code.ts';
import {
  attendedActivities,
  completedWithoutCertificate,
  insertCertificate,
  programmeTitles,
} from './certificates.repository.ts';
import type { CertificateSnapshot } from './certificates.tables.ts';
import type { CycleRow, ProgrammeRow } from './core.repository.ts';

/** A code is drawn again this often when it happens to be taken (50 random bits: practically never). */
const CODE_ATTEMPTS = 5;

export interface IssuedCertificate {
  id: string;
  menteeId: string;
  locale: string;
  activities: number;
}

/**
 * Stores a certificate for each completed mentee of the cycle who has none: a snapshot of the name, the programme
 * (German title and the title in the mentee's language), the cycle and the attended activities, with a new
 * verification code. Used by the use case below and by the demo seed.
 */
export async function certificatesForCycle(
  tx: Executor,
  t: Tenant,
  programme: ProgrammeRow,
  cycle: CycleRow,
  issuedBy: string | null,
  now: Date,
): Promise<IssuedCertificate[]> {
  const mentees = await completedWithoutCertificate(tx, t, cycle.id);
  if (mentees.length === 0) return [];
  const titles = await programmeTitles(tx, t, programme.id);
  const de = titles.get('de') ?? programme.slug;
  const out: IssuedCertificate[] = [];
  for (const m of mentees) {
    const activities = await attendedActivities(tx, t, m.id);
    const snapshot: CertificateSnapshot = {
      programme: { de, local: titles.get(m.locale) ?? de, organiser: programme.organiser },
      cycle: { name: cycle.name, startsOn: cycle.startsOn, endsOn: cycle.endsOn },
      activities: activities.map((a) => ({ kind: a.kind, title: a.title, onDate: a.onDate })),
    };
    let id: string | null = null;
    for (let i = 0; i < CODE_ATTEMPTS && id === null; i += 1) {
      id = await insertCertificate(tx, t, {
        menteeId: m.id,
        code: newCertificateCode(),
        issuedAt: now,
        issuedBy,
        menteeName: m.name,
        locale: m.locale,
        snapshot,
      });
    }
    if (id !== null) out.push({ id, menteeId: m.id, locale: m.locale, activities: activities.length });
  }
  return out;
}

export type IssueAnswer = { issued: number; reason?: 'not_finished' | 'none' };

/**
 * Issues the certificates of a finished cycle's completed mentees, one audit entry each. A cycle that is not
 * finished, or whose completed mentees all hold one, issues none: the use case is refused with that answer.
 */
export async function issueCertificates(uc: UseCase, programme: ProgrammeRow, cycle: CycleRow): Promise<IssueAnswer> {
  if (cycle.status !== 'finished') return uc.refuse({ issued: 0, reason: 'not_finished' });
  const issued = await certificatesForCycle(uc.tx, useCaseTenant(uc), programme, cycle, uc.actor, uc.now);
  if (issued.length === 0) return uc.refuse({ issued: 0, reason: 'none' });
  for (const c of issued) {
    uc.record({
      action: 'create',
      subjectType: 'mentoring.certificate',
      subjectId: c.id,
      after: { menteeId: c.menteeId, cycleId: cycle.id, locale: c.locale, activities: c.activities, name: true },
    });
  }
  return { issued: issued.length };
}
