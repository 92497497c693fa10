import { diffLines } from 'diff';
import { segmentsOf } from './guide.segments.ts';

/** One line of a diff between two versions of a text: kept, added or removed. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The line diff between two versions of a guide text, on what a reader reads: the title, then the plain text of
 * each block (htmlToText), one per line. Markup that shows the same words is no change. `before` is null for the
 * first version, which is then all added.
 */
export function guideDiff(
  before: { title: string; body: string } | null,
  after: { title: string; body: string },
): DiffLine[] {
  const lines = (x: { title: string; body: string } | null) => (x ? `${segmentsOf(x.title, x.body).join('\n')}\n` : '');
  return diffLines(lines(before), lines(after)).flatMap((c) => {
    const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    return c.value
      .split('\n')
      .filter((l) => l !== '')
      .map((text): DiffLine => ({ kind, text }));
  });
}
