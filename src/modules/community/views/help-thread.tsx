import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isolate } from '../../../platform/i18n/format.ts';
import { BackLink, DetailList } from '../../../platform/views/components/detail-list.tsx';
import {
  emptyForm,
  Form,
  type FormState,
  FormWithSummary,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { HelpPost } from '../help.repository.ts';
import type { ExchangedContacts, HelpThread } from '../help.threads.repository.ts';
import { YesBox } from './form-controls.tsx';
import { helpBase, ReportForm } from './help-parts.tsx';

export type ThreadForm = 'message' | 'contact' | 'report';

export interface HelpThreadProps {
  ctx: ViewContext;
  tenant: PageTenant;
  post: HelpPost;
  thread: HelpThread;
  side: 'author' | 'responder';
  messages: { id: string; from_author: boolean; body: string; created_at: Date }[];
  /** Both sides' details, present only when both agreed. */
  contacts: ExchangedContacts | null;
  /** What this side offered, shown back to it alone while the other has not agreed. */
  myOffer: string | null;
  state: FormState;
  active: ThreadForm | null;
}

const stateFor = (p: HelpThreadProps, form: ThreadForm) => (p.active === form ? p.state : emptyForm());

function ContactPart(p: HelpThreadProps & { base: string; other: string }) {
  const { ctx, thread, side } = p;
  const { t } = ctx;
  const otherAgreed = side === 'author' ? thread.responder_consent_at : thread.author_consent_at;
  if (p.contacts) {
    const mine = side === 'author' ? p.contacts.author : p.contacts.responder;
    const theirs = side === 'author' ? p.contacts.responder : p.contacts.author;
    return (
      <DetailList
        rows={[
          [t('community.help.contact.theirs', { name: isolate(p.other) }), <bdi>{theirs}</bdi>],
          [t('community.help.contact.mine'), <bdi>{mine}</bdi>],
        ]}
      />
    );
  }
  if (p.myOffer !== null)
    return (
      <>
        <p class="kern-body">
          {t('community.help.contact.waiting', { name: isolate(p.other), contact: isolate(p.myOffer) })}
        </p>
        <Form ctx={ctx} action={`${p.base}/contact/withdraw`} label={t('community.help.contact.withdraw')}>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('community.help.contact.withdraw')}</span>
          </button>
        </Form>
      </>
    );
  const state = stateFor(p, 'contact');
  const labels = { contact: t('community.help.contact.field'), consent: t('community.help.contact.consent') };
  return (
    <>
      <p class="kern-body">
        {otherAgreed
          ? t('community.help.contact.otherAgreed', { name: isolate(p.other) })
          : t('community.help.contact.intro')}
      </p>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={`${p.base}/contact`}
        label={t('community.help.contact.title')}
        submit={t('community.help.contact.submit')}
      >
        <TextField
          ctx={ctx}
          state={state}
          name="contact"
          label={labels.contact}
          hint={t('community.help.contact.fieldHint')}
          required
        />
        <YesBox ctx={ctx} state={state} name="consent" label={labels.consent} />
      </FormWithSummary>
    </>
  );
}

/** One conversation between a post's writer and a neighbour, visible to those two only. */
export function HelpThreadPage(p: HelpThreadProps) {
  const { ctx, post, thread, side } = p;
  const { t } = ctx;
  const postUrl = `${helpBase(ctx, p.tenant.slug)}/${post.id}`;
  const base = `${postUrl}/threads/${thread.id}`;
  const other = side === 'author' ? thread.responder_name : post.author_name;
  const title = t('community.help.threads.with', { name: isolate(other) });
  const state = stateFor(p, 'message');
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={postUrl}>{t('community.help.threads.back')}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        {t('community.help.threads.about')}{' '}
        <a class="kern-link" href={postUrl} lang={post.locale} dir="auto">
          {post.title}
        </a>
      </p>
      <p class="kern-body">{t('community.help.threads.privacy')}</p>
      <ol class="kern-list z-flow">
        {p.messages.map((m) => {
          const mine = m.from_author === (side === 'author');
          return (
            <li class="z-card">
              <p class="kern-body kern-body--small">
                <strong>{mine ? t('community.help.threads.me') : <bdi>{other}</bdi>}</strong> ·{' '}
                <time datetime={m.created_at.toISOString()}>{ctx.date(m.created_at, true)}</time>
              </p>
              <p class="kern-body" dir="auto">
                {m.body}
              </p>
            </li>
          );
        })}
      </ol>
      {post.hidden_at ? (
        <p class="kern-body">{t('community.help.error.hidden')}</p>
      ) : (
        <FormWithSummary
          ctx={ctx}
          state={state}
          labels={{ body: t('community.help.threads.reply') }}
          action={base}
          label={t('community.help.threads.reply')}
          submit={t('community.help.threads.send')}
        >
          <TextArea ctx={ctx} state={state} name="body" label={t('community.help.threads.reply')} rows={4} required />
        </FormWithSummary>
      )}
      <h2 class="kern-heading-medium">{t('community.help.contact.title')}</h2>
      <ContactPart {...p} base={base} other={other} />
      <ReportForm ctx={ctx} state={stateFor(p, 'report')} action={`${base}/report`} />
    </Layout>
  );
}
