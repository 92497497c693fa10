import type { FormState } from '../../../platform/views/components/form.tsx';
import { ErrorSummary, SelectField } from '../../../platform/views/components/form.tsx';
import { pageCount, Pagination } from '../../../platform/views/components/pagination.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { MAIL_STATUSES, type MailDetail, type MailSummary } from '../../../platform/mail/outbox-read.ts';
import type { Paged } from '../admin.service.ts';
import { type AdminArea, AdminNav, FilterForm, pageHref } from './parts.tsx';

const title = (ctx: ViewContext, area: AdminArea) =>
  area.municipality
    ? ctx.t('admin.outbox.title', { municipality: area.municipality })
    : ctx.t('admin.outbox.stateTitle');

/** The outbox of a municipality or of the platform: mails newest first, with status, paginated. */
export function OutboxPage({
  ctx,
  area,
  data,
  state,
}: {
  ctx: ViewContext;
  area: AdminArea;
  data: Paged<MailSummary>;
  state: FormState;
}) {
  const { t } = ctx;
  const list = `${area.base}/outbox`;
  return (
    <Layout ctx={ctx} title={title(ctx, area)}>
      <AdminNav ctx={ctx} area={area} current="outbox" />
      <h1 class="kern-heading-large">{title(ctx, area)}</h1>
      <p class="kern-body">{t(area.municipality ? 'admin.outbox.intro' : 'admin.outbox.stateIntro')}</p>
      <ErrorSummary ctx={ctx} state={state} labels={{ status: t('admin.outbox.status') }} />
      <FilterForm ctx={ctx} action={list}>
        <SelectField
          ctx={ctx}
          state={state}
          name="status"
          label={t('admin.outbox.status')}
          options={MAIL_STATUSES.map((s) => [s, t(`admin.mail.status.${s}`)])}
        />
      </FilterForm>
      {Object.keys(state.errors).length === 0 && (
        <p class="kern-body" role="status">
          {t('admin.outbox.count', { count: data.total })}
        </p>
      )}
      <DataTable
        caption={t('admin.outbox.caption')}
        captionHidden
        empty={t('admin.outbox.empty')}
        rows={data.rows}
        columns={[
          { header: t('admin.outbox.created'), cell: (m) => ctx.date(m.createdAt, true) },
          { header: t('admin.outbox.to'), cell: (m) => m.to },
          {
            header: t('admin.outbox.subject'),
            rowHeader: true,
            cell: (m) => (
              <a class="kern-link" href={`${list}/${m.id}`}>
                {m.subject}
              </a>
            ),
          },
          { header: t('admin.outbox.status'), cell: (m) => t(`admin.mail.status.${m.status}`) },
          { header: t('admin.outbox.attempts'), cell: (m) => ctx.number(m.attempts), numeric: true },
        ]}
      />
      <Pagination
        ctx={ctx}
        page={data.page}
        count={pageCount(data.total, data.pageSize)}
        href={pageHref(list, state.values)}
      />
    </Layout>
  );
}

// Links into this application (password reset, invitation) are made clickable, so that the demo works from the
// outbox; any other address stays text.
function Linked({ line, baseUrl }: { line: string; baseUrl: string }) {
  return (
    <>
      {line.split(/(https?:\/\/[^\s<>"]+)/g).map((p, i) =>
        i % 2 === 1 && (p === baseUrl || p.startsWith(`${baseUrl}/`)) ? (
          <a class="kern-link" href={p}>
            {p}
          </a>
        ) : (
          p
        ),
      )}
    </>
  );
}

// Paragraphs and line breaks as written; no <pre>, so that long lines wrap on a phone.
function MailText({ text, baseUrl }: { text: string; baseUrl: string }) {
  return (
    <div class="z-mail-text">
      {text.split(/\r?\n\s*\r?\n/).map((para) => (
        <p class="kern-body" dir="auto">
          {para.split(/\r?\n/).map((line, i) => (
            <>
              {i > 0 && <br />}
              <Linked line={line} baseUrl={baseUrl} />
            </>
          ))}
        </p>
      ))}
    </div>
  );
}

/** One mail with its text, as it was (or would have been) sent. */
export function MailPage({
  ctx,
  area,
  mail,
  baseUrl,
}: {
  ctx: ViewContext;
  area: AdminArea;
  mail: MailDetail;
  baseUrl: string;
}) {
  const { t } = ctx;
  const rows: [string, string][] = [
    [t('admin.outbox.to'), mail.to],
    [t('admin.outbox.status'), t(`admin.mail.status.${mail.status}`)],
    [t('admin.outbox.created'), ctx.date(mail.createdAt, true)],
    ...(mail.sentAt ? [[t('admin.outbox.sentAt'), ctx.date(mail.sentAt, true)] as [string, string]] : []),
    [t('admin.outbox.attempts'), ctx.number(mail.attempts)],
    ...(mail.status === 'queued' && mail.attempts > 0
      ? [[t('admin.outbox.nextAttempt'), ctx.date(mail.nextAttemptAt, true)] as [string, string]]
      : []),
    ...(mail.lastError ? [[t('admin.outbox.lastError'), mail.lastError] as [string, string]] : []),
  ];
  return (
    <Layout ctx={ctx} title={mail.subject}>
      <AdminNav ctx={ctx} area={area} current="outbox" />
      <p class="kern-body">
        <a class="kern-link" href={`${area.base}/outbox`}>
          {t('admin.outbox.back')}
        </a>
      </p>
      <h1 class="kern-heading-large" dir="auto">
        {mail.subject}
      </h1>
      <dl class="kern-description-list">
        {rows.map(([k, v]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{k}</dt>
            <dd class="kern-description-list-item__value">{v}</dd>
          </div>
        ))}
      </dl>
      <h2 class="kern-heading-medium">{t('admin.outbox.text')}</h2>
      <MailText text={mail.text} baseUrl={baseUrl} />
    </Layout>
  );
}
