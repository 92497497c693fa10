import { roleLabelKey } from '../../../platform/auth/session-user.ts';
import type { MunicipalitySummary } from '../../../platform/db/municipalities.ts';
import type { ShownEntry } from '../../../platform/modules/navigation.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { EntryTiles } from '../../../platform/views/staff/entry-tiles.tsx';
import type { GrantView } from '../../../platform/identity/grants.repository.ts';

/** One place a person belongs to (a municipality, or the state when `municipality` is null). */
export interface MePlace {
  municipality: MunicipalitySummary | null;
  grants: GrantView[];
  entries: ShownEntry[];
}

function Place({ ctx, place }: { ctx: ViewContext; place: MePlace }) {
  const { t } = ctx;
  const m = place.municipality;
  const waiting = place.entries.reduce((n, e) => n + (e.waiting ?? 0), 0);
  return (
    <section class="z-place" aria-labelledby={`place-${m?.slug ?? 'state'}`}>
      <h2 class="kern-heading-medium" id={`place-${m?.slug ?? 'state'}`}>
        {m ? <bdi lang="de">{m.name}</bdi> : t('account.me.state')}
      </h2>
      <ul class="z-inline-list kern-body">
        {place.grants.map((g) => (
          <li>
            {t(roleLabelKey(g.role))}
            {(g.quartierName ?? g.providerName) && (
              <>
                {' – '}
                <bdi lang="de">{g.quartierName ?? g.providerName}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="kern-body">
        {waiting > 0 ? t('account.me.waiting', { count: waiting }) : t('account.me.nothingWaits')}
      </p>
      <EntryTiles ctx={ctx} entries={place.entries} />
    </section>
  );
}

/**
 * "My Zuhause": for each place the person belongs to, their roles there, what they can do and what waits; then
 * their own entries. Someone who belongs nowhere yet finds the municipalities' public pages instead of an empty page.
 */
export function MePage({
  ctx,
  places,
  municipalities,
  personal,
}: {
  ctx: ViewContext;
  places: MePlace[];
  municipalities: MunicipalitySummary[];
  /** The person's own entries (`personal` scope of the manifests): their account, the feedback form. */
  personal: ShownEntry[];
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('account.me.title')}>
      <h1 class="kern-heading-large">{t('account.me.title')}</h1>
      <p class="kern-body">{t('account.me.greeting', { name: ctx.user?.displayName ?? '' })}</p>
      {places.map((place) => (
        <Place ctx={ctx} place={place} />
      ))}
      {places.length === 0 && (
        <section class="z-place" aria-labelledby="place-none">
          <h2 class="kern-heading-medium" id="place-none">
            {t('account.me.findMunicipality')}
          </h2>
          <p class="kern-body">{t('account.me.noPlaces')}</p>
          <ul class="z-tiles">
            {municipalities.map((m) => (
              <li class="z-tile">
                <a class="kern-link z-tile__link" href={`/${locale}/m/${m.slug}`}>
                  <bdi lang="de">{m.name}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="z-place" aria-labelledby="place-account">
        <h2 class="kern-heading-medium" id="place-account">
          {t('account.me.account')}
        </h2>
        <EntryTiles ctx={ctx} entries={personal} />
      </section>
    </Layout>
  );
}
