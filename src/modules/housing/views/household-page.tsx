import { isolate } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { Form } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { HouseholdApplicationRow } from '../applications.repository.ts';
import type { HouseholdView } from '../households.service.ts';
import type { HouseholdExplanation } from '../rounds.explain.ts';
import { DescriptionList, LinesOrNone } from './lists.tsx';
import { HouseholdRoundSection } from './round-household.tsx';
import type { NoticeKind } from '../households.tables.ts';
import type { SlotRow } from '../viewings.repository.ts';

export interface HouseholdPageData {
  view: HouseholdView;
  applications: HouseholdApplicationRow[];
  notices: { id: string; application_id: string | null; kind: NoticeKind; created_at: Date }[];
  /** Slots of the flats where a viewing is offered, by flat id. */
  slots: Record<string, SlotRow[]>;
}

const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d);

function Profile({ ctx, view }: { ctx: ViewContext; view: HouseholdView }) {
  const { t } = ctx;
  const h = view.household;
  const count = (role: string) => view.members.filter((m) => m.role === role).length;
  const rows: [string, string][] = [
    [
      t('housing.households.members'),
      t('housing.households.membersSummary', {
        adults: count('adult'),
        children: count('child'),
        unborn: count('unborn'),
      }),
    ],
    [
      t('housing.households.field.rentLimit'),
      h.rent_limit_cents === null
        ? t('housing.households.none')
        : `${ctx.money(h.rent_limit_cents / 100)} (${t(`housing.households.source.${h.rent_limit_source}`)})`,
    ],
    [t('housing.households.waitingSince'), ctx.date(day(h.waiting_since))],
    [t('housing.households.urgency'), t(`housing.households.urgencyLevel.${h.urgency}`)],
    [
      t('housing.households.field.permitCategory'),
      h.permit_category ? t(`housing.check.residence.${h.permit_category}`) : t('housing.households.none'),
    ],
  ];
  if (h.permit_valid_until)
    rows.push([t('housing.households.field.permitValidUntil'), ctx.date(day(h.permit_valid_until))]);
  if (h.must_leave_by) rows.push([t('housing.households.field.mustLeaveBy'), ctx.date(day(h.must_leave_by))]);
  return <DescriptionList rows={rows} />;
}

function ApplicationItem(props: {
  ctx: ViewContext;
  tenant: PageTenant;
  a: HouseholdApplicationRow;
  slots: SlotRow[];
}) {
  const { ctx, tenant, a, slots } = props;
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${tenant.slug}/housing/applications/${a.id}`;
  const mine = slots.find((s) => s.application_id === a.id);
  const free = slots.filter((s) => !s.application_id);
  const open = ['submitted', 'shortlisted', 'viewing', 'offered'].includes(a.status);
  return (
    <li class="z-application">
      <h3 class="kern-heading-small">
        {t('housing.apply.flatLine', { street: isolate(a.street), city: isolate(a.city), rooms: Number(a.rooms) })}
      </h3>
      <p class="kern-body">
        <span class="kern-badge">{t(`housing.apply.status.${a.status}`)}</span>
      </p>
      {a.status === 'offered' && a.offer_reason && (
        <p class="kern-body">{t('housing.apply.offerReason', { reason: a.offer_reason })}</p>
      )}
      {mine && <p class="kern-body">{t('housing.apply.booked', { when: ctx.date(mine.starts_at, true) })}</p>}
      {a.status === 'viewing' && free.length > 0 && (
        <Form ctx={ctx} action={`${base}/book`} label={t('housing.apply.bookLegend')}>
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('housing.apply.bookLegend')}</legend>
            {free.map((s, i) => (
              <div class="kern-form-check">
                <input
                  class="kern-form-check__radio"
                  type="radio"
                  name="slotId"
                  value={s.id}
                  id={`slot-${a.id}-${i}`}
                  checked={i === 0}
                />
                <label class="kern-label" for={`slot-${a.id}-${i}`}>
                  {t('housing.apply.slotLine', { when: ctx.date(s.starts_at, true), minutes: s.minutes })}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('housing.apply.book')}</span>
          </button>
        </Form>
      )}
      {a.status === 'offered' && (
        <>
          <Form ctx={ctx} action={`${base}/accept`} label={t('housing.apply.accept')}>
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('housing.apply.accept')}</span>
            </button>
          </Form>
          <Form ctx={ctx} action={`${base}/decline`} label={t('housing.apply.decline')}>
            <button type="submit" class="kern-btn kern-btn--secondary">
              <span class="kern-label">{t('housing.apply.decline')}</span>
            </button>
          </Form>
        </>
      )}
      {open && a.status !== 'offered' && (
        <Form ctx={ctx} action={`${base}/withdraw`} label={t('housing.apply.withdraw')}>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('housing.apply.withdraw')}</span>
          </button>
        </Form>
      )}
    </li>
  );
}

/** The household's page: what's new, its applications (with what it can do next), and its profile. */
export function HouseholdPage({
  ctx,
  tenant,
  data,
  round,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  data: HouseholdPageData;
  round: HouseholdExplanation | null;
}) {
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${tenant.slug}/housing/household`;
  return (
    <Layout ctx={ctx} title={t('housing.households.title')}>
      <h1 class="kern-heading-large">{t('housing.households.title')}</h1>
      <h2 class="kern-heading-medium">{t('housing.apply.news')}</h2>
      <LinesOrNone
        none={t('housing.apply.noNews')}
        lines={data.notices.map((n) =>
          t('housing.apply.noticeLine', {
            when: ctx.date(n.created_at, true),
            what: t(`housing.apply.notice.${n.kind}`),
          }),
        )}
      />
      <h2 class="kern-heading-medium" id="applications">
        {t('housing.apply.mine')}
      </h2>
      {data.applications.length === 0 ? (
        <p class="kern-body">
          {t('housing.apply.none')}{' '}
          <a class="kern-link" href={`/${ctx.locale}/m/${tenant.slug}/flats`}>
            {t('housing.apply.findFlats')}
          </a>
        </p>
      ) : (
        <ul class="z-plain-list">
          {data.applications.map((a) => (
            <ApplicationItem ctx={ctx} tenant={tenant} a={a} slots={data.slots[a.flat_id] ?? []} />
          ))}
        </ul>
      )}
      {round && <HouseholdRoundSection ctx={ctx} explanation={round} />}
      <h2 class="kern-heading-medium">{t('housing.households.profile')}</h2>
      <Profile ctx={ctx} view={data.view} />
      <p class="kern-body">
        <a class="kern-link" href={`${base}/new`}>
          {t('housing.households.edit')}
        </a>
      </p>
    </Layout>
  );
}

/** The button to the form that makes a household's profile. */
export function NewProfileButton({ ctx, tenant }: { ctx: ViewContext; tenant: PageTenant }) {
  return (
    <p class="kern-body">
      <a class="kern-btn kern-btn--primary" href={`/${ctx.locale}/m/${tenant.slug}/housing/household/new`}>
        <span class="kern-label">{ctx.t('housing.households.newTitle')}</span>
      </a>
    </p>
  );
}

/** The household page before there is a profile: what it is for, and the way to make one. */
export function NoHouseholdPage({ ctx, tenant }: { ctx: ViewContext; tenant: PageTenant }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('housing.households.title')}>
      <h1 class="kern-heading-large">{t('housing.households.title')}</h1>
      <p class="kern-body">{t('housing.households.noneYet', { municipality: tenant.name })}</p>
      <NewProfileButton ctx={ctx} tenant={tenant} />
    </Layout>
  );
}
