import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isolate } from '../../../platform/i18n/format.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { HelpOutcome } from '../help.tables.ts';
import { helpBase, postState, titleColumn } from './help-parts.tsx';

export interface MinePost {
  id: string;
  title: string;
  locale: string;
  kind: string;
  status: 'open' | 'closed';
  outcome: HelpOutcome | null;
  hidden_at: Date | null;
  created_at: Date;
  threads: string | number | null;
}

export interface MineThread {
  id: string;
  post_id: string;
  title: string;
  locale: string;
  responder_name: string;
  author_name: string;
  as_author: boolean;
  unread: boolean;
  last_message_at: Date;
}

/** "My help posts" and "Messages": what a person wrote, and every conversation they are part of. */
export function HelpMinePage(p: { ctx: ViewContext; tenant: PageTenant; posts: MinePost[]; threads: MineThread[] }) {
  const { ctx } = p;
  const { t } = ctx;
  const base = helpBase(ctx, p.tenant.slug);
  return (
    <Layout ctx={ctx} title={t('community.help.mine.title')}>
      <BackLink href={base}>{t('community.help.back')}</BackLink>
      <h1 class="kern-heading-large">{t('community.help.mine.title')}</h1>
      <p class="kern-body">
        <a class="kern-btn kern-btn--primary" href={`${base}/new`}>
          <span class="kern-label">{t('community.help.new.action')}</span>
        </a>
      </p>
      <DataTable
        caption={t('community.help.mine.title')}
        captionHidden
        empty={t('community.help.mine.empty')}
        rows={p.posts}
        columns={[
          titleColumn(ctx, base),
          { header: t('community.help.field.kind'), cell: (r) => t(`community.help.kind.${r.kind}`) },
          { header: t('community.help.mine.state'), cell: (r) => postState(ctx, r) },
          { header: t('community.help.mine.threads'), numeric: true, cell: (r) => ctx.number(Number(r.threads ?? 0)) },
        ]}
      />
      <h2 class="kern-heading-medium" id="messages">
        {t('community.help.messages.title')}
      </h2>
      <DataTable
        caption={t('community.help.messages.title')}
        captionHidden
        empty={t('community.help.messages.empty')}
        rows={p.threads}
        columns={[
          {
            header: t('community.help.messages.with'),
            rowHeader: true,
            cell: (r) => (
              <a class="kern-link" href={`${base}/${r.post_id}/threads/${r.id}`}>
                {isolate(r.as_author ? r.responder_name : r.author_name)}
              </a>
            ),
          },
          {
            header: t('community.help.messages.about'),
            cell: (r) => (
              <span lang={r.locale} dir="auto">
                {r.title}
              </span>
            ),
          },
          { header: t('community.help.messages.last'), cell: (r) => ctx.date(r.last_message_at, true) },
          {
            header: t('community.help.messages.state'),
            cell: (r) =>
              r.unread ? <strong>{t('community.help.threads.unread')}</strong> : t('community.help.messages.read'),
          },
        ]}
      />
    </Layout>
  );
}
