import { describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../fake-org/seed/default/seed-people';
import type { SfRecord } from '../../salesforce';
import { canLogEmailTo } from './log-target';
import { personTakesPart } from './person-takes-part';
import { PARTICIPANT_HANDLES } from './test-support/conversation-fixtures';
import { fakeDescribe } from './test-support/describes';

const contactDescribe = fakeDescribe('Contact');
const leadDescribe = fakeDescribe('Lead');
const contact = (values: Record<string, unknown>): SfRecord => ({ attributes: { type: 'Contact' }, ...values });

describe('personTakesPart', () => {
  it('finds the person by any email field, ignoring case', () => {
    expect(personTakesPart(contact({ Email: 'MAYA.CHEN@acme.example' }), contactDescribe, PARTICIPANT_HANDLES)).toBe(true);
    expect(personTakesPart(contact({ Email: 'someone@else.example', npe01__WorkEmail__c: null }), contactDescribe, PARTICIPANT_HANDLES)).toBe(false);
  });

  it('leaves out a person who is not on the conversation', () => {
    const sean = contact({ Email: SEED_PEOPLE.apostrophe.email, Phone: SEED_PEOPLE.apostrophe.phone });
    expect(personTakesPart(sean, contactDescribe, PARTICIPANT_HANDLES)).toBe(false);
    expect(canLogEmailTo('Contact', personTakesPart(sean, contactDescribe, PARTICIPANT_HANDLES))).toBe(false);
  });

  it.each([
    ['(415) 555-0134', '+14155550134'],
    ['+1 415 555 0177', '(415) 555-0177'],
    ['415.555.0199', '1-415-555-0199'],
    ['+44 20 7946 0958', '020 7946 0958'],
    ['020 7946 0958', '+442079460958'],
  ])('matches the phone %s with the handle %s by its digits', (stored, handle) => {
    expect(personTakesPart(contact({ MobilePhone: stored }), contactDescribe, [handle])).toBe(true);
  });

  it('does not match a different number or a too-short one', () => {
    expect(personTakesPart(contact({ Phone: '(415) 555-0134' }), contactDescribe, ['+14155550135'])).toBe(false);
    expect(personTakesPart(contact({ Phone: '(415) 555-0134' }), contactDescribe, ['0134'])).toBe(false);
  });

  it('reads the fields the describe calls emails and phones, on a Lead too', () => {
    const lead: SfRecord = { attributes: { type: 'Lead' }, Email: 'lead@example.org', Phone: '415-555-0101' };
    expect(personTakesPart(lead, leadDescribe, ['+1 415 555 0101'])).toBe(true);
    expect(personTakesPart(lead, leadDescribe, ['lead@example.org'])).toBe(true);
  });
});

describe('canLogEmailTo', () => {
  it('offers people only when they take part, and accounts and opportunities always', () => {
    expect(canLogEmailTo('Contact', true)).toBe(true);
    expect(canLogEmailTo('Lead')).toBe(false);
    expect(canLogEmailTo('Account')).toBe(true);
    expect(canLogEmailTo('Opportunity')).toBe(true);
    expect(canLogEmailTo('Case')).toBe(false);
  });
});
