import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { frozenPair, offerReasonText, passedOver } from './rounds.explain.ts';
import {
  confirmationsOf,
  insertConfirmation,
  lockRound,
  proposalsOf,
  unplacedOf,
  updateRound,
} from './rounds.repository.ts';
import { offerApplication, offerBlocked, preferredLocaleOf } from './rounds.offers.ts';

/** One confirmation the office asks for: the proposal as it is, or another flat with the reason. */
export interface ConfirmItem {
  householdId: string;
  /** Another flat of the round than the one proposed (an override). */
  flatId?: string | undefined;
  reason?: string | undefined;
}

const invalid = (field: string, key: string) =>
  new AppError('housing.round.confirm', 422, 'error.invalidInput', {}, { [field]: { key } });

/**
 * A person confirms proposals (Art. 22 GDPR: the engine only proposes). Each confirmed proposal becomes an offer in
 * the application flow. A confirmation deviates — and needs a recorded reason — when it gives another flat than the
 * proposed one, or when a household ranked higher (urgency, then waiting time) stayed without a flat although this
 * flat fitted it. Returns how many were confirmed (already confirmed ones are left as they are).
 */
export async function confirmProposals(
  uc: UseCase,
  roundId: string,
  items: readonly ConfirmItem[],
  translatorFor: (locale: Locale) => Translate,
): Promise<number> {
  const t = useCaseTenant(uc);
  const round = await lockRound(uc.tx, t, roundId);
  if (!round) throw notFound('housing.round');
  if (round.status !== 'run' && round.status !== 'confirmed_partly') {
    throw conflict('housing.round.state', 'housing.office.round.notNow');
  }
  const input = round.input;
  const proposals = await proposalsOf(uc.tx, t, roundId);
  const unplaced = (await unplacedOf(uc.tx, t, roundId)).map((u) => u.household_id);
  const confirmations = await confirmationsOf(uc.tx, t, roundId);
  const done = new Set(confirmations.map((c) => c.household_id));
  // A flat is offered once per round (another household may have been given it by a deviation).
  const offered = new Set(confirmations.map((c) => c.flat_id));
  let confirmed = 0;
  for (const item of items) {
    if (done.has(item.householdId)) continue;
    const proposal = proposals.find((p) => p.household_id === item.householdId);
    if (!proposal) throw notFound('housing.proposal');
    const flatId = item.flatId || proposal.flat_id;
    const pair = frozenPair(input, item.householdId, flatId);
    if (!pair?.check.score) throw invalid('flatId', 'housing.office.confirm.flatUnfit');
    const skipped = passedOver(input, unplaced, pair.household, pair.flat);
    const deviates = flatId !== proposal.flat_id || skipped > 0;
    const reason = item.reason?.trim() || null;
    if (deviates && (!reason || reason.length < 10)) throw invalid('reason', 'housing.office.confirm.reasonNeeded');
    if (offered.has(flatId) || (await offerBlocked(uc.tx, t, item.householdId, flatId))) {
      throw conflict('housing.round.taken', 'housing.office.confirm.taken');
    }
    const locale = await preferredLocaleOf(uc.tx, t, item.householdId);
    const text = offerReasonText(translatorFor(locale), pair.check.score);
    const applicationId = await offerApplication(uc.tx, t, {
      householdId: item.householdId,
      flatId,
      roundId,
      reason: text,
      at: uc.now,
    });
    await insertConfirmation(uc.tx, t, {
      roundId,
      householdId: item.householdId,
      flatId,
      by: uc.actor,
      reason: deviates ? reason : null,
      applicationId,
      at: uc.now,
    });
    uc.record({
      action: 'update',
      subjectType: 'housing.round',
      subjectId: roundId,
      after: {
        confirmed: item.householdId,
        flatId,
        proposedFlatId: proposal.flat_id,
        applicationId,
        override: deviates,
        passedOver: skipped,
        overrideReason: deviates,
      },
    });
    done.add(item.householdId);
    offered.add(flatId);
    confirmed++;
  }
  if (confirmed === 0) return uc.refuse(0);
  const status = proposals.every((p) => done.has(p.household_id)) ? 'confirmed_fully' : 'confirmed_partly';
  await updateRound(uc.tx, t, roundId, { status }, uc.now);
  return confirmed;
}
