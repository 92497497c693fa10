import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { TextState } from '../../../platform/i18n/content-texts.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { TitledTranslationForm, TranslationStates } from '../../../platform/views/components/content-texts.tsx';
import {
  type FormState,
  FormWithSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { Checkbox, CheckboxGroup } from '../../community/index.ts';
import { AUDIENCES, CHANNELS, LANGUAGES, TOPICS } from '../counselling.tables.ts';
import type { ServiceRow } from '../services.repository.ts';
import { serviceUrls } from './services-parts.tsx';

/** A service in the staff list: its title (source language) and whether it is active. */
export interface AdminService {
  id: string;
  title: string;
  active: boolean;
}

/** The services this person keeps (all for keepers, their own for a counsellor). */
export function ServicesAdminPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  services: readonly AdminService[];
  keeper: boolean;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const urls = serviceUrls(ctx, p.tenant.slug);
  return (
    <Layout ctx={ctx} title={t('counselling.services.admin.title')}>
      <h1 class="kern-heading-large">{t('counselling.services.admin.title')}</h1>
      {p.keeper && (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={`${urls.admin}/new`}>
            <span class="kern-label">{t('counselling.services.admin.new')}</span>
          </a>
        </p>
      )}
      {p.services.length === 0 ? (
        <p class="kern-body z-empty">{t('counselling.services.admin.empty')}</p>
      ) : (
        <ul class="kern-list">
          {p.services.map((s) => (
            <li>
              <a class="kern-link" href={urls.edit(s.id)}>
                <bdi lang="de">{s.title}</bdi>
              </a>
              {!s.active && ` (${t('counselling.services.admin.inactive')})`}
              {p.keeper && (
                <>
                  {' · '}
                  <a class="kern-link" href={urls.counsellors(s.id)}>
                    {t('counselling.services.counsellors.title')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** Form values of a stored service and its source text. */
export function serviceFormValues(s: ServiceRow, text: { title: string; description: string } | undefined) {
  const on = (b: boolean) => (b ? 'on' : '');
  return {
    title: text?.title ?? '',
    description: text?.description ?? '',
    topics: s.topics,
    languages: s.languages,
    channels: s.channels,
    quartierId: s.quartierId ?? '',
    providerId: s.providerId ?? '',
    roomId: s.roomId ?? '',
    street: s.street ?? '',
    postcode: s.postcode ?? '',
    city: s.city ?? '',
    wheelchairAccessible: on(s.wheelchairAccessible),
    stepFree: on(s.stepFree),
    hearingLoop: on(s.hearingLoop),
    audience: s.audience,
    slotMinutes: String(s.slotMinutes),
    bufferMinutes: String(s.bufferMinutes),
    minNoticeHours: String(s.minNoticeHours),
    horizonDays: String(s.horizonDays),
    cancelCutoffHours: String(s.cancelCutoffHours),
    walkInHours: s.walkInHours ?? '',
    contactPhone: s.contactPhone ?? '',
    active: on(s.active),
    sourceLocale: s.sourceLocale,
  };
}

export const NEW_SERVICE_VALUES = {
  topics: [],
  languages: ['de'],
  channels: ['in_person'],
  audience: 'everyone',
  slotMinutes: '30',
  bufferMinutes: '0',
  minNoticeHours: '2',
  horizonDays: '42',
  cancelCutoffHours: '2',
  active: 'on',
  sourceLocale: 'de',
};

export type Choices = Record<'quartiere' | 'providers' | 'rooms', [string, string][]>;

const NUMBERS = ['slotMinutes', 'bufferMinutes', 'minNoticeHours', 'horizonDays', 'cancelCutoffHours'] as const;
const TEXTS = ['street', 'postcode', 'city', 'walkInHours', 'contactPhone'] as const;

/** Adding or changing a service: every field of it, its source text, and (when editing) its translations. */
export function ServiceFormPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  choices: Choices;
  edit?: { id: string; states: readonly [Locale, TextState][] };
}) {
  const { ctx, state } = p;
  const { t } = ctx;
  const urls = serviceUrls(ctx, p.tenant.slug);
  const f = (k: string) => t(`counselling.services.field.${k}`);
  const names = ['title', 'description', 'topics', 'languages', 'channels', 'quartierId', 'providerId', 'roomId'];
  const labels = Object.fromEntries([...names, ...NUMBERS, ...TEXTS, 'audience'].map((k) => [k, f(k)]));
  const none: [string, string] = ['', t('counselling.services.none')];
  const heading = t(p.edit ? 'counselling.services.admin.edit' : 'counselling.services.admin.new');
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={p.edit ? `${urls.admin}/${p.edit.id}` : urls.admin}
        submit={t('staff.save')}
      >
        <TextField ctx={ctx} state={state} name="title" label={f('title')} required />
        <TextArea ctx={ctx} state={state} name="description" label={f('description')} rows={6} />
        <CheckboxGroup
          ctx={ctx}
          state={state}
          name="topics"
          legend={f('topics')}
          options={TOPICS.map((k) => [k, t(`counselling.topic.${k}`)])}
        />
        <CheckboxGroup
          ctx={ctx}
          state={state}
          name="languages"
          legend={f('languages')}
          options={LANGUAGES.map((k) => [k, t(`counselling.language.${k}`)])}
        />
        <CheckboxGroup
          ctx={ctx}
          state={state}
          name="channels"
          legend={f('channels')}
          options={CHANNELS.map((k) => [k, t(`counselling.channel.${k}`)])}
        />
        <SelectField
          ctx={ctx}
          state={state}
          name="quartierId"
          label={f('quartierId')}
          options={[none, ...p.choices.quartiere]}
        />
        <SelectField
          ctx={ctx}
          state={state}
          name="providerId"
          label={f('providerId')}
          options={[none, ...p.choices.providers]}
        />
        <SelectField ctx={ctx} state={state} name="roomId" label={f('roomId')} options={[none, ...p.choices.rooms]} />
        {TEXTS.map((k) => (
          <TextField
            ctx={ctx}
            state={state}
            name={k}
            label={f(k)}
            hint={k === 'walkInHours' ? t('counselling.services.hint.walkInHours') : undefined}
          />
        ))}
        <Checkbox state={state} name="wheelchairAccessible" label={f('wheelchairAccessible')} />
        <Checkbox state={state} name="stepFree" label={f('stepFree')} />
        <Checkbox state={state} name="hearingLoop" label={f('hearingLoop')} />
        <SelectField
          ctx={ctx}
          state={state}
          name="audience"
          label={f('audience')}
          options={AUDIENCES.map((k) => [k, t(`counselling.audience.${k}`)])}
        />
        {NUMBERS.map((k) => (
          <TextField ctx={ctx} state={state} name={k} label={f(k)} inputmode="numeric" />
        ))}
        <Checkbox state={state} name="active" label={f('active')} />
      </FormWithSummary>
      {p.edit && (
        <TranslationStates
          ctx={ctx}
          title={t('counselling.services.texts.title')}
          base={`${urls.admin}/${p.edit.id}`}
          states={p.edit.states}
          stateKey={(s) => `counselling.services.texts.${s}`}
        />
      )}
    </Layout>
  );
}

/** A service's title and description in one more language. */
export function ServiceTextPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  serviceId: string;
  lang: string;
  source: { locale: string; title: string; description: string } | undefined;
  state: FormState;
}) {
  const { ctx } = p;
  const urls = serviceUrls(ctx, p.tenant.slug);
  const heading = ctx.t('counselling.services.texts.heading');
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      <TitledTranslationForm
        ctx={ctx}
        state={p.state}
        source={p.source}
        action={urls.texts(p.serviceId, p.lang)}
        lang={p.lang}
        keys={{
          title: 'counselling.services.field.title',
          description: 'counselling.services.field.description',
          hint: 'counselling.services.texts.hint',
        }}
      />
    </Layout>
  );
}
