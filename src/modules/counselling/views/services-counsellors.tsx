import { formatList } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import {
  Form,
  type FormState,
  FormWithSummary,
  SelectField,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { CheckboxGroup } from '../../community/index.ts';
import { LANGUAGES } from '../counselling.tables.ts';
import type { CounsellorRow } from '../services.repository.ts';
import { serviceUrls } from './services-parts.tsx';

/** The counsellors of a service: each with name, languages and a button to deactivate (or activate) them; add one. */
export function CounsellorsPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  serviceId: string;
  title: string;
  counsellors: readonly CounsellorRow[];
  candidates: readonly { id: string; name: string }[];
  state: FormState;
}) {
  const { ctx, state } = p;
  const { t } = ctx;
  const action = serviceUrls(ctx, p.tenant.slug).counsellors(p.serviceId);
  const heading = t('counselling.services.counsellors.heading', { service: p.title });
  const f = (k: string) => t(`counselling.services.counsellors.${k}`);
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      {p.counsellors.length === 0 ? (
        <p class="kern-body z-empty">{f('empty')}</p>
      ) : (
        <ul class="kern-list">
          {p.counsellors.map((c) => (
            <li>
              <bdi>{c.displayName}</bdi>
              {' – '}
              {formatList(
                ctx.locale,
                c.languages.map((l) => t(`counselling.language.${l}`)),
              )}
              {!c.active && ` (${t('counselling.services.admin.inactive')})`}
              <Form ctx={ctx} action={`${action}/state`} label={c.displayName}>
                <input type="hidden" name="counsellorId" value={c.id} />
                <input type="hidden" name="active" value={c.active ? 'off' : 'on'} />
                <button type="submit" class="kern-btn kern-btn--secondary">
                  <span class="kern-label">{f(c.active ? 'deactivate' : 'activate')}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2 class="kern-heading-medium">{f('add')}</h2>
      {p.candidates.length === 0 ? (
        <p class="kern-body">{f('noCandidates')}</p>
      ) : (
        <FormWithSummary
          ctx={ctx}
          state={state}
          labels={{ userId: f('person'), displayName: f('displayName'), languages: f('languages') }}
          action={action}
          submit={f('add')}
        >
          <SelectField
            ctx={ctx}
            state={state}
            name="userId"
            label={f('person')}
            options={p.candidates.map((c) => [c.id, c.name])}
          />
          <TextField ctx={ctx} state={state} name="displayName" label={f('displayName')} hint={f('displayNameHint')} />
          <CheckboxGroup
            ctx={ctx}
            state={state}
            name="languages"
            legend={f('languages')}
            options={LANGUAGES.map((k) => [k, t(`counselling.language.${k}`)])}
          />
        </FormWithSummary>
      )}
    </Layout>
  );
}
