// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DisplayValue } from './display-value';
import type { FormatOptions } from './format-options';
import { formatFieldValue } from './format-value';
import { fakeDescribe, fieldOf, sfRecord } from './test-support/describes';

const opportunity = fakeDescribe('Opportunity');
const account = fakeDescribe('Account');
const contact = fakeDescribe('Contact');
const supportPlan = fakeDescribe('Support_Plan__c');
const caseDescribe = fakeDescribe('Case');

const US: FormatOptions = { locale: 'en-US' };

function shown(sobject: string, field: ReturnType<typeof fieldOf>, value: unknown, options: FormatOptions = US, extra: Record<string, unknown> = {}) {
  return formatFieldValue(field, sfRecord(sobject, { Id: 'a0X000000000001AAA', [field.name]: value, ...extra }), options);
}

const text = (value: DisplayValue | undefined) => value?.text;

describe('numbers', () => {
  it('shows currency with the field scale, in the record currency when it has one', () => {
    const amount = fieldOf(opportunity, 'Amount');
    expect(text(shown('Opportunity', amount, 48000))).toBe('$48,000.00');
    expect(text(shown('Opportunity', amount, 48000, US, { CurrencyIsoCode: 'EUR' }))).toBe('€48,000.00');
    expect(text(shown('Opportunity', amount, 48000, { locale: 'en-US', currency: 'GBP' }))).toBe('£48,000.00');
    expect(text(shown('Account', fieldOf(account, 'AnnualRevenue'), 48_000_000))).toBe('$48,000,000');
  });

  it("follows the user's locale", () => {
    expect(text(shown('Opportunity', fieldOf(opportunity, 'Amount'), 48000, { locale: 'de-DE' }, { CurrencyIsoCode: 'EUR' }))).toMatch(/^48\.000,00\s€$/);
  });

  it('reads percent fields as 0–100', () => {
    expect(text(shown('Opportunity', fieldOf(opportunity, 'Probability'), 25))).toBe('25%');
  });

  it('groups digits of doubles and integers', () => {
    const seats = fieldOf(supportPlan, 'Seats__c');
    expect(text(shown('Support_Plan__c', seats, 1200))).toBe('1,200');
    expect(text(shown('Support_Plan__c', { ...seats, scale: 2 }, 1234.5))).toBe('1,234.5');
    expect(text(shown('Support_Plan__c', { ...seats, type: 'int' }, 1_000_000))).toBe('1,000,000');
  });
});

describe('dates and times', () => {
  const closeDate = fieldOf(opportunity, 'CloseDate');

  it('shows a date-only value as that calendar day, whatever the time zone', () => {
    expect(text(shown('Opportunity', closeDate, '2026-01-01'))).toBe('Jan 1, 2026');
    // West of Greenwich, midnight UTC is still the day before: the user's time zone must not apply.
    expect(text(shown('Opportunity', closeDate, '2026-01-01', { locale: 'en-US', timeZone: 'America/Los_Angeles' }))).toBe('Jan 1, 2026');
  });

  it('shows a date-time in the given time zone', () => {
    const created = fieldOf(opportunity, 'CreatedDate');
    expect(text(shown('Opportunity', created, '2026-01-15T14:30:00.000+0000', { locale: 'en-US', timeZone: 'UTC' }))).toMatch(/^Jan 15, 2026, 2:30\sPM$/);
    expect(text(shown('Opportunity', created, '2026-01-15T14:30:00.000+0000', { locale: 'en-US', timeZone: 'America/Los_Angeles' }))).toMatch(
      /^Jan 15, 2026, 6:30\sAM$/,
    );
  });

  it('shows a time field as a time of day, unshifted', () => {
    const time = { ...closeDate, type: 'time' };
    expect(text(shown('Opportunity', time, '14:30:00.000Z', { locale: 'en-US', timeZone: 'Asia/Tokyo' }))).toMatch(/^2:30\sPM$/);
  });
});

describe('choices and flags', () => {
  const leadSource = fieldOf(contact, 'LeadSource');
  const relabelled = {
    ...leadSource,
    picklistValues: leadSource.picklistValues.map((entry) => (entry.value === 'Web' ? { ...entry, label: 'Website form' } : entry)),
  };

  it('shows the picklist label, or the raw value when the describe no longer lists it', () => {
    expect(text(shown('Contact', relabelled, 'Web'))).toBe('Website form');
    expect(text(shown('Contact', relabelled, 'Carrier pigeon'))).toBe('Carrier pigeon');
  });

  it('joins multi-select labels with commas', () => {
    const multi = { ...relabelled, type: 'multipicklist' };
    expect(text(shown('Contact', multi, 'Web;Partner Referral'))).toBe('Website form, Partner Referral');
  });

  it('shows booleans as Yes / No', () => {
    const active = fieldOf(supportPlan, 'Active__c');
    expect(text(shown('Support_Plan__c', active, true))).toBe('Yes');
    expect(text(shown('Support_Plan__c', active, false))).toBe('No');
  });
});

