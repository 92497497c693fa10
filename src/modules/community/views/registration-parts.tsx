import type { ComponentChildren } from 'preact';
import { isolate } from '../../../platform/i18n/format.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { type OccurrenceForRegistration, placesLeft } from '../registrations.read.ts';

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
