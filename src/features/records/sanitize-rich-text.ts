import DOMPurify, { type Config } from 'dompurify';
import { textValue, type DisplayValue } from './display-value';

// Rich text comes from anyone who can edit a record, so only inline formatting, lists and links survive.
// No <img>: a remote image would load as soon as the card renders (a tracking pixel), and no style attributes.
const RICH_TEXT_CONFIG: Config = {
  ALLOWED_TAGS: ['a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'p', 'br', 'div', 'span', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'sub', 'sup'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto|tel):/i,
};

/** Salesforce rich text, safe to put in the DOM; links inside are opened by the renderer through the host. */
export function sanitizeRichText(dirty: string): DisplayValue {
  // Without a DOM, DOMPurify returns its input untouched: fail closed and let React escape it as text.
  if (!DOMPurify.isSupported) return textValue(dirty);
  const html = DOMPurify.sanitize(dirty, RICH_TEXT_CONFIG);
  const inert = document.createElement('template');
  inert.innerHTML = html;
  return { kind: 'html', html, text: inert.content.textContent };
}
