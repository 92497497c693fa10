import { areaBase, type StaffArea } from '../../../platform/views/staff/staff-area.ts';
import { AreaNav } from '../../../platform/views/staff/staff-page.tsx';
import { FormWithSummary, type FormState, SelectField } from '../../../platform/views/components/form.tsx';
import { BackLink, type Detail, DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { FEEDBACK_STATUSES, type FeedbackDetail } from '../feedback.repository.ts';

/** One feedback message with everything it says, and the form to mark it answered or done. */
export function InboxItemPage({
  ctx,
  area,
  item,
  state = { values: { status: item.status }, errors: {} },
}: {
  ctx: ViewContext;
  area: StaffArea;
  item: FeedbackDetail;
  /** The status form, re-shown with its error when the status sent was not one offered. */
  state?: FormState;
}) {
  const { t } = ctx;
  const none = t('site.inbox.none');
  const heading = t('site.inbox.itemTitle', { date: ctx.date(item.createdAt, true) });
  const rows: Detail[] = [
    [t('site.inbox.received'), ctx.date(item.createdAt, true)],
    [t('site.inbox.status'), t(`site.inbox.statusValue.${item.status}`)],
    !!item.statusChangedAt && [t('site.inbox.statusChanged'), ctx.date(item.statusChangedAt, true)],
    [t('site.inbox.language'), item.locale],
    [t('site.inbox.page'), item.pageUrl ?? none],
    [
      t('site.inbox.email'),
      item.email ? (
        <a class="kern-link" href={`mailto:${item.email}`}>
          {item.email}
        </a>
      ) : (
        none
      ),
    ],
  ];
  return (
    <Layout ctx={ctx} title={heading}>
      <AreaNav ctx={ctx} area={area} />
      <BackLink href={`${areaBase(ctx.locale, area)}/feedback`}>{t('site.inbox.back')}</BackLink>
      <h1 class="kern-heading-large">{heading}</h1>
      <DetailList rows={rows} />
      <h2 class="kern-heading-medium">{t('site.inbox.message')}</h2>
      <div class="z-mail-text">
        {item.message.split(/\r?\n\s*\r?\n/).map((para) => (
          <p class="kern-body" dir="auto">
            {para}
          </p>
        ))}
      </div>
      <h2 class="kern-heading-medium">{t('site.inbox.setStatus')}</h2>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={{ status: t('site.inbox.status') }}
        action={`${areaBase(ctx.locale, area)}/feedback/${item.id}/status`}
        label={t('site.inbox.setStatus')}
        submit={t('site.inbox.save')}
      >
        <SelectField
          ctx={ctx}
          state={state}
          name="status"
          label={t('site.inbox.status')}
          options={FEEDBACK_STATUSES.map((s) => [s, t(`site.inbox.statusValue.${s}`)])}
        />
      </FormWithSummary>
    </Layout>
  );
}
