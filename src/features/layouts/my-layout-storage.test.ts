// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { myLayoutStorageKey, readMyLayouts, writeMyLayouts } from './my-layout-storage';

const alex = { orgKey: 'https://acme.my.salesforce.com:005A', teammateId: 'tea_alex' };
const sam = { orgKey: alex.orgKey, teammateId: 'tea_sam' };

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('my layout storage', () => {
  it('survives a reload: what one page wrote, the next reads', () => {
    writeMyLayouts(alex, { Contact: { added: ['Birthdate'], hidden: ['MobilePhone'], order: ['Email', 'Name', 'Birthdate'] } });
    expect(readMyLayouts(alex)).toEqual({ Contact: { added: ['Birthdate'], hidden: ['MobilePhone'], order: ['Email', 'Name', 'Birthdate'] } });
    expect(localStorage.getItem(`sfsb:layout:${alex.orgKey}:tea_alex`)).not.toBeNull();
  });

  it('keeps each teammate and each org apart', () => {
    writeMyLayouts(alex, { Lead: { added: ['Industry'], hidden: [] } });
    expect(readMyLayouts(sam)).toEqual({});
    expect(readMyLayouts({ ...alex, orgKey: 'https://other.my.salesforce.com:005B' })).toEqual({});
  });

  it('removes the entry once nothing is left to keep', () => {
    writeMyLayouts(alex, { Lead: { added: ['Industry'], hidden: [] } });
    writeMyLayouts(alex, {});
    expect(localStorage.getItem(myLayoutStorageKey(alex))).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['another shape', JSON.stringify({ version: 1, objects: { Contact: { added: 'Email' } } })],
    ['a future version', JSON.stringify({ version: 2, objects: {} })],
  ])('ignores %s with a warning instead of breaking the panel', (_case, raw) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    localStorage.setItem(myLayoutStorageKey(alex), raw);
    expect(readMyLayouts(alex)).toEqual({});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(myLayoutStorageKey(alex)));
  });
});
