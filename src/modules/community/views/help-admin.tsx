import type { ComponentChildren } from 'preact';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { dateTimeFormat, isolate } from '../../../platform/i18n/format.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import type { FormState } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { FilterForm, selectFilter } from '../../../platform/views/staff/list-frame.tsx';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { HelpPost } from '../help.repository.ts';
import type { HelpReportRow } from '../help.reports.repository.ts';
import type { HelpOutcome } from '../help.tables.ts';
import { helpBase, PostFacts, postState, titleColumn } from './help-parts.tsx';

export const MODERATION_NAV = 'community.help.moderation';
const adminBase = (ctx: ViewContext, t: PageTenant) => `/${ctx.locale}/m/${t.slug}/admin/help`;

export interface QueueRow {
  id: string;
  kind: string;
  category: string;
  title: string;
  locale: string;
  author_name: string;
  status: 'open' | 'closed';
  outcome: HelpOutcome | null;
  hidden_at: Date | null;
  created_at: Date;
  open_reports: string | number | null;
}

/** A one-button POST form (moderation steps), with the form token. */
export function StepButton(p: { ctx: ViewContext; action: string; label: string; primary?: boolean }) {
  return (
    <form method="post" action={p.action} class="z-inline-form">
      <input type="hidden" name="_csrf" value={p.ctx.csrfToken} />
      <button type="submit" class={`kern-btn ${p.primary ? 'kern-btn--primary' : 'kern-btn--secondary'}`}>
        <span class="kern-label">{p.label}</span>
      </button>
    </form>
  );
}

/** The moderation queue: posts with open reports first (oldest report first), or hidden or all posts. */
export function HelpQueuePage(p: { ctx: ViewContext; tenant: PageTenant; rows: QueueRow[]; state: FormState }) {
  const { ctx } = p;
  const { t } = ctx;
  const base = adminBase(ctx, p.tenant);
  const shows = (['reported', 'hidden', 'all'] as const).map((s): [string, string] => [
    s,
    t(`community.help.moderation.show.${s}`),
  ]);
  const filter = selectFilter(ctx, p.state, 'show', t('community.help.moderation.showLabel'), shows);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: p.tenant }}
      current={MODERATION_NAV}
      title={t('community.help.moderation.title')}
      action={{ href: `${base}/figures`, label: t('community.help.figures.title') }}
    >
      <p class="kern-body">{t('community.help.moderation.intro')}</p>
      <FilterForm ctx={ctx} action={base}>
        {filter.filters}
      </FilterForm>
      <DataTable
        caption={t('community.help.moderation.title')}
        captionHidden
        empty={t('community.help.moderation.empty')}
        rows={p.rows}
        columns={[
          titleColumn(ctx, base),
          { header: t('community.help.field.category'), cell: (r) => t(`community.help.category.${r.category}`) },
          { header: t('community.help.moderation.author'), cell: (r) => isolate(r.author_name) },
          { header: t('community.help.mine.state'), cell: (r) => postState(ctx, r) },
          {
            header: t('community.help.moderation.reports'),
            numeric: true,
            cell: (r) => ctx.number(Number(r.open_reports ?? 0)),
          },
        ]}
      />
    </StaffPage>
  );
}

export interface ReportedThread {
  id: string;
  responder_name: string;
  messages: { id: string; from_author: boolean; body: string; created_at: Date }[];
}

function Messages({ ctx, post, thread }: { ctx: ViewContext; post: HelpPost; thread: ReportedThread }) {
  return (
    <ol class="kern-list">
      {thread.messages.map((m) => (
        <li>
          <strong>
            <bdi>{m.from_author ? post.author_name : thread.responder_name}</bdi>
          </strong>{' '}
          · {ctx.date(m.created_at, true)}: <span dir="auto">{m.body}</span>
        </li>
      ))}
    </ol>
  );
}

