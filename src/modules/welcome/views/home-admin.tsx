import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { TextState } from '../../../platform/i18n/content-texts.ts';
import { LOCALES, type Locale } from '../../../platform/i18n/locales.ts';
import { languageName } from '../../../platform/views/components/content-texts.tsx';
import {
  Form,
  type FormState,
  FormWithSummary,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { Contact, HomeText } from '../home.repository.ts';
import { htmlToText } from '../welcome.html.ts';
import { PLAIN_GERMAN } from '../welcome.tables.ts';
import { AddressFields, HoursField } from './places-parts.tsx';

const area = (tenant: PageTenant) => ({ municipality: tenant });
const CURRENT = 'welcome.home.staff';

export const homeAdminUrl = (ctx: ViewContext, slug: string) => `/${ctx.locale}/m/${slug}/admin/welcome`;

/** A text language's name: a UI language by its name, Leichte Sprache by ours. */
export function textLanguage(ctx: ViewContext, l: string): string {
  return l === PLAIN_GERMAN ? ctx.t('welcome.locale.de-x-ls') : languageName(ctx, l as Locale);
}

function ContactFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  const f = { ctx, state };
  return (
    <>
      <TextField {...f} name="name" label={t('welcome.home.contact.name')} required />
      <TextField {...f} name="phone" label={t('welcome.places.field.phone')} type="tel" />
      <TextField {...f} name="email" label={t('welcome.places.field.email')} type="email" />
      <AddressFields {...f} />
      <HoursField {...f} />
    </>
  );
}

const contactLabels = (ctx: ViewContext) => ({
  name: ctx.t('welcome.home.contact.name'),
  phone: ctx.t('welcome.places.field.phone'),
  email: ctx.t('welcome.places.field.email'),
  street: ctx.t('welcome.places.field.street'),
  postcode: ctx.t('welcome.places.field.postcode'),
  city: ctx.t('welcome.places.field.city'),
  openingHours: ctx.t('welcome.places.field.openingHours'),
});

const homeLabels = (ctx: ViewContext) => ({
  headline: ctx.t('welcome.home.field.headline'),
  body: ctx.t('welcome.home.field.body'),
  videoTitle: ctx.t('welcome.home.field.videoTitle'),
  videoUrl: ctx.t('welcome.home.field.videoUrl'),
});

