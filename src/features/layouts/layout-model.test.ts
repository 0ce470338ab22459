import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLayout } from './default-layouts';
import { changesFrom, effectiveLayout, withObjectChanges } from './layout-model';
import { describeWithFields, standardDescribe } from './test-support/describes';

const POOL = ['Name', 'Email', 'Phone', 'Title', 'Owner', 'Stage', 'Amount', 'City', 'Status', 'Notes__c', 'Tier__c', 'Gone__c'];
const RUNS = { numRuns: 1_000 };

const names = fc.subarray(POOL);
const fieldList = fc.array(fc.constantFrom(...POOL), { maxLength: 14 });
// Sometimes no company layout at all (the defaults apply), sometimes an admin's list with repeats and stale names.
const companyList = fc.option(fieldList, { nil: undefined });

const unique = (list: readonly string[]) => [...new Set(list)];

describe('effectiveLayout', () => {
  it('gives back exactly what I chose, whatever the company layout', () => {
    fc.assert(
      fc.property(names, companyList, fieldList, (known, company, chosen) => {
        const object = describeWithFields('Widget__c', known);
        const mine = changesFrom(object, company, chosen);
        expect(effectiveLayout(object, company, mine)).toEqual(unique(chosen).filter((name) => known.includes(name)));
      }),
      RUNS,
    );
  });

  it("keeps every field I added through any later Save for all, and never shows one I hid", () => {
    fc.assert(
      fc.property(names, companyList, fieldList, fieldList, (known, before, chosen, after) => {
        const object = describeWithFields('Widget__c', known);
        const mine = changesFrom(object, before, chosen);
        const shown = effectiveLayout(object, after, mine);
        for (const added of mine?.added ?? []) expect(shown).toContain(added);
        for (const hidden of mine?.hidden ?? []) expect(shown).not.toContain(hidden);
      }),
      RUNS,
    );
  });

  it('shows only fields the describe has, each once', () => {
    fc.assert(
      fc.property(names, companyList, fieldList, fieldList, (known, company, chosen, later) => {
        const object = describeWithFields('Widget__c', known);
        const shown = effectiveLayout(object, later, changesFrom(object, company, chosen));
        expect(shown.every((name) => known.includes(name))).toBe(true);
        expect(new Set(shown).size).toBe(shown.length);
      }),
      RUNS,
    );
  });

  it('follows the company order and its new fields until I reorder', () => {
    const object = describeWithFields('Widget__c', POOL);
    const mine = changesFrom(object, ['Name', 'Email', 'Phone'], ['Name', 'Email', 'Phone', 'Title']);
    expect(mine).toEqual({ added: ['Title'], hidden: [] });
    expect(effectiveLayout(object, ['Phone', 'Name', 'Email', 'City'], mine)).toEqual(['Phone', 'Name', 'Email', 'City', 'Title']);
  });

  it('keeps my order, with fields an admin added later after mine', () => {
    const object = describeWithFields('Widget__c', POOL);
    const mine = changesFrom(object, ['Name', 'Email', 'Phone'], ['Phone', 'Name', 'Email']);
    expect(mine?.order).toEqual(['Phone', 'Name', 'Email']);
    expect(effectiveLayout(object, ['Name', 'City', 'Email', 'Phone'], mine)).toEqual(['Phone', 'Name', 'Email', 'City']);
  });

  it('is the company layout again once my changes are reset', () => {
    fc.assert(
      fc.property(names, companyList, fieldList, (known, company, chosen) => {
        const object = describeWithFields('Widget__c', known);
        const mine = withObjectChanges({ Widget__c: changesFrom(object, company, chosen) ?? { added: [], hidden: [] } }, 'Widget__c', undefined);
        expect(effectiveLayout(object, company, mine.Widget__c)).toEqual(effectiveLayout(object, company, undefined));
      }),
      RUNS,
    );
  });

  it('uses the default fields when no admin chose any', () => {
    const contact = standardDescribe('Contact');
    expect(effectiveLayout(contact, undefined, undefined)).toEqual(defaultLayout(contact));
  });

  it('keeps Notes on their fixed fields whatever a layout says', () => {
    const note = standardDescribe('Note');
    expect(effectiveLayout(note, ['Title'], { added: ['ParentId'], hidden: ['Body'] })).toEqual(defaultLayout(note));
  });

  it('records nothing when I change nothing', () => {
    const contact = standardDescribe('Contact');
    expect(changesFrom(contact, undefined, defaultLayout(contact))).toBeUndefined();
  });
});
