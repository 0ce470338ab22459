import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../support/fake-org';
import { readFixture, shapeOf } from '../support/fixtures';
import { rest } from '../support/rest';

const fakeOrg = withFakeOrg();

interface BasicInfo {
  objectDescribe: Record<string, unknown>;
  recentItems: Array<Record<string, unknown>>;
}

describe('fake org REST: sObject basic information (GET /sobjects/{T}/)', () => {
  it('answers the recorded shape: the describeGlobal entry as objectDescribe, plus recentItems', async () => {
    const harness = fakeOrg();
    const { status, body } = await rest(harness, 'GET', '/sobjects/Account/');
    expect(status).toBe(200);
    expect(shapeOf(body)).toEqual(shapeOf(readFixture('sobject-basic-info-Account-v63-nango.json')));

    const info = body as BasicInfo;
    const recordedGlobal = readFixture<{ sobjects: Array<Record<string, unknown>> }>('describeGlobal-v52-cumulusci.json').sobjects[0]!;
    expect(Object.keys(info.objectDescribe).sort()).toEqual(Object.keys(recordedGlobal).sort());
    const global = (await rest(harness, 'GET', '/sobjects')).body as { sobjects: Array<{ name: string }> };
    expect(info.objectDescribe).toEqual(global.sobjects.find((s) => s.name === 'Account'));
  });

  it('lists the records the user changed last as recent items, newest first, by their name field', async () => {
    const harness = fakeOrg();
    const older = harness.org.records.all('Case')[1]!;
    const newer = harness.org.records.all('Case')[0]!;
    harness.org.advanceClock(60_000);
    harness.org.updateTrusted(older.Id, { Subject: 'touched first' });
    harness.org.advanceClock(60_000);
    harness.org.updateTrusted(newer.Id, { Subject: 'touched last' });
    const { recentItems } = (await rest(harness, 'GET', '/sobjects/Case')).body as BasicInfo;
    expect(recentItems.slice(0, 2)).toEqual([
      { attributes: { type: 'Case', url: `/services/data/v62.0/sobjects/Case/${newer.Id}` }, Id: newer.Id, CaseNumber: newer.CaseNumber },
      { attributes: { type: 'Case', url: `/services/data/v62.0/sobjects/Case/${older.Id}` }, Id: older.Id, CaseNumber: older.CaseNumber },
    ]);
  });
});
