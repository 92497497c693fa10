import type { ViewContext } from '../context.ts';

// The page's German name; translations add an explanation around it ("Leichte Sprache (plain German)").
const NAME = 'Leichte Sprache';

/**
 * The link to the Leichte Sprache page, which exists in German only. The German name inside the translated label
 * is marked `lang="de"` so that screen readers pronounce it as German; the link announces its target language.
 */
export function PlainLanguageLink({ ctx, class: cls }: { ctx: ViewContext; class?: string }) {
  const label = ctx.t('layout.plainLanguage');
  const i = label.indexOf(NAME);
  return (
    <a class={cls} href="/de/leichte-sprache" hreflang="de">
      {i < 0 ? (
        label
      ) : (
        <>
          {label.slice(0, i)}
          <span lang="de">{NAME}</span>
          {label.slice(i + NAME.length)}
        </>
      )}
    </a>
  );
}
