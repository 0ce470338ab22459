import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCompanyLayoutFile, serializeCompanyLayouts } from './company-layout-schema';

afterEach(() => vi.restoreAllMocks());

const quietly = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

describe('the company layout file format', () => {
  it('reads back what it wrote, with its format number', () => {
    const layouts = { objects: { Contact: ['Name', 'Account.Name'], acme__Widget__c: ['Name'] }, updatedAt: '2026-03-02T10:15:00.000Z', updatedBy: 'Avery Admin' };
    const text = serializeCompanyLayouts(layouts);
    expect(JSON.parse(text)).toMatchObject({ format: 1 });
    expect(parseCompanyLayoutFile(text)).toEqual(layouts);
  });

  it('leaves out who and when when the layouts do not say', () => {
    expect(parseCompanyLayoutFile(serializeCompanyLayouts({ objects: {} }))).toEqual({ objects: {} });
  });

  it('ignores keys it does not know, so a later sidebar can add some without breaking this one', () => {
    expect(parseCompanyLayoutFile(JSON.stringify({ format: 1, objects: { Lead: ['Name'] }, colours: { Lead: 'red' } }))).toEqual({ objects: { Lead: ['Name'] } });
  });

  it.each([
    ['an object name that is not an API name', { format: 1, objects: { __proto__x: ['Name'] } }],
    ['a field list that is not a list', { format: 1, objects: { Contact: 'Name' } }],
    ['no format number', { objects: { Contact: ['Name'] } }],
  ])('refuses %s, with a warning', (_kind, file) => {
    const warn = quietly();
    expect(parseCompanyLayoutFile(JSON.stringify(file))).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
