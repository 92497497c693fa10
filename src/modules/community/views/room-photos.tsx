import type { PageTenant } from '../../../platform/db/tenant.ts';
import { MAX_ALT } from '../../../platform/media/upload.ts';
import { Photo, PhotoUploadForm } from '../../../platform/media/photo.tsx';
import { ErrorSummary, type FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { RoomPhoto } from '../rooms.photos.repository.ts';
import type { RoomRow } from '../rooms.repository.ts';
import { roomUrls } from './room-parts.tsx';
import { ROOMS_NAV } from './rooms-admin.tsx';

/** The public address of a room's photo. */
export const roomPhotoSrc = (ctx: ViewContext, slug: string, p: RoomPhoto) =>
  `${roomUrls(ctx, slug).room(p.roomId)}/photos/${p.id}`;

/** A refused form on the photos page: the upload, or one photo's description. */
export type RefusedPhotoForm = { form: 'upload' | string; state: FormState };

function PostButton(p: { ctx: ViewContext; action: string; label: string; name?: string; value?: string }) {
  return (
    <form method="post" action={p.action} class="z-inline-form">
      <input type="hidden" name="_csrf" value={p.ctx.csrfToken} />
      {p.name && <input type="hidden" name={p.name} value={p.value} />}
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{p.label}</span>
      </button>
    </form>
  );
}

/** One photo's description form (its own field id, as several are on the page). */
function DescribeForm(p: { ctx: ViewContext; action: string; photo: RoomPhoto; refused?: FormState }) {
  const { ctx, photo } = p;
  const field = `alt-${photo.id}`;
  const id = `f-${field}`;
  const err = p.refused?.errors.alt;
  const value = p.refused ? String(p.refused.values.alt ?? '') : photo.altText;
  return (
    <form method="post" action={p.action} novalidate>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      {p.refused && (
        <ErrorSummary
          ctx={ctx}
          state={{ ...p.refused, errors: err ? { [field]: err } : {} }}
          labels={{ [field]: ctx.t('media.photo.alt') }}
        />
      )}
      <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
        <label class="kern-label" for={id}>
          {ctx.t('media.photo.alt')}
        </label>
        {err && (
          <p class="kern-error" id={`${id}-error`}>
            <span class="z-visually-hidden">{ctx.t('form.errorPrefix')} </span>
            {ctx.t(err.key, err.values)}
          </p>
        )}
        <input
          class="kern-form-input__input"
          type="text"
          id={id}
          name="alt"
          value={value}
          maxlength={MAX_ALT * 4}
          required
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={err ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{ctx.t('media.photo.saveAlt')}</span>
      </button>
    </form>
  );
}

/** Staff keep a room's photos: add with a description, describe, order, remove. */
export function RoomPhotosPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  room: RoomRow;
  photos: readonly RoomPhoto[];
  refused?: RefusedPhotoForm;
}) {
  const { ctx, tenant, room, photos } = p;
  const { t } = ctx;
  const base = `${roomUrls(ctx, tenant.slug).admin}/${room.id}/photos`;
  const upload = p.refused?.form === 'upload' ? p.refused.state : { values: {}, errors: {} };
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={ROOMS_NAV}
      title={t('community.rooms.photo.pageTitle', { room: room.name })}
    >
      <p class="kern-body">
        <a class="kern-link" href={`${roomUrls(ctx, tenant.slug).admin}/${room.id}/edit`}>
          {t('community.rooms.photo.back')}
        </a>
      </p>
      <p class="kern-body">{t('community.rooms.photo.intro')}</p>
      {photos.length === 0 && <p class="kern-body z-empty">{t('community.rooms.photo.empty')}</p>}
      <ol class="kern-list">
        {photos.map((ph, i) => (
          <li>
            <Photo
              src={roomPhotoSrc(ctx, tenant.slug, ph)}
              photo={ph}
              sizes="240px"
              shownWidth={240}
              lang={room.sourceLocale}
            />
            <DescribeForm
              ctx={ctx}
              action={`${base}/${ph.id}`}
              photo={ph}
              refused={p.refused?.form === ph.id ? p.refused.state : undefined}
            />
            <div class="z-actions">
              {i > 0 && (
                <PostButton
                  ctx={ctx}
                  action={`${base}/${ph.id}/move`}
                  name="way"
                  value="earlier"
                  label={t('media.photo.earlier')}
                />
              )}
              {i < photos.length - 1 && (
                <PostButton
                  ctx={ctx}
                  action={`${base}/${ph.id}/move`}
                  name="way"
                  value="later"
                  label={t('media.photo.later')}
                />
              )}
              <PostButton ctx={ctx} action={`${base}/${ph.id}/delete`} label={t('media.photo.delete')} />
            </div>
          </li>
        ))}
      </ol>
      <h2 class="kern-heading-medium">{t('media.photo.upload')}</h2>
      <PhotoUploadForm ctx={ctx} action={base} state={upload} altHint={t('community.rooms.photo.altHint')} />
    </StaffPage>
  );
}
