import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../context.ts';

/**
 * A part of a text page: an `h2`, its paragraphs, a bulleted list, then any further content, in that order.
 * Headings, paragraphs and list items are catalog keys. No wrapping element: the page's own `z-flow` spaces it.
 */
export function ContentSection({
  ctx,
  heading,
  paragraphs = [],
  bullets = [],
  children,
}: {
  ctx: ViewContext;
  heading: string;
  paragraphs?: readonly string[];
  bullets?: readonly string[];
  children?: ComponentChildren;
}) {
  return (
    <>
      <h2 class="kern-heading-medium">{ctx.t(heading)}</h2>
      {paragraphs.map((key) => (
        <p class="kern-body">{ctx.t(key)}</p>
      ))}
      {bullets.length > 0 && (
        <ul class="kern-list kern-list--bullet">
          {bullets.map((key) => (
            <li>{ctx.t(key)}</li>
          ))}
        </ul>
      )}
      {children}
    </>
  );
}
