import { describe, expect, it } from 'vitest';
import { buildStandardDescribes, describeGlobalBody, MetadataRegistry, type SObjectDescribe } from './index';
import { readFixture, RECORDED_DESCRIBES, recordedDescribe, type RecordedDescribe } from './test-support/fixtures';

// The fake org's describes must be indistinguishable in shape from what real orgs sent: same keys
// (in the same order), explicit nulls, arrays never omitted, and the same values wherever a field
// exists in both.

const describes = buildStandardDescribes('https://demo.my.salesforce.com');
const byName = (name: string): SObjectDescribe => {
  const found = describes.find((d) => d.name === name);
  if (!found) throw new Error(`no describe for ${name}`);
  return found;
};
const recordedNames = Object.keys(RECORDED_DESCRIBES) as (keyof typeof RECORDED_DESCRIBES)[];
const keysOf = (value: object) => Object.keys(value);
const unionOfKeys = (items: object[]) => [...new Set(items.flatMap((item) => Object.keys(item)))].sort();

// A v58 describe carries every top-level key (v48 lacks associateEntityType, associateParentEntity,
// sobjectDescribeOption); the fake speaks the modern shape.
const modernTopKeys = keysOf(recordedDescribe('Account'));

// Where this org knowingly differs from one recorded org: newer picklist content than an older capture.
const DEVIATIONS: Record<string, string> = {
  'Contact.Salutation.picklistValues': "orgs since Winter '24 ship 'Mx.' (as the v59 Lead describe shows)",
  'Contact.OtherGeocodeAccuracy.picklistValues': 'v58 labels ("Near Address"), older capture shows raw values',
  'Contact.MailingGeocodeAccuracy.picklistValues': 'v58 labels ("Near Address"), older capture shows raw values',
  'Lead.GeocodeAccuracy.picklistValues': 'v58 labels ("Near Address"), older capture shows raw values',
};

function findUndefined(value: unknown, path: string): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => findUndefined(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findUndefined(v, `${path}.${k}`));
  return [];
}

describe('top-level describe keys', () => {
  it('every object carries exactly the modern key set, in Salesforce order', () => {
    for (const d of describes) expect(keysOf(d), d.name).toEqual(modernTopKeys);
  });

  it.each(recordedNames)('%s has every key of its recorded describe', (name) => {
    expect(keysOf(byName(name))).toEqual(expect.arrayContaining(keysOf(recordedDescribe(name))));
  });

  it.each(recordedNames)('%s lists the same urls as its recorded describe', (name) => {
    expect(keysOf(byName(name).urls).sort()).toEqual(keysOf(recordedDescribe(name).urls as object).sort());
  });

  it('has no undefined anywhere (a JSON round trip would silently drop such keys)', () => {
    expect(describes.flatMap((d) => findUndefined(d, d.name))).toEqual([]);
  });
});

