import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { freeFlats, waitingList } from './office.repository.ts';
import { timeToHome, waitingCsv } from './office.service.ts';
import { listRounds } from './rounds.repository.ts';
import { OfficePage } from './views/office-page.tsx';

/** Who runs the housing office: the municipality's administrators, in their own municipality only. */
export const OFFICE = inMunicipality('municipality_admin');
const route = { config: { access: OFFICE }, schema: { params: municipalityParams } };

/** The housing office's overview and the waiting list's export. */
export const officeRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/housing';

  app.get(base, route, async (req, reply) => {
    const t = pageTenant(req);
    const [waiting, flats, figures, rounds] = await Promise.all([
      waitingList(db, t),
      freeFlats(db, t),
      timeToHome(db, t),
      listRounds(db, t),
    ]);
    const today = app.deps.now().toISOString().slice(0, 10);
    return sendPage(req, reply, (ctx) =>
      OfficePage({ ctx, tenant: t, data: { waiting, flats, figures, rounds, today } }),
    );
  });

  // Pseudonymised ids, no names; the export itself is recorded in the audit log.
  app.get(`${base}/waiting.csv`, route, async (req, reply) => {
    const t = pageTenant(req);
    const rows = await waitingList(db, t);
    const now = app.deps.now();
    await audit(db, {
      actor: req.user?.id ?? null,
      municipalityId: t.municipalityId,
      action: 'export',
      subjectType: 'housing.household',
      reason: 'housing.office.waitingList',
      requestId: req.id,
      at: now,
      changes: { before: null, after: { rows: rows.length } },
    });
    const file = `wartende-haushalte-${t.slug}-${now.toISOString().slice(0, 10)}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}"`)
      .header('cache-control', 'no-store')
      .send(waitingCsv(req.t, t, rows, now.toISOString().slice(0, 10)));
  });
};
