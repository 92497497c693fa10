import type { PageTenant } from '../../../platform/db/tenant.ts';
import { DetailList } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, FormWithSummary, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { TOPICS } from '../welcome.tables.ts';
import { PracticeFields, practiceLabels } from './practice-form.tsx';
import {
  type ListedPractice,
  PracticeTitle,
  practiceUrls,
  staffPracticeUrls,
  statusWord,
  tagWords,
} from './practice-parts.tsx';

const CURRENT = 'welcome.practice.staff';

/** A municipality's page of the library: its submissions with their state, and the published examples to adapt. */
export function StaffPracticePage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  mine: readonly ListedPractice[];
  published: readonly ListedPractice[];
  canAdapt: boolean;
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = staffPracticeUrls(ctx.locale, tenant.slug);
  const pub = practiceUrls(ctx.locale);
  const title = t('welcome.practice.staff.title');
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={CURRENT}
      title={title}
      action={{ href: urls.submit, label: t('welcome.practice.staff.submit') }}
    >
      <p class="kern-body">{t('welcome.practice.staff.intro', { municipality: tenant.name })}</p>
      <h2 class="kern-heading-medium">{t('welcome.practice.staff.mine', { municipality: tenant.name })}</h2>
      <DataTable
        caption={t('welcome.practice.staff.mine', { municipality: tenant.name })}
        captionHidden
        empty={t('welcome.practice.staff.mineEmpty')}
        rows={p.mine}
        columns={[
          {
            header: t('welcome.practice.field.title'),
            rowHeader: true,
            cell: (x) =>
              x.row.status === 'published' ? (
                <a class="kern-link" href={pub.one(x.row.slug)}>
                  <PracticeTitle ctx={ctx} item={x} />
                </a>
              ) : (
                <PracticeTitle ctx={ctx} item={x} />
              ),
          },
          { header: t('welcome.practice.field.status'), cell: (x) => statusWord(ctx, x.row.status) },
          { header: t('welcome.practice.field.submittedAt'), cell: (x) => ctx.date(x.row.createdAt) },
        ]}
      />
      {p.canAdapt && (
        <>
          <h2 class="kern-heading-medium">{t('welcome.practice.adapt.title')}</h2>
          <p class="kern-body">{t('welcome.practice.adapt.intro')}</p>
          <DataTable
            caption={t('welcome.practice.adapt.title')}
            captionHidden
            empty={t('welcome.practice.public.empty')}
            rows={p.published}
            columns={[
              {
                header: t('welcome.practice.field.title'),
                rowHeader: true,
                cell: (x) => <PracticeTitle ctx={ctx} item={x} />,
              },
              { header: t('welcome.practice.field.placeName'), cell: (x) => <bdi>{x.row.placeName}</bdi> },
              {
                header: t('welcome.practice.adapt.action'),
                cell: (x) => (
                  <a class="kern-link" href={urls.adapt(x.row.slug)}>
                    {t('welcome.practice.adapt.action')}
                  </a>
                ),
              },
            ]}
          />
        </>
      )}
    </StaffPage>
  );
}

/** The form that submits an example from the municipality (German text, optional translation). */
export function PracticeSubmitPage({ ctx, tenant, state }: { ctx: ViewContext; tenant: PageTenant; state: FormState }) {
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={CURRENT}
      title={ctx.t('welcome.practice.staff.submit')}
      state={state}
      labels={practiceLabels(ctx)}
      action={staffPracticeUrls(ctx.locale, tenant.slug).staff}
    >
      <p class="kern-body">{ctx.t('welcome.practice.staff.submitIntro')}</p>
      <PracticeFields ctx={ctx} state={state} />
    </StaffFormPage>
  );
}

const ADAPT_FIELDS = ['target', 'topic', 'startDate', 'startTime', 'endTime', 'address'] as const;

/** "Adapt this for my Quartier": a draft guide page or a draft event of this municipality, from one example. */
export function AdaptPage(p: { ctx: ViewContext; tenant: PageTenant; item: ListedPractice; state: FormState }) {
  const { ctx, tenant, item, state } = p;
  const { t } = ctx;
  const labels = Object.fromEntries(ADAPT_FIELDS.map((f) => [f, t(`welcome.practice.adapt.field.${f}`)]));
  const f = (name: (typeof ADAPT_FIELDS)[number]) => ({ ctx, state, name, label: labels[name] ?? name });
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current={CURRENT} title={t('welcome.practice.adapt.title')}>
      <DetailList
        rows={[
          [t('welcome.practice.field.title'), <PracticeTitle ctx={ctx} item={item} />],
          [t('welcome.practice.field.placeName'), <bdi>{item.row.placeName}</bdi>],
          [t('welcome.practice.field.tags'), tagWords(ctx, item.row.tags)],
        ]}
      />
      <p class="kern-body">{t('welcome.practice.adapt.explain', { municipality: tenant.name })}</p>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={staffPracticeUrls(ctx.locale, tenant.slug).adapt(item.row.slug)}
        submit={t('welcome.practice.adapt.submit')}
      >
        <SelectField
          {...f('target')}
          required
          options={[
            ['guide', t('welcome.practice.adapt.target.guide')],
            ['event', t('welcome.practice.adapt.target.event')],
          ]}
        />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('welcome.practice.adapt.target.guide')}</legend>
          <div class="kern-fieldset__body">
            <SelectField {...f('topic')} options={TOPICS.map((k) => [k, t(`welcome.topic.${k}`)])} />
          </div>
        </fieldset>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('welcome.practice.adapt.target.event')}</legend>
          <div class="kern-fieldset__body">
            <TextField {...f('startDate')} type="date" />
            <TextField {...f('startTime')} hint={t('welcome.practice.adapt.timeHint')} />
            <TextField {...f('endTime')} hint={t('welcome.practice.adapt.timeHint')} />
            <TextField {...f('address')} />
          </div>
        </fieldset>
      </FormWithSummary>
    </StaffPage>
  );
}
