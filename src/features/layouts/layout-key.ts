import type { MyLayouts } from './layout-model';
import type { FieldLists } from './layout-types';

// FNV-1a: a short, stable digest. The key only has to change when the layouts do; it is not a security boundary.
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Names the layouts in query keys: equal layouts give equal keys, so only a real change refetches the panel. */
export function layoutKeyOf(company: FieldLists | undefined, mine: MyLayouts): string {
  return digest(JSON.stringify([company ?? null, mine]));
}
