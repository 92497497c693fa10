import type { ComponentChildren } from 'preact';
import { isolate } from '../../../platform/i18n/format.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { type OccurrenceForRegistration, placesLeft } from '../registrations.read.ts';

/** One checkbox with its label (KERN), ticked when the form holds `yes`, with the field's error above it. */
export function YesBox({
  ctx,
  state,
  name,
  label,
}: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  label: string;
}) {
  const err = state.errors[name];
  const on = state.values[name] === 'yes';
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      {err && (
        <p class="kern-error" id={`f-${name}-error`}>
          <span class="z-visually-hidden">{ctx.t('form.errorPrefix')} </span>
          {ctx.t(err.key, err.values)}
        </p>
      )}
      <div class="kern-form-check">
        <input
          class="kern-form-check__checkbox"
          type="checkbox"
          id={`f-${name}`}
          name={name}
          value="yes"
          checked={on}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={err ? `f-${name}-error` : undefined}
        />
        <label class="kern-label" for={`f-${name}`}>
          {label}
        </label>
      </div>
    </div>
  );
}

/** An alert box of KERN with a heading and text. */
export function Notice({
  kind,
  title,
  children,
}: {
  kind: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  children?: ComponentChildren;
}) {
  return (
    <div class={`kern-alert kern-alert--${kind}`} role="status">
      <div class="kern-alert__header">
        <h2 class="kern-title">{title}</h2>
      </div>
      {children && <div class="kern-alert__body">{children}</div>}
    </div>
  );
}

/** Whether a date can take registrations now, and if not, why (the reason is the message key's last part). */
export function openness(o: OccurrenceForRegistration, now: Date): 'open' | 'cancelled' | 'past' | 'openToAll' {
  if (o.status === 'cancelled' || o.eventStatus === 'cancelled') return 'cancelled';
  if (o.startsAt <= now) return 'past';
  if (o.registration === 'none') return 'openToAll';
  return 'open';
}

/** When and where a date takes place, and how full it is, in plain words. */
export function OccurrenceFacts({ ctx, o }: { ctx: ViewContext; o: OccurrenceForRegistration }) {
  const left = placesLeft(o);
  const moved = o.startsAt.getTime() !== o.originalStart.getTime();
  return (
    <dl class="kern-description-list">
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">{ctx.t('community.registrations.when')}</dt>
        <dd class="kern-description-list-item__value">
          {ctx.date(o.startsAt, true)}
          {moved && ` (${ctx.t('community.registrations.movedFrom', { date: ctx.date(o.originalStart, true) })})`}
        </dd>
      </div>
      {o.place && (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{ctx.t('community.registrations.where')}</dt>
          <dd class="kern-description-list-item__value">{o.place}</dd>
        </div>
      )}
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">{ctx.t('community.registrations.organiser')}</dt>
        <dd class="kern-description-list-item__value">{o.organiserName}</dd>
      </div>
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">{ctx.t('community.registrations.places')}</dt>
        <dd class="kern-description-list-item__value">
          {left === null
            ? ctx.t('community.registrations.placesUnlimited')
            : left > 0 && o.waiting === 0
              ? ctx.t('community.registrations.placesLeft', { n: left, total: o.places ?? 0 })
              : ctx.t('community.registrations.placesFull', { waiting: o.waiting })}
        </dd>
      </div>
    </dl>
  );
}

/** The heading's event title, isolated for right-to-left pages. */
export const titleOf = (o: OccurrenceForRegistration) => isolate(o.title);
