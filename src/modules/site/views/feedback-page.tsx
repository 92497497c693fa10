import type { MunicipalitySummary } from '../../../platform/db/municipalities.ts';
import {
  FormWithSummary,
  type FormState,
  SelectField,
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

/** The feedback form: report a barrier or an error, no account needed; optionally name the municipality. */
export function FeedbackPage({
  ctx,
  state,
  municipalities,
}: {
  ctx: ViewContext;
  state: FormState;
  municipalities: readonly MunicipalitySummary[];
}) {
  const { t } = ctx;
  const labels = {
    message: t('site.feedback.message'),
    page: t('site.feedback.page'),
    municipality: t('site.feedback.municipality'),
    email: t('site.feedback.email'),
  };
  const title = t('site.feedback.title');
  return (
    <Layout ctx={ctx} title={title}>
      <div class="z-flow">
        <h1 class="kern-heading-large">{title}</h1>
        <p class="kern-body">{t('site.feedback.intro')}</p>
        <FormWithSummary
          ctx={ctx}
          state={state}
          labels={labels}
          action={`/${ctx.locale}/feedback`}
          submit={t('site.feedback.submit')}
        >
          <TextArea
            ctx={ctx}
            state={state}
            name="message"
            label={labels.message}
            hint={t('site.feedback.messageHint')}
            required
            rows={8}
          />
          <SelectField
            ctx={ctx}
            state={state}
            name="municipality"
            label={labels.municipality}
            hint={t('site.feedback.municipalityHint')}
            options={municipalities.map((m) => [m.slug, m.name])}
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
        </FormWithSummary>
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