describe('field describes', () => {
  const recordedFieldKeys = (name: keyof typeof RECORDED_DESCRIBES) => unionOfKeys(recordedDescribe(name).fields);

  it.each(recordedNames)('every %s field has exactly the recorded field keys, in order', (name) => {
    const expected = keysOf(recordedDescribe(name).fields[0] ?? {});
    expect(recordedFieldKeys(name)).toEqual([...expected].sort());
    for (const f of byName(name).fields) expect(keysOf(f), `${name}.${f.name}`).toEqual(expected);
  });

  it('every field of every object (custom ones included) has the modern key set', () => {
    const expected = keysOf(recordedDescribe('Contact').fields[0] ?? {});
    for (const d of describes) for (const f of d.fields) expect(keysOf(f), `${d.name}.${f.name}`).toEqual(expected);
  });

  it('picklistValues and referenceTo are always arrays', () => {
    for (const d of describes) {
      for (const f of d.fields) {
        expect(Array.isArray(f.picklistValues), `${d.name}.${f.name}`).toBe(true);
        expect(Array.isArray(f.referenceTo), `${d.name}.${f.name}`).toBe(true);
      }
    }
  });

  it.each(recordedNames)('%s fields agree value for value with the recorded org', (name) => {
    const recorded = new Map(recordedDescribe(name).fields.map((f) => [f.name as string, f]));
    const mismatches: string[] = [];
    for (const f of byName(name).fields) {
      const real = recorded.get(f.name);
      expect(real, `${name}.${f.name} exists in the recorded describe`).toBeDefined();
      for (const [key, value] of Object.entries(real ?? {})) {
        const where = `${name}.${f.name}.${key}`;
        if (where in DEVIATIONS) continue;
        if (key === 'referenceTo') {
          // This org models fewer objects: targets are a subset of the real ones, plus its own custom objects.
          const extra = f.referenceTo.filter((t) => !(value as string[]).includes(t) && !t.endsWith('__c'));
          if (extra.length) mismatches.push(`${where}: ${extra.join(',')}`);
        } else if (JSON.stringify(f[key]) !== JSON.stringify(value)) {
          mismatches.push(`${where}: ${JSON.stringify(f[key])} != ${JSON.stringify(value)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('picklist entries carry the recorded entry keys', () => {
    const recordedEntry = (d: RecordedDescribe) => d.fields.flatMap((f) => f.picklistValues as object[]);
    const expected = keysOf(recordedEntry(recordedDescribe('Lead'))[0] ?? {});
    const entries = describes.flatMap((d) => d.fields.flatMap((f) => f.picklistValues));
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) expect(keysOf(entry)).toEqual(expected);
  });
});

describe('child relationships', () => {
  it('carry the recorded keys', () => {
    const expected = keysOf(recordedDescribe('Account').childRelationships[0] ?? {});
    const all = describes.flatMap((d) => d.childRelationships);
    expect(all.length).toBeGreaterThan(20);
    for (const relationship of all) expect(keysOf(relationship)).toEqual(expected);
  });

  it.each(recordedNames)('%s lists what the recorded org lists for children this org models', (name) => {
    const modelled = new Set(describes.map((d) => d.name));
    const key = (r: { childSObject?: unknown; field?: unknown }) => `${String(r.childSObject)}.${String(r.field)}`;
    const fake = new Map(byName(name).childRelationships.map((r) => [key(r), r]));
    for (const real of recordedDescribe(name).childRelationships) {
      const ours = fake.get(key(real));
      const childField = describes.find((d) => d.name === real.childSObject)?.fields.find((f) => f.name === real.field);
      if (!modelled.has(real.childSObject as string) || !childField) continue;
      expect(ours, key(real)).toEqual(real);
    }
    const recorded = new Set(recordedDescribe(name).childRelationships.map(key));
    const invented = [...fake.keys()].filter((k) => !k.split('.')[0]?.endsWith('__c') && !recorded.has(k));
    expect(invented).toEqual([]);
  });
});

describe('describeGlobal', () => {
  const recorded = readFixture<{ encoding: string; maxBatchSize: number; sobjects: Record<string, unknown>[] }>('describeGlobal-v52-cumulusci.json');
  const body = describeGlobalBody(new MetadataRegistry(describes), '62.0');

  it('has the recorded envelope and per-object key set', () => {
    expect(keysOf(body)).toEqual(keysOf(recorded));
    expect(body.encoding).toBe(recorded.encoding);
    expect(body.maxBatchSize).toBe(recorded.maxBatchSize);
    const expectedKeys = keysOf(recorded.sobjects[0] ?? {});
    for (const entry of body.sobjects) expect(keysOf(entry)).toEqual(expectedKeys);
  });

  it('matches the recorded entries of the objects both orgs have (links at the requested version)', () => {
    for (const name of ['Account', 'Contact', 'Opportunity', 'Case', 'User', 'OpportunityContactRole']) {
      const real = recorded.sobjects.find((s) => s.name === name);
      const ours = body.sobjects.find((s) => s.name === name);
      expect(JSON.stringify(ours).replaceAll('v62.0', 'v52.0'), name).toBe(JSON.stringify(real));
    }
  });
});
