// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FieldDescribe } from '../../../salesforce';
import { toFormValue, toSalesforceValue } from './form-value';
import { fakeField, richTextField } from './test-support/describes';

const title = fakeField('Contact', 'Title');
const email = fakeField('Contact', 'Email');
const amount = fakeField('Opportunity', 'Amount');
const probability = fakeField('Opportunity', 'Probability');
const employees = fakeField('Account', 'NumberOfEmployees');
const birthdate = fakeField('Contact', 'Birthdate');
const reminder = fakeField('Task', 'ReminderDateTime');
const accountId = fakeField('Contact', 'AccountId');
const active = fakeField('Support_Plan__c', 'Active__c');
const languages: FieldDescribe = { ...fakeField('Contact', 'LeadSource'), name: 'Languages__c', type: 'multipicklist' };
const startTime: FieldDescribe = { ...fakeField('Contact', 'Birthdate'), name: 'Start_Time__c', type: 'time' };

describe('toFormValue: what an input shows for a stored value', () => {
  it('shows text as stored and an empty field as empty text', () => {
    expect(toFormValue(title, 'VP, Sales')).toBe('VP, Sales');
    expect(toFormValue(title, null)).toBe('');
    expect(toFormValue(accountId, '001000000000001AAA')).toBe('001000000000001AAA');
  });

  it('shows numbers as plain digits, never with an exponent', () => {
    expect(toFormValue(amount, 185000)).toBe('185000');
    expect(toFormValue(amount, 1234.5)).toBe('1234.5');
    expect(toFormValue(amount, 1e21)).toBe('1000000000000000000000');
    expect(toFormValue(probability, 25)).toBe('25');
  });

  it('holds a checkbox as a boolean and a multi-select as its chosen values', () => {
    expect(toFormValue(active, true)).toBe(true);
    expect(toFormValue(active, null)).toBe(false);
    expect(toFormValue(languages, 'English;German')).toEqual(['English', 'German']);
    expect(toFormValue(languages, null)).toEqual([]);
  });

  it("shows a date-time in the user's own time zone, seconds only when there are some", () => {
    expect(toFormValue(reminder, '2026-03-01T15:30:00.000+0000', { timeZone: 'America/New_York' })).toBe('2026-03-01T10:30');
    expect(toFormValue(reminder, '2026-07-01T15:30:45.000+0000', { timeZone: 'America/New_York' })).toBe('2026-07-01T11:30:45');
    expect(toFormValue(reminder, '2026-03-01T23:00:00.000+0000', { timeZone: 'Asia/Kolkata' })).toBe('2026-03-02T04:30');
  });

  it('shows a date and a time of day as they are, never shifted by a time zone', () => {
    expect(toFormValue(birthdate, '1990-01-01')).toBe('1990-01-01');
    expect(toFormValue(startTime, '09:15:00.000Z')).toBe('09:15');
    expect(toFormValue(startTime, '09:15:30.000Z')).toBe('09:15:30');
  });
});

describe('toSalesforceValue: what is sent for what the form holds', () => {
  it('clears a field left empty (null), and keeps text as typed', () => {
    expect(toSalesforceValue(title, '')).toBeNull();
    expect(toSalesforceValue(title, '   ')).toBeNull();
    expect(toSalesforceValue(title, ' Head of Ops')).toBe(' Head of Ops');
    expect(toSalesforceValue(email, ' maya@acme.example ')).toBe('maya@acme.example');
  });

  it('sends numbers as numbers, whether typed with grouping or a decimal comma', () => {
    expect(toSalesforceValue(amount, '1,234.50')).toBe(1234.5);
    expect(toSalesforceValue(amount, '12,5')).toBe(12.5);
    expect(toSalesforceValue(amount, '$ 99')).toBe(99);
    expect(toSalesforceValue(probability, '25%')).toBe(25);
    expect(toSalesforceValue(employees, '250')).toBe(250);
  });

  it('refuses to convert what checkValue would have refused', () => {
    expect(() => toSalesforceValue(amount, 'twelve')).toThrow(/check values with checkValue/);
  });

  it('joins a multi-select with semicolons, and sends none as null', () => {
    expect(toSalesforceValue(languages, ['English', 'German'])).toBe('English;German');
    expect(toSalesforceValue(languages, [])).toBeNull();
    expect(toSalesforceValue(active, false)).toBe(false);
  });

  it("sends a date-time as the instant the user meant in their zone, with the zone's offset", () => {
    expect(toSalesforceValue(reminder, '2026-03-01T10:30', { timeZone: 'America/New_York' })).toBe('2026-03-01T10:30:00.000-05:00');
    expect(toSalesforceValue(reminder, '2026-07-01T10:30', { timeZone: 'America/New_York' })).toBe('2026-07-01T10:30:00.000-04:00');
    // 01:30 on 1 November 2026 happens twice in New York (EDT, then EST): the first is meant.
    expect(toSalesforceValue(reminder, '2026-11-01T01:30', { timeZone: 'America/New_York' })).toBe('2026-11-01T01:30:00.000-04:00');
    // 02:30 on 8 March 2026 never happens there: the clocks jump from 02:00 to 03:00.
    expect(toSalesforceValue(reminder, '2026-03-08T02:30', { timeZone: 'America/New_York' })).toBe('2026-03-08T03:30:00.000-04:00');
    expect(toSalesforceValue(reminder, '2026-03-02T04:30', { timeZone: 'Asia/Kolkata' })).toBe('2026-03-02T04:30:00.000+05:30');
    expect(Date.parse(String(toSalesforceValue(reminder, '2026-03-02T04:30', { timeZone: 'Asia/Kolkata' })))).toBe(Date.parse('2026-03-01T23:00:00Z'));
  });

  it('sends a time of day in Salesforce’s format and a date unchanged', () => {
    expect(toSalesforceValue(startTime, '09:15')).toBe('09:15:00.000Z');
    expect(toSalesforceValue(birthdate, '1990-01-01')).toBe('1990-01-01');
  });

  it('sends rich text sanitised, and an editor with nothing in it as null', () => {
    const bio = richTextField();
    expect(toSalesforceValue(bio, '<p>Hi <b>there</b><img src=x onerror="alert(1)"><script>alert(2)</script></p>')).toBe('<p>Hi <b>there</b></p>');
    expect(toSalesforceValue(bio, '<p><br></p>')).toBeNull();
    expect(toSalesforceValue(bio, '<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
  });
});
