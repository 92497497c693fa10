import type { ViewContext } from '../../../platform/views/context.ts';
import { feedPaths } from '../feeds.routes.ts';

/** Which feed the links offer: all of a municipality's events, a Quartier's, an organiser's, or one series. */
export type FeedLinkScope =
  | { kind: 'municipality' }
  | { kind: 'quartier'; slug: string }
  | { kind: 'organiser'; id: string }
  | { kind: 'event'; id: string };

/** The feed's address (absolute, in the reader's language) for a scope. */
export function feedUrl(baseUrl: string, municipality: string, scope: FeedLinkScope, locale: string): string {
  const path =
    scope.kind === 'municipality'
      ? feedPaths.municipality(municipality)
      : scope.kind === 'quartier'
        ? feedPaths.quartier(municipality, scope.slug)
        : scope.kind === 'organiser'
          ? feedPaths.organiser(municipality, scope.id)
          : feedPaths.event(municipality, scope.id);
  return `${baseUrl.replace(/\/$/, '')}${path}?lang=${locale}`;
}

/** A long address that may wrap after its slashes and separators on a narrow screen (copying keeps it whole). */
function breakable(url: string) {
  return url.split(/(?<=[/?&=])/).map((piece, i) => (i === 0 ? piece : [<wbr />, piece]));
}

/**
 * Links to put events into one's own calendar: a subscription (webcal, which phones and calendar programs open
 * as an updating calendar), the file to download, and the address to paste into a web calendar. For the event
 * list and page (events part) and the Quartier page; works without JavaScript.
 */
export function FeedLinks({
  ctx,
  baseUrl,
  municipality,
  scope,
  level = 2,
}: {
  ctx: Pick<ViewContext, 't' | 'locale'>;
  baseUrl: string;
  municipality: string;
  scope: FeedLinkScope;
  /** The heading's level where the links stand (2 on a page's own level, 3 inside a section). */
  level?: 2 | 3;
}) {
  const url = feedUrl(baseUrl, municipality, scope, ctx.locale);
  const webcal = url.replace(/^https?:\/\//, 'webcal://');
  const id = `feed-${scope.kind}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="z-flow">
      <Heading class={level === 2 ? 'kern-heading-medium' : 'kern-heading-small'} id={id}>
        {ctx.t('community.feeds.links.title')}
      </Heading>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={webcal}>
            {ctx.t(`community.feeds.links.subscribe.${scope.kind}`)}
          </a>
        </li>
        <li>
          <a class="kern-link" href={url} type="text/calendar" download>
            {ctx.t('community.feeds.links.download')}
          </a>
        </li>
      </ul>
      <p class="kern-body kern-body--muted">{ctx.t('community.feeds.links.hint')}</p>
      <p class="kern-body">
        <code dir="ltr" lang="zxx">
          {breakable(url)}
        </code>
      </p>
    </div>
  );
}
