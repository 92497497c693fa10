import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { allowConsentedHosts, consentedHosts, hasConsent } from '../../platform/http/consent.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { upcomingPublicEvents } from '../community/index.ts';
import { contactsOf, findContact, findWelcomePage, homeTexts, homeTextsOf } from './home.repository.ts';
import { contactForm, homeForm, homeTextForm } from './home.schema.ts';
import { addContact, changeContact, removeContact, saveHome, translateHome } from './home.service.ts';
import { stateAt } from './places.hours.ts';
import { ContactPage, HomeAdminPage, HomeTextPage, TRANSLATION_LANGS } from './views/home-admin.tsx';
import { HomePage } from './views/home-page.tsx';
import { EDIT_CONTENT } from './welcome.policy.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

const NEXT_EVENTS = 5;
const langParams = municipalityParams.extend({ lang: z.enum(TRANSLATION_LANGS) });

/** The public welcome page and its staff pages (words, translations, contact points). */
export const homeRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  app.get(
    '/:locale/m/:municipality/welcome',
    {
      config: { access: PUBLIC },
      schema: { params: municipalityParams },
      // The video's host may be framed only for readers who agreed to it (the page embeds its own host alone).
      onRequest: allowConsentedHosts('frame-src', (req) => consentedHosts(req)),
    },
    async (req, reply) => {
      const t = pageTenant(req);
      const now = app.deps.now();
      const [page, texts, contacts] = await Promise.all([
        findWelcomePage(db, t),
        homeTextsOf(db, t),
        contactsOf(db, t),
      ]);
      const hasEvents = app.hasRoute({ method: 'GET', url: '/:locale/m/:municipality/events/:id' });
      // The next date of each of the next few events: a weekly café fills the list once, not five times.
      const dates = hasEvents ? await upcomingPublicEvents(db, t, { from: now, limit: 50, locale: req.locale }) : [];
      const events = dates
        .filter((d, i) => dates.findIndex((x) => x.eventId === d.eventId) === i)
        .slice(0, NEXT_EVENTS);
      const view = {
        page,
        text: homeTexts.shownIn(texts, SOURCE_LOCALE, req.locale),
        contacts: contacts.map((contact) => ({
          contact,
          state: contact.openingHours ? stateAt(contact.openingHours, { lat: null, lon: null }, now) : null,
        })),
        events: events.map((e) => ({ ...e, cancelled: e.status === 'cancelled' })),
        videoConsent: !!page?.videoHost && hasConsent(req, page.videoHost),
        links: { guide: app.hasRoute({ method: 'GET', url: '/:locale/m/:municipality/guide' }), events: hasEvents },
      };
      return sendPage(req, reply, (ctx) => HomePage({ ctx, tenant: t, view }));
    },
  );

  const base = '/:locale/m/:municipality/admin/welcome';
  const staff = { config: { access: EDIT_CONTENT }, schema: { params: municipalityParams } };
  const one = { config: { access: EDIT_CONTENT }, schema: { params: municipalityIdParams } };
  const lang = { config: { access: EDIT_CONTENT }, schema: { params: langParams } };
  const adminUrl = (l: string, t: PageTenant) => `/${l}/m/${t.slug}/admin/welcome`;

  /** The staff page with one of its two forms re-shown (the other fresh). */
  const adminPage = async (t: PageTenant) => {
    const [texts, contacts] = await Promise.all([homeTextsOf(db, t), contactsOf(db, t)]);
    const source = texts.find((x) => x.locale === SOURCE_LOCALE);
    const hash = homeTexts.translationHash(texts, SOURCE_LOCALE);
    const states = TRANSLATION_LANGS.map((l): [string, 'missing' | 'current' | 'outdated'] => {
      const tr = texts.find((x) => x.locale === l);
      return [l, !tr ? 'missing' : tr.sourceHash === hash ? 'current' : 'outdated'];
    });
    const page = await findWelcomePage(db, t);
    const values = {
      headline: source?.headline ?? '',
      body: source?.body ?? '',
      videoTitle: source?.videoTitle ?? '',
      videoUrl: page?.videoUrl ?? '',
    };
    return (main: FormState | null, contact: FormState | null): Page =>
      (ctx) =>
        HomeAdminPage({
          ctx,
          tenant: t,
          state: main ?? emptyForm(values),
          contactState: contact ?? emptyForm(),
          states,
          contacts,
        });
  };

  app.get(base, staff, async (req, reply) => {
    const t = pageTenant(req);
    return sendPage(req, reply, (await adminPage(t))(null, null));
  });

  app.post(base, staff, async (req, reply) => {
    const t = pageTenant(req);
    const page = await adminPage(t);
    return submitForm(
      req,
      reply,
      homeForm,
      (s) => page(s, null),
      'welcome.home.flash.saved',
      async (data) => {
        await runUseCase('welcome.home.save', requestCall(req, t), (uc) => saveHome(uc, data));
        return adminUrl(req.locale, t);
      },
    );
  });

  app.get(`${base}/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const l = req.params.lang;
    const texts = await homeTextsOf(db, t);
    const mine = texts.find((x) => x.locale === l);
    const source = texts.find((x) => x.locale === SOURCE_LOCALE);
    const state = emptyForm({
      headline: mine?.headline ?? '',
      body: mine?.body ?? '',
      videoTitle: mine?.videoTitle ?? '',
    });
    return sendPage(req, reply, (ctx) => HomeTextPage({ ctx, tenant: t, lang: l, source, state }));
  });

  app.post(`${base}/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const l = req.params.lang;
    const source = (await homeTextsOf(db, t)).find((x) => x.locale === SOURCE_LOCALE);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        HomeTextPage({ ctx, tenant: t, lang: l, source, state });
    return submitForm(req, reply, homeTextForm, page, 'welcome.home.flash.text', async (data) => {
      await runUseCase('welcome.home.translate', requestCall(req, t), (uc) => translateHome(uc, l, data));
      return adminUrl(req.locale, t);
    });
  });

  app.post(`${base}/contacts`, staff, async (req, reply) => {
    const t = pageTenant(req);
    const page = await adminPage(t);
    return submitForm(
      req,
      reply,
      contactForm,
      (s) => page(null, s),
      'welcome.home.flash.contact',
      async (data) => {
        await runUseCase('welcome.home.contact.add', requestCall(req, t), (uc) => addContact(uc, data));
        return adminUrl(req.locale, t);
      },
    );
  });

  app.get(`${base}/contacts/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const c = await findContact(db, t, req.params.id);
    if (!c) throw notFound('contact');
    const s = (v: string | null) => v ?? '';
    const values = {
      name: c.name,
      phone: s(c.phone),
      email: s(c.email),
      street: s(c.street),
      postcode: s(c.postcode),
      city: s(c.city),
      openingHours: s(c.openingHours),
    };
    return sendPage(req, reply, (ctx) => ContactPage({ ctx, tenant: t, id: c.id, state: emptyForm(values) }));
  });

  app.post(`${base}/contacts/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    if (!(await findContact(db, t, id))) throw notFound('contact');
    const page =
      (state: FormState): Page =>
      (ctx) =>
        ContactPage({ ctx, tenant: t, id, state });
    return submitForm(req, reply, contactForm, page, 'welcome.home.flash.contact', async (data) => {
      await runUseCase('welcome.home.contact.change', requestCall(req, t), (uc) => changeContact(uc, id, data));
      return adminUrl(req.locale, t);
    });
  });

  app.post(`${base}/contacts/:id/delete`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    await runUseCase('welcome.home.contact.delete', requestCall(req, t), (uc) => removeContact(uc, id));
    return redirectAfterPost(reply, adminUrl(req.locale, t), {
      kind: 'success',
      key: 'welcome.home.flash.contactDeleted',
    });
  });
};
