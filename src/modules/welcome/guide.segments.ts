import { sourceHash } from '../../platform/i18n/content-texts.ts';
import { htmlToText } from './welcome.html.ts';

/**
 * A guide text's content, as a translation sees it: its title and the plain text of each block (heading,
 * paragraph, list item, table row). Only these decide whether a translation is outdated: re-saving the same words,
 * changing markup that shows the same text, moving the page or publishing it changes nothing here.
 */
export function segmentsOf(title: string, body: string): string[] {
  return [title.trim(), ...htmlToText(body).split('\n')];
}

/** The content hash of a source text (title and blocks), recorded by each translation made from it. */
export function contentHash(title: string, body: string): string {
  return sourceHash(...segmentsOf(title, body));
}
