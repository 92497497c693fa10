import sanitizeHtml from 'sanitize-html';

/**
 * Safe rich text for guide pages: headings, paragraphs, lists, links, tables and a few inline marks; no script, no
 * event handler, no style, no `javascript:` or `data:` link. Applied when a text is saved AND when it is rendered
 * (and when it is packed for offline reading), so that a text stored before a rule existed, or written straight
 * into the database, is cleaned too. sanitize-html parses with htmlparser2 and keeps only the allow-list.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'ul',
    'ol',
    'li',
    'a',
    'strong',
    'em',
    'b',
    'i',
    'span',
    'bdi',
    'blockquote',
    'table',
    'caption',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'hreflang', 'lang'],
    // A German term kept in a translated text ("do not translate"): its language and direction, so that it reads
    // left to right inside an Arabic sentence.
    span: ['lang', 'dir', 'translate'],
    bdi: ['lang'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    p: ['lang', 'dir'],
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedSchemesByTag: {},
  // Content of dropped elements such as <script> and <style> goes with them.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
  disallowedTagsMode: 'discard',
  allowedClasses: {},
  allowedStyles: {},
  parseStyleAttributes: false,
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href,
};

/** The allowed subset of an HTML text (idempotent: cleaning a clean text gives the same text). */
export function cleanHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of an HTML text (for search, snippets and diffs line by line), blocks on their own lines. */
export function htmlToText(html: string): string {
  const blocks = cleanHtml(html)
    .replace(/<\/(h2|h3|h4|p|li|tr|caption|blockquote)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/t[hd]>/g, '\t');
  const text = sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}