/** The welcome page's staff page: the German words and video, the translations' states, the contact points. */
export function HomeAdminPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  contactState: FormState;
  states: readonly [string, TextState][];
  contacts: readonly Contact[];
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const url = homeAdminUrl(ctx, tenant.slug);
  const f = { ctx, state: p.state };
  return (
    <StaffPage ctx={ctx} area={area(tenant)} current={CURRENT} title={t('welcome.home.admin.title')}>
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/m/${tenant.slug}/welcome`}>
          {t('welcome.home.admin.public')}
        </a>
      </p>
      <h2 class="kern-heading-medium">{t('welcome.home.admin.german')}</h2>
      <FormWithSummary
        ctx={ctx}
        state={p.state}
        labels={homeLabels(ctx)}
        action={url}
        submit={t('staff.save')}
        label={t('welcome.home.admin.german')}
      >
        <TextField {...f} name="headline" label={t('welcome.home.field.headline')} required />
        <TextArea
          {...f}
          name="body"
          label={t('welcome.home.field.body')}
          hint={t('welcome.home.hint.body')}
          rows={10}
        />
        <TextField {...f} name="videoTitle" label={t('welcome.home.field.videoTitle')} />
        <TextField
          {...f}
          name="videoUrl"
          label={t('welcome.home.field.videoUrl')}
          hint={t('welcome.home.hint.videoUrl')}
          type="url"
        />
      </FormWithSummary>
      <h2 class="kern-heading-medium">{t('welcome.home.admin.translations')}</h2>
      <ul class="kern-list">
        {p.states.map(([l, s]) => (
          <li>
            <a class="kern-link" href={`${url}/texts/${l}`}>
              {textLanguage(ctx, l)}
            </a>
            {': '}
            {t(`welcome.home.state.${s}`)}
          </li>
        ))}
      </ul>
      <h2 class="kern-heading-medium">{t('welcome.home.contacts')}</h2>
      <DataTable
        caption={t('welcome.home.contacts')}
        captionHidden
        empty={t('welcome.home.admin.noContacts')}
        rows={p.contacts}
        columns={[
          {
            header: t('welcome.home.contact.name'),
            rowHeader: true,
            cell: (c) => (
              <a class="kern-link" href={`${url}/contacts/${c.id}`}>
                {c.name}
              </a>
            ),
          },
          { header: t('welcome.places.field.openingHours'), cell: (c) => c.openingHours ?? '' },
        ]}
      />
      <h3 class="kern-heading-small">{t('welcome.home.admin.addContact')}</h3>
      <FormWithSummary
        ctx={ctx}
        state={p.contactState}
        labels={contactLabels(ctx)}
        action={`${url}/contacts`}
        submit={t('welcome.home.admin.addContact')}
        label={t('welcome.home.admin.addContact')}
      >
        <ContactFields ctx={ctx} state={p.contactState} />
      </FormWithSummary>
    </StaffPage>
  );
}

/** One contact point's form, with its delete button. */
export function ContactPage(p: { ctx: ViewContext; tenant: PageTenant; id: string; state: FormState }) {
  const { ctx, tenant, id } = p;
  const url = `${homeAdminUrl(ctx, tenant.slug)}/contacts/${id}`;
  return (
    <StaffFormPage
      ctx={ctx}
      area={area(tenant)}
      current={CURRENT}
      title={ctx.t('welcome.home.admin.editContact')}
      state={p.state}
      labels={contactLabels(ctx)}
      action={url}
      after={
        <Form ctx={ctx} action={`${url}/delete`} label={ctx.t('welcome.home.admin.deleteContact')}>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{ctx.t('welcome.home.admin.deleteContact')}</span>
          </button>
        </Form>
      }
    >
      <ContactFields ctx={ctx} state={p.state} />
    </StaffFormPage>
  );
}

/** The welcome page in one other language: the German source above, the form below. */
export function HomeTextPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  lang: string;
  source: HomeText | undefined;
  state: FormState;
}) {
  const { ctx, tenant, lang, source } = p;
  const { t } = ctx;
  // What is typed is in the translation's language (Leichte Sprache is German), whatever the page is in.
  const f = { ctx, state: p.state, lang: lang === PLAIN_GERMAN ? 'de' : lang };
  const title = t('welcome.home.admin.translate', { language: textLanguage(ctx, lang) });
  return (
    <StaffPage ctx={ctx} area={area(tenant)} current={CURRENT} title={title}>
      {source ? (
        <blockquote class="kern-body" lang="de" dir="ltr">
          <p>
            <strong>{source.headline}</strong>
          </p>
          <p>{htmlToText(source.body)}</p>
          {source.videoTitle && <p>{source.videoTitle}</p>}
        </blockquote>
      ) : (
        <p class="kern-body">{t('welcome.home.error.noSource')}</p>
      )}
      <FormWithSummary
        ctx={ctx}
        state={p.state}
        labels={homeLabels(ctx)}
        action={`${homeAdminUrl(ctx, tenant.slug)}/texts/${lang}`}
        submit={t('staff.save')}
      >
        <TextField
          {...f}
          name="headline"
          label={t('welcome.home.field.headline')}
          hint={t('welcome.home.hint.removeTranslation')}
        />
        <TextArea {...f} name="body" label={t('welcome.home.field.body')} rows={10} />
        <TextField {...f} name="videoTitle" label={t('welcome.home.field.videoTitle')} />
      </FormWithSummary>
    </StaffPage>
  );
}

/** The other text languages in order: the UI languages, then Leichte Sprache. */
export const TRANSLATION_LANGS = [...LOCALES.filter((l) => l !== 'de'), PLAIN_GERMAN] as const;
