import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { closePost, countHelped, insertPost, putHelpedCount } from './help.repository.ts';
import { insertReport } from './help.reports.repository.ts';
import { DEMO_HELP_POSTS, DEMO_HELPED, type DemoHelpPost } from './help.seed.data.ts';
import { insertMessage, insertThread, setConsent } from './help.threads.repository.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

async function seedPost(tx: Tx, ctx: SeedContext, p: DemoHelpPost): Promise<string> {
  const t = tenant(seedId(ctx, 'municipality', p.municipality));
  const created = new Date(ctx.now.getTime() - p.daysAgo * DAY);
  const id = await insertPost(tx, t, {
    kind: p.kind,
    category: p.category,
    quartierId: p.quartier ? seedId(ctx, 'quartier', `${p.municipality}/${p.quartier}`) : null,
    authorUserId: seedId(ctx, 'user', p.author),
    authorName: p.authorName,
    locale: p.locale,
    title: p.title,
    body: p.body,
    now: created,
  });
  if (p.thread) {
    const h = p.thread;
    const threadId = await insertThread(tx, t, {
      postId: id,
      userId: seedId(ctx, 'user', h.responder),
      name: h.responderName,
      now: new Date(created.getTime() + 5 * HOUR),
    });
    for (const [i, [fromAuthor, body]] of h.messages.entries()) {
      const now = new Date(created.getTime() + (5 + i * 20) * HOUR);
      await insertMessage(tx, t, { threadId, fromAuthor, body, now });
    }
    const at = new Date(created.getTime() + (5 + h.messages.length * 20) * HOUR);
    if (h.authorContact) await setConsent(tx, t, threadId, true, { text: h.authorContact, at });
    if (h.responderContact) await setConsent(tx, t, threadId, false, { text: h.responderContact, at });
  }
  if (p.closed) {
    const at = new Date(created.getTime() + 7 * DAY);
    await closePost(tx, t, id, p.closed, at);
    if (p.closed === 'helped') await countHelped(tx, t, p.category, at);
  }
  return id;
}

/** The first day of the month `back` months before `now`, as `YYYY-MM-01`. */
function monthBefore(now: Date, back: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * Offers and requests in Meppen, Osnabrück and Asendorf in the languages their writers chose, conversations (one
 * with contact details exchanged, one waiting for the other side), a report for moderation, "it helped" counts.
 * Records `help_post` ids by `municipality/key`.
 */
export const helpSeed: ManifestSeedStep = {
  name: 'community.help',
  order: 330,
  async run(tx, ctx) {
    const ids = seedIds(ctx, 'help_post');
    for (const p of DEMO_HELP_POSTS) ids[p.key] = await seedPost(tx, ctx, p);
    // The tandem post shows its writer's phone number to everyone: a neighbour asks moderation to look at it.
    const osnabrueck = tenant(seedId(ctx, 'municipality', 'osnabrueck'));
    await insertReport(tx, osnabrueck, {
      postId: seedId(ctx, 'help_post', 'osnabrueck/tandem'),
      threadId: null,
      userId: seedId(ctx, 'user', 'bewohner.osnabrueck'),
      reason: 'other',
      note: 'Die Telefonnummer steht öffentlich im Text. Ist das so gewollt?',
      now: new Date(ctx.now.getTime() - DAY),
    });
    for (const h of DEMO_HELPED) {
      const t = tenant(seedId(ctx, 'municipality', h.municipality));
      await putHelpedCount(tx, t, { month: monthBefore(ctx.now, h.monthsAgo), category: h.category, helped: h.helped });
    }
  },
};
