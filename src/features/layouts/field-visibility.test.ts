import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/support/fixtures';
import { sobjectDescribeSchema } from '../../salesforce/schemas/describe';
import { isHiddenByDefault } from './field-visibility';

const recorded = (fixture: string) => sobjectDescribeSchema.parse(readFixture(fixture));
const hiddenNames = (fixture: string) => recorded(fixture).fields.filter(isHiddenByDefault).map((field) => field.name);

describe('isHiddenByDefault, on describes recorded from real orgs', () => {
  it("leaves out a Contact's id, system and Data.com fields, and its addresses' geocodes", () => {
    expect(hiddenNames('describe-Contact-vxx-cumulusci.json')).toEqual([
      'Id', 'IsDeleted', 'MasterRecordId',
      'OtherLatitude', 'OtherLongitude', 'OtherGeocodeAccuracy',
      'MailingLatitude', 'MailingLongitude', 'MailingGeocodeAccuracy',
      'CreatedById', 'LastModifiedById', 'SystemModstamp',
      'LastCURequestDate', 'LastCUUpdateDate', 'LastViewedDate', 'LastReferencedDate',
      'PhotoUrl', 'Jigsaw', 'JigsawContactId', 'CleanStatus',
    ]);
  });

  it('keeps what an agent reads: lookups, addresses, audit dates, the email bounce', () => {
    const contact = recorded('describe-Contact-vxx-cumulusci.json');
    const kept = contact.fields.filter((field) => !isHiddenByDefault(field)).map((field) => field.name);
    expect(kept).toEqual(expect.arrayContaining(['AccountId', 'OwnerId', 'MailingAddress', 'MailingCity', 'CreatedDate', 'LastModifiedDate', 'EmailBouncedReason']));
  });

  it('leaves out a field Salesforce deprecated and hides, but never a custom one for its name', () => {
    const contact = recorded('describe-Contact-vxx-cumulusci.json');
    const title = contact.fields.find((field) => field.name === 'Title');
    if (!title) throw new Error('no Title');
    expect(isHiddenByDefault({ ...title, deprecatedAndHidden: true })).toBe(true);
    expect(isHiddenByDefault({ ...title, name: 'PhotoUrl__c', custom: true })).toBe(false);
  });

  it("keeps a custom object's own fields, leaving out only its id and system fields", () => {
    expect(hiddenNames('describe-CustomObjectDetail__c-masterdetail-2015-restforce-db.json')).toEqual([
      'Id', 'IsDeleted', 'CreatedById', 'LastModifiedById', 'SystemModstamp',
    ]);
  });
});
