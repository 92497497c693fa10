import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import { violatedConstraint } from '../../platform/db/transaction.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { type NotifyEnv, notifyHousehold } from './applications.notify.ts';
import {
  type ApplicationRow,
  type FlatForApplication,
  findApplication,
  findFlatForApplication,
  insertApplication,
  moveApplication,
  OPEN_STATUSES,
  withdrawOthers,
} from './applications.repository.ts';
import { updateFlatStatus } from './flats.repository.ts';
import type { ApplicationStatus } from './housing.tables.ts';
import { slotsOfFlat } from './viewings.repository.ts';

/** The clear answer when another household got the flat first. */
export const flatPromised = () => conflict('housing.flat_promised', 'housing.apply.error.promised');
/** The answer when the household already accepted another flat. */
export const alreadyAccepted = () => conflict('housing.household_housed', 'housing.apply.error.oneAccepted');
const stateChanged = () => conflict('housing.application_state', 'housing.apply.error.stateChanged');

/** Which flats a person may manage applicants of: all of the tenant's (housing office) or its providers' own. */
export function landlordScope(user: SessionUser | null, t: Tenant): readonly string[] | 'all' {
  const here = (user?.roles ?? []).filter((r) => r.municipalityId === t.municipalityId);
  if (here.some((r) => r.role === 'municipality_admin')) return 'all';
  return here.filter((r) => r.role === 'landlord' && r.providerId).map((r) => r.providerId!);
}

/** A flat of the tenant that the scope covers; 404 otherwise (a landlord never learns of another's applicants). */
export async function flatInScope(db: Executor, t: Tenant, scope: readonly string[] | 'all', flatId: string) {
  const flat = await findFlatForApplication(db, t, flatId);
  if (!flat || (scope !== 'all' && !scope.includes(flat.provider_id))) throw notFound('flat');
  return flat;
}

/** A household applies to a published flat (once per flat). */
export async function applyToFlat(
  uc: UseCase,
  env: NotifyEnv | null,
  v: { flatId: string; householdId: string; message: string | null },
): Promise<string> {
  const t = useCaseTenant(uc);
  const flat = await findFlatForApplication(uc.tx, t, v.flatId);
  if (!flat || flat.status === 'draft') throw notFound('flat');
  if (flat.status !== 'published') throw conflict('housing.flat_closed', 'housing.apply.error.closed');
  const id = await insertApplication(uc.tx, t, { ...v, now: uc.now });
  if (!id) throw conflict('housing.applied_twice', 'housing.apply.error.twice');
  await notifyHousehold(uc.tx, t, env, {
    householdId: v.householdId,
    applicationId: id,
    kind: 'submitted',
    flat,
    now: uc.now,
  });
  const after = { flatId: v.flatId, householdId: v.householdId, status: 'submitted', message: v.message !== null };
  uc.record({ action: 'create', subjectType: 'housing.application', subjectId: id, after });
  return id;
}

/** What a landlord (or the housing office) may do to an application, and from which states. */
export const LANDLORD_STEPS = {
  shortlist: { from: ['submitted'], to: 'shortlisted' },
  viewing: { from: ['shortlisted'], to: 'viewing' },
  offer: { from: ['shortlisted', 'viewing'], to: 'offered' },
  reject: { from: ['submitted', 'shortlisted', 'viewing', 'offered'], to: 'rejected' },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus }>;
export type LandlordStep = keyof typeof LANDLORD_STEPS;

async function move(
  uc: UseCase,
  env: NotifyEnv | null,
  app: ApplicationRow,
  flat: FlatForApplication,
  step: { from: readonly ApplicationStatus[]; to: ApplicationStatus },
  offerReason?: string,
) {
  const t = useCaseTenant(uc);
  const extra = { now: uc.now, ...(offerReason !== undefined ? { offerReason } : {}) };
  if (!(await moveApplication(uc.tx, t, app.id, step.from, step.to, extra))) throw stateChanged();
  await notifyHousehold(uc.tx, t, env, {
    householdId: app.household_id,
    applicationId: app.id,
    kind: step.to,
    flat,
    now: uc.now,
  });
  const after = { status: step.to, ...(offerReason !== undefined ? { offerReason: true } : {}) };
  uc.record({
    action: 'update',
    subjectType: 'housing.application',
    subjectId: app.id,
    before: { status: app.status },
    after,
  });
}

