import type { ShownEntry } from '../../../platform/modules/navigation.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { EntryTiles } from '../../../platform/views/staff/entry-tiles.tsx';
import { StaffNav, type StaffNavTenant } from '../../../platform/views/staff/staff-nav.tsx';

/** A staff start page: the navigation, then each section the person may use with what waits there. */
export function StartPage({
  ctx,
  tenant,
  entries,
}: {
  ctx: ViewContext;
  tenant: StaffNavTenant | null;
  entries: ShownEntry[];
}) {
  const { t } = ctx;
  const title = tenant ? t('admin.start.title', { municipality: tenant.name }) : t('admin.start.stateTitle');
  const waiting = entries.reduce((n, e) => n + (e.waiting ?? 0), 0);
  return (
    <Layout ctx={ctx} title={title}>
      <StaffNav ctx={ctx} scope={tenant ? 'municipality' : 'state'} tenant={tenant} />
      <h1 class="kern-heading-large">{title}</h1>
      {entries.length === 0 ? (
        <p class="kern-body">{t('admin.start.noSections')}</p>
      ) : (
        <>
          <p class="kern-body">
            {waiting > 0 ? t('admin.start.waiting', { count: waiting }) : t('admin.start.nothingWaits')}
          </p>
          <EntryTiles ctx={ctx} entries={entries} />
        </>
      )}
    </Layout>
  );
}
