import { checkPair } from '../../lib/matching/index.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { frozenPair, passedOver } from './rounds.explain.ts';
import { confirmationsOf, findRound, flatStreets, proposalsOf, unplacedOf } from './rounds.repository.ts';
import type { ProposalView } from './views/round-proposal.tsx';
import type { RoundView } from './views/round-page.tsx';
import { flatLabel } from './views/office-parts.tsx';

// What the round pages show, read from the round's frozen inputs and its stored run.

export async function roundView(db: Executor, t: Tenant, id: string): Promise<RoundView | null> {
  const round = await findRound(db, t, id);
  if (!round) return null;
  const input = round.input;
  const [proposals, unplaced] = await Promise.all([proposalsOf(db, t, id), unplacedOf(db, t, id)]);
  const streets = await flatStreets(
    db,
    t,
    input.flats.map((f) => f.id),
  );
  return { round, households: input.households.length, flats: input.flats.length, proposals, unplaced, streets };
}

export async function proposalView(
  db: Executor,
  t: Tenant,
  roundId: string,
  householdId: string,
): Promise<ProposalView | null> {
  const round = await findRound(db, t, roundId);
  if (!round) return null;
  const input = round.input;
  const [proposals, unplaced, confirmations] = await Promise.all([
    proposalsOf(db, t, roundId),
    unplacedOf(db, t, roundId),
    confirmationsOf(db, t, roundId),
  ]);
  const proposal = proposals.find((p) => p.household_id === householdId);
  if (!proposal) return null;
  const pair = frozenPair(input, householdId, proposal.flat_id);
  if (!pair?.check.score) return null;
  const taken = new Set(confirmations.map((c) => c.flat_id));
  const streets = await flatStreets(
    db,
    t,
    input.flats.map((f) => f.id),
  );
  const alternatives = input.flats
    .filter((f) => f.id !== proposal.flat_id && !taken.has(f.id))
    .filter((f) => checkPair(pair.household, f, input.roundDate, input).feasibility.feasible)
    .map((f) => ({ id: f.id, label: flatLabel(f.id, streets.get(f.id)) }));
  const confirmation = confirmations.find((c) => c.household_id === householdId);
  return {
    roundId,
    roundTitle: round.title,
    household: pair.household,
    flat: pair.flat,
    street: streets.get(pair.flat.id),
    score: pair.check.score,
    feasibleFor: input.households.filter((h) => checkPair(h, pair.flat, input.roundDate, input).feasibility.feasible)
      .length,
    passedOver: passedOver(
      input,
      unplaced.map((u) => u.household_id),
      pair.household,
      pair.flat,
    ),
    alternatives,
    confirmed: confirmation ? { flatId: confirmation.flat_id, reason: confirmation.override_reason } : null,
    confirmable: !confirmation && (round.status === 'run' || round.status === 'confirmed_partly'),
  };
}
