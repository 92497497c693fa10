import { type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { PERMIT_TREATMENTS, RESIDENCE_CATEGORIES } from '../eligibility.rules.ts';
import type { RuleSetRow } from '../rules.repository.ts';
import { ruleFormValues } from '../rules.service.ts';
import { RULE_KINDS, type RuleKind } from '../rules.tables.ts';
import { CheckField } from './check-fields.tsx';
import { figureRows, Figures, RULE_FIELDS } from './rules-figures.tsx';

const R = 'housing.rules.';
const STATE = { municipality: null };
export const stateRulesHref = (locale: string, kind?: RuleKind) =>
  `/${locale}/state/housing/rules${kind ? `/${kind}` : ''}`;

/** The version in force today of a list ordered newest first. */
export function inForce(rows: readonly RuleSetRow[], today: string): RuleSetRow | undefined {
  return rows.find((r) => r.validFrom <= today);
}

function UnsureNote({ ctx, unsure }: { ctx: ViewContext; unsure: boolean }) {
  return unsure ? (
    <p class="kern-body">
      <strong>{ctx.t(`${R}unsureNote`)}</strong>
    </p>
  ) : null;
}

/** The state's rule tables: the version of each in force today, with links to add a version and see the history. */
export function StateRulesPage({
  ctx,
  tables,
  today,
}: {
  ctx: ViewContext;
  tables: Record<RuleKind, RuleSetRow[]>;
  today: string;
}) {
  return (
    <StaffPage ctx={ctx} area={STATE} current="housing.rules" title={ctx.t(`${R}title`)}>
      <p class="kern-body">{ctx.t(`${R}intro`)}</p>
      {RULE_KINDS.map((kind) => {
        const row = inForce(tables[kind], today);
        return (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 class="kern-heading-medium" id={`kind-${kind}`}>
              {ctx.t(`${R}kind.${kind}`)}
            </h2>
            {row ? (
              <>
                <p class="kern-body">{ctx.t(`${R}inForceSince`, { date: ctx.date(row.validFrom) })}</p>
                <UnsureNote ctx={ctx} unsure={row.unsure} />
                <Figures rows={figureRows(ctx, kind, ruleFormValues(row))} />
              </>
            ) : (
              <p class="kern-body">{ctx.t(`${R}noneInForce`)}</p>
            )}
            <p class="kern-body">
              <a class="kern-link" href={stateRulesHref(ctx.locale, kind)}>
                {ctx.t(`${R}editKind`, { kind: ctx.t(`${R}kind.${kind}`) })}
              </a>
            </p>
          </section>
        );
      })}
    </StaffPage>
  );
}

function VersionFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  return (
    <>
      <TextField
        ctx={ctx}
        state={state}
        name="validFrom"
        label={ctx.t(`${R}validFrom`)}
        hint={ctx.t(`${R}validFromHint`)}
        type="date"
        required
      />
      <CheckField ctx={ctx} state={state} name="unsure" label={ctx.t(`${R}unsure`)} />
      <TextField ctx={ctx} state={state} name="source" label={ctx.t(`${R}source`)} hint={ctx.t(`${R}sourceHint`)} />
    </>
  );
}

function KindFields({ ctx, kind, state }: { ctx: ViewContext; kind: RuleKind; state: FormState }) {
  if (kind === 'permits') {
    const options = PERMIT_TREATMENTS.map((p): [string, string] => [p, ctx.t(`${R}treatment.${p}`)]);
    return (
      <>
        <TextField
          ctx={ctx}
          state={state}
          name="minMonths"
          label={ctx.t(`${R}field.permits.minMonths`)}
          type="number"
          inputmode="numeric"
          required
        />
        {RESIDENCE_CATEGORIES.map((c) => (
          <SelectField
            ctx={ctx}
            state={state}
            name={c}
            label={ctx.t(`housing.check.residence.${c}`)}
            options={options}
            required
          />
        ))}
      </>
    );
  }
  return (
    <>
      {RULE_FIELDS[kind].map(([name]) => (
        <TextField
          ctx={ctx}
          state={state}
          name={name}
          label={ctx.t(`${R}field.${kind}.${name}`)}
          type="number"
          inputmode="numeric"
          required
        />
      ))}
    </>
  );
}

