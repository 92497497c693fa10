import type { PageTenant } from '../../../platform/db/tenant.ts';
import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { Photo } from '../../../platform/media/photo.tsx';
import type { RoomPhoto } from '../rooms.photos.repository.ts';
import type { RoomRow } from '../rooms.repository.ts';
import type { ShownRoomText } from '../rooms.service.ts';
import type { DayView } from '../rooms.week.ts';
import { OpeningHours, RoomFacts, RoomRules, roomUrls } from './room-parts.tsx';
import { roomPhotoSrc } from './room-photos.tsx';
import { WeekTable } from './room-week.tsx';

/** A room in the public list, with the name of its Quartier. */
export interface ListedRoom {
  room: RoomRow;
  quartier: string | undefined;
  /** The room's first photo, shown small beside its name. */
  cover?: RoomPhoto;
}

/** The municipality's bookable rooms, optionally of one Quartier (a filter that works without JavaScript). */
export function RoomsListPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  rooms: readonly ListedRoom[];
  quartiere: readonly { slug: string; name: string }[];
  quartier: string | undefined;
  /** The person books rooms here (a link to their bookings). */
  books: boolean;
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  return (
    <Layout ctx={ctx} title={t('community.rooms.public.title', { municipality: tenant.name })}>
      <h1 class="kern-heading-large">{t('community.rooms.public.title', { municipality: tenant.name })}</h1>
      <p class="kern-body">{t('community.rooms.public.intro')}</p>
      <form method="get" action={urls.list} class="z-filter">
        <div class="kern-form-input">
          <label class="kern-label" for="f-quartier">
            {t('community.rooms.field.quartier')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="f-quartier" name="quartier">
              <option value="">{t('community.rooms.public.allQuartiere')}</option>
              {p.quartiere.map((q) => (
                <option value={q.slug} selected={q.slug === p.quartier}>
                  {q.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('community.rooms.public.filter')}</span>
        </button>
      </form>
      {p.rooms.length === 0 ? (
        <p class="kern-body z-empty">{t('community.rooms.public.empty')}</p>
      ) : (
        <ul class="z-cards">
          {p.rooms.map(({ room, quartier, cover }) => (
            <li class="z-card">
              {cover && (
                <Photo
                  src={roomPhotoSrc(ctx, tenant.slug, cover)}
                  photo={cover}
                  sizes="(min-width: 40rem) 20rem, 100vw"
                  shownWidth={320}
                  lang={room.sourceLocale}
                />
              )}
              <h2 class="kern-heading-small">
                <a class="kern-link" href={urls.room(room.id)}>
                  <bdi lang="de">{room.name}</bdi>
                </a>
              </h2>
              <p class="kern-body">
                {t('community.rooms.public.summary', {
                  count: room.capacity,
                  place: quartier ?? room.city,
                })}
              </p>
              <OpeningHours ctx={ctx} text={room.openingHours} />
            </li>
          ))}
        </ul>
      )}
      {p.books && (
        <p class="kern-body">
          <a class="kern-link" href={urls.mine}>
            {t('community.rooms.mine.title')}
          </a>
        </p>
      )}
    </Layout>
  );
}

/** One room: facts, opening hours, rules, description, the week's booked and free times, the booking link. */
export function RoomPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  room: RoomRow;
  quartier: string | undefined;
  text: ShownRoomText | null;
  week: { label: string; days: readonly DayView[]; prev: string; next: string };
  canBook: boolean;
  photos: readonly RoomPhoto[];
}) {
  const { ctx, tenant, room } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  return (
    <Layout ctx={ctx} title={room.name}>
      <p class="kern-body">
        <a class="kern-link" href={urls.list}>
          {t('community.rooms.public.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        <bdi lang="de">{room.name}</bdi>
      </h1>
      <TextNotes ctx={ctx} shown={p.text} messages={{ outdated: 'community.rooms.public.outdated' }} />
      {p.text && (
        <div class="z-prose" lang={p.text.lang}>
          {p.text.description.split(/\n{2,}/).map((para) => (
            <p>{para}</p>
          ))}
        </div>
      )}
      {p.photos.length > 0 && (
        <section aria-labelledby="photos-title">
          <h2 class="kern-heading-medium" id="photos-title">
            {t('community.rooms.photo.title')}
          </h2>
          {p.photos.map((ph) => (
            <Photo
              src={roomPhotoSrc(ctx, tenant.slug, ph)}
              photo={ph}
              sizes="(min-width: 48rem) 46rem, 100vw"
              lang={room.sourceLocale}
            />
          ))}
        </section>
      )}
      <RoomFacts ctx={ctx} room={room} quartier={p.quartier} />
      <h2 class="kern-heading-medium">{t('community.rooms.field.openingHours')}</h2>
      <OpeningHours ctx={ctx} text={room.openingHours} />
      <h2 class="kern-heading-medium">{t('community.rooms.rules.title')}</h2>
      <RoomRules ctx={ctx} room={room} />
      {p.canBook ? (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={urls.book(room.id)}>
            <span class="kern-label">{t('community.rooms.book.action')}</span>
          </a>
        </p>
      ) : (
        <p class="kern-body">{t('community.rooms.error.notBookable')}</p>
      )}
      <h2 class="kern-heading-medium" id="week">
        {t('community.rooms.week.title', { week: p.week.label })}
      </h2>
      <p class="kern-body">{t('community.rooms.week.intro')}</p>
      <WeekTable
        ctx={ctx}
        days={p.week.days}
        caption={t('community.rooms.week.caption', { week: p.week.label })}
        prev={p.week.prev}
        next={p.week.next}
      />
    </Layout>
  );
}
