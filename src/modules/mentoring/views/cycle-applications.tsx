import { formatList } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { Form } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { MenteeRow, MentorRow } from '../applications.repository.ts';
import type { CycleRow } from '../core.repository.ts';
import type { ProgrammeView } from './programme-page.tsx';

const k = (key: string) => `mentoring.applications.${key}`;

function StatusButtons({ ctx, action, m }: { ctx: ViewContext; action: string; m: MenteeRow }) {
  const to = [
    ...(m.status === 'applied' || m.status === 'waitlisted' ? ['accepted'] : []),
    ...(['applied', 'waitlisted', 'accepted'].includes(m.status) ? ['declined'] : []),
  ];
  return (
    <>
      {to.map((s) => (
        <Form ctx={ctx} action={action} label={ctx.t(k(`admin.to.${s}`), { name: m.displayName })}>
          <input type="hidden" name="status" value={s} />
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{ctx.t(k(`admin.to.${s}`), { name: m.displayName })}</span>
          </button>
        </Form>
      ))}
    </>
  );
}

/** A cycle's mentees (places first, then the waitlist in order) and mentors with their capacity. */
export function CycleApplicationsPage({
  ctx,
  tenant,
  p,
  cycle,
  mentees,
  mentors,
  taken,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  p: ProgrammeView;
  cycle: CycleRow;
  mentees: MenteeRow[];
  mentors: MentorRow[];
  taken: number;
}) {
  const title = ctx.t(k('admin.title'), { programme: p.title, cycle: cycle.name });
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/mentoring`;
  const here = `${base}/${p.programme.slug}/cycles/${cycle.id}`;
  let waitPos = 0;
  const position = new Map(mentees.filter((m) => m.status === 'waitlisted').map((m) => [m.id, ++waitPos]));
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current="mentoring.programmes.staff" title={title}>
      <BackLink href={base}>{ctx.t(k('admin.back'))}</BackLink>
      <p class="kern-body">{ctx.t('mentoring.programmes.placesTaken', { taken, places: cycle.places })}</p>
      <h2 class="kern-heading-medium">{ctx.t(k('admin.mentees'))}</h2>
      <DataTable
        caption={ctx.t(k('admin.mentees'))}
        captionHidden
        empty={ctx.t(k('admin.noMentees'))}
        rows={mentees}
        columns={[
          { header: ctx.t(k('field.displayName')), rowHeader: true, cell: (m) => <bdi>{m.displayName}</bdi> },
          {
            header: ctx.t(k('me.status')),
            cell: (m) =>
              position.has(m.id)
                ? ctx.t(k('admin.waitPosition'), { n: position.get(m.id)! })
                : ctx.t(k(`status.${m.status}`)),
          },
          { header: ctx.t(k('admin.appliedAt')), cell: (m) => ctx.date(m.appliedAt, true) },
          { header: ctx.t(k('field.languages')), cell: (m) => formatList(ctx.locale, m.languages) },
          { header: ctx.t(k('field.gender')), cell: (m) => (m.gender ? ctx.t(`mentoring.gender.${m.gender}`) : '–') },
          {
            header: ctx.t(k('field.politicalDirection')),
            cell: (m) => (m.politicalDirection ? <bdi>{m.politicalDirection}</bdi> : '–'),
          },
          {
            header: ctx.t(k('admin.change')),
            cell: (m) => <StatusButtons ctx={ctx} action={`${here}/applications/${m.id}/status`} m={m} />,
          },
        ]}
      />
      <h2 class="kern-heading-medium">{ctx.t(k('admin.mentors'))}</h2>
      <DataTable
        caption={ctx.t(k('admin.mentors'))}
        captionHidden
        empty={ctx.t(k('admin.noMentors'))}
        rows={mentors}
        columns={[
          { header: ctx.t(k('field.displayName')), rowHeader: true, cell: (m) => <bdi>{m.displayName}</bdi> },
          { header: ctx.t(k('field.body')), cell: (m) => m.body },
          { header: ctx.t(k('field.faction')), cell: (m) => m.faction ?? '–' },
          { header: ctx.t(k('field.languages')), cell: (m) => formatList(ctx.locale, m.languages) },
          {
            header: ctx.t(k('field.capacity')),
            cell: (m) => (
              <Form
                ctx={ctx}
                action={`${here}/mentors/${m.id}/capacity`}
                label={ctx.t(k('admin.capacityOf'), { name: m.displayName })}
              >
                <label class="kern-label" for={`cap-${m.id}`}>
                  {ctx.t(k('admin.capacityOf'), { name: m.displayName })}
                </label>
                <input
                  class="kern-form-input__input"
                  id={`cap-${m.id}`}
                  name="capacity"
                  type="number"
                  min="0"
                  max="10"
                  value={String(m.capacity)}
                />
                <button type="submit" class="kern-btn kern-btn--secondary">
                  <span class="kern-label">{ctx.t(k('admin.saveCapacity'))}</span>
                </button>
              </Form>
            ),
          },
        ]}
      />
    </StaffPage>
  );
}
