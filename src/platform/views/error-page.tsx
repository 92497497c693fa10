import type { MessageValues } from '../i18n/messages.ts';
import type { ViewContext } from './context.ts';
import { Layout } from './layout.tsx';

/** The page for an error: what happened in plain words, and the request id to quote for our faults. */
export function ErrorPage({
  ctx,
  status,
  messageKey,
  values,
  requestId,
}: {
  ctx: ViewContext;
  status: number;
  messageKey: string;
  /** The message's arguments (a cut-off's hours): without them a message with a placeholder cannot be formatted. */
  values?: MessageValues;
  requestId: string;
}) {
  const title = ctx.t(messageKey, values);
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      {status >= 500 && <p class="kern-body">{ctx.t('error.requestId', { id: requestId })}</p>}
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/`}>
          {ctx.t('error.backHome')}
        </a>
      </p>
    </Layout>
  );
}
