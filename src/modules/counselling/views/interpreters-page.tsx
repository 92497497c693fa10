import type { PageTenant } from '../../../platform/db/tenant.ts';
import { Form } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { OpenRequest } from '../interpreters.repository.ts';
import { timeRange } from './interpreters-parts.tsx';

type Row = OpenRequest & { title: string };

/**
 * The interpreter's page: the open requests they could take (service, time, language — never the person) with an
 * Accept button each, and their accepted assignments. `refusal` is the message of an acceptance that failed.
 */
export function InterpretingPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  inPool: boolean;
  open: Row[];
  mine: Row[];
  refusal?: string;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${p.tenant.slug}/interpreting`;
  const when = (r: Row) => timeRange(ctx, new Date(r.startsAt), new Date(r.endsAt));
  const columns = (accept: boolean) => [
    { header: t('counselling.interpreters.field.service'), cell: (r: Row) => r.title, rowHeader: true },
    { header: t('counselling.interpreters.field.when'), cell: when },
    { header: t('counselling.interpreters.field.language'), cell: (r: Row) => t(`counselling.language.${r.language}`) },
    ...(accept
      ? [
          {
            header: t('counselling.interpreters.pool.actions'),
            action: true,
            cell: (r: Row) => (
              <Form
                ctx={ctx}
                action={`${base}/${r.id}/accept`}
                label={t('counselling.interpreters.accept.label', { service: r.title, when: when(r) })}
              >
                <button type="submit" class="kern-btn kern-btn--primary">
                  <span class="kern-label">{t('counselling.interpreters.accept.button')}</span>
                </button>
              </Form>
            ),
          },
        ]
      : []),
  ];
  return (
    <Layout ctx={ctx} title={t('counselling.interpreters.page.title')}>
      <h1 class="kern-heading-large">{t('counselling.interpreters.page.title')}</h1>
      {p.refusal && (
        <div class="kern-alert kern-alert--danger" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{t(p.refusal)}</p>
          </div>
        </div>
      )}
      {!p.inPool && <p class="kern-body">{t('counselling.interpreters.page.notInPool')}</p>}
      <h2 class="kern-heading-medium">{t('counselling.interpreters.page.open')}</h2>
      <p class="kern-body">{t('counselling.interpreters.page.openIntro')}</p>
      <DataTable
        caption={t('counselling.interpreters.page.open')}
        captionHidden
        empty={t('counselling.interpreters.page.openEmpty')}
        rows={p.open}
        columns={columns(true)}
      />
      <h2 class="kern-heading-medium">{t('counselling.interpreters.page.mine')}</h2>
      <DataTable
        caption={t('counselling.interpreters.page.mine')}
        captionHidden
        empty={t('counselling.interpreters.page.mineEmpty')}
        rows={p.mine}
        columns={columns(false)}
      />
    </Layout>
  );
}
