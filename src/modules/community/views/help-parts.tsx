import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isolate } from '../../../platform/i18n/format.ts';
import { type FormState, FormWithSummary, SelectField, TextArea } from '../../../platform/views/components/form.tsx';
import type { Column } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { HelpListRow } from '../help.repository.ts';
import { HELP_CATEGORIES, HELP_KINDS, type HelpOutcome, REPORT_REASONS } from '../help.tables.ts';

/** `/:locale/m/:municipality/help`, the base of every help page. */
export const helpBase = (ctx: ViewContext, slug: string) => `/${ctx.locale}/m/${slug}/help`;

/** The name of a language in the reader's language ("Arabisch" for a German reader of an Arabic post). */
export function languageName(ctx: ViewContext, code: string): string {
  try {
    return new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const kindOptions = (ctx: ViewContext): [string, string][] =>
  HELP_KINDS.map((k) => [k, ctx.t(`community.help.kind.${k}`)]);
export const categoryOptions = (ctx: ViewContext): [string, string][] =>
  HELP_CATEGORIES.map((c) => [c, ctx.t(`community.help.category.${c}`)]);

/** A post's state in words: hidden, open, or how it ended. */
export function postState(
  ctx: ViewContext,
  r: { hidden_at: Date | null; status: string; outcome: HelpOutcome | null },
) {
  if (r.hidden_at) return ctx.t('community.help.state.hidden');
  return r.status === 'open'
    ? ctx.t('community.help.state.open')
    : ctx.t(`community.help.outcome.${r.outcome ?? 'moderated'}`);
}

/** A list's first column: the post's title in its own language, linking to `base/<id>`. */
export const titleColumn = (ctx: ViewContext, base: string): Column<{ id: string; title: string; locale: string }> => ({
  header: ctx.t('community.help.field.title'),
  rowHeader: true,
  cell: (r) => (
    <a class="kern-link" href={`${base}/${r.id}`} lang={r.locale} dir="auto">
      {r.title}
    </a>
  ),
});

/** "Offer · Language tandem · Esterfeld · written in Arabic": what a post is, before its words. */
export function PostFacts({ ctx, p, quartier }: { ctx: ViewContext; p: HelpListRow; quartier: string | null }) {
  const { t } = ctx;
  return (
    <p class="kern-body kern-body--small">
      <strong>{t(`community.help.kind.${p.kind}`)}</strong> · {t(`community.help.category.${p.category}`)}
      {quartier && (
        <>
          {' '}
          · <bdi>{quartier}</bdi>
        </>
      )}{' '}
      · {t('community.help.writtenIn', { language: languageName(ctx, p.locale) })} ·{' '}
      <time datetime={p.created_at.toISOString()}>{ctx.date(p.created_at)}</time>
    </p>
  );
}

/** A post on the list: its title in its own language, what it is, and the start of its text. */
export function PostCard(p: { ctx: ViewContext; tenant: PageTenant; row: HelpListRow; quartier: string | null }) {
  const { ctx, row } = p;
  const excerpt = row.body.length > 220 ? `${row.body.slice(0, 220)}…` : row.body;
  return (
    <li class="z-card">
      <h2 class="kern-heading-small">
        <a class="kern-link" href={`${helpBase(ctx, p.tenant.slug)}/${row.id}`} lang={row.locale} dir="auto">
          {row.title}
        </a>
      </h2>
      <PostFacts ctx={ctx} p={row} quartier={p.quartier} />
      <p class="kern-body" lang={row.locale} dir="auto">
        {excerpt}
      </p>
      <p class="kern-body kern-body--small">{ctx.t('community.help.byName', { name: isolate(row.author_name) })}</p>
    </li>
  );
}

/** The report form (a post, or a conversation when `action` points to it). */
export function ReportForm({ ctx, state, action }: { ctx: ViewContext; state: FormState; action: string }) {
  const { t } = ctx;
  const reasons = REPORT_REASONS.map((r): [string, string] => [r, t(`community.help.reason.${r}`)]);
  const labels = { reason: t('community.help.report.reason'), note: t('community.help.report.note') };
  return (
    <details class="z-flow" open={Object.keys(state.errors).length > 0}>
      <summary class="kern-link">{t('community.help.report.open')}</summary>
      <p class="kern-body">{t('community.help.report.intro')}</p>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={action}
        label={t('community.help.report.open')}
        submit={t('community.help.report.submit')}
      >
        <SelectField ctx={ctx} state={state} name="reason" label={labels.reason} options={reasons} required />
        <TextArea ctx={ctx} state={state} name="note" label={labels.note} rows={3} />
      </FormWithSummary>
    </details>
  );
}
