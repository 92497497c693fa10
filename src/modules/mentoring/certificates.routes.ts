import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import { localeParams, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { sendPage } from '../../platform/views/render.ts';
import { normaliseCode } from './certificates.code.ts';
import { certificateHtml, printPdf } from './certificates.pdf.ts';
import { certificateVerifyPath } from './certificates.read.ts';
import { certificateByCode, findCertificate, municipalityOfCode } from './certificates.repository.ts';
import { type IssueAnswer, issueCertificates } from './certificates.service.ts';
import { findCycle, findProgramme, isProgrammeStaff } from './core.repository.ts';
import { RUN_PROGRAMMES } from './mentoring.policy.ts';
import { CertificateVerifyPage } from './views/certificate-verify.tsx';

const k = (key: string) => `mentoring.certificates.${key}`;

/** A code as typed (any case, hyphens); `normaliseCode` decides whether it can be one. */
const verifyParams = localeParams.extend({ code: z.string().regex(/^[0-9A-Za-z-]{1,40}$/) });
const pdfParams = municipalityParams.extend({ id: uuid });
const cycleParams = municipalityParams.extend({
  programme: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  cycle: uuid,
});

/**
 * Certificates: the public verification page, the PDF (for the mentee and the programme's staff) and the staff's
 * "issue certificates" for a finished cycle.
 */
export const certificatesRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  app.get(
    '/:locale/certificates/:code',
    { config: { access: PUBLIC }, schema: { params: verifyParams } },
    async (req, reply) => {
      const code = normaliseCode(req.params.code);
      const municipalityId = code ? await municipalityOfCode(db, code) : null;
      const found = municipalityId && code ? await certificateByCode(db, tenant(municipalityId), code) : null;
      const cert = found && {
        code: found.code,
        menteeName: found.menteeName,
        issuedAt: found.issuedAt,
        activitiesCount: found.activitiesCount,
        snapshot: found.snapshot,
      };
      reply.header('cache-control', 'no-store');
      return sendPage(req, reply, (ctx) => CertificateVerifyPage({ ctx, cert }), cert ? 200 : 404);
    },
  );

  app.get(
    '/:locale/m/:municipality/mentoring/certificates/:id.pdf',
    { config: { access: SIGNED_IN, participantsOnly: true }, schema: { params: pdfParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const user = req.user!;
      const cert = await findCertificate(db, t, req.params.id);
      // Only the mentee and the programme's staff: to everyone else the certificate does not exist.
      const allowed =
        cert !== null && (cert.menteeUserId === user.id || (await isProgrammeStaff(db, t, cert.programmeId, user.id)));
      if (!cert || !allowed) throw notFound('certificate');
      const { messages, config } = app.deps;
      const second = cert.locale as Locale;
      const locales: Locale[] = second === 'de' ? ['de'] : ['de', second];
      const languages = locales.map((l) => ({ locale: l, t: messages.translator(l) }));
      const verifyUrl = `${config.baseUrl}${certificateVerifyPath('de', cert.code)}`;
      const html = await certificateHtml(
        { code: cert.code, issuedAt: cert.issuedAt, menteeName: cert.menteeName, snapshot: cert.snapshot },
        languages,
        verifyUrl,
      );
      let pdf: Buffer;
      try {
        pdf = await printPdf(html, config.chromiumPath);
      } catch (err) {
        req.log.error({ err }, 'certificate PDF failed');
        throw new AppError('certificate.pdf_failed', 503, k('pdf.unavailable'));
      }
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="bescheinigung-${cert.code}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle/certificates',
    { config: { access: RUN_PROGRAMMES }, schema: { params: cycleParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const programme = await findProgramme(db, t, req.params.programme);
      if (!programme || !(await isProgrammeStaff(db, t, programme.id, req.user!.id))) throw notFound('programme');
      const cycle = await findCycle(db, t, req.params.cycle);
      if (!cycle || cycle.programmeId !== programme.id) throw notFound('cycle');
      const answer = await runUseCase<IssueAnswer>('mentoring.certificates.issue', requestCall(req, t), (uc) =>
        issueCertificates(uc, programme, cycle),
      );
      const to = `/${req.locale}/m/${t.slug}/admin/mentoring/${programme.slug}/cycles/${cycle.id}/pairings`;
      if (answer.reason === 'not_finished') {
        return redirectAfterPost(reply, to, { kind: 'warning', key: k('issue.notFinished') });
      }
      if (answer.reason === 'none') return redirectAfterPost(reply, to, { kind: 'info', key: k('issue.none') });
      return redirectAfterPost(reply, to, { kind: 'success', key: k('issue.done') });
    },
  );
};
