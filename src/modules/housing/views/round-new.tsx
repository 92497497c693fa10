import type { PageTenant } from '../../../platform/db/tenant.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { FreeFlatRow, WaitingRow } from '../office.repository.ts';
import { AVAILABLE_POLICIES } from '../rounds.policy.ts';
import { Check, flatLabel, Group, householdLabel, officeBase, Radio } from './office-parts.tsx';

const has = (state: FormState, name: string, value: string) => {
  const v = state.values[name];
  return Array.isArray(v) ? v.includes(value) : v === value;
};

/** Choosing a round's households and flats (all, or the ticked ones) and its policy. */
export function RoundNewPage({
  ctx,
  tenant,
  state,
  waiting,
  flats,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  waiting: WaitingRow[];
  flats: FreeFlatRow[];
}) {
  const { t } = ctx;
  const labels = {
    title: t('housing.office.round.title'),
    policy: t('housing.office.round.policy'),
    householdScope: t('housing.office.round.households'),
    households: t('housing.office.round.households'),
    flatScope: t('housing.office.round.flats'),
    flats: t('housing.office.round.flats'),
  };
  const scope = (name: string) => (has(state, name, 'chosen') ? 'chosen' : 'all');
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="housing.office"
      title={t('housing.office.rounds.new')}
    >
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={`${officeBase(ctx, tenant)}/rounds`}>
        <TextField ctx={ctx} state={state} name="title" label={labels.title} required />
        <Group ctx={ctx} id="policy" legend={labels.policy} error={state.errors.policy}>
          {AVAILABLE_POLICIES.map((p, i) => (
            <Radio
              name="policy"
              value={p}
              id={`policy-${p}`}
              checked={has(state, 'policy', p) || (!state.values.policy && i === 0)}
            >
              {t(`housing.office.policy.${p}`)}
            </Radio>
          ))}
        </Group>
        <Group
          ctx={ctx}
          id="householdScope"
          legend={labels.households}
          error={state.errors.households ?? state.errors.household}
        >
          <Radio name="householdScope" value="all" id="households-all" checked={scope('householdScope') === 'all'}>
            {t('housing.office.round.allHouseholds', { n: waiting.length })}
          </Radio>
          <Radio
            name="householdScope"
            value="chosen"
            id="households-chosen"
            checked={scope('householdScope') === 'chosen'}
          >
            {t('housing.office.round.chosenHouseholds')}
          </Radio>
          {waiting.map((h) => (
            <Check name="household" value={h.id} id={`h-${h.id}`} checked={has(state, 'household', h.id)}>
              {`${householdLabel(h.id)} · ${t(`housing.office.urgency.${h.urgency}`)} · ${ctx.date(h.waitingSince)}`}
            </Check>
          ))}
        </Group>
        <Group ctx={ctx} id="flatScope" legend={labels.flats} error={state.errors.flats ?? state.errors.flat}>
          <Radio name="flatScope" value="all" id="flats-all" checked={scope('flatScope') === 'all'}>
            {t('housing.office.round.allFlats', { n: flats.length })}
          </Radio>
          <Radio name="flatScope" value="chosen" id="flats-chosen" checked={scope('flatScope') === 'chosen'}>
            {t('housing.office.round.chosenFlats')}
          </Radio>
          {flats.map((f) => (
            <Check name="flat" value={f.id} id={`f-${f.id}`} checked={has(state, 'flat', f.id)}>
              {`${flatLabel(f.id, f.street)} · ${t('housing.office.round.flatFacts', { rooms: f.rooms, area: f.areaM2 })}`}
            </Check>
          ))}
        </Group>
        <SubmitButton>{t('housing.office.round.create')}</SubmitButton>
      </Form>
    </StaffPage>
  );
}
