/**
 * The readable text of an HTML body. DOMParser builds an inert document: no script runs and nothing loads,
 * so untrusted email HTML is only ever read, never rendered.
 */
export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const block of document.body.querySelectorAll('p, div, li, tr, h1, h2, h3, h4, h5, h6')) block.append('\n');
  for (const lineBreak of document.body.querySelectorAll('br')) lineBreak.replaceWith('\n');
  return (document.body.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

export function messageText(message: { body: string; bodyType: 'html' | 'text' }): string {
  return message.bodyType === 'html' ? htmlToText(message.body) : message.body;
}
