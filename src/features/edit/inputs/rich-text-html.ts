import DOMPurify, { type Config } from 'dompurify';

// What the editor keeps of rich text: inline formatting, paragraphs, lists, tables and links. No images (a
// remote image loads as soon as it is shown: a tracking pixel), no style or event attributes, and links only
// to web, mail and phone addresses.
const EDITABLE_HTML: Config = {
  ALLOWED_TAGS: [
    'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'p', 'br', 'div', 'span', 'ul', 'ol', 'li',
    'blockquote', 'pre', 'code', 'sub', 'sup', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto|tel):/i,
};

// Content the editor can't show: saving over it from here would delete it.
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'svg', 'canvas']);

export interface SanitizedHtml {
  readonly html: string;
  /** The HTML held an image or other embedded content that the sanitised copy leaves out. */
  readonly losesMedia: boolean;
}

/** Rich text reduced to what the editor may show and save. */
export function sanitizeHtml(dirty: string): SanitizedHtml {
  // Without a DOM, DOMPurify would return its input untouched: fail closed with the text escaped.
  if (!DOMPurify.isSupported) return { html: escapeText(dirty), losesMedia: false };
  const html = DOMPurify.sanitize(dirty, EDITABLE_HTML);
  const losesMedia = DOMPurify.removed.some(
    (entry) => 'element' in entry && entry.element instanceof Element && MEDIA.has(entry.element.nodeName.toLowerCase()),
  );
  return { html, losesMedia };
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Whether the HTML shows nothing: no text, and no list or table a user could still see. */
export function isBlankHtml(html: string): boolean {
  if (html.trim() === '') return true;
  if (typeof document === 'undefined') return html.replace(/<[^>]*>|&nbsp;/g, '').trim() === '';
  const template = document.createElement('template');
  template.innerHTML = html;
  return (template.content.textContent ?? '').trim() === '' && !template.content.querySelector('li, td, th');
}
