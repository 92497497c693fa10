import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { inMunicipality, stateWide } from '../../platform/http/access.ts';
import { localeParams, municipalityParams } from '../../platform/http/params.ts';
import type { MeEntry } from '../../platform/modules/manifest.ts';
import { meEntriesFor, navFor, showEntries } from '../../platform/modules/navigation.ts';
import { sendPage } from '../../platform/views/render.ts';
import { MUNICIPAL_STAFF, STATE_STAFF } from './admin.nav.ts';
import { StartPage } from './views/start-page.tsx';

/**
 * The staff start pages: a municipality's (`/m/:m/admin`) and the state's (`/state`). Each lists the sections the
 * person's roles there open, with what waits in each, from every module's manifest.
 */
export const startRoutes: FastifyPluginAsync = async (app) => {
  const start = async (req: FastifyRequest, reply: FastifyReply) => {
    const user = req.user!;
    const scope: MeEntry['scope'] = req.tenant ? 'municipality' : 'state';
    const municipalityId = req.tenant?.municipalityId ?? null;
    const navCtx = { locale: req.locale, ...(req.tenant ? { municipality: req.tenant.slug } : {}) };
    const me = meEntriesFor(app.manifests, scope, user, municipalityId);
    // The sections are the navigation's entries (but this page itself); their hints and counts come from "me".
    const sections = navFor(app.manifests, scope, user, municipalityId)
      .filter((e) => e.id !== 'admin.start')
      .map((e): MeEntry => {
        const twin = me.find((m) => m.id === e.id);
        return {
          ...e,
          scope,
          ...(twin?.hint ? { hint: twin.hint } : {}),
          ...(twin?.waiting ? { waiting: twin.waiting } : {}),
        };
      });
    const entries = await showEntries(sections, navCtx, { db: app.deps.db, user, municipalityId });
    const tenant = req.tenant
      ? { municipalityId: req.tenant.municipalityId, slug: req.tenant.slug, name: req.tenant.name }
      : null;
    return sendPage(req, reply, (ctx) => StartPage({ ctx, tenant, entries }));
  };

  app.get(
    '/:locale/m/:municipality/admin',
    { schema: { params: municipalityParams }, config: { access: inMunicipality(...MUNICIPAL_STAFF) } },
    start,
  );
  app.get('/:locale/state', { schema: { params: localeParams }, config: { access: stateWide(...STATE_STAFF) } }, start);
};
