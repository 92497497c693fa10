import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

type Block = { p: string } | { ul: string[] } | { link: { href: string; text: string } };
interface PlainLanguageDoc {
  title: string;
  sections: { heading: string; blocks: Block[] }[];
}

// Leichte Sprache is a German text by nature (DIN SPEC 33429), not a translation of UI strings: it lives in a
// content file, read once, rather than in the seven catalogs.
const DOC = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'content', 'leichte-sprache.de.json'), 'utf8'),
) as PlainLanguageDoc;

function BlockView({ block }: { block: Block }) {
  if ('p' in block) return <p class="kern-body kern-body--large">{block.p}</p>;
  if ('ul' in block)
    return (
      <ul class="kern-list kern-list--bullet kern-list--large">
        {block.ul.map((li) => (
          <li>{li}</li>
        ))}
      </ul>
    );
  return (
    <p class="kern-body kern-body--large">
      <a class="kern-link" href={block.link.href}>
        {block.link.text}
      </a>
    </p>
  );
}

/** Zuhause in Leichte Sprache: what it is, how to find one's way, the accessibility statement. German only. */
export function PlainLanguagePage({ ctx }: { ctx: ViewContext }) {
  return (
    // The page exists in German only: the other languages lead to their start pages.
    <Layout ctx={ctx} title={DOC.title} languageHref={(l) => (l === 'de' ? '/de/leichte-sprache' : `/${l}/`)}>
      <div class="z-flow z-prose">
        <h1 class="kern-heading-large">{DOC.title}</h1>
        {DOC.sections.map((s) => (
          <>
            <h2 class="kern-heading-medium">{s.heading}</h2>
            {s.blocks.map((b) => (
              <BlockView block={b} />
            ))}
          </>
        ))}
      </div>
    </Layout>
  );
}
