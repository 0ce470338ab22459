import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../support/fake-org';
import { readFixture, shapeOf } from '../support/fixtures';
import { API, rest } from '../support/rest';

// A fixed clock (30 s past the minute) so minute truncation and the 15/30-day horizons are exact. The seed
// is stamped at SEEDED; each test first moves the clock to NOW, five minutes on, so the seed lies behind it.
const SEEDED = new Date('2026-03-02T10:10:30.000Z');
const NOW = new Date('2026-03-02T10:15:30.000Z');
const withOrg = withFakeOrg({ now: () => SEEDED });
const fakeOrg = () => {
  const harness = withOrg();
  harness.org.advanceClock(NOW.getTime() - SEEDED.getTime());
  return harness;
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const iso = (date: Date) => encodeURIComponent(date.toISOString());
const span = (start: Date, end: Date) => `?start=${iso(start)}&end=${iso(end)}`;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('fake org REST: getUpdated and getDeleted, the replication pair', () => {
  it('lists records created or changed in the span, in the recorded getUpdated shape', async () => {
    const harness = fakeOrg();
    const untouched = harness.org.records.all('Contact')[1]!;
    const changed = harness.org.records.all('Contact')[0]!;
    await rest(harness, 'PATCH', `/sobjects/Contact/${changed.Id}`, { body: { Title: 'Replicated' } });
    const created = (await rest(harness, 'POST', '/sobjects/Contact', { body: { LastName: 'Newcomer' } })).body as { id: string };
    harness.org.advanceClock(MINUTE);

    const { status, body } = await rest(harness, 'GET', `/sobjects/Contact/updated/${span(ago(4 * MINUTE), new Date(NOW.getTime() + DAY))}`);
    expect(status).toBe(200);
    expect(shapeOf(body)).toEqual(shapeOf(readFixture('getUpdated-restforce.json')));
    const { ids, latestDateCovered } = body as { ids: string[]; latestDateCovered: string };
    expect(ids).toEqual([changed.Id, created.id]);
    expect(ids).not.toContain(untouched.Id);
    // An end in the future is covered only up to the current minute, rounded down, in Salesforce's format.
    expect(latestDateCovered).toBe('2026-03-02T10:16:00.000+0000');
  });

  it('polls without gaps or repeats when each call starts at the last latestDateCovered', async () => {
    const harness = fakeOrg();
    const [first, second] = harness.org.records.all('Account');
    const poll = async (start: string) => {
      const url = `/sobjects/Account/updated/?start=${encodeURIComponent(start)}&end=${iso(new Date(harness.org.now().getTime() + DAY))}`;
      return (await rest(harness, 'GET', url)).body as { ids: string[]; latestDateCovered: string };
    };
    await rest(harness, 'PATCH', `/sobjects/Account/${first!.Id}`, { body: { Phone: '1' } });
    // Changed in the current minute: not covered yet.
    const firstPoll = await poll(ago(4 * MINUTE).toISOString());
    expect(firstPoll.ids).toEqual([]);
    harness.org.advanceClock(MINUTE);
    await rest(harness, 'PATCH', `/sobjects/Account/${second!.Id}`, { body: { Phone: '2' } });
    const secondPoll = await poll(firstPoll.latestDateCovered);
    expect(secondPoll.ids).toEqual([first!.Id]);
    harness.org.advanceClock(MINUTE);
    expect((await poll(secondPoll.latestDateCovered)).ids).toEqual([second!.Id]);
  });

  it('lists deletions from REST DELETE and from composite, in the recorded getDeleted shape', async () => {
    const harness = fakeOrg();
    const [viaRest, viaComposite, kept] = harness.org.records.all('Lead');
    await rest(harness, 'DELETE', `/sobjects/Lead/${viaRest!.Id}`);
    harness.org.advanceClock(90_000);
    await rest(harness, 'POST', '/composite', {
      body: { compositeRequest: [{ method: 'DELETE', url: `${API}/sobjects/Lead/${viaComposite!.Id}`, referenceId: 'gone' }] },
    });
    harness.org.advanceClock(MINUTE);

    const { status, body } = await rest(harness, 'GET', `/sobjects/Lead/deleted/${span(ago(DAY), new Date(NOW.getTime() + DAY))}`);
    expect(status).toBe(200);
    expect(shapeOf(body)).toEqual(shapeOf(readFixture('getDeleted-restforce.json')));
    expect(body).toEqual({
      deletedRecords: [
        { id: viaRest!.Id, deletedDate: '2026-03-02T10:15:30.000+0000' },
        { id: viaComposite!.Id, deletedDate: '2026-03-02T10:17:00.000+0000' },
      ],
      earliestDateAvailable: '2026-02-15T10:18:00.000+0000',
      latestDateCovered: '2026-03-02T10:18:00.000+0000',
    });
    expect(JSON.stringify(body)).not.toContain(kept!.Id);
  });

  it('refuses spans Salesforce refuses: missing or unreadable dates, start not before end, past the horizon', async () => {
    const harness = fakeOrg();
    const code = async (path: string) => {
      const { status, body } = await rest(harness, 'GET', path);
      return { status, errorCode: (body as Array<{ errorCode: string }>)[0]?.errorCode };
    };
    expect(await code(`/sobjects/Contact/updated/?end=${iso(NOW)}`)).toEqual({ status: 400, errorCode: 'MISSING_ARGUMENT' });
    expect(await code(`/sobjects/Contact/updated/?start=yesterday&end=${iso(NOW)}`)).toEqual({ status: 400, errorCode: 'INVALID_PARAMETER_VALUE' });
    // Seconds are ignored, so two times in the same minute are an empty span.
    expect(await code(`/sobjects/Contact/updated/${span(ago(20_000), NOW)}`)).toEqual({ status: 400, errorCode: 'INVALID_REPLICATION_DATE' });
    expect(await code(`/sobjects/Contact/updated/${span(ago(31 * DAY), NOW)}`)).toEqual({ status: 400, errorCode: 'INVALID_REPLICATION_DATE' });
    expect((await rest(harness, 'GET', `/sobjects/Contact/updated/${span(ago(16 * DAY), NOW)}`)).status).toBe(200);
    expect(await code(`/sobjects/Contact/deleted/${span(ago(16 * DAY), NOW)}`)).toEqual({ status: 400, errorCode: 'INVALID_REPLICATION_DATE' });
    expect((await rest(harness, 'GET', `/sobjects/Contact/deleted/${span(ago(14 * DAY), NOW)}`)).status).toBe(200);
  });

  it('accepts the +0000 form it sends back, caps the ids, and refuses objects that are not replicateable', async () => {
    const harness = fakeOrg();
    const start = encodeURIComponent('2026-03-01T10:15:00.000+0000');
    expect((await rest(harness, 'GET', `/sobjects/Contact/updated/?start=${start}&end=${iso(NOW)}`)).status).toBe(200);

    for (const contact of harness.org.records.all('Contact').slice(0, 2)) {
      await rest(harness, 'PATCH', `/sobjects/Contact/${contact.Id}`, { body: { Title: 'x' } });
    }
    harness.org.advanceClock(MINUTE);
    harness.org.replicationIdLimit = 1;
    const capped = await rest(harness, 'GET', `/sobjects/Contact/updated/${span(ago(MINUTE), harness.org.now())}`);
    expect(capped).toMatchObject({ status: 400, body: [{ errorCode: 'EXCEEDED_ID_LIMIT' }] });

    const files = await rest(harness, 'GET', `/sobjects/ContentVersion/updated/${span(ago(DAY), NOW)}`);
    expect(files).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_TYPE_FOR_OPERATION' }] });
  });

  it('says in describe and describeGlobal which objects replicate', async () => {
    const harness = fakeOrg();
    const global = (await rest(harness, 'GET', '/sobjects')).body as { sobjects: Array<{ name: string; replicateable: boolean }> };
    const flag = (name: string) => global.sobjects.find((s) => s.name === name)?.replicateable;
    expect([flag('Contact'), flag('Lead'), flag('EmailMessage'), flag('EmailMessageRelation')]).toEqual([true, true, true, true]);
    expect([flag('ContentDocument'), flag('ContentVersion'), flag('ContentDocumentLink')]).toEqual([false, false, false]);
    expect((await rest(harness, 'GET', '/sobjects/ContentDocumentLink/describe')).body).toMatchObject({ replicateable: false });
  });
});
