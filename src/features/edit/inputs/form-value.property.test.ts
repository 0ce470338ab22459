// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldDescribe } from '../../../salesforce';
import { toFormValue, toSalesforceValue } from './form-value';
import { fakeField } from './test-support/describes';

const amount = fakeField('Opportunity', 'Amount');
const seats = fakeField('Support_Plan__c', 'Seats__c');
const reminder = fakeField('Task', 'ReminderDateTime');
const birthdate = fakeField('Contact', 'Birthdate');
const languages: FieldDescribe = { ...fakeField('Contact', 'LeadSource'), name: 'Languages__c', type: 'multipicklist' };
const startTime: FieldDescribe = { ...fakeField('Contact', 'Birthdate'), name: 'Start_Time__c', type: 'time' };

// Zones with and without daylight saving, half-hour and quarter-hour offsets, both sides of Greenwich.
const ZONES = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/Paris', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Auckland'];
const zone = fc.constantFrom(...ZONES);
// Salesforce's date-time range, whole milliseconds.
const instant = fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(4000, 11, 31) });
const salesforceDateTime = instant.map((ms) => new Date(ms).toISOString().replace('Z', '+0000'));
const RUNS = { numRuns: 2000 };

describe('stored values survive a trip through the form unchanged', () => {
  it('date-times, in any time zone', () => {
    fc.assert(
      fc.property(salesforceDateTime, zone, (stored, timeZone) => {
        const shown = toFormValue(reminder, stored, { timeZone });
        const sent = String(toSalesforceValue(reminder, shown, { timeZone }));
        const [sentMs, storedMs] = [Date.parse(sent), Date.parse(stored.replace('+0000', 'Z'))];
        // A wall-clock time the clocks pass twice (going back) can only mean its first pass: a stored second pass
        // comes back earlier, reading the same. (Edits send changed fields only, so it is never re-sent unseen.)
        if (sentMs !== storedMs) {
          expect(sentMs).toBeLessThan(storedMs);
          expect(toFormValue(reminder, sent, { timeZone })).toBe(shown);
        }
      }),
      RUNS,
    );
  });

  it('currency amounts and numbers', () => {
    const money = fc.integer({ min: -1e15, max: 1e15 }).map((cents) => cents / 100);
    fc.assert(fc.property(money, (stored) => {
      expect(toSalesforceValue(amount, toFormValue(amount, stored))).toBe(stored);
    }), RUNS);
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (stored) => {
      expect(toSalesforceValue(seats, toFormValue(seats, stored))).toBe(stored === 0 ? 0 : stored);
    }), RUNS);
  });

  it('dates and times of day', () => {
    const day = fc.date({ min: new Date(Date.UTC(1700, 0, 1)), max: new Date(Date.UTC(4000, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(fc.property(day, (stored) => {
      expect(toSalesforceValue(birthdate, toFormValue(birthdate, stored))).toBe(stored);
    }), RUNS);
    const time = fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59), fc.nat(999)).map(([h, m, s, ms]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}Z`);
    fc.assert(fc.property(time, (stored) => {
      expect(toSalesforceValue(startTime, toFormValue(startTime, stored))).toBe(stored);
    }), RUNS);
  });

  it('multi-select values', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9 ]{1,12}$/);
    const stored = fc.uniqueArray(value, { minLength: 1, maxLength: 6 }).map((values) => values.join(';'));
    fc.assert(fc.property(stored, (text) => {
      expect(toSalesforceValue(languages, toFormValue(languages, text))).toBe(text);
    }), RUNS);
  });
});

describe('what the user types survives a trip to Salesforce and back', () => {
  it('a datetime-local value, wherever the wall-clock time exists', () => {
    const local = instant.map((ms) => new Date(ms).toISOString().slice(0, 16));
    fc.assert(
      fc.property(local, zone, (typed, timeZone) => {
        const stored = String(toSalesforceValue(reminder, typed, { timeZone }));
        const shown = String(toFormValue(reminder, stored, { timeZone }));
        // A time skipped by a daylight-saving change comes back as the time it really is (02:30 → 03:30).
        const skipped = shown !== typed && Math.abs(Date.parse(`${shown}Z`) - Date.parse(`${typed}Z`)) <= 3_600_000;
        expect(shown === typed || skipped).toBe(true);
      }),
      RUNS,
    );
  });
});
