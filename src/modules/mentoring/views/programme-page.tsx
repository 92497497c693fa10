import { direction } from '../../../platform/i18n/locales.ts';
import { formatList } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import { BackLink, DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { CycleRow, ProgrammeRow } from '../core.repository.ts';
import { isOpenOn } from '../programmes.repository.ts';
import { mentorsMaySignUp } from '../applications.service.ts';

export interface ProgrammeView {
  programme: ProgrammeRow;
  title: string;
  aim: string;
  textLocale: string;
  /** The title and aim are German because the reader's translation is missing, or a translation is outdated. */
  shown: { missing: boolean; outdated: boolean };
}

const TEXT_NOTES = {
  missing: 'mentoring.programmes.text.missingNote',
  outdated: 'mentoring.programmes.text.outdatedNote',
};

const day = (ctx: ViewContext, d: string) => ctx.date(`${d}T12:00:00Z`);

/** A programme: its aim and organiser, how it works, its cycles, and where to apply or sign up. */
export function ProgrammePage({
  ctx,
  tenant,
  p,
  cycles,
  taken,
  today,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  p: ProgrammeView;
  cycles: CycleRow[];
  taken: Map<string, number>;
  today: string;
}) {
  const base = `/${ctx.locale}/m/${tenant.slug}/mentoring`;
  const open = cycles.some((c) => isOpenOn(c, today));
  const mentorsOpen = cycles.some((c) => mentorsMaySignUp(c, today));
  return (
    <Layout ctx={ctx} title={p.title}>
      <BackLink href={base}>{ctx.t('mentoring.programmes.backToList')}</BackLink>
      <h1 class="kern-heading-large" lang={p.textLocale} dir={direction(p.textLocale)}>
        {p.title}
      </h1>
      <TextNotes ctx={ctx} shown={p.shown} messages={TEXT_NOTES} />
      <p class="kern-body">{ctx.t('mentoring.programmes.organiser', { organiser: p.programme.organiser })}</p>
      <p class="kern-body" lang={p.textLocale} dir={direction(p.textLocale)}>
        {p.aim}
      </p>
      <h2 class="kern-heading-medium">{ctx.t('mentoring.programmes.how.title')}</h2>
      <ol class="kern-list">
        <li>{ctx.t('mentoring.programmes.how.apply')}</li>
        <li>{ctx.t('mentoring.programmes.how.match')}</li>
        <li>{ctx.t('mentoring.programmes.how.attend')}</li>
        <li>{ctx.t('mentoring.programmes.how.certificate')}</li>
      </ol>
      {(open || mentorsOpen) && (
        <p class="kern-body">
          {open && (
            <a class="kern-btn kern-btn--primary" href={`${base}/${p.programme.slug}/apply`}>
              <span class="kern-label">{ctx.t('mentoring.programmes.applyLink')}</span>
            </a>
          )}{' '}
          {mentorsOpen && (
            <a class="kern-btn kern-btn--secondary" href={`${base}/${p.programme.slug}/mentor`}>
              <span class="kern-label">{ctx.t('mentoring.programmes.mentorLink')}</span>
            </a>
          )}
        </p>
      )}
      <h2 class="kern-heading-medium">{ctx.t('mentoring.programmes.cycles')}</h2>
      {cycles.length === 0 && <p class="kern-body">{ctx.t('mentoring.programmes.noCycles')}</p>}
      {cycles.map((c) => (
        <section aria-labelledby={`c-${c.id}`}>
          <h3 class="kern-heading-small" id={`c-${c.id}`}>
            {ctx.t('mentoring.programmes.cycleTitle', { cycle: c.name })}
          </h3>
          <DetailList
            rows={[
              [ctx.t('mentoring.programmes.field.status'), ctx.t(`mentoring.programmes.cycleStatus.${c.status}`)],
              [
                ctx.t('mentoring.programmes.field.applications'),
                ctx.t('mentoring.programmes.range', {
                  from: day(ctx, c.applicationsOpen),
                  to: day(ctx, c.applicationsClose),
                }),
              ],
              [
                ctx.t('mentoring.programmes.field.runs'),
                ctx.t('mentoring.programmes.range', { from: day(ctx, c.startsOn), to: day(ctx, c.endsOn) }),
              ],
              [
                ctx.t('mentoring.programmes.field.places'),
                ctx.t('mentoring.programmes.placesTaken', { taken: taken.get(c.id) ?? 0, places: c.places }),
              ],
              [
                ctx.t('mentoring.programmes.field.activities'),
                formatList(
                  ctx.locale,
                  c.activityKinds.map((k) => ctx.t(`mentoring.activity.${k}`)),
                ),
              ],
              [
                ctx.t('mentoring.programmes.field.required'),
                ctx.t('mentoring.programmes.required', { n: c.activitiesRequired }),
              ],
            ]}
          />
        </section>
      ))}
    </Layout>
  );
}
