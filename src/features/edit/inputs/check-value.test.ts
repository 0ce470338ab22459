// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FieldDescribe } from '../../../salesforce';
import { checkValue } from './check-value';
import { fakeField, richTextField } from './test-support/describes';

const lastName = fakeField('Contact', 'LastName');
const email = fakeField('Contact', 'Email');
const website = fakeField('Account', 'Website');
const amount = fakeField('Opportunity', 'Amount');
const employees = fakeField('Account', 'NumberOfEmployees');
const probability = fakeField('Opportunity', 'Probability');
const birthdate = fakeField('Contact', 'Birthdate');
const priority = fakeField('Account_Service_Request__c', 'Priority__c');
const languages: FieldDescribe = { ...fakeField('Contact', 'LeadSource'), name: 'Languages__c', type: 'multipicklist' };
const latitude: FieldDescribe = { ...fakeField('Support_Plan__c', 'Seats__c'), precision: 18, scale: 15 };

describe('checkValue', () => {
  it('asks for a required field left empty, whatever its type', () => {
    expect(checkValue(lastName, '', true)).toBe('Complete this field.');
    expect(checkValue(lastName, '   ', true)).toBe('Complete this field.');
    expect(checkValue(priority, '', true)).toBe('Complete this field.');
    expect(checkValue(languages, [], true)).toBe('Complete this field.');
    expect(checkValue(richTextField(), '<p><br></p>', true)).toBe('Complete this field.');
    expect(checkValue(lastName, '', false)).toBeUndefined();
    expect(checkValue(lastName, 'Chen', true)).toBeUndefined();
  });

  it('refuses an email address Salesforce would refuse, and accepts the unusual valid ones', () => {
    expect(checkValue(email, 'maya.chen@acme', false)).toBe('Enter an email address, like name@example.com.');
    expect(checkValue(email, 'maya chen@acme.example', false)).toBe('Enter an email address, like name@example.com.');
    expect(checkValue(email, "sean.o'brien+front@kestrel.example", false)).toBeUndefined();
    expect(checkValue(email, ' maya@acme.example ', false)).toBeUndefined();
  });

  it('refuses what is not a web address, and accepts one typed without https://', () => {
    expect(checkValue(website, 'acme robotics', false)).toBe('Enter a web address, like www.example.com.');
    expect(checkValue(website, 'javascript:alert(1)', false)).toBe('Enter a web address, like www.example.com.');
    expect(checkValue(website, 'www.acme.example', false)).toBeUndefined();
    expect(checkValue(website, 'https://acme.example/en-gb?x=1', false)).toBeUndefined();
  });

  it("holds numbers to the field's precision and scale", () => {
    expect(checkValue(amount, 'a lot', false)).toBe('Enter a number, like 1234.56.');
    expect(checkValue(amount, '1e6', false)).toBe('Enter a number, like 1234.56.');
    expect(checkValue(amount, '12.345', false)).toBe('Use at most 2 decimal places.');
    expect(checkValue(amount, '12.340', false)).toBeUndefined();
    expect(checkValue(amount, '12345678901234567.5', false)).toBe('Use at most 16 digits before the decimal point.');
    expect(checkValue(amount, '-1,234.50', false)).toBeUndefined();
    expect(checkValue(employees, '12.5', false)).toBe('Enter a whole number, without decimals.');
    expect(checkValue(employees, '123456789', false)).toBe('Use at most 8 digits.');
    expect(checkValue(employees, 'ten', false)).toBe('Enter a whole number, like 42.');
    expect(checkValue(probability, '50%', false)).toBeUndefined();
    expect(checkValue(latitude, '37.774929', false)).toBeUndefined();
    expect(checkValue(latitude, '1234.5', false)).toBe('Use at most 3 digits before the decimal point.');
  });

  it('refuses text longer than the field holds, counting what the user typed', () => {
    const long = 'x'.repeat(lastName.length + 1);
    expect(checkValue(lastName, long, true)).toBe(`Use at most ${lastName.length} characters (this has ${long.length}).`);
    expect(checkValue(lastName, 'x'.repeat(lastName.length), true)).toBeUndefined();
  });

  it('refuses a date that is not a real day', () => {
    expect(checkValue(birthdate, '2026-02-30', false)).toBe('Enter a date.');
    expect(checkValue(birthdate, '2024-02-29', false)).toBeUndefined();
  });
});
