import type { FastifyPluginAsync } from 'fastify';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import { localeParams } from '../../platform/http/params.ts';
import { meEntriesFor, placesOf, showEntries } from '../../platform/modules/navigation.ts';
import { sendPage } from '../../platform/views/render.ts';
import { grantsOfUser } from './account.service.ts';
import { MePage, type MePlace } from './views/me-page.tsx';

/** "My Zuhause": where every person lands after signing in; what they can do and what waits, per place. */
export const meRoutes: FastifyPluginAsync = async (app) => {
  app.get('/:locale/me', { schema: { params: localeParams }, config: { access: SIGNED_IN } }, async (req, reply) => {
    const user = req.user!;
    const db = app.deps.db;
    const [municipalities, grants] = await Promise.all([listMunicipalities(db), grantsOfUser(db, user.id)]);
    const places: MePlace[] = [];
    for (const place of placesOf(user)) {
      const m = municipalities.find((x) => x.id === place.municipalityId) ?? null;
      const entries = meEntriesFor(app.manifests, place.scope, user, place.municipalityId);
      const navCtx = { locale: req.locale, ...(m ? { municipality: m.slug } : {}) };
      const shown = await showEntries(entries, navCtx, { db, user, municipalityId: place.municipalityId });
      const held = grants.filter((g) => (m ? g.municipalitySlug === m.slug : g.municipalitySlug === null));
      places.push({ municipality: m, grants: held, entries: shown });
    }
    const own = meEntriesFor(app.manifests, 'personal', user, null);
    const personal = await showEntries(own, { locale: req.locale }, { db, user, municipalityId: null });
    return sendPage(req, reply, (ctx) => MePage({ ctx, places, municipalities, personal }));
  });
};
