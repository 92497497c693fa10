import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { certificateOf, certificatePdfPath } from './certificates.read.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { localeParams, municipalityIdParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { ApplicationMailEnv } from './applications.mail.ts';
import { findMentee, menteesOf, mentorsOf, partsOfUser, takenPart } from './applications.repository.ts';
import { capacityForm, menteeForm, mentorForm, statusForm } from './applications.schema.ts';
import {
  applyAsMentee,
  type CycleScope,
  changeApplicationStatus,
  changeMentorCapacity,
  mentorsMaySignUp,
  signUpMentor,
  withdrawApplication,
} from './applications.service.ts';
import { cyclesOf, findCycle } from './core.repository.ts';
import { RUN_PROGRAMMES } from './mentoring.policy.ts';
import { berlinDay, isOpenOn, openCyclesEverywhere, programmeTexts, takenPlaces } from './programmes.repository.ts';
import { programmeOf, programmeParams, staffProgrammeOf } from './programmes.routes.ts';
import { ApplyPage, MentorSignUpPage } from './views/application-form.tsx';
import { CycleApplicationsPage } from './views/cycle-applications.tsx';
import { MyMentoringPage } from './views/me-mentoring.tsx';

const cycleParams = programmeParams.extend({ cycle: uuid });
const cycleIdParams = cycleParams.extend({ id: uuid });

