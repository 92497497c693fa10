import type { Shown } from '../../../platform/i18n/content-texts.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { PracticeRow, PracticeText } from '../practice.repository.ts';

/** An example as lists and pages show it: its row, its text in the reader's language (or German), its origin's name. */
export interface ListedPractice {
  row: PracticeRow;
  text: Shown<PracticeText> | null;
  origin: string | undefined;
}

/** The public addresses of the library. */
export const practiceUrls = (locale: string) => ({
  list: `/${locale}/practice`,
  one: (slug: string) => `/${locale}/practice/${slug}`,
});

/** The staff addresses of the library: a municipality's and the state's. */
export const staffPracticeUrls = (locale: string, municipality?: string) => ({
  staff: `/${locale}/m/${municipality}/admin/practice`,
  submit: `/${locale}/m/${municipality}/admin/practice/new`,
  // By slug: an example is state-wide, the same in every municipality's staff area (no tenant record id).
  adapt: (slug: string) => `/${locale}/m/${municipality}/admin/practice/adapt/${slug}`,
  review: `/${locale}/state/practice`,
  reviewOne: (id: string) => `/${locale}/state/practice/${id}`,
});

/** The example's title in the shown language, or a placeholder when it has no text at all. */
export function PracticeTitle({ ctx, item }: { ctx: ViewContext; item: ListedPractice }) {
  return item.text ? <span lang={item.text.lang}>{item.text.title}</span> : ctx.t('welcome.practice.untitled');
}

/** The tags of an example as words of the reader's language. */
export const tagWords = (ctx: ViewContext, tags: readonly string[]) =>
  tags.map((k) => ctx.t(`welcome.tag.${k}`)).join(', ');

/** Plain text paragraphs (blank lines between them) as paragraphs, in the text's language. */
export function Paragraphs({ text, lang }: { text: string; lang: string }) {
  return (
    <>
      {text
        .split(/\r?\n\s*\r?\n/)
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .map((p) => (
          <p class="kern-body" lang={lang}>
            {p}
          </p>
        ))}
    </>
  );
}

/** A status word of an example (submitted, published, rejected). */
export const statusWord = (ctx: ViewContext, status: string) => ctx.t(`welcome.practice.status.${status}`);
