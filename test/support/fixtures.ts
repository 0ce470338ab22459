import { readFileSync } from 'node:fs';

// The recorded Salesforce payloads live in test/fixtures/salesforce (SOURCES.md there says where each came from).
const FIXTURES = new URL('../fixtures/salesforce/', import.meta.url);

export function readFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

/**
 * The structure of a JSON value with the data left out: object keys (sorted) and value kinds, arrays
 * reduced to their first element. Two payloads with the same shape differ only in their data.
 */
export function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}