describe('lookups', () => {
  const accountId = fieldOf(contact, 'AccountId');

  it("shows the related record's name", () => {
    const value = shown('Contact', accountId, '001000000000001AAA', US, { Account: sfRecord('Account', { Name: 'Acme Robotics' }) });
    expect(text(value)).toBe('Acme Robotics');
    const owner = shown('Contact', fieldOf(contact, 'OwnerId'), '005000000000001AAA', US, { Owner: sfRecord('User', { Name: 'Avery Admin' }) });
    expect(text(owner)).toBe('Avery Admin');
  });

  it('names a related Case by its number', () => {
    const parent = shown('Case', fieldOf(caseDescribe, 'ParentId'), '500000000000001AAA', US, { Parent: sfRecord('Case', { CaseNumber: '00001001' }) });
    expect(text(parent)).toBe('00001001');
  });

  it('falls back to the id when the name did not come with the record', () => {
    expect(text(shown('Contact', accountId, '001000000000001AAA'))).toBe('001000000000001AAA');
  });
});

describe('links', () => {
  it('links emails with mailto:, encoding only what a mailto address cannot hold', () => {
    const email = fieldOf(contact, 'Email');
    expect(shown('Contact', email, "sean.o'brien@kestrel.example")).toEqual({
      kind: 'link',
      text: "sean.o'brien@kestrel.example",
      href: "mailto:sean.o'brien@kestrel.example",
    });
    expect(shown('Contact', email, 'r&d+leads@acme.example')).toMatchObject({ href: 'mailto:r%26d+leads@acme.example' });
  });

  it('links phones with tel:, keeping the number as stored', () => {
    expect(shown('Contact', fieldOf(contact, 'Phone'), '(415) 555-0134')).toEqual({ kind: 'link', text: '(415) 555-0134', href: 'tel:(415) 555-0134' });
  });

  it('links web addresses, adding https:// when the scheme is missing', () => {
    const website = fieldOf(account, 'Website');
    expect(shown('Account', website, 'acme.example/pricing')).toEqual({ kind: 'link', text: 'acme.example/pricing', href: 'https://acme.example/pricing' });
    expect(shown('Account', website, 'http://acme.example')).toMatchObject({ kind: 'link', href: 'http://acme.example/' });
  });

  it('never links a URL field to anything but http or https', () => {
    const website = fieldOf(account, 'Website');
    expect(shown('Account', website, 'javascript:alert(1)')).toEqual({ kind: 'text', text: 'javascript:alert(1)' });
    expect(shown('Account', website, 'ftp://files.acme.example')).toEqual({ kind: 'text', text: 'ftp://files.acme.example' });
  });
});

describe('text', () => {
  it('keeps the line breaks of a plain text area', () => {
    expect(shown('Contact', fieldOf(contact, 'Description'), 'Line one\nLine two')).toEqual({ kind: 'text', text: 'Line one\nLine two' });
  });

  it('sanitises rich text: no scripts, handlers, images or javascript: links', () => {
    const richDescription = { ...fieldOf(contact, 'Description'), extraTypeInfo: 'richtextarea', htmlFormatted: true };
    const dirty =
      '<p>Prefers <b>email</b></p><script>alert(1)</script><img src="https://tracker.example/p.gif" onerror="alert(2)">' +
      '<a href="javascript:alert(3)" onclick="alert(4)">bad</a> <a href="https://acme.example/kb">guide</a>';
    const value = shown('Contact', richDescription, dirty);

    expect(value?.kind).toBe('html');
    const html = value?.kind === 'html' ? value.html : '';
    expect(html).toContain('<b>email</b>');
    expect(html).toContain('<a href="https://acme.example/kb">guide</a>');
    expect(html).not.toMatch(/script|<img|onerror|onclick|javascript:|tracker\.example/);
    expect(value?.text).toBe('Prefers emailbad guide');
  });

  it('sanitises an HTML-formatted formula field too', () => {
    const formula = { ...fieldOf(account, 'Name'), htmlFormatted: true };
    expect(shown('Account', formula, '<a href="https://acme.example">Acme</a><img src=x onerror=alert(1)>')).toMatchObject({
      kind: 'html',
      html: '<a href="https://acme.example">Acme</a>',
    });
  });
});

describe('compound fields', () => {
  it('puts an address on lines', () => {
    const address = { street: '500 Howard St\nFloor 3', city: 'San Francisco', state: 'CA', postalCode: '94105', country: 'United States', geocodeAccuracy: null };
    expect(text(shown('Contact', fieldOf(contact, 'MailingAddress'), address))).toBe('500 Howard St\nFloor 3\nSan Francisco, CA 94105\nUnited States');
  });

  it('shows a location as latitude, longitude', () => {
    const location = { ...fieldOf(contact, 'MailingAddress'), type: 'location', name: 'Site__c' };
    expect(text(shown('Contact', location, { latitude: 37.7749, longitude: -122.4194 }))).toBe('37.7749, -122.4194');
  });
});

describe('empty values', () => {
  it('shows nothing for null, empty text, an empty address or an unexpected object', () => {
    expect(shown('Contact', fieldOf(contact, 'Title'), null)).toBeUndefined();
    expect(shown('Contact', fieldOf(contact, 'Title'), '  ')).toBeUndefined();
    expect(shown('Contact', fieldOf(contact, 'Title'), undefined)).toBeUndefined();
    expect(shown('Contact', fieldOf(contact, 'MailingAddress'), { street: null, city: null, state: null, postalCode: null, country: null })).toBeUndefined();
    expect(shown('Contact', fieldOf(contact, 'Title'), { attributes: { type: 'Contact' } })).toBeUndefined();
    expect(shown('Contact', fieldOf(contact, 'LeadSource'), '')).toBeUndefined();
  });
});
