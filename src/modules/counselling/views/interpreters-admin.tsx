import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, FormWithSummary, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { LANGUAGES } from '../counselling.tables.ts';
import type { Interpreter, WeeklyHours } from '../interpreters.repository.ts';
import { WEEKDAYS } from '../interpreters.schema.ts';
import { Checks, languageList, weekdayName } from './interpreters-parts.tsx';

const poolUrl = (ctx: ViewContext, slug: string) => `/${ctx.locale}/m/${slug}/admin/counselling/interpreters`;

/** The pool: each interpreter with languages, weekly hours and whether they take requests. */
export function InterpreterPoolPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: (Interpreter & { hours: WeeklyHours[] })[];
}) {
  const { ctx } = p;
  const { t } = ctx;
  const base = poolUrl(ctx, p.tenant.slug);
  return (
    <Layout ctx={ctx} title={t('counselling.interpreters.pool.title')}>
      <h1 class="kern-heading-large">{t('counselling.interpreters.pool.title')}</h1>
      <p class="kern-body">{t('counselling.interpreters.pool.intro')}</p>
      <p class="kern-body">
        <a class="kern-link" href={`${base}/new`}>
          {t('counselling.interpreters.new.title')}
        </a>
      </p>
      <DataTable
        caption={t('counselling.interpreters.pool.title')}
        captionHidden
        empty={t('counselling.interpreters.pool.empty')}
        rows={p.rows}
        columns={[
          { header: t('counselling.interpreters.field.displayName'), cell: (r) => r.display_name, rowHeader: true },
          { header: t('counselling.interpreters.field.languages'), cell: (r) => languageList(ctx, r.languages) },
          {
            header: t('counselling.interpreters.field.hours'),
            cell: (r) => r.hours.map((h) => `${weekdayName(ctx, h.weekday)} ${h.starts}–${h.ends}`).join(', '),
          },
          {
            header: t('counselling.interpreters.field.active'),
            cell: (r) => t(r.active ? 'counselling.interpreters.active.yes' : 'counselling.interpreters.active.no'),
          },
          {
            header: t('counselling.interpreters.pool.actions'),
            action: true,
            cell: (r) => (
              <a class="kern-link" href={`${base}/${r.id}/edit`}>
                {t('counselling.interpreters.edit.link', { name: r.display_name })}
              </a>
            ),
          },
        ]}
      />
    </Layout>
  );
}

/** Adding to or changing the pool: the person (when adding), name, languages, active, one time range per weekday. */
export function InterpreterFormPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  /** People of the municipality not yet in the pool (adding); absent when changing. */
  people?: { id: string; name: string }[];
  id?: string;
}) {
  const { ctx, state } = p;
  const { t } = ctx;
  const base = poolUrl(ctx, p.tenant.slug);
  const title = t(p.id ? 'counselling.interpreters.edit.title' : 'counselling.interpreters.new.title');
  const labels: Record<string, string> = {
    userId: t('counselling.interpreters.field.person'),
    displayName: t('counselling.interpreters.field.displayName'),
    languages: t('counselling.interpreters.field.languages'),
    active: t('counselling.interpreters.field.active'),
  };
  for (const d of WEEKDAYS) {
    labels[`from${d}`] = `${weekdayName(ctx, d)}: ${t('counselling.interpreters.field.from')}`;
    labels[`to${d}`] = `${weekdayName(ctx, d)}: ${t('counselling.interpreters.field.to')}`;
  }
  const action = p.id ? `${base}/${p.id}/edit` : `${base}/new`;
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={base}>{t('counselling.interpreters.pool.back')}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={action}
        submit={t('counselling.interpreters.save')}
      >
        {p.people && (
          <SelectField
            ctx={ctx}
            state={state}
            name="userId"
            label={labels.userId!}
            hint={t('counselling.interpreters.field.personHint')}
            options={p.people.map((x): [string, string] => [x.id, x.name])}
            required
          />
        )}
        <TextField ctx={ctx} state={state} name="displayName" label={labels.displayName!} required />
        <Checks
          ctx={ctx}
          state={state}
          name="languages"
          legend={labels.languages!}
          options={LANGUAGES.map((l): [string, string] => [l, t(`counselling.language.${l}`)])}
        />
        <Checks
          ctx={ctx}
          state={state}
          name="active"
          legend={labels.active!}
          options={[['on', t('counselling.interpreters.active.yes')]]}
        />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('counselling.interpreters.field.hours')}</legend>
          <p class="kern-hint">{t('counselling.interpreters.field.hoursHint')}</p>
          {WEEKDAYS.map((d) => (
            <div class="z-inline-fields">
              <TextField ctx={ctx} state={state} name={`from${d}`} label={labels[`from${d}`]!} inputmode="numeric" />
              <TextField ctx={ctx} state={state} name={`to${d}`} label={labels[`to${d}`]!} inputmode="numeric" />
            </div>
          ))}
        </fieldset>
      </FormWithSummary>
    </Layout>
  );
}
