import { ErrorSummary, type FormState, SubmitButton, TextField } from '../views/components/form.tsx';
import type { ViewContext } from '../views/context.ts';
import { PHOTO_WIDTHS } from './image.ts';

/** What a page needs of a stored photo (never its bytes). */
export interface PhotoShown {
  id: string;
  width: number;
  height: number;
  altText: string;
}

/** The `srcset` of a photo: the smaller widths scaled on request (`?w=`), then the stored photo itself. */
export function srcsetOf(src: string, width: number): string {
  const smaller = PHOTO_WIDTHS.filter((w) => w < width).map((w) => `${src}?w=${w} ${w}w`);
  return [...smaller, `${src} ${width}w`].join(', ');
}

/**
 * A photo on a page: its description as `alt` (in the language it was written in), its size reserved (no layout
 * shift), loaded only when it comes near the screen, and the browser choosing the width it needs.
 */
export function Photo(p: {
  src: string;
  photo: PhotoShown;
  /** The width the photo takes on the page, for the browser's choice (`sizes`). */
  sizes: string;
  lang?: string;
  class?: string;
  /** A width to show it at (the height follows); else the stored size, scaled by CSS. */
  shownWidth?: number;
}) {
  const { photo } = p;
  const width = p.shownWidth ?? photo.width;
  return (
    <img
      src={p.src}
      alt={photo.altText}
      lang={p.lang}
      srcset={srcsetOf(p.src, photo.width)}
      sizes={p.sizes}
      width={width}
      height={Math.round((width * photo.height) / photo.width)}
      loading="lazy"
      decoding="async"
      class={p.class ?? 'z-photo'}
    />
  );
}

/** The labels of the photo form, for its error summary. */
export const photoLabels = (ctx: ViewContext) => ({ photo: ctx.t('media.photo.file'), alt: ctx.t('media.photo.alt') });

/**
 * The upload form: the description (required) and the file (JPEG, PNG or WebP). A refused upload shows it again
 * with its errors and the description typed; a file is never kept, so it is chosen again.
 */
export function PhotoUploadForm(p: { ctx: ViewContext; action: string; state: FormState; altHint: string }) {
  const { ctx, state } = p;
  const { t } = ctx;
  const labels = photoLabels(ctx);
  const err = state.errors.photo;
  return (
    <>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <form method="post" action={p.action} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <TextField ctx={ctx} state={state} name="alt" label={labels.alt} hint={p.altHint} required />
        <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="f-photo">
            {labels.photo}
          </label>
          <div class="kern-hint" id="f-photo-hint">
            {t('media.photo.hint')}
          </div>
          {err && (
            <p class="kern-error" id="f-photo-error">
              <span class="z-visually-hidden">{t('form.errorPrefix')} </span>
              {t(err.key, err.values)}
            </p>
          )}
          <input
            class="kern-form-input__input"
            type="file"
            id="f-photo"
            name="photo"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={err ? 'f-photo-hint f-photo-error' : 'f-photo-hint'}
          />
        </div>
        <SubmitButton>{t('media.photo.upload')}</SubmitButton>
      </form>
    </>
  );
}
