import {
  ErrorSummary,
  Form,
  type FormState,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

/** The optional fields; each one's type is also its autocomplete token. */
const OPTIONAL = [
  { name: 'page', hint: 'site.feedback.pageHint', type: 'url' },
  { name: 'email', hint: 'site.feedback.emailHint', type: 'email' },
] as const;

/** The feedback form: report a barrier or an error, no account needed. */
export function FeedbackPage({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  const labels = {
    message: t('site.feedback.message'),
    page: t('site.feedback.page'),
    email: t('site.feedback.email'),
  };
  const title = t('site.feedback.title');
  return (
    <Layout ctx={ctx} title={title}>
      <div class="z-flow">
        <h1 class="kern-heading-large">{title}</h1>
        <p class="kern-body">{t('site.feedback.intro')}</p>
        <ErrorSummary ctx={ctx} state={state} labels={labels} />
        <Form ctx={ctx} action={`/${ctx.locale}/feedback`}>
          <TextArea
            ctx={ctx}
            state={state}
            name="message"
            label={labels.message}
            hint={t('site.feedback.messageHint')}
            required
            rows={8}
          />
          {OPTIONAL.map((f) => (
            <TextField
              ctx={ctx}
              state={state}
              name={f.name}
              label={labels[f.name]}
              hint={t(f.hint)}
              type={f.type}
              autocomplete={f.type}
            />
          ))}
          <SubmitButton>{t('site.feedback.submit')}</SubmitButton>
        </Form>
        <p class="kern-body">
          {t('site.feedback.privacyNote')}{' '}
          <a class="kern-link" href={`/${ctx.locale}/privacy`}>
            {t('layout.privacy')}
          </a>
        </p>
      </div>
    </Layout>
  );
}