export function labelsOf(ctx: ViewContext, kind: RuleKind): Record<string, string> {
  const names = kind === 'permits' ? ['minMonths', ...RESIDENCE_CATEGORIES] : RULE_FIELDS[kind].map(([n]) => n);
  const out: Record<string, string> = { validFrom: ctx.t(`${R}validFrom`), source: ctx.t(`${R}source`) };
  for (const n of names)
    out[n] = (RESIDENCE_CATEGORIES as readonly string[]).includes(n)
      ? ctx.t(`housing.check.residence.${n}`)
      : ctx.t(`${R}field.${kind}.${n}`);
  return out;
}

/** All versions of one rule table, newest first, the one in force marked. */
export function History({
  ctx,
  rows,
  today,
  figures,
}: {
  ctx: ViewContext;
  rows: readonly { id: string; validFrom: string; createdAt: Date }[];
  today: string;
  figures: (id: string) => [string, string][];
}) {
  const current = rows.find((r) => r.validFrom <= today)?.id;
  return (
    <>
      <h2 class="kern-heading-medium">{ctx.t(`${R}history`)}</h2>
      <DataTable
        caption={ctx.t(`${R}history`)}
        captionHidden
        empty={ctx.t(`${R}noVersions`)}
        rows={rows}
        columns={[
          { header: ctx.t(`${R}validFrom`), rowHeader: true, cell: (r) => ctx.date(r.validFrom) },
          {
            header: ctx.t(`${R}state`),
            cell: (r) =>
              ctx.t(`${R}versionState.${r.id === current ? 'current' : r.validFrom > today ? 'future' : 'past'}`),
          },
          { header: ctx.t(`${R}figures`), cell: (r) => <Figures rows={figures(r.id)} /> },
          { header: ctx.t(`${R}createdAt`), cell: (r) => ctx.date(r.createdAt, true) },
        ]}
      />
    </>
  );
}

/** One state rule table: the form for a new version (starting from the newest figures) and the history. */
export function StateRuleKindPage({
  ctx,
  kind,
  rows,
  state,
  today,
}: {
  ctx: ViewContext;
  kind: RuleKind;
  rows: RuleSetRow[];
  state: FormState;
  today: string;
}) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const figures = (id: string) => {
    const r = byId.get(id);
    return [
      ...figureRows(ctx, kind, ruleFormValues(r)),
      ...(r?.unsure ? [[ctx.t(`${R}unsure`), ctx.t(`${R}yes`)] as [string, string]] : []),
      ...(r?.source ? [[ctx.t(`${R}source`), r.source] as [string, string]] : []),
    ];
  };
  return (
    <StaffFormPage
      ctx={ctx}
      area={STATE}
      current="housing.rules"
      title={ctx.t(`${R}kind.${kind}`)}
      state={state}
      labels={labelsOf(ctx, kind)}
      action={stateRulesHref(ctx.locale, kind)}
      after={<History ctx={ctx} rows={rows} today={today} figures={figures} />}
    >
      <p class="kern-body">
        <a class="kern-link" href={stateRulesHref(ctx.locale)}>
          {ctx.t(`${R}title`)}
        </a>
      </p>
      <h2 class="kern-heading-medium">{ctx.t(`${R}newVersion`)}</h2>
      <p class="kern-body">{ctx.t(`${R}newVersionHint`)}</p>
      <VersionFields ctx={ctx} state={state} />
      <KindFields ctx={ctx} kind={kind} state={state} />
    </StaffFormPage>
  );
}
