import { z } from 'zod';
import type { CompanyLayouts } from './layout-types';

// The last company layout this browser saw, so the panel opens with it instead of opening with the defaults
// and fetching everything a second time once the shared file arrives.
const cachedSchema = z.object({
  objects: z.record(z.string(), z.array(z.string())),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
});

const cacheKey = (orgKey: string) => `sfsb:company-layout:${orgKey}`;

/** null: the org has no company layout; undefined: this browser doesn't know yet. */
export function recallCompanyLayouts(orgKey: string, storage: Storage = localStorage): CompanyLayouts | null | undefined {
  try {
    const raw = storage.getItem(cacheKey(orgKey));
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    if (value === null) return null;
    const parsed = cachedSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function rememberCompanyLayouts(orgKey: string, layouts: CompanyLayouts | null, storage: Storage = localStorage): void {
  try {
    storage.setItem(cacheKey(orgKey), JSON.stringify(layouts));
  } catch {
    // Only the head start is lost: the next start waits for the shared file, as on a first visit.
    return;
  }
}
