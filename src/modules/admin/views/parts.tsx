import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { areaBase, type StaffArea } from '../../../platform/views/staff/staff-area.ts';
import { selectFilter } from '../../../platform/views/staff/list-frame.tsx';

/** The lists of this module; each is also the last segment of its URL below the area, and `admin.<list>` its nav id. */
export type AdminList = 'outbox' | 'audit' | 'jobs';

/** Where a list of this module lives and which nav entry it is, for `ListFrame`. */
export function listPlace(ctx: ViewContext, area: StaffArea, list: AdminList) {
  return { current: `admin.${list}`, action: `${areaBase(ctx.locale, area)}/${list}` };
}

/** The one filter of the outbox and of the jobs list, the status. */
export function statusFilter(ctx: ViewContext, state: FormState, options: [string, string][]) {
  return selectFilter(ctx, state, 'status', ctx.t('admin.outbox.status'), options);
}
