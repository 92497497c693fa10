import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../context.ts';

/**
 * Third-party content behind a two-click placeholder. Before the reader agrees, the page names the host and what
 * it receives (the reader's IP address) and holds a button; nothing of the host is in the page, so nothing is
 * requested from it. The button posts to `/consent` (no script needed) and comes back to `back`; after that the
 * page draws `children`, with a button that withdraws the choice. The forms carry no form token on purpose (see
 * `platform/http/consent.ts`): the page stays the same for every visitor who has not agreed.
 */
export function ConsentPlaceholder(p: {
  ctx: ViewContext;
  /** The third party's host name, e.g. `www.youtube-nocookie.com`. */
  host: string;
  /** What it is, already translated ("the video", "the map"). */
  what: string;
  given: boolean;
  /** The page to come back to (a path of this site). */
  back: string;
  /** HTML id of the box, unique on the page. */
  id: string;
  children?: ComponentChildren;
}) {
  const { ctx, host, what, back } = p;
  if (p.given) {
    return (
      <div class="z-consent z-consent--given" id={p.id}>
        {p.children}
        <form method="post" action="/consent/forget" class="z-inline-form">
          <input type="hidden" name="host" value={host} />
          <input type="hidden" name="back" value={back} />
          <button type="submit" class="kern-btn kern-btn--tertiary">
            <span class="kern-label">{ctx.t('consent.forget', { host })}</span>
          </button>
        </form>
      </div>
    );
  }
  return (
    <section class="z-consent" id={p.id} aria-labelledby={`${p.id}-title`}>
      <h3 class="kern-heading-small" id={`${p.id}-title`}>
        {ctx.t('consent.title', { what })}
      </h3>
      <p class="kern-body">{ctx.t('consent.explain', { what, host })}</p>
      <p class="kern-body">{ctx.t('consent.remembered')}</p>
      <form method="post" action="/consent">
        <input type="hidden" name="host" value={host} />
        <input type="hidden" name="back" value={back} />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{ctx.t('consent.agree', { what, host })}</span>
        </button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/privacy`}>
          {ctx.t('layout.privacy')}
        </a>
      </p>
    </section>
  );
}
