/**
 * A field value ready for display, independent of React: the card renders it, tests read it. `text` is always
 * the plain reading (a link's label, rich text without its markup), used where only words fit, such as titles.
 */
export type DisplayValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'html'; readonly text: string; readonly html: string };

export const textValue = (text: string): DisplayValue => ({ kind: 'text', text });
