import { sourceHash } from '../../platform/i18n/content-texts.ts';
import type { OfflinePageText } from './guide.read.ts';
import { cleanHtml } from './welcome.html.ts';

/** One saved page of the bundle: its address, its language and its cleaned HTML. */
export interface OfflinePage {
  url: string;
  title: string;
  lang: string;
  /** Cleaned with `cleanHtml` here, whatever is stored: the offline copy never carries script or handlers. */
  html: string;
}

/** What the service worker stores: the pages, their version, and the words it needs to show them. */
export interface OfflineBundle {
  version: string;
  municipality: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The guide's own page (the tree), shown offline as the list of saved pages. */
  index: string;
  stylesheet: string;
  pages: OfflinePage[];
  /** Texts of the offline copy in the reader's language; `%DATE%` stands for the saved copy's date. */
  labels: { asOf: string; contents: string; offline: string };
}

/** The address of a guide page. */
export const guidePageUrl = (locale: string, municipality: string, slug: string) =>
  `/${locale}/m/${municipality}/guide/${slug}`;

/**
 * The bundle of a municipality's guide in one language. Its version is a hash of every page's address, title,
 * language and cleaned HTML: it changes exactly when a saved copy would differ.
 */
export function offlineBundle(
  texts: readonly OfflinePageText[],
  o: Omit<OfflineBundle, 'version' | 'pages' | 'index'>,
): OfflineBundle {
  const pages = texts.map((x) => ({
    url: guidePageUrl(o.locale, o.municipality, x.slug),
    title: x.title,
    lang: x.lang,
    html: cleanHtml(x.body),
  }));
  const version = sourceHash(o.stylesheet, ...pages.flatMap((p) => [p.url, p.title, p.lang, p.html])).slice(0, 16);
  return { version, ...o, index: `/${o.locale}/m/${o.municipality}/guide`, pages };
}
