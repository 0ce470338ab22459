import { ApiFault } from '../../api-fault';

// Composite subrequests may refer to earlier results as @{referenceId.path}, e.g.
// @{newAccount.id} or @{contacts.records[0].Id}. A reference Salesforce cannot resolve fails
// only the subrequest that uses it.
const REFERENCE = /@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g;

export function resolveReferences<T>(value: T, results: Map<string, unknown>): T {
  if (typeof value === 'string') return resolveString(value, results) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => resolveReferences(item, results)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveReferences(v, results)])) as T;
  }
  return value;
}

function resolveString(text: string, results: Map<string, unknown>): string {
  return text.replace(REFERENCE, (whole, referenceId: string, path: string) => {
    const resolved = walk(results.get(referenceId), path);
    if (typeof resolved !== 'string' && typeof resolved !== 'number' && typeof resolved !== 'boolean') {
      throw new ApiFault(
        400,
        'PROCESSING_HALTED',
        `Invalid reference specified. No value for ${whole.slice(2, -1)} found in ${referenceId}. Provided referenceId ('${referenceId}') must be a previous subrequest's referenceId.`,
      );
    }
    return String(resolved);
  });
}

function walk(root: unknown, path: string): unknown {
  let current = root;
  for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1);
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
