import { describe, expect, it } from 'vitest';
import { buildStandardDescribes, describeBody, describeGlobalBody, MetadataRegistry, type SObjectDescribe } from './index';

const describes = buildStandardDescribes('https://acme.my.salesforce.com/');
const contact = describes.find((d) => d.name === 'Contact') as SObjectDescribe;

describe('describeBody', () => {
  it('links to the API version the client asked for', () => {
    const body = describeBody(contact, '58.0');
    expect(body.urls.describe).toBe('/services/data/v58.0/sobjects/Contact/describe');
    expect(body.urls.rowTemplate).toBe('/services/data/v58.0/sobjects/Contact/{ID}');
    expect(describeBody(contact, 'v60.0').urls.sobject).toBe('/services/data/v60.0/sobjects/Contact');
    const [master] = body.recordTypeInfos as { urls: { layout: string } }[];
    expect(master?.urls.layout).toBe('/services/data/v58.0/sobjects/Contact/describe/layouts/012000000000000AAA');
  });

  it('keeps UI links on the instance, without a trailing-slash artefact', () => {
    const body = describeBody(contact, '58.0');
    expect(body.urls.uiDetailTemplate).toBe('https://acme.my.salesforce.com/{ID}');
    expect(body.urls.uiNewRecord).toBe('https://acme.my.salesforce.com/003/e');
  });

  it('leaves the stored describe untouched and serves every field', () => {
    const before = JSON.stringify(contact);
    const body = describeBody(contact, '50.0');
    expect(JSON.stringify(contact)).toBe(before);
    expect(body.fields).toEqual(contact.fields);
    expect(body.childRelationships).toEqual(contact.childRelationships);
  });
});

describe('describeGlobalBody', () => {
  const body = describeGlobalBody(new MetadataRegistry(describes), '61.0');

  it('lists every object once, alphabetically', () => {
    const names = body.sobjects.map((s) => s.name as string);
    expect(new Set(names).size).toBe(describes.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('gives REST links only, at the requested version', () => {
    const entry = body.sobjects.find((s) => s.name === 'Lead') as { urls: Record<string, string> };
    expect(entry.urls).toEqual({
      compactLayouts: '/services/data/v61.0/sobjects/Lead/describe/compactLayouts',
      rowTemplate: '/services/data/v61.0/sobjects/Lead/{ID}',
      approvalLayouts: '/services/data/v61.0/sobjects/Lead/describe/approvalLayouts',
      listviews: '/services/data/v61.0/sobjects/Lead/listviews',
      describe: '/services/data/v61.0/sobjects/Lead/describe',
      quickActions: '/services/data/v61.0/sobjects/Lead/quickActions',
      layouts: '/services/data/v61.0/sobjects/Lead/describe/layouts',
      sobject: '/services/data/v61.0/sobjects/Lead',
    });
  });

  it('marks custom and managed-package objects as custom', () => {
    const custom = body.sobjects.filter((s) => s.custom).map((s) => s.name);
    expect(custom).toEqual(['Account_Service_Request__c', 'acme__Widget__c', 'Support_Plan__c']);
  });
});
