import { MAIL_STATUSES, type MailDetail, type MailSummary } from '../../../platform/mail/outbox-read.ts';
import { BackLink, type Detail, DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { ListFrame, type ListPageProps } from '../../../platform/views/staff/list-frame.tsx';
import { areaBase, type StaffArea } from '../../../platform/views/staff/staff-area.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { listPlace, statusFilter } from './parts.tsx';

const title = (ctx: ViewContext, area: StaffArea) =>
  area.municipality
    ? ctx.t('admin.outbox.title', { municipality: area.municipality.name })
    : ctx.t('admin.outbox.stateTitle');

/** The outbox of a municipality or of the platform: mails newest first, with status, paginated. */
export function OutboxPage(props: ListPageProps<MailSummary>) {
  const { ctx, area, data, state } = props;
  const { t } = ctx;
  return (
    <ListFrame
      {...props}
      {...listPlace(ctx, area, 'outbox')}
      title={title(ctx, area)}
      intro={t(area.municipality ? 'admin.outbox.intro' : 'admin.outbox.stateIntro')}
      count={t('admin.outbox.count', { count: data.total })}
      {...statusFilter(
        ctx,
        state,
        MAIL_STATUSES.map((s) => [s, t(`admin.mail.status.${s}`)]),
      )}
      caption={t('admin.outbox.caption')}
      empty={t('admin.outbox.empty')}
      columns={[
        { header: t('admin.outbox.created'), cell: (m) => ctx.date(m.createdAt, true) },
        { header: t('admin.outbox.to'), cell: (m) => m.to },
        {
          header: t('admin.outbox.subject'),
          rowHeader: true,
          cell: (m) => (
            <a class="kern-link" href={`${areaBase(ctx.locale, area)}/outbox/${m.id}`}>
              {m.subject}
            </a>
          ),
        },
        { header: t('admin.outbox.status'), cell: (m) => t(`admin.mail.status.${m.status}`) },
        { header: t('admin.outbox.attempts'), cell: (m) => ctx.number(m.attempts), numeric: true },
      ]}
    />
  );
}

/**
 * A one-time link (invitation, password reset, address confirmation, unlock) carries its token as a long
 * random path segment. Whoever reads the outbox must not be able to use it: it is shown as "a link was sent".
 */
export function isOneTimeLink(url: string): boolean {
  return url.split(/[/?#&=]/).some((part) => /^[A-Za-z0-9_-]{32,}$/.test(part));
}

// Links into this application are made clickable; one-time links are masked; any other address stays text.
function Linked({ ctx, line, baseUrl }: { ctx: ViewContext; line: string; baseUrl: string }) {
  return (
    <>
      {line.split(/(https?:\/\/[^\s<>"]+)/g).map((p, i) =>
        i % 2 === 1 && isOneTimeLink(p) ? (
          <em>{ctx.t('admin.outbox.linkHidden')}</em>
        ) : i % 2 === 1 && (p === baseUrl || p.startsWith(`${baseUrl}/`)) ? (
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
function MailText({ ctx, text, baseUrl }: { ctx: ViewContext; text: string; baseUrl: string }) {
  return (
    <div class="z-mail-text">
      {text.split(/\r?\n\s*\r?\n/).map((para) => (
        <p class="kern-body" dir="auto">
          {para.split(/\r?\n/).map((line, i) => (
            <>
              {i > 0 && <br />}
              <Linked ctx={ctx} line={line} baseUrl={baseUrl} />
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
  area: StaffArea;
  mail: MailDetail;
  baseUrl: string;
}) {
  const { t } = ctx;
  const rows: Detail[] = [
    [t('admin.outbox.to'), mail.to],
    [t('admin.outbox.status'), t(`admin.mail.status.${mail.status}`)],
    [t('admin.outbox.created'), ctx.date(mail.createdAt, true)],
    !!mail.sentAt && [t('admin.outbox.sentAt'), ctx.date(mail.sentAt, true)],
    [t('admin.outbox.attempts'), ctx.number(mail.attempts)],
    mail.status === 'queued' &&
      mail.attempts > 0 && [t('admin.outbox.nextAttempt'), ctx.date(mail.nextAttemptAt, true)],
    !!mail.lastError && [t('admin.outbox.lastError'), mail.lastError],
  ];
  return (
    <StaffPage ctx={ctx} area={area} current="admin.outbox" title={mail.subject}>
      <BackLink href={`${areaBase(ctx.locale, area)}/outbox`}>{t('admin.outbox.back')}</BackLink>
      <DetailList rows={rows} />
      <h2 class="kern-heading-medium">{t('admin.outbox.text')}</h2>
      <MailText ctx={ctx} text={mail.text} baseUrl={baseUrl} />
    </StaffPage>
  );
}
