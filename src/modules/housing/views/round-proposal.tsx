import type { Flat, Household, PairScore } from '../../../lib/matching/index.ts';
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { proposalLines, renderLine } from '../rounds.explain.ts';
import { flatLabel, householdLabel, type OfficeViewProps, roundHref } from './office-parts.tsx';
import { descriptionItem } from './lists.tsx';

export interface ProposalView {
  roundId: string;
  roundTitle: string;
  household: Household;
  flat: Flat;
  street: string | undefined;
  score: PairScore;
  /** Households the flat was feasible for. */
  feasibleFor: number;
  /** Higher-ranked households left without a flat although this one fitted them. */
  passedOver: number;
  alternatives: { id: string; label: string }[];
  confirmed: { flatId: string; reason: string | null } | null;
  confirmable: boolean;
}

function Facts({ ctx, v }: { ctx: ViewContext; v: ProposalView }) {
  const { t } = ctx;
  const h = v.household;
  const f = v.flat;
  const item = descriptionItem;
  return (
    <dl class="kern-description-list">
      {item(t('housing.office.csv.size'), ctx.number(h.members.length))}
      {item(t('housing.office.csv.urgency'), t(`housing.office.urgency.${h.urgency}`))}
      {item(t('housing.office.csv.waitingSince'), ctx.date(h.waitingSince))}
      {item(t('housing.office.facts.spaceLimit'), t('housing.office.facts.area', { n: h.spaceLimitM2 }))}
      {item(t('housing.office.facts.rentLimit'), ctx.money(h.rentLimit))}
      {item(t('housing.office.facts.flat'), t('housing.office.round.flatFacts', { rooms: f.rooms, area: f.areaM2 }))}
      {item(t('housing.office.flats.rent'), ctx.money(f.warmRent))}
      {item(t('housing.office.flats.available'), ctx.date(f.availableFrom))}
    </dl>
  );
}

function ConfirmForm({ ctx, tenant, v, state }: OfficeViewProps<ProposalView>) {
  const { t } = ctx;
  const labels = { flatId: t('housing.office.confirm.otherFlat'), reason: t('housing.office.confirm.reason') };
  return (
    <Form ctx={ctx} action={`${roundHref(ctx, tenant, v.roundId)}/proposals/${v.household.id}/confirm`}>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <SelectField
        ctx={ctx}
        state={state}
        name="flatId"
        label={labels.flatId}
        hint={t('housing.office.confirm.otherFlatHint')}
        options={v.alternatives.map((a) => [a.id, a.label])}
      />
      <TextArea
        ctx={ctx}
        state={state}
        name="reason"
        label={labels.reason}
        hint={t('housing.office.confirm.reasonHint')}
        rows={3}
      />
      <SubmitButton>{t('housing.office.confirm.submit')}</SubmitButton>
    </Form>
  );
}

/** Why the engine proposed this flat for this household, from the round's frozen inputs, and the confirmation. */
export function ProposalPage({ ctx, tenant, v, state }: OfficeViewProps<ProposalView>) {
  const { t } = ctx;
  const title = t('housing.office.why.title', {
    household: householdLabel(v.household.id),
    flat: flatLabel(v.flat.id, v.street),
  });
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current="housing.office" title={title}>
      <p class="kern-body">
        <a class="kern-link" href={roundHref(ctx, tenant, v.roundId)}>
          <bdi>{v.roundTitle}</bdi>
        </a>
      </p>
      <Facts ctx={ctx} v={v} />
      <h2 class="kern-heading-medium">{t('housing.office.why.score', { points: v.score.total })}</h2>
      <ul class="kern-list">
        {proposalLines(v.score).map((l) => (
          <li>{renderLine(t, l)}</li>
        ))}
      </ul>
      <p class="kern-body">{t('matching.flat.feasibleHouseholds', { count: v.feasibleFor })}</p>
      {v.passedOver > 0 && (
        <div class="kern-alert kern-alert--warning" role="status">
          <p class="kern-body">{t('housing.office.why.passedOver', { n: v.passedOver })}</p>
        </div>
      )}
      {v.confirmed ? (
        <p class="kern-body">
          {t(v.confirmed.reason ? 'housing.office.proposals.overridden' : 'housing.office.proposals.confirmed')}
        </p>
      ) : (
        v.confirmable && <ConfirmForm ctx={ctx} tenant={tenant} v={v} state={state} />
      )}
    </StaffPage>
  );
}