/** One post under moderation: its text, its reports, the reported conversations' messages, and the steps. */
export function HelpModeratePage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  post: HelpPost;
  quartier: string | null;
  reports: HelpReportRow[];
  threads: ReportedThread[];
}) {
  const { ctx, post } = p;
  const { t } = ctx;
  const base = `${adminBase(ctx, p.tenant)}/${post.id}`;
  const steps: ComponentChildren[] = [];
  if (post.hidden_at)
    steps.push(<StepButton ctx={ctx} action={`${base}/restore`} label={t('community.help.moderation.restore')} />);
  else steps.push(<StepButton ctx={ctx} action={`${base}/hide`} label={t('community.help.moderation.hide')} primary />);
  if (post.status === 'open')
    steps.push(<StepButton ctx={ctx} action={`${base}/close`} label={t('community.help.moderation.close')} />);
  return (
    <StaffPage ctx={ctx} area={{ municipality: p.tenant }} current={MODERATION_NAV} title={post.title}>
      <BackLink href={adminBase(ctx, p.tenant)}>{t('community.help.moderation.back')}</BackLink>
      <PostFacts ctx={ctx} p={post} quartier={p.quartier} />
      <p class="kern-body">
        {t('community.help.byName', { name: isolate(post.author_name) })} · {postState(ctx, post)} ·{' '}
        <a class="kern-link" href={`${helpBase(ctx, p.tenant.slug)}/${post.id}`}>
          {t('community.help.moderation.publicPage')}
        </a>
      </p>
      <p class="kern-body" lang={post.locale} dir="auto">
        {post.body}
      </p>
      <div class="z-actions">{steps}</div>
      <h2 class="kern-heading-medium">{t('community.help.moderation.reportsTitle')}</h2>
      <DataTable
        caption={t('community.help.moderation.reportsTitle')}
        captionHidden
        empty={t('community.help.moderation.noReports')}
        rows={p.reports}
        columns={[
          {
            header: t('community.help.report.reason'),
            rowHeader: true,
            cell: (r) => t(`community.help.reason.${r.reason}`),
          },
          { header: t('community.help.report.note'), cell: (r) => <span dir="auto">{r.note ?? ''}</span> },
          {
            header: t('community.help.moderation.subject'),
            cell: (r) =>
              r.thread_id ? t('community.help.moderation.aboutThread') : t('community.help.moderation.aboutPost'),
          },
          { header: t('community.help.moderation.reportedAt'), cell: (r) => ctx.date(r.created_at, true) },
          {
            header: t('community.help.mine.state'),
            action: true,
            cell: (r) =>
              r.status === 'open' ? (
                <StepButton
                  ctx={ctx}
                  action={`${base}/reports/${r.id}/dismiss`}
                  label={t('community.help.moderation.dismiss')}
                />
              ) : (
                t('community.help.moderation.resolved')
              ),
          },
        ]}
      />
      {p.threads.map((h) => (
        <section aria-label={t('community.help.threads.with', { name: isolate(h.responder_name) })}>
          <h3 class="kern-heading-small">{t('community.help.threads.with', { name: isolate(h.responder_name) })}</h3>
          <Messages ctx={ctx} post={post} thread={h} />
        </section>
      ))}
    </StaffPage>
  );
}

/** "It helped": closed posts that helped, per category and month, counts only. */
export function HelpFiguresPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: { month: string; category: string; helped: number }[];
}) {
  const { ctx } = p;
  const { t } = ctx;
  const month = (m: string) =>
    dateTimeFormat(ctx.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${m}T00:00:00Z`));
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: p.tenant }}
      current={MODERATION_NAV}
      title={t('community.help.figures.title')}
    >
      <BackLink href={adminBase(ctx, p.tenant)}>{t('community.help.moderation.back')}</BackLink>
      <p class="kern-body">{t('community.help.figures.intro')}</p>
      <DataTable
        caption={t('community.help.figures.title')}
        captionHidden
        empty={t('community.help.figures.empty')}
        rows={p.rows}
        columns={[
          { header: t('community.help.figures.month'), rowHeader: true, cell: (r) => month(r.month) },
          { header: t('community.help.field.category'), cell: (r) => t(`community.help.category.${r.category}`) },
          { header: t('community.help.figures.helped'), numeric: true, cell: (r) => ctx.number(r.helped) },
        ]}
      />
    </StaffPage>
  );
}
