import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { notFound } from '../../platform/http/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { locale, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import type { ApplicationMailEnv } from './applications.mail.ts';
import { findCycle } from './core.repository.ts';
import { ADMINISTER_PROGRAMMES, RUN_PROGRAMMES } from './mentoring.policy.ts';
import { sourceText, staffOf, textsOfProgramme } from './programmes.admin.repository.ts';
import { programmeParams, staffProgrammeOf } from './programmes.routes.ts';
import { cycleForm, programmeForm, programmeTextForm } from './programmes.schema.ts';
import {
  changeCycle,
  changeProgramme,
  createCycle,
  createProgramme,
  staffCandidates,
  translateProgramme,
} from './programmes.service.ts';
import { PROGRAMME_SOURCE_LOCALE, programmeContentTexts } from './programmes.texts.ts';
import { CycleFormPage } from './views/cycle-form.tsx';
import { type ProgrammeEdit, ProgrammeFormPage, ProgrammeTextPage } from './views/programme-form.tsx';

const cycleParams = programmeParams.extend({ cycle: uuid });
/** A language of the platform (any other is a 404); German is the source, written on the programme's form. */
const textParams = programmeParams.extend({ lang: locale });

/**
 * The staff forms: a programme (new, edit, its title and aim in the other languages: the administration, if on the
 * programme's staff) and its cycles (new, edit: the programme's staff).
 */
