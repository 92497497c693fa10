import type { PageTenant } from '../../../platform/db/tenant.ts';
import {
  type FormState,
  FormWithSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { WRITING_LANGUAGES } from '../help.schema.ts';
import { categoryOptions, helpBase, kindOptions, languageName } from './help-parts.tsx';

/** The form for a new offer or request, in whatever language the writer chooses. */
export function HelpNewPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  quartiere: { slug: string; name: string }[];
}) {
  const { ctx, state } = p;
  const { t } = ctx;
  const base = helpBase(ctx, p.tenant.slug);
  const labels = {
    kind: t('community.help.field.kind'),
    category: t('community.help.field.category'),
    quartier: t('community.help.field.quartier'),
    authorName: t('community.help.field.authorName'),
    locale: t('community.help.field.locale'),
    title: t('community.help.field.title'),
    body: t('community.help.field.body'),
  };
  const languages = WRITING_LANGUAGES.map((l): [string, string] => [l, languageName(ctx, l)]);
  return (
    <Layout ctx={ctx} title={t('community.help.new.title')}>
      <BackLink href={base}>{t('community.help.back')}</BackLink>
      <h1 class="kern-heading-large">{t('community.help.new.title')}</h1>
      <p class="kern-body">{t('community.help.new.intro')}</p>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={`${base}/new`}
        submit={t('community.help.new.submit')}
      >
        <SelectField ctx={ctx} state={state} name="kind" label={labels.kind} options={kindOptions(ctx)} required />
        <SelectField
          ctx={ctx}
          state={state}
          name="category"
          label={labels.category}
          options={categoryOptions(ctx)}
          required
        />
        {p.quartiere.length > 0 && (
          <SelectField
            ctx={ctx}
            state={state}
            name="quartier"
            label={labels.quartier}
            hint={t('community.help.field.quartierHint')}
            options={p.quartiere.map((q): [string, string] => [q.slug, q.name])}
          />
        )}
        <TextField
          ctx={ctx}
          state={state}
          name="authorName"
          label={labels.authorName}
          hint={t('community.help.field.authorNameHint')}
          autocomplete="given-name"
          required
        />
        <SelectField ctx={ctx} state={state} name="locale" label={labels.locale} options={languages} required />
        <TextField ctx={ctx} state={state} name="title" label={labels.title} required />
        <TextArea
          ctx={ctx}
          state={state}
          name="body"
          label={labels.body}
          hint={t('community.help.field.bodyHint')}
          required
        />
      </FormWithSummary>
    </Layout>
  );
}
