import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { MunicipalityRow } from '../municipalities.repository.ts';

/** The state administrator's list of municipalities (the tenants), with the form to add one. */
export function StateMunicipalitiesPage({
  ctx,
  municipalities,
  state,
}: {
  ctx: ViewContext;
  municipalities: MunicipalityRow[];
  state: FormState;
}) {
  const { t } = ctx;
  const labels = {
    ags: t('directory.municipality.ags'),
    slug: t('directory.slug.label'),
    name: t('directory.municipality.name'),
    district: t('directory.municipality.district'),
  };
  return (
    <Layout ctx={ctx} title={t('directory.state.title')}>
      <h1 class="kern-heading-large">{t('directory.state.title')}</h1>
      <table class="kern-table">
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {labels.name}
            </th>
            <th class="kern-table__header" scope="col">
              {labels.district}
            </th>
            <th class="kern-table__header" scope="col">
              {labels.ags}
            </th>
            <th class="kern-table__header" scope="col">
              {labels.slug}
            </th>
            <th class="kern-table__header" scope="col">
              {t('directory.state.people')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {municipalities.map((m) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                <a class="kern-link" href={`/${ctx.locale}/m/${m.slug}`}>
                  {m.name}
                </a>
              </th>
              <td class="kern-table__cell">{m.district}</td>
              <td class="kern-table__cell">{m.ags}</td>
              <td class="kern-table__cell">{m.slug}</td>
              <td class="kern-table__cell">
                <a class="kern-link" href={`/${ctx.locale}/state/municipalities/${m.slug}/invite`}>
                  {t('directory.state.inviteAdmin')}
                  <span class="z-visually-hidden"> ({m.name})</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="kern-heading-medium">{t('directory.state.create')}</h2>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={`/${ctx.locale}/state/municipalities`}>
        <TextField ctx={ctx} state={state} name="name" label={labels.name} required />
        <TextField ctx={ctx} state={state} name="district" label={labels.district} required />
        <TextField
          ctx={ctx}
          state={state}
          name="ags"
          label={labels.ags}
          hint={t('directory.municipality.agsHint')}
          inputmode="numeric"
          required
        />
        <TextField ctx={ctx} state={state} name="slug" label={labels.slug} hint={t('directory.slug.hint')} required />
        <SubmitButton>{t('directory.state.createButton')}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** The state administrator invites a municipality's administrator (the first one of a new municipality). */
export function InviteAdminPage({
  ctx,
  municipality,
  state,
}: {
  ctx: ViewContext;
  municipality: { slug: string; name: string };
  state: FormState;
}) {
  const { t } = ctx;
  const title = t('directory.state.inviteAdminTitle', { municipality: municipality.name });
  const labels = {
    displayName: t('directory.people.name'),
    email: t('directory.people.email'),
    locale: t('directory.people.locale'),
  };
  return (
    <Layout ctx={ctx} title={title}>
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/state/municipalities`}>
          {t('directory.state.title')}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('directory.people.inviteIntro')}</p>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={`/${ctx.locale}/state/municipalities/${municipality.slug}/invite`}>
        <TextField ctx={ctx} state={state} name="displayName" label={labels.displayName} autocomplete="off" required />
        <TextField ctx={ctx} state={state} name="email" label={labels.email} type="email" autocomplete="off" required />
        <SelectField
          ctx={ctx}
          state={state}
          name="locale"
          label={labels.locale}
          required
          options={LOCALES.map((l): [string, string] => [l, LOCALE_NAMES[l]])}
        />
        <SubmitButton>{t('directory.people.sendInvitation')}</SubmitButton>
      </Form>
    </Layout>
  );
}
