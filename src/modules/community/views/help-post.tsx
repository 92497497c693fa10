import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isolate } from '../../../platform/i18n/format.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import {
  emptyForm,
  type FormState,
  FormWithSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { HelpPost } from '../help.repository.ts';
import type { HelpThread } from '../help.threads.repository.ts';
import { helpBase, PostFacts, ReportForm } from './help-parts.tsx';

/** Which of the page's forms came back with errors (the others show empty). */
export type PostForm = 'answer' | 'close' | 'report';

export interface HelpPostProps {
  ctx: ViewContext;
  tenant: PageTenant;
  post: HelpPost;
  quartier: string | null;
  /** The writer's conversations (only for the writer). */
  threads: HelpThread[] | null;
  /** The visitor's own conversation about the post, when they answered before. */
  ownThreadId: string | null;
  state: FormState;
  active: PostForm | null;
}

const stateFor = (p: HelpPostProps, form: PostForm) => (p.active === form ? p.state : emptyForm());

function AuthorPart(p: HelpPostProps & { threads: HelpThread[] }) {
  const { ctx, post } = p;
  const { t } = ctx;
  const base = `${helpBase(ctx, p.tenant.slug)}/${post.id}`;
  const unread = (h: HelpThread) => !h.author_read_at || h.author_read_at < h.last_message_at;
  const outcomes: [string, string][] = [
    ['helped', t('community.help.close.helped')],
    ['not_helped', t('community.help.close.notHelped')],
  ];
  return (
    <>
      <h2 class="kern-heading-medium">{t('community.help.threads.title')}</h2>
      {p.threads.length === 0 && <p class="kern-body">{t('community.help.threads.none')}</p>}
      <ul class="kern-list">
        {p.threads.map((h) => (
          <li>
            <a class="kern-link" href={`${base}/threads/${h.id}`}>
              {t('community.help.threads.with', { name: isolate(h.responder_name) })}
            </a>{' '}
            · <time datetime={h.last_message_at.toISOString()}>{ctx.date(h.last_message_at, true)}</time>
            {unread(h) && <strong> · {t('community.help.threads.unread')}</strong>}
          </li>
        ))}
      </ul>
      {post.status === 'open' && (
        <>
          <h2 class="kern-heading-medium">{t('community.help.close.title')}</h2>
          <p class="kern-body">{t('community.help.close.intro')}</p>
          <FormWithSummary
            ctx={ctx}
            state={stateFor(p, 'close')}
            labels={{ outcome: t('community.help.close.outcome') }}
            action={`${base}/close`}
            label={t('community.help.close.title')}
            submit={t('community.help.close.submit')}
          >
            <SelectField
              ctx={ctx}
              state={stateFor(p, 'close')}
              name="outcome"
              label={t('community.help.close.outcome')}
              options={outcomes}
              required
            />
          </FormWithSummary>
        </>
      )}
    </>
  );
}

function NeighbourPart(p: HelpPostProps) {
  const { ctx, post } = p;
  const { t } = ctx;
  const base = `${helpBase(ctx, p.tenant.slug)}/${post.id}`;
  if (!ctx.user)
    return (
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/login?next=${encodeURIComponent(base)}`}>
          {t('community.help.answer.signIn')}
        </a>
      </p>
    );
  const state = stateFor(p, 'answer');
  const labels = { name: t('community.help.answer.name'), body: t('community.help.answer.body') };
  return (
    <>
      {p.ownThreadId && p.active !== 'answer' ? (
        <p class="kern-body">
          <a class="kern-link" href={`${base}/threads/${p.ownThreadId}`}>
            {t('community.help.answer.continue')}
          </a>
        </p>
      ) : (
        post.status === 'open' && (
          <>
            <h2 class="kern-heading-medium">{t('community.help.answer.title')}</h2>
            <p class="kern-body">{t('community.help.answer.intro')}</p>
            <FormWithSummary
              ctx={ctx}
              state={state}
              labels={labels}
              action={`${base}/answer`}
              label={t('community.help.answer.title')}
              submit={t('community.help.answer.submit')}
            >
              <TextField ctx={ctx} state={state} name="name" label={labels.name} autocomplete="given-name" required />
              <TextArea ctx={ctx} state={state} name="body" label={labels.body} required />
            </FormWithSummary>
          </>
        )
      )}
      <ReportForm ctx={ctx} state={stateFor(p, 'report')} action={`${base}/report`} />
    </>
  );
}

/** Whether the page shows the form that came back with errors (a closed post shows no answer or close form). */
function formShown(p: HelpPostProps): boolean {
  const open = p.post.status === 'open';
  if (p.active === 'close') return p.threads !== null && open;
  if (p.active === 'answer') return p.threads === null && open;
  return p.threads === null;
}

/** The refusal of a form the page no longer shows (the post was closed meanwhile): said at the top. */
function Refusal({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  return (
    <div class="kern-alert kern-alert--danger" role="alert">
      <div class="kern-alert__body">
        {Object.values(state.errors).map((e) => (
          <p class="kern-body">{ctx.t(e.key, e.values)}</p>
        ))}
      </div>
    </div>
  );
}

/** A post's page: its text in its own language, then what the visitor can do (answer, read answers, close, report). */
export function HelpPostPage(p: HelpPostProps) {
  const { ctx, post } = p;
  const { t } = ctx;
  const refused = p.active !== null && Object.keys(p.state.errors).length > 0 && !formShown(p);
  return (
    <Layout ctx={ctx} title={post.title}>
      <BackLink href={helpBase(ctx, p.tenant.slug)}>{t('community.help.back')}</BackLink>
      <h1 class="kern-heading-large" lang={post.locale} dir="auto">
        {post.title}
      </h1>
      {refused && <Refusal ctx={ctx} state={p.state} />}
      <PostFacts ctx={ctx} p={post} quartier={p.quartier} />
      {post.hidden_at && (
        <p class="kern-body">
          <strong>{t('community.help.hiddenNote')}</strong>
        </p>
      )}
      {post.status === 'closed' && (
        <p class="kern-body">
          <strong>{t('community.help.closedNote')}</strong>
        </p>
      )}
      <div class="z-prose" lang={post.locale} dir="auto">
        {post.body.split(/\n{2,}/).map((para) => (
          <p class="kern-body">{para}</p>
        ))}
      </div>
      <p class="kern-body">{t('community.help.byName', { name: isolate(post.author_name) })}</p>
      {p.threads ? <AuthorPart {...p} threads={p.threads} /> : <NeighbourPart {...p} />}
    </Layout>
  );
}
