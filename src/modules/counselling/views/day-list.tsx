import type { PageTenant } from '../../../platform/db/tenant.ts';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import { Form } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { DayAppointment, WalkIn } from '../day.repository.ts';
import type { RequestStatus } from '../counselling.tables.ts';

const k = (key: string) => `counselling.day.${key}`;

/** A time of day in Berlin, in the reader's locale (the day list is one local day). */
export function timeOf(ctx: ViewContext, d: Date): string {
  return dateTimeFormat(ctx.locale, { hour: '2-digit', minute: '2-digit' }).format(d);
}

export const dayBase = (ctx: ViewContext, tenant: PageTenant) =>
  `/${ctx.locale}/m/${tenant.slug}/admin/counselling/day`;

interface DayProps {
  ctx: ViewContext;
  tenant: PageTenant;
  days: { day: string; previous: string; next: string };
  appointments: DayAppointment[];
  states: Map<string, { status: RequestStatus; language: string; interpreterName: string | null }>;
  walkIns: WalkIn[];
  own: { serviceId: string; title: string }[];
  counsellors: { userId: string; name: string | null }[];
  selected: string | null;
  now: Date;
}

function Interpreter({ ctx, a, states }: { ctx: ViewContext; a: DayAppointment } & Pick<DayProps, 'states'>) {
  if (!a.interpreterLanguage) return <>{ctx.t(k('list.noInterpreter'))}</>;
  const s = states.get(a.id);
  const language = ctx.t(`counselling.language.${a.interpreterLanguage}`);
  if (!s || s.status === 'cancelled') return <>{ctx.t(k('list.interpreterNone'), { language })}</>;
  const key = s.status === 'accepted' ? 'list.interpreterConfirmed' : 'list.interpreterOpen';
  return <>{ctx.t(k(key), { language, name: s.interpreterName ?? '' })}</>;
}

function Actions({ ctx, base, a, now }: { ctx: ViewContext; base: string; a: DayAppointment; now: Date }) {
  if (a.status !== 'booked') return <>{ctx.t(`counselling.status.${a.status}`)}</>;
  const who = a.name ?? ctx.t(k('list.erased'));
  return (
    <div class="z-no-print">
      <a class="kern-link" href={`${base}/${a.id}/done`}>
        {ctx.t(k('list.done'))}
      </a>{' '}
      <a class="kern-link" href={`${base}/${a.id}/rebook`}>
        {ctx.t(k('list.rebook'))}
      </a>
      {a.startsAt <= now && (
        <Form ctx={ctx} action={`${base}/${a.id}/no-show`} label={ctx.t(k('list.noShowFor'), { name: who })}>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{ctx.t(k('list.noShow'))}</span>
          </button>
        </Form>
      )}
    </div>
  );
}

/**
 * The counsellor's day: the appointments with time, service, topic, language, interpreter and the person's name,
 * the actions (done, no-show, rebook), a walk-in button per own service, and the previous and next day.
 */
export function DayPage(p: DayProps) {
  const { ctx, tenant, days } = p;
  const base = dayBase(ctx, tenant);
  const who = p.selected ? `&counsellor=${p.selected}` : '';
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="counselling.day"
      title={ctx.t(k('title'), { date: ctx.date(days.day) })}
    >
      <nav class="z-no-print" aria-label={ctx.t(k('days'))}>
        <p class="kern-body">
          <a class="kern-link" href={`${base}?date=${days.previous}${who}`}>
            {ctx.t(k('previous'))}
          </a>{' '}
          <a class="kern-link" href={`${base}?date=${days.next}${who}`}>
            {ctx.t(k('next'))}
          </a>
        </p>
      </nav>
      {p.counsellors.length > 0 && (
        <form method="get" action={base} class="z-no-print">
          <input type="hidden" name="date" value={days.day} />
          <label class="kern-label" for="counsellor">
            {ctx.t(k('counsellor'))}
          </label>
          <select class="kern-form-input__select" id="counsellor" name="counsellor">
            <option value="">{ctx.t(k('everyone'))}</option>
            {p.counsellors.map((c) => (
              <option value={c.userId} selected={c.userId === p.selected}>
                {c.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{ctx.t(k('show'))}</span>
          </button>
        </form>
      )}
      <DataTable
        caption={ctx.t(k('list.caption'))}
        empty={ctx.t(k('list.empty'))}
        rows={p.appointments}
        columns={[
          {
            header: ctx.t(k('list.time')),
            rowHeader: true,
            cell: (a) => `${timeOf(ctx, a.startsAt)}–${timeOf(ctx, a.endsAt)}`,
          },
          { header: ctx.t(k('list.service')), cell: (a) => a.serviceTitle },
          { header: ctx.t(k('list.topic')), cell: (a) => ctx.t(`counselling.topic.${a.topic}`) },
          { header: ctx.t(k('list.language')), cell: (a) => ctx.t(`counselling.language.${a.language}`) },
          { header: ctx.t(k('list.interpreter')), cell: (a) => <Interpreter ctx={ctx} a={a} states={p.states} /> },
          { header: ctx.t(k('list.name')), cell: (a) => a.name ?? ctx.t(k('list.erased')) },
          {
            header: ctx.t(k('list.actions')),
            action: true,
            cell: (a) => <Actions ctx={ctx} base={base} a={a} now={p.now} />,
          },
        ]}
      />
      {p.walkIns.length > 0 && (
        <section aria-labelledby="walk-ins">
          <h2 id="walk-ins" class="kern-heading-medium">
            {ctx.t(k('walkIns.title'))}
          </h2>
          <ul class="kern-list">
            {p.walkIns.map((w) => (
              <li>
                {ctx.t(k('walkIns.item'), {
                  service: w.serviceTitle,
                  topic: ctx.t(`counselling.topic.${w.topic}`),
                  minutes: w.minutes,
                })}{' '}
                <a class="kern-link z-no-print" href={`${base}/contacts/${w.id}`}>
                  {ctx.t(k('walkIns.edit'))}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.own.length > 0 && (
        <section class="z-no-print" aria-labelledby="walk-in">
          <h2 id="walk-in" class="kern-heading-medium">
            {ctx.t(k('walkIn.title'))}
          </h2>
          <p class="kern-body">{ctx.t(k('walkIn.intro'))}</p>
          {p.own.map((s) => (
            <Form ctx={ctx} action={`${base}/walk-in`} label={ctx.t(k('walkIn.for'), { service: s.title })}>
              <input type="hidden" name="serviceId" value={s.serviceId} />
              <button type="submit" class="kern-btn kern-btn--primary">
                <span class="kern-label">{ctx.t(k('walkIn.for'), { service: s.title })}</span>
              </button>
            </Form>
          ))}
        </section>
      )}
    </StaffPage>
  );
}
