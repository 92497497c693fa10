import type { ComponentChildren } from 'preact';
import { FormWithSummary, type FormState } from '../components/form.tsx';
import type { ViewContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import type { StaffArea } from './staff-area.ts';
import { StaffNav } from './staff-nav.tsx';

/** The one staff navigation of an area: a municipality's staff pages or the state's (the current entry from the URL). */
export function AreaNav({ ctx, area }: { ctx: ViewContext; area: StaffArea }) {
  return area.municipality ? (
    <StaffNav ctx={ctx} scope="municipality" tenant={area.municipality} />
  ) : (
    <StaffNav ctx={ctx} scope="state" />
  );
}

/** The primary action of a staff page (shown only to those who may take it; `false` hides it). */
export type StaffAction = { href: string; label: string } | false | undefined;

/**
 * A staff page of any module: the one staff navigation (its current entry marked), the heading and,
 * when given, the primary action, then the page's own content.
 */
export function StaffPage({
  ctx,
  area,
  title,
  action,
  children,
}: {
  ctx: ViewContext;
  area: StaffArea;
  /** The nav entry the page belongs to (documentation; the navigation marks the current entry from the URL). */
  current?: string;
  title: string;
  action?: StaffAction;
  children: ComponentChildren;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <AreaNav ctx={ctx} area={area} />
      <h1 class="kern-heading-large">{title}</h1>
      {action && (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={action.href}>
            <span class="kern-label">{action.label}</span>
          </a>
        </p>
      )}
      {children}
    </Layout>
  );
}

/**
 * A create form (posting to `action`) or an edit form, with the error summary and the save button, inside the
 * staff frame; `after` is shown below the form.
 */
export function StaffFormPage({
  ctx,
  area,
  current,
  title,
  state,
  labels,
  action,
  children,
  after,
}: {
  ctx: ViewContext;
  area: StaffArea;
  current: string;
  title: string;
  state: FormState;
  labels: Record<string, string>;
  /** Where the form posts. */
  action: string;
  children: ComponentChildren;
  after?: ComponentChildren;
}) {
  return (
    <StaffPage ctx={ctx} area={area} current={current} title={title}>
      <FormWithSummary ctx={ctx} state={state} labels={labels} action={action} submit={ctx.t('staff.save')}>
        {children}
      </FormWithSummary>
      {after}
    </StaffPage>
  );
}
