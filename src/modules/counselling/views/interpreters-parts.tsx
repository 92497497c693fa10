import { dateTimeFormat, formatList } from '../../../platform/i18n/format.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

/** A weekday's name in the reader's language (ISO weekday, Monday 1), from Intl: no catalog entry needed. */
export function weekdayName(ctx: ViewContext, isoWeekday: number): string {
  // 5 January 2026 is a Monday.
  const day = new Date(Date.UTC(2026, 0, 4 + isoWeekday, 12));
  return dateTimeFormat(ctx.locale, { weekday: 'long', timeZone: 'UTC' }).format(day);
}

/** Language names from the module's catalog, in the reader's language. */
export function languageList(ctx: ViewContext, codes: readonly string[]): string {
  return formatList(
    ctx.locale,
    codes.map((l) => ctx.t(`counselling.language.${l}`)),
  );
}

/** A group of checkboxes posting one name several times, with its legend and error. */
export function Checks(p: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  legend: string;
  options: readonly [string, string][];
}) {
  const v = p.state.values[p.name];
  const chosen = new Set(Array.isArray(v) ? v : v ? [v] : []);
  const err = p.state.errors[p.name];
  return (
    <fieldset class="kern-fieldset" id={`f-${p.name}`}>
      <legend class="kern-label">{p.legend}</legend>
      {err && (
        <p class="kern-error" id={`f-${p.name}-error`}>
          <span class="z-visually-hidden">{p.ctx.t('form.errorPrefix')} </span>
          {p.ctx.t(err.key, err.values)}
        </p>
      )}
      <div class="kern-fieldset__body">
        {p.options.map(([value, label]) => (
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              type="checkbox"
              id={`f-${p.name}-${value}`}
              name={p.name}
              value={value}
              checked={chosen.has(value)}
            />
            <label class="kern-label" for={`f-${p.name}-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** An appointment's time: the day and start, and the end time, in German local time. */
export function timeRange(ctx: ViewContext, startsAt: Date, endsAt: Date): string {
  const end = dateTimeFormat(ctx.locale, { timeStyle: 'short' }).format(endsAt);
  return `${ctx.date(startsAt, true)}–${end}`;
}
