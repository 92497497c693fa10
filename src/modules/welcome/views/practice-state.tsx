import type { Paged } from '../../../platform/db/paginate.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import { DetailList } from '../../../platform/views/components/detail-list.tsx';
import { Form, SubmitButton } from '../../../platform/views/components/form.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { pageHref } from '../../../platform/views/staff/list-frame.tsx';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { PracticeStatus } from '../practice.repository.ts';
import { PracticeFields, practiceLabels } from './practice-form.tsx';
import { type ListedPractice, PracticeTitle, practiceUrls, staffPracticeUrls, statusWord } from './practice-parts.tsx';

const CURRENT = 'welcome.practice.state';
const STATUSES: readonly PracticeStatus[] = ['submitted', 'published', 'rejected'];

/** The state editors' list: the examples waiting for a decision first (a status filter), a page at a time. */
export function ReviewListPage(p: {
  ctx: ViewContext;
  data: Paged<ListedPractice>;
  status: PracticeStatus | undefined;
}) {
  const { ctx, data } = p;
  const { t } = ctx;
  const urls = staffPracticeUrls(ctx.locale);
  const filterHref = (s?: PracticeStatus) => (s ? `${urls.review}?status=${s}` : urls.review);
  return (
    <StaffPage ctx={ctx} area={{ municipality: null }} current={CURRENT} title={t('welcome.practice.state.title')}>
      <p class="kern-body">{t('welcome.practice.state.intro')}</p>
      <nav aria-label={t('welcome.practice.field.status')}>
        <ul class="z-inline-list">
          {[undefined, ...STATUSES].map((s) => (
            <li>
              <a class="kern-link" href={filterHref(s)} aria-current={s === p.status ? 'page' : undefined}>
                {s ? statusWord(ctx, s) : t('welcome.practice.state.all')}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="kern-body" role="status">
        {t('welcome.practice.public.count', { count: data.total })}
      </p>
      <DataTable
        caption={t('welcome.practice.state.title')}
        captionHidden
        empty={t('welcome.practice.state.empty')}
        rows={data.rows}
        columns={[
          {
            header: t('welcome.practice.field.title'),
            rowHeader: true,
            cell: (x) => (
              <a class="kern-link" href={urls.reviewOne(x.row.id)}>
                <PracticeTitle ctx={ctx} item={x} />
              </a>
            ),
          },
          { header: t('welcome.practice.field.origin'), cell: (x) => <bdi>{x.origin ?? x.row.placeName}</bdi> },
          { header: t('welcome.practice.field.status'), cell: (x) => statusWord(ctx, x.row.status) },
          { header: t('welcome.practice.field.submittedAt'), cell: (x) => ctx.date(x.row.createdAt) },
        ]}
      />
      <Pagination
        ctx={ctx}
        page={data.page}
        count={pageCount(data.total, data.pageSize)}
        href={pageHref(urls.review, { status: p.status ?? '' })}
      />
    </StaffPage>
  );
}

/** One example for a state editor: its state with the decision buttons, then the edit form. */
export function ReviewPage(p: { ctx: ViewContext; item: ListedPractice; state: FormState }) {
  const { ctx, item, state } = p;
  const { t } = ctx;
  const urls = staffPracticeUrls(ctx.locale);
  const decide = (status: PracticeStatus, label: string) => (
    <Form ctx={ctx} action={`${urls.reviewOne(item.row.id)}/status`} label={label}>
      <input type="hidden" name="status" value={status} />
      <SubmitButton>{label}</SubmitButton>
    </Form>
  );
  const after = (
    <>
      <h2 class="kern-heading-medium">{t('welcome.practice.state.decision')}</h2>
      <DetailList
        rows={[
          [t('welcome.practice.field.status'), statusWord(ctx, item.row.status)],
          [t('welcome.practice.field.origin'), <bdi>{item.origin ?? '—'}</bdi>],
          item.row.status === 'published' && [
            t('welcome.practice.state.publicPage'),
            <a class="kern-link" href={practiceUrls(ctx.locale).one(item.row.slug)}>
              {practiceUrls(ctx.locale).one(item.row.slug)}
            </a>,
          ],
        ]}
      />
      {item.row.status !== 'published' && decide('published', t('welcome.practice.state.publish'))}
      {item.row.status !== 'rejected' && decide('rejected', t('welcome.practice.state.reject'))}
      {item.row.status === 'rejected' && decide('submitted', t('welcome.practice.state.reopen'))}
    </>
  );
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: null }}
      current={CURRENT}
      title={item.text?.title ?? t('welcome.practice.untitled')}
      state={state}
      labels={practiceLabels(ctx)}
      action={urls.reviewOne(item.row.id)}
      after={after}
    >
      <PracticeFields ctx={ctx} state={state} />
    </StaffFormPage>
  );
}