/** Applications and sign-ups: the forms, "My Zuhause"'s mentoring page, withdrawing, and the staff's list. */
export const applicationsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const mail: ApplicationMailEnv = { baseUrl: app.deps.config.baseUrl, messages: app.deps.messages };

  /** The programme and the cycle that takes applications today (null when none does). */
  async function openScope(req: FastifyRequest, t: PageTenant, key: string, mentors = false) {
    const p = await programmeOf(db, t, key, req.locale);
    if (!p.programme.active) throw notFound('mentoring.programme');
    const today = berlinDay(app.deps.now());
    const cycle =
      (await cyclesOf(db, t, p.programme.id))
        .filter((c) => (mentors ? mentorsMaySignUp(c, today) : isOpenOn(c, today)))
        .at(-1) ?? null;
    const scope: CycleScope | null = cycle ? { programme: p.programme, programmeTitle: p.title, cycle } : null;
    return { p, scope };
  }

  const applyPath = '/:locale/m/:municipality/mentoring/:programme/apply';
  const applyPage =
    (
      t: PageTenant,
      o: Awaited<ReturnType<typeof openScope>>,
      mentors: { id: string; displayName: string }[],
      already: string | null,
    ) =>
    (state: FormState) =>
    (ctx: Parameters<typeof ApplyPage>[0]['ctx']) =>
      ApplyPage({ ctx, tenant: t, p: o.p, cycle: o.scope?.cycle ?? null, mentors, already, state });

  async function applyContext(req: FastifyRequest, t: PageTenant, key: string) {
    const o = await openScope(req, t, key);
    const mentors = o.scope ? (await mentorsOf(db, t, o.scope.cycle.id)).filter((m) => m.status === 'active') : [];
    const part = o.scope ? await takenPart(db, t, o.scope.cycle.id, req.user!.id) : null;
    const already = part?.mentee?.status ?? (part?.mentor ? 'mentor' : null);
    return { o, mentors, already };
  }

  app.get(applyPath, { config: { access: SIGNED_IN }, schema: { params: programmeParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const { o, mentors, already } = await applyContext(req, t, req.params.programme);
    const state = emptyForm({ displayName: req.user!.displayName ?? '' });
    return sendPage(req, reply, applyPage(t, o, mentors, already)(state));
  });

  app.post(applyPath, { config: { access: SIGNED_IN }, schema: { params: programmeParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const { o, mentors, already } = await applyContext(req, t, req.params.programme);
    const scope = o.scope;
    if (!scope) throw notFound('mentoring.cycle');
    return submitForm(
      req,
      reply,
      menteeForm,
      applyPage(t, o, mentors, already),
      'mentoring.applications.flash.applied',
      async (v) => {
        await runUseCase('mentoring.applications.apply', requestCall(req, t), (uc) =>
          applyAsMentee(uc, scope, { userId: req.user!.id, locale: req.locale }, v, mail),
        );
        return `/${req.locale}/me/mentoring`;
      },
    );
  });

  const mentorPath = '/:locale/m/:municipality/mentoring/:programme/mentor';
  async function mentorContext(req: FastifyRequest, t: PageTenant, key: string) {
    const o = await openScope(req, t, key, true);
    const part = o.scope ? await takenPart(db, t, o.scope.cycle.id, req.user!.id) : null;
    const already = part?.mentor ? 'mentor' : (part?.mentee?.status ?? null);
    const page = (state: FormState) => (ctx: Parameters<typeof MentorSignUpPage>[0]['ctx']) =>
      MentorSignUpPage({ ctx, tenant: t, p: o.p, cycle: o.scope?.cycle ?? null, already, state });
    return { o, page };
  }

  app.get(mentorPath, { config: { access: SIGNED_IN }, schema: { params: programmeParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const { page } = await mentorContext(req, t, req.params.programme);
    return sendPage(req, reply, page(emptyForm({ displayName: req.user!.displayName ?? '', capacity: '1' })));
  });

  app.post(mentorPath, { config: { access: SIGNED_IN }, schema: { params: programmeParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const { o, page } = await mentorContext(req, t, req.params.programme);
    const scope = o.scope;
    if (!scope) throw notFound('mentoring.cycle');
    return submitForm(req, reply, mentorForm, page, 'mentoring.applications.flash.mentor', async (v) => {
      await runUseCase('mentoring.applications.mentor', requestCall(req, t), (uc) =>
        signUpMentor(uc, scope, { userId: req.user!.id }, v),
      );
      return `/${req.locale}/me/mentoring`;
    });
  });

  app.get(
    '/:locale/me/mentoring',
    { config: { access: SIGNED_IN }, schema: { params: localeParams } },
    async (req, reply) => {
      const [mine, places, openCycles] = await Promise.all([
        partsOfUser(db, req.user!.id),
        listMunicipalities(db),
        openCyclesEverywhere(db, berlinDay(app.deps.now())),
      ]);
      // Open cycles the person has not applied to or signed up for already.
      const taken = new Set([...mine.mentees, ...mine.mentors].map((r) => r.cycleId));
      const open = openCycles.filter((c) => !taken.has(c.cycleId));
      const slugs = new Map(places.map((m) => [m.id, { slug: m.slug, name: m.name }]));
      // Titles of the programmes shown, each read in its own tenant.
      const titles = new Map<string, string>();
      const byTenant = new Map<string, Set<string>>();
      for (const r of [...mine.mentees, ...mine.mentors, ...open]) {
        const s = byTenant.get(r.municipalityId) ?? new Set<string>();
        s.add(r.programmeId);
        byTenant.set(r.municipalityId, s);
      }
      for (const [m, ids] of byTenant) {
        for (const [id, text] of await programmeTexts(db, { municipalityId: m }, [...ids], req.locale))
          titles.set(id, text.title);
      }
      // The certificates of completed participations, each read in its own tenant.
      const certificates = new Map<string, string>();
      for (const r of mine.mentees.filter((x) => x.status === 'completed')) {
        const c = await certificateOf(db, { municipalityId: r.municipalityId }, r.id);
        const m = slugs.get(r.municipalityId);
        if (c && m) certificates.set(r.id, certificatePdfPath(req.locale, m.slug, c.id));
      }
      return sendPage(req, reply, (ctx) => MyMentoringPage({ ctx, mine, open, slugs, titles, certificates }));
    },
  );

  app.post(
    '/:locale/m/:municipality/mentoring/applications/:id/withdraw',
    { config: { access: SIGNED_IN }, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const m = await findMentee(db, t, req.params.id);
      if (!m || m.userId !== req.user!.id) throw notFound('mentoring.application');
      const cycle = await findCycle(db, t, m.cycleId);
      if (!cycle) throw notFound('mentoring.cycle');
      const p = await programmeOf(db, t, cycle.programmeId, req.locale);
      const scope: CycleScope = { programme: p.programme, programmeTitle: p.title, cycle };
      await runUseCase('mentoring.applications.withdraw', requestCall(req, t), (uc) =>
        withdrawApplication(uc, scope, m.id, req.user!.id, mail),
      );
      return redirectAfterPost(reply, `/${req.locale}/me/mentoring`, {
        kind: 'success',
        key: 'mentoring.applications.flash.withdrawn',
      });
    },
  );

  // Staff: a cycle's mentees (places, then the waitlist in order) and mentors, status changes and capacities.
  const adminCycle = '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle';
  async function staffCycle(req: FastifyRequest, t: PageTenant, programme: string, cycleId: string) {
    const p = await staffProgrammeOf(db, t, programme, req.user!.id, req.locale);
    const cycle = await findCycle(db, t, cycleId);
    if (!cycle || cycle.programmeId !== p.programme.id) throw notFound('mentoring.cycle');
    return { p, cycle, scope: { programme: p.programme, programmeTitle: p.title, cycle } as CycleScope };
  }

  app.get(
    `${adminCycle}/applications`,
    { config: { access: RUN_PROGRAMMES }, schema: { params: cycleParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { p, cycle } = await staffCycle(req, t, req.params.programme, req.params.cycle);
      const [mentees, mentors, taken] = await Promise.all([
        menteesOf(db, t, cycle.id),
        mentorsOf(db, t, cycle.id),
        takenPlaces(db, t, cycle.id),
      ]);
      return sendPage(req, reply, (ctx) =>
        CycleApplicationsPage({ ctx, tenant: t, p, cycle, mentees, mentors, taken }),
      );
    },
  );

  const back = (req: FastifyRequest, t: PageTenant, programme: string, cycle: string) =>
    `/${req.locale}/m/${t.slug}/admin/mentoring/${programme}/cycles/${cycle}/applications`;

  app.post(
    `${adminCycle}/applications/:id/status`,
    { config: { access: RUN_PROGRAMMES }, schema: { params: cycleIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { scope } = await staffCycle(req, t, req.params.programme, req.params.cycle);
      const to = back(req, t, req.params.programme, req.params.cycle);
      const form = parseForm(statusForm, req.body);
      if (!form.ok)
        return redirectAfterPost(reply, to, { kind: 'danger', key: 'mentoring.applications.admin.badStatus' });
      await runUseCase('mentoring.applications.status', requestCall(req, t), (uc) =>
        changeApplicationStatus(uc, scope, req.params.id, form.data.status, mail),
      );
      return redirectAfterPost(reply, to, { kind: 'success', key: 'mentoring.applications.admin.saved' });
    },
  );

  app.post(
    `${adminCycle}/mentors/:id/capacity`,
    { config: { access: RUN_PROGRAMMES }, schema: { params: cycleIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { cycle } = await staffCycle(req, t, req.params.programme, req.params.cycle);
      const to = back(req, t, req.params.programme, req.params.cycle);
      const form = parseForm(capacityForm, req.body);
      if (!form.ok)
        return redirectAfterPost(reply, to, { kind: 'danger', key: 'mentoring.applications.admin.badCapacity' });
      await runUseCase('mentoring.applications.capacity', requestCall(req, t), (uc) =>
        changeMentorCapacity(uc, cycle.id, req.params.id, form.data.capacity),
      );
      return redirectAfterPost(reply, to, { kind: 'success', key: 'mentoring.applications.admin.saved' });
    },
  );
};