export const cyclesRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const mail: ApplicationMailEnv = { baseUrl: app.deps.config.baseUrl, messages: app.deps.messages };
  const admin = (req: FastifyRequest, t: PageTenant) => `/${req.locale}/m/${t.slug}/admin/mentoring`;

  const newProgramme = '/:locale/m/:municipality/admin/mentoring/new';
  const programmePage = async (t: PageTenant, edit: ProgrammeEdit | null) => {
    const people = await staffCandidates(db, t);
    return (state: FormState): Page =>
      (ctx) =>
        ProgrammeFormPage({ ctx, tenant: t, state, people, edit });
  };

  app.get(
    newProgramme,
    { config: { access: ADMINISTER_PROGRAMMES }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const page = await programmePage(t, null);
      return sendPage(req, reply, page(emptyForm({ active: 'yes', staff: [req.user!.id] })));
    },
  );

  app.post(
    newProgramme,
    { config: { access: ADMINISTER_PROGRAMMES }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const page = await programmePage(t, null);
      return submitForm(req, reply, programmeForm, page, 'mentoring.programmes.flash.created', async (v) => {
        await runUseCase('mentoring.programmes.create', requestCall(req, t), (uc) => createProgramme(uc, v));
        return admin(req, t);
      });
    },
  );

  const editProgramme = '/:locale/m/:municipality/admin/mentoring/:programme/edit';
  /** The programme edited, with the state of each translation of its title and aim. */
  const editOf = async (t: PageTenant, p: { id: string; slug: string }): Promise<ProgrammeEdit> => ({
    slug: p.slug,
    states: programmeContentTexts.states(await textsOfProgramme(db, t, p.id), PROGRAMME_SOURCE_LOCALE),
  });
  app.get(
    editProgramme,
    { config: { access: ADMINISTER_PROGRAMMES }, schema: { params: programmeParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { programme: p } = await staffProgrammeOf(db, t, req.params.programme, req.user!.id, req.locale);
      const [text, staff] = await Promise.all([sourceText(db, t, p.id), staffOf(db, t, p.id)]);
      const page = await programmePage(t, await editOf(t, p));
      const values = {
        slug: p.slug,
        title: text?.title ?? '',
        aim: text?.aim ?? '',
        organiser: p.organiser,
        asksPolitical: p.asksPolitical ? 'yes' : '',
        womenTargetPercent: p.womenTargetPercent === null ? '' : String(p.womenTargetPercent),
        contactEmail: p.contactEmail ?? '',
        active: p.active ? 'yes' : '',
        staff,
      };
      return sendPage(req, reply, page(emptyForm(values)));
    },
  );

  app.post(
    editProgramme,
    { config: { access: ADMINISTER_PROGRAMMES }, schema: { params: programmeParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { programme: p } = await staffProgrammeOf(db, t, req.params.programme, req.user!.id, req.locale);
      const page = await programmePage(t, await editOf(t, p));
      return submitForm(req, reply, programmeForm, page, 'mentoring.programmes.flash.saved', async (v) => {
        await runUseCase('mentoring.programmes.change', requestCall(req, t), (uc) => changeProgramme(uc, p, v));
        return admin(req, t);
      });
    },
  );

  // A translation of the title and aim into one language, the German beside; German itself is the main form.
  const programmeText = '/:locale/m/:municipality/admin/mentoring/:programme/texts/:lang';
  const textPage = async (req: FastifyRequest, t: PageTenant, key: string, lang: Locale) => {
    const { programme: p } = await staffProgrammeOf(db, t, key, req.user!.id, req.locale);
    const texts = await textsOfProgramme(db, t, p.id);
    const de = texts.find((x) => x.locale === PROGRAMME_SOURCE_LOCALE);
    const source = de && { locale: de.locale, title: de.title, description: de.aim };
    const page =
      (state: FormState): Page =>
      (ctx) =>
        ProgrammeTextPage({ ctx, tenant: t, slug: p.slug, lang, source, state });
    return { p, mine: texts.find((x) => x.locale === lang), page };
  };
  const toSourceForm = (req: FastifyRequest, t: PageTenant, slug: string) => `${admin(req, t)}/${slug}/edit`;

  app.get(
    programmeText,
    { config: { access: ADMINISTER_PROGRAMMES }, schema: { params: textParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { p, mine, page } = await textPage(req, t, req.params.programme, req.params.lang);
      if (req.params.lang === PROGRAMME_SOURCE_LOCALE) return reply.redirect(toSourceForm(req, t, p.slug), 303);
      const values = { title: mine?.title ?? '', description: mine?.aim ?? '' };
      return sendPage(req, reply, page(emptyForm(values)));
    },
  );

  app.post(
    programmeText,
    { config: { access: ADMINISTER_PROGRAMMES }, schema: { params: textParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { p, page } = await textPage(req, t, req.params.programme, req.params.lang);
      if (req.params.lang === PROGRAMME_SOURCE_LOCALE) return reply.redirect(toSourceForm(req, t, p.slug), 303);
      return submitForm(req, reply, programmeTextForm, page, 'mentoring.programmes.flash.text', async (v) => {
        await runUseCase('mentoring.programmes.translate', requestCall(req, t), (uc) =>
          translateProgramme(uc, p, req.params.lang, v),
        );
        return toSourceForm(req, t, p.slug);
      });
    },
  );

  const cyclePage =
    (t: PageTenant, programme: { slug: string; title: string }, edit: string | null) =>
    (state: FormState): Page =>
    (ctx) =>
      CycleFormPage({ ctx, tenant: t, programme, state, edit });

  const newCycle = '/:locale/m/:municipality/admin/mentoring/:programme/cycles/new';
  app.get(newCycle, { config: { access: RUN_PROGRAMMES }, schema: { params: programmeParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const p = await staffProgrammeOf(db, t, req.params.programme, req.user!.id, req.locale);
    const values = {
      activityKinds: ['council_session', 'committee', 'faction_meeting', 'consultation_hour', 'online_event'],
      activitiesRequired: '3',
      status: 'planned',
    };
    return sendPage(req, reply, cyclePage(t, { slug: p.programme.slug, title: p.title }, null)(emptyForm(values)));
  });

  app.post(
    newCycle,
    { config: { access: RUN_PROGRAMMES }, schema: { params: programmeParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const p = await staffProgrammeOf(db, t, req.params.programme, req.user!.id, req.locale);
      const page = cyclePage(t, { slug: p.programme.slug, title: p.title }, null);
      return submitForm(req, reply, cycleForm, page, 'mentoring.programmes.flash.cycleCreated', async (v) => {
        await runUseCase('mentoring.cycles.create', requestCall(req, t), (uc) => createCycle(uc, p.programme.id, v));
        return admin(req, t);
      });
    },
  );

  const editCycle = '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle/edit';
  async function staffCycle(req: FastifyRequest, t: PageTenant, programme: string, cycleId: string) {
    const p = await staffProgrammeOf(db, t, programme, req.user!.id, req.locale);
    const cycle = await findCycle(db, t, cycleId);
    if (!cycle || cycle.programmeId !== p.programme.id) throw notFound('mentoring.cycle');
    return { p, cycle };
  }

  app.get(editCycle, { config: { access: RUN_PROGRAMMES }, schema: { params: cycleParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const { p, cycle: c } = await staffCycle(req, t, req.params.programme, req.params.cycle);
    const values = {
      name: c.name,
      applicationsOpen: c.applicationsOpen,
      applicationsClose: c.applicationsClose,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      places: String(c.places),
      activityKinds: c.activityKinds,
      activitiesRequired: String(c.activitiesRequired),
      status: c.status,
    };
    return sendPage(req, reply, cyclePage(t, { slug: p.programme.slug, title: p.title }, c.id)(emptyForm(values)));
  });

  app.post(editCycle, { config: { access: RUN_PROGRAMMES }, schema: { params: cycleParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const { p, cycle } = await staffCycle(req, t, req.params.programme, req.params.cycle);
    const page = cyclePage(t, { slug: p.programme.slug, title: p.title }, cycle.id);
    return submitForm(req, reply, cycleForm, page, 'mentoring.programmes.flash.saved', async (v) => {
      await runUseCase('mentoring.cycles.change', requestCall(req, t), (uc) =>
        changeCycle(uc, { programme: p.programme, programmeTitle: p.title, cycle }, v, mail),
      );
      return admin(req, t);
    });
  });
};
