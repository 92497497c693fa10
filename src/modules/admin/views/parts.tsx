import type { ComponentChildren } from 'preact';
import type { FormValues } from '../../../platform/http/forms.ts';
import type { ViewContext } from '../../../platform/views/context.ts';

/** Where a staff page lives: a municipality's admin area or the state's. */
export interface AdminArea {
  /** `/de/m/meppen/admin` or `/de/state`. */
  base: string;
  /** The municipality's name; null for the state area. */
  municipality: string | null;
}

/** The staff pages of this module, with the current one marked. */
export function AdminNav({
  ctx,
  area,
  current,
}: {
  ctx: ViewContext;
  area: AdminArea;
  current: 'outbox' | 'audit' | 'jobs';
}) {
  const items: [string, string][] = [
    ['outbox', ctx.t('admin.nav.outbox')],
    ['audit', ctx.t('admin.nav.audit')],
  ];
  // Background jobs are the platform's, not a municipality's: only the state area lists them.
  if (area.municipality === null) items.push(['jobs', ctx.t('admin.nav.jobs')]);
  return (
    <nav aria-label={ctx.t('admin.nav.label')}>
      <ul class="z-inline-list">
        {items.map(([key, label]) => (
          <li>
            <a class="kern-link" href={`${area.base}/${key}`} aria-current={key === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A filter form: GET, so that a filtered list has its own URL (bookmarks, back button, pagination). */
export function FilterForm({
  ctx,
  action,
  children,
}: {
  ctx: ViewContext;
  action: string;
  children: ComponentChildren;
}) {
  return (
    <form method="get" action={action} novalidate class="z-filter">
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{ctx.t('admin.filter.legend')}</legend>
        <div class="kern-fieldset__body kern-fieldset__body--horizontal">{children}</div>
        <p class="kern-body">
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{ctx.t('admin.filter.apply')}</span>
          </button>{' '}
          <a class="kern-link" href={action}>
            {ctx.t('admin.filter.reset')}
          </a>
        </p>
      </fieldset>
    </form>
  );
}

/** The URL of another page of a filtered list, keeping the filters. */
export function pageHref(base: string, values: FormValues): (page: number) => string {
  return (page) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) {
      if (k !== 'page' && typeof v === 'string' && v !== '') q.set(k, v);
    }
    q.set('page', String(page));
    return `${base}?${q}`;
  };
}