/** A landlord's step on an application to one of its flats. */
export async function landlordStep(
  uc: UseCase,
  env: NotifyEnv | null,
  v: { applicationId: string; step: LandlordStep; scope: readonly string[] | 'all'; offerReason?: string },
): Promise<string> {
  const t = useCaseTenant(uc);
  const app = await findApplication(uc.tx, t, v.applicationId);
  if (!app) throw notFound('application');
  const flat = await flatInScope(uc.tx, t, v.scope, app.flat_id);
  if (v.step === 'viewing') {
    const free = (await slotsOfFlat(uc.tx, t, flat.id)).filter((s) => !s.application_id && s.starts_at > uc.now);
    if (free.length === 0) throw new AppError('housing.no_slot', 409, 'housing.apply.error.noFreeSlot');
  }
  if (v.step === 'offer' && flat.status !== 'published') throw flatPromised();
  await move(uc, env, app, flat, LANDLORD_STEPS[v.step], v.step === 'offer' ? v.offerReason : undefined);
  return flat.id;
}

/** The household's own steps: decline an offer, or withdraw an open application. */
export async function householdStep(
  uc: UseCase,
  env: NotifyEnv | null,
  v: { applicationId: string; householdId: string; step: 'decline' | 'withdraw' },
): Promise<void> {
  const t = useCaseTenant(uc);
  const app = await findApplication(uc.tx, t, v.applicationId);
  if (!app || app.household_id !== v.householdId) throw notFound('application');
  const flat = await findFlatForApplication(uc.tx, t, app.flat_id);
  if (!flat) throw notFound('flat');
  const step =
    v.step === 'decline'
      ? { from: ['offered'] as const, to: 'declined' as const }
      : { from: OPEN_STATUSES, to: 'withdrawn' as const };
  await move(uc, env, app, flat, step);
}

/**
 * The household accepts an offer. The flat's row is locked first, so accepts of one flat run one after another
 * and every later one finds the flat promised; the partial unique indexes (one accepted application per flat and
 * per household) stand behind that, and `acceptError` turns their violation into the same clear answers. In the
 * same transaction the flat becomes reserved and the household's other open applications are withdrawn.
 */
export async function acceptOffer(
  uc: UseCase,
  env: NotifyEnv | null,
  v: { applicationId: string; householdId: string },
): Promise<string> {
  const t = useCaseTenant(uc);
  const app = await findApplication(uc.tx, t, v.applicationId);
  if (!app || app.household_id !== v.householdId) throw notFound('application');
  const flat = await findFlatForApplication(uc.tx, t, app.flat_id, true);
  if (!flat) throw notFound('flat');
  if (flat.status !== 'published') throw flatPromised();
  if (!(await moveApplication(uc.tx, t, app.id, ['offered'], 'accepted', { now: uc.now }))) {
    // Read again: another acceptance of this household may have withdrawn it since it was first read.
    const now = await findApplication(uc.tx, t, app.id);
    throw now?.status === 'withdrawn' ? alreadyAccepted() : stateChanged();
  }
  await updateFlatStatus(uc.tx, t, flat.id, 'reserved', uc.now);
  const withdrawn = await withdrawOthers(uc.tx, t, app.household_id, app.id, uc.now);
  for (const w of withdrawn) {
    await notifyHousehold(uc.tx, t, null, {
      householdId: app.household_id,
      applicationId: w.id,
      kind: 'withdrawn',
      flat,
      now: uc.now,
    });
    uc.record({
      action: 'update',
      subjectType: 'housing.application',
      subjectId: w.id,
      after: { status: 'withdrawn' },
    });
  }
  await notifyHousehold(uc.tx, t, env, {
    householdId: app.household_id,
    applicationId: app.id,
    kind: 'accepted',
    flat,
    now: uc.now,
  });
  uc.record({
    action: 'update',
    subjectType: 'housing.application',
    subjectId: app.id,
    before: { status: 'offered' },
    after: { status: 'accepted', flatStatus: 'reserved' },
  });
  return flat.id;
}

/** The database's refusal of a second acceptance, as the clear answer the person reads; other errors as they are. */
export function acceptError(err: unknown): unknown {
  const c = violatedConstraint(err);
  if (c === 'housing_applications_one_per_flat') return flatPromised();
  if (c === 'housing_applications_one_per_household') return alreadyAccepted();
  return err;
}
