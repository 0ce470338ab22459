import DOMPurify from 'dompurify';
import type { HostMessage } from '../../host';

// Email HTML comes from anyone who writes to the team. Scripts, handlers and frames never survive; <style>
// and <title> are dropped from the text because their content is not something a reader sees.
const TEXT_CONFIG = { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'title'] };
const HTML_CONFIG = { USE_PROFILES: { html: true } };

const BLOCKS = 'p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre';

/** Email HTML without anything active, to store in Salesforce; undefined where no DOM can sanitise it. */
export function sanitizeEmailHtml(html: string): string | undefined {
  return DOMPurify.isSupported ? DOMPurify.sanitize(html, HTML_CONFIG) : undefined;
}

/**
 * The readable text of email HTML. The sanitised markup is parsed into an inert <template>, whose document
 * has no browsing context: images in it never load, so opening the screen can't trigger a tracking pixel.
 */
export function htmlToText(html: string): string {
  if (!DOMPurify.isSupported) return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const inert = document.createElement('template');
  inert.innerHTML = DOMPurify.sanitize(html, TEXT_CONFIG);
  const content = inert.content;
  for (const lineBreak of content.querySelectorAll('br')) lineBreak.replaceWith('\n');
  for (const block of content.querySelectorAll(BLOCKS)) block.append('\n');
  return (content.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function messageText(message: Pick<HostMessage, 'body' | 'bodyType'>): string {
  return message.bodyType === 'html' ? htmlToText(message.body) : message.body.trim();
}

const SNIPPET_LENGTH = 120;

/** The start of the message on one line, for the picker. */
export function messageSnippet(message: Pick<HostMessage, 'body' | 'bodyType'>): string {
  const line = messageText(message).replace(/\s+/g, ' ');
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1)}…` : line;
}
