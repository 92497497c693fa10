import type { ComponentChildren } from 'preact';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

/** The housing office's base URL in the page's language. */
export const officeBase = (ctx: ViewContext, t: PageTenant) => `/${ctx.locale}/m/${t.slug}/admin/housing`;
/** A round's page. */
export const roundHref = (ctx: ViewContext, t: PageTenant, id: string) => `${officeBase(ctx, t)}/rounds/${id}`;

interface ChoiceProps {
  name: string;
  value: string;
  id: string;
  checked?: boolean;
  children: ComponentChildren;
}

/** A KERN checkbox or radio button with its label. */
function Choice({ type, name, value, id, checked, children }: ChoiceProps & { type: 'checkbox' | 'radio' }) {
  return (
    <div class="kern-form-check">
      <input class={`kern-form-check__${type}`} type={type} id={id} name={name} value={value} checked={checked} />
      <label class="kern-label" for={id}>
        {children}
      </label>
    </div>
  );
}

/** A KERN checkbox with its label. */
export const Check = (p: ChoiceProps) => <Choice type="checkbox" {...p} />;
/** A KERN radio button with its label. */
export const Radio = (p: ChoiceProps) => <Choice type="radio" {...p} />;

/** A group of checks or radios with its legend and, when given, the field's error. */
export function Group({
  ctx,
  legend,
  error,
  id,
  children,
}: {
  ctx: ViewContext;
  legend: string;
  error?: { key: string } | undefined;
  id: string;
  children: ComponentChildren;
}) {
  return (
    <fieldset class="kern-fieldset" id={id}>
      <legend class="kern-label">{legend}</legend>
      {error && (
        <p class="kern-error" role="alert">
          {ctx.t(error.key)}
        </p>
      )}
      <div class="kern-fieldset__body">{children}</div>
    </fieldset>
  );
}

/** The short pseudonymous label of a household on staff pages (never a name). */
export const householdLabel = (id: string) => `H-${id.slice(0, 8)}`;
/** The short label of a flat, with its street where known. */
export const flatLabel = (id: string, street?: string) => (street ? street : `W-${id.slice(0, 8)}`);

/** What an office page (or one of its parts) about one thing `v` is given. */
export interface OfficeViewProps<V> {
  ctx: ViewContext;
  tenant: PageTenant;
  v: V;
  state: FormState;
}
