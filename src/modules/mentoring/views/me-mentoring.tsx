import { Form } from '../../../platform/views/components/form.tsx';
import { type Column, DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { partsOfUser } from '../applications.repository.ts';
import { WITHDRAWABLE } from '../applications.service.ts';
import type { openCyclesEverywhere } from '../programmes.repository.ts';

type Mine = Awaited<ReturnType<typeof partsOfUser>>;
type Open = Awaited<ReturnType<typeof openCyclesEverywhere>>;
type Place = { slug: string; name: string };
/** A mentee's application or a mentor's sign-up: in a cycle of a programme of a municipality. */
type Part = { municipalityId: string; programmeId: string; slug: string; cycleName: string };

const k = (key: string) => `mentoring.applications.${key}`;

/** A person's applications, sign-ups and pairings in every municipality, and the programmes open to apply to. */
export function MyMentoringPage({
  ctx,
  mine,
  open,
  slugs,
  titles,
  certificates,
}: {
  ctx: ViewContext;
  mine: Mine;
  open: Open;
  slugs: Map<string, Place>;
  titles: Map<string, string>;
  /** The PDF of each completed participation's certificate, by the mentee row's id. */
  certificates: Map<string, string>;
}) {
  const title = ctx.t(k('me.title'));
  const where = (m: string) => slugs.get(m) ?? { slug: '', name: '' };
  const programme = (r: Omit<Part, 'cycleName'>) =>
    `/${ctx.locale}/m/${where(r.municipalityId).slug}/mentoring/${r.slug}`;
  const pairing = (m: string, id: string, status: string) =>
    `/${ctx.locale}/m/${where(m).slug}/mentoring/pairings/${id}${status === 'published' ? '/answer' : ''}`;
  /** The programme (a link to its page) and the cycle with its municipality: how both tables begin. */
  const partColumns: Column<Part>[] = [
    {
      header: ctx.t(k('me.programme')),
      rowHeader: true,
      cell: (r) => (
        <a class="kern-link" href={programme(r)}>
          <bdi>{titles.get(r.programmeId) ?? r.slug}</bdi>
        </a>
      ),
    },
    { header: ctx.t(k('me.cycle')), cell: (r) => `${r.cycleName} · ${where(r.municipalityId).name}` },
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <h2 class="kern-heading-medium">{ctx.t(k('me.applications'))}</h2>
      <DataTable
        caption={ctx.t(k('me.applications'))}
        captionHidden
        empty={ctx.t(k('me.noApplications'))}
        rows={mine.mentees}
        columns={[
          ...partColumns,
          { header: ctx.t(k('me.status')), cell: (r) => ctx.t(k(`status.${r.status}`)) },
          {
            header: ctx.t(k('me.next')),
            cell: (r) =>
              certificates.has(r.id) ? (
                <a class="kern-link" href={certificates.get(r.id)}>
                  {ctx.t(k('me.certificate'))}
                </a>
              ) : r.pairingId && r.pairingStatus ? (
                <a class="kern-link" href={pairing(r.municipalityId, r.pairingId, r.pairingStatus)}>
                  {ctx.t(k(r.pairingStatus === 'published' ? 'me.answer' : 'me.pairing'))}
                </a>
              ) : (WITHDRAWABLE as readonly string[]).includes(r.status) ? (
                <Form
                  ctx={ctx}
                  action={`/${ctx.locale}/m/${where(r.municipalityId).slug}/mentoring/applications/${r.id}/withdraw`}
                  label={ctx.t(k('me.withdraw'))}
                >
                  <button type="submit" class="kern-btn kern-btn--secondary">
                    <span class="kern-label">{ctx.t(k('me.withdraw'))}</span>
                  </button>
                </Form>
              ) : (
                ''
              ),
          },
        ]}
      />
      <h2 class="kern-heading-medium">{ctx.t(k('me.signUps'))}</h2>
      <DataTable
        caption={ctx.t(k('me.signUps'))}
        captionHidden
        empty={ctx.t(k('me.noSignUps'))}
        rows={mine.mentors}
        columns={[
          ...partColumns,
          { header: ctx.t(k('me.capacity')), cell: (r) => ctx.number(r.capacity) },
          {
            header: ctx.t(k('me.next')),
            cell: (r) => (
              <ul class="kern-list">
                {mine.pairings
                  .filter((x) => x.mentorId === r.id)
                  .map((x) => (
                    <li>
                      <bdi>{x.menteeName}</bdi>
                      {': '}
                      <a class="kern-link" href={pairing(x.municipalityId, x.id, x.status)}>
                        {ctx.t(k(x.status === 'published' ? 'me.answer' : 'me.pairing'))}
                      </a>
                    </li>
                  ))}
              </ul>
            ),
          },
        ]}
      />
      <h2 class="kern-heading-medium">{ctx.t(k('me.open'))}</h2>
      {open.length === 0 ? (
        <p class="kern-body">{ctx.t(k('me.noneOpen'))}</p>
      ) : (
        <ul class="kern-list">
          {open.map((r) => (
            <li>
              <a class="kern-link" href={programme(r)}>
                <bdi>{titles.get(r.programmeId) ?? r.slug}</bdi>
              </a>{' '}
              {ctx.t(k('me.openIn'), { cycle: r.name, municipality: where(r.municipalityId).name })}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
