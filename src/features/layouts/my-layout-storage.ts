import { z } from 'zod';
import type { MyLayouts } from './layout-model';

const objectChangesSchema = z.object({
  added: z.array(z.string()),
  hidden: z.array(z.string()),
  order: z.array(z.string()).optional(),
});

const storedLayoutsSchema = z.object({
  version: z.literal(1),
  objects: z.record(z.string(), objectChangesSchema),
});

export interface MyLayoutOwner {
  readonly orgKey: string;
  readonly teammateId: string;
}

/** One entry per org and Front teammate: two teammates sharing a browser never see each other's fields. */
export function myLayoutStorageKey({ orgKey, teammateId }: MyLayoutOwner): string {
  return `sfsb:layout:${orgKey}:${teammateId}`;
}

/** My saved changes; anything unreadable counts as none (with a warning), so a bad entry never breaks the panel. */
export function readMyLayouts(owner: MyLayoutOwner, storage: Storage = localStorage): MyLayouts {
  const key = myLayoutStorageKey(owner);
  try {
    const raw = storage.getItem(key);
    if (raw === null) return {};
    const parsed = storedLayoutsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data.objects;
    console.warn(`Ignoring the saved field layout in ${key}: it is not in the expected shape.`);
  } catch {
    console.warn(`Ignoring the saved field layout in ${key}: it could not be read.`);
  }
  return {};
}

/** Throws when the browser refuses to store it (quota, storage disabled): the caller tells the user. */
export function writeMyLayouts(owner: MyLayoutOwner, layouts: MyLayouts, storage: Storage = localStorage): void {
  const key = myLayoutStorageKey(owner);
  if (Object.keys(layouts).length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify({ version: 1, objects: layouts }));
}
