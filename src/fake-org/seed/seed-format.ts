import { z } from 'zod';

/** A field value as JSON can carry it; dates and datetimes are strings in Salesforce's wire format. */
export type SeedValue = string | number | boolean | null;

/**
 * One record to seed: field API names to values, plus two reserved keys. `ref` names the record so
 * others can point at it with "@name" in a reference field; `Id` fixes its ID instead of allocating one.
 */
export type SeedRecord = Record<string, SeedValue>;

/** Records to seed, by object API name. Objects and records may come in any order. */
export interface SeedData {
  records: Record<string, SeedRecord[]>;
}

export const REF_KEY = 'ref';
export const ID_KEY = 'Id';
export const REF_PREFIX = '@';

const REF_PATTERN = /^[A-Za-z0-9_.:-]+$/;

const seedValue = z.union([z.string(), z.number().finite(), z.boolean(), z.null()], {
  error: 'expected a string, number, boolean or null',
});

const seedRecord = z.record(z.string().min(1, 'field names cannot be empty'), seedValue, {
  error: 'expected a record: an object of field API names to values',
}).superRefine((record, ctx) => {
  const ref = record[REF_KEY];
  if (ref !== undefined && (typeof ref !== 'string' || !REF_PATTERN.test(ref))) {
    ctx.addIssue({ code: 'custom', path: [REF_KEY], message: 'ref must be a name of letters, digits, "_", ".", ":" or "-"' });
  }
  const id = record[ID_KEY];
  if (id !== undefined && (typeof id !== 'string' || !/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id))) {
    ctx.addIssue({ code: 'custom', path: [ID_KEY], message: 'Id must be a 15- or 18-character Salesforce ID' });
  }
});

const seedSchema = z
  .object(
    {
      records: z.record(
        z.string().min(1, 'object names cannot be empty'),
        z.array(seedRecord, { error: 'expected an array of records' }),
        { error: 'expected an object of object API names to arrays of records' },
      ),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'expected an object like { "records": { "Account": [ … ] } }' : undefined) },
  )
  .strict();

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out ? `${out}.` : ''}${String(key)}`), '');
}

/**
 * Reads a seed (parsed JSON, or JSON text) into SeedData, checking its shape only; whether its objects and
 * fields exist is checked against the org's metadata when it is applied. Throws an Error listing every problem.
 */
export function parseSeed(json: unknown): SeedData {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new Error(`Seed is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const result = seedSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- ${issuePath(issue.path) || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid seed:\n${lines.join('\n')}`);
}
