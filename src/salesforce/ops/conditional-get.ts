import type { Connection } from 'jsforce/core';
import type { z } from 'zod';
import type { DescribeStorage } from '../describe-storage';
import { parseResponse } from '../parse-response';
import { sendRest } from '../transport/send';

export interface CacheEntry {
  /** HTTP date sent back as If-Modified-Since. */
  validator: string;
  body: unknown;
}

export interface ConditionalGetOptions<S extends z.ZodType> {
  url: string;
  cacheKey: string;
  schema: S;
  what: string;
  storage: DescribeStorage | undefined;
  /** Skip the cached copy and fetch a full body (it is still stored). */
  force?: boolean;
}

export function readEntry(storage: DescribeStorage, key: string): CacheEntry | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const entry = JSON.parse(raw) as Partial<CacheEntry>;
    return typeof entry.validator === 'string' && 'body' in entry ? { validator: entry.validator, body: entry.body } : undefined;
  } catch {
    return undefined;
  }
}

export function writeEntry(storage: DescribeStorage, key: string, entry: CacheEntry): void {
  try {
    storage.setItem(key, JSON.stringify(entry));
  } catch {
    // A full quota (or storage the browser refuses) only costs us the cache: the next call downloads the body.
    try {
      storage.removeItem(key);
    } catch {
      return;
    }
  }
}

/**
 * GET a metadata resource through a persistent cache revalidated with If-Modified-Since: Salesforce answers
 * 304 with no body when nothing changed, which saves the transfer of describes that run to hundreds of KB.
 */
export async function conditionalGet<S extends z.ZodType>(conn: Connection, options: ConditionalGetOptions<S>): Promise<z.output<S>> {
  const { storage, cacheKey } = options;
  const cached = storage && !options.force ? readEntry(storage, cacheKey) : undefined;
  // Parsed once here: a 304 returns this result, so a large describe is not validated twice.
  const cachedParse = cached ? options.schema.safeParse(cached.body) : undefined;
  const usable = cached && cachedParse?.success ? cached : undefined;
  const response = await sendRest(conn, {
    method: 'GET',
    url: options.url,
    ...(usable && { headers: { 'If-Modified-Since': usable.validator } }),
  });
  const notModified = response.status === 304 || (response.status === undefined && (response.body === '' || response.body === undefined));
  if (usable && cachedParse?.success && notModified) return cachedParse.data;
  const parsed = parseResponse(options.schema, response.body, options.what);
  if (storage) {
    // Salesforce's own clock decides what "modified since" means, so prefer its dates to ours.
    const validator = response.headers['last-modified'] ?? response.headers.date ?? new Date().toUTCString();
    writeEntry(storage, cacheKey, { validator, body: parsed });
  }
  return parsed;
}
