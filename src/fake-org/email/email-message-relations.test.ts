import { describe, expect, it } from 'vitest';
import { withFakeOrg } from '../../../test/support/fake-org';
import { rest } from '../../../test/support/rest';
import { SEED_PEOPLE } from '../seed';

// Enhanced Email's recipients over the fake org's REST API, as a client sees them: ToIds, CcIds and BccIds
// written on an EmailMessage come back as EmailMessageRelation rows, which SOQL reads and semi-joins.

const fakeOrg = withFakeOrg();

function seeded(sobject: string, email: string): { Id: string; Email: string } {
  const record = fakeOrg().org.records.all(sobject).find((row) => row.Email === email);
  if (!record) throw new Error(`the seed has no ${sobject} ${email}`);
  return { Id: record.Id, Email: email };
}
const maya = () => seeded('Contact', SEED_PEOPLE.rich.email);
const lead = () => {
  const record = fakeOrg().org.records.all('Lead').find((row) => typeof row.Email === 'string');
  if (!record) throw new Error('the seed has no Lead with an email');
  return { Id: record.Id, Email: String(record.Email) };
};

async function logEmail(values: Record<string, unknown>): Promise<string> {
  const { status, body } = await rest(fakeOrg(), 'POST', '/sobjects/EmailMessage', { body: { Subject: 'Hello', Status: '3', ...values } });
  expect(status).toBe(201);
  return (body as { id: string }).id;
}

async function query(soql: string) {
  return rest(fakeOrg(), 'GET', `/query?q=${encodeURIComponent(soql)}`);
}

const records = (body: unknown) => (body as { records: Record<string, unknown>[] }).records;

describe('EmailMessage recipients', () => {
  it('become one EmailMessageRelation per person and list, with the person’s kind and address', async () => {
    const messageId = await logEmail({ ToIds: [maya().Id], CcIds: [lead().Id] });

    const { status, body } = await query(
      `SELECT EmailMessageId, RelationId, RelationType, RelationAddress, RelationObjectType FROM EmailMessageRelation WHERE EmailMessageId = '${messageId}' ORDER BY RelationType DESC`,
    );
    expect(status).toBe(200);
    expect(records(body)).toEqual([
      expect.objectContaining({ EmailMessageId: messageId, RelationId: maya().Id, RelationType: 'ToAddress', RelationAddress: maya().Email, RelationObjectType: 'Contact' }),
      expect.objectContaining({ EmailMessageId: messageId, RelationId: lead().Id, RelationType: 'CcAddress', RelationAddress: lead().Email, RelationObjectType: 'Lead' }),
    ]);
    expect(records(body)[0]?.attributes).toMatchObject({ type: 'EmailMessageRelation', url: expect.stringMatching(/\/sobjects\/EmailMessageRelation\/0CZ/) as unknown });
    expect(fakeOrg().org.records.get(messageId)).not.toHaveProperty('ToIds');
  });

  it('are found again by person through a semi-join, and nobody else’s email is', async () => {
    const toMaya = await logEmail({ ToIds: [maya().Id], MessageIdentifier: 'msg_to_maya' });
    await logEmail({ ToIds: [lead().Id], MessageIdentifier: 'msg_to_lead' });
    await logEmail({ RelatedToId: fakeOrg().org.records.all('Account')[0]?.Id, MessageIdentifier: 'msg_to_account' });

    const { status, body } = await query(
      `SELECT Id, MessageIdentifier FROM EmailMessage WHERE MessageIdentifier IN ('msg_to_maya', 'msg_to_lead', 'msg_to_account') AND Id IN (SELECT EmailMessageId FROM EmailMessageRelation WHERE RelationId = '${maya().Id.slice(0, 15)}')`,
    );
    expect(status).toBe(200);
    expect(records(body).map((row) => [row.Id, row.MessageIdentifier])).toEqual([[toMaya, 'msg_to_maya']]);
  });

  it('are listed under the email through its EmailMessageRelations child relationship', async () => {
    const messageId = await logEmail({ ToIds: [maya().Id], BccIds: [lead().Id] });
    const { body } = await query(`SELECT Id, (SELECT RelationType, Relation.Name FROM EmailMessageRelations ORDER BY RelationType) FROM EmailMessage WHERE Id = '${messageId}'`);
    const relations = records(body)[0]?.EmailMessageRelations as { records: Record<string, unknown>[] };
    expect(relations.records.map((row) => row.RelationType)).toEqual(['BccAddress', 'ToAddress']);
    expect(relations.records[1]?.Relation).toMatchObject({ Name: `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}` });
  });

  it('written again replace that list and keep the others', async () => {
    const messageId = await logEmail({ ToIds: [maya().Id], CcIds: [lead().Id] });
    const { status } = await rest(fakeOrg(), 'PATCH', `/sobjects/EmailMessage/${messageId}`, { body: { ToIds: [lead().Id] } });
    expect(status).toBe(204);

    const { body } = await query(`SELECT RelationId, RelationType FROM EmailMessageRelation WHERE EmailMessageId = '${messageId}' ORDER BY RelationType`);
    expect(records(body).map((row) => [row.RelationType, row.RelationId])).toEqual([
      ['CcAddress', lead().Id],
      ['ToAddress', lead().Id],
    ]);
  });

  it('must be people or users: an account is refused and nothing is stored', async () => {
    const account = fakeOrg().org.records.all('Account')[0]?.Id;
    const { status, body } = await rest(fakeOrg(), 'POST', '/sobjects/EmailMessage', { body: { Subject: 'x', Status: '3', ToIds: [account] } });
    expect(status).toBe(400);
    expect(body).toMatchObject([{ errorCode: 'INVALID_CROSS_REFERENCE_KEY', fields: ['ToIds'] }]);
    expect(fakeOrg().org.records.all('EmailMessage')).toHaveLength(0);
    expect(fakeOrg().org.records.all('EmailMessageRelation')).toHaveLength(0);
  });
});

describe('EmailMessageRelation', () => {
  it('can be created directly, e.g. for the sender, and fills in the kind and address itself', async () => {
    const messageId = await logEmail({});
    const { status, body } = await rest(fakeOrg(), 'POST', '/sobjects/EmailMessageRelation', {
      body: { EmailMessageId: messageId, RelationId: maya().Id, RelationType: 'FromAddress' },
    });
    expect(status).toBe(201);
    expect(fakeOrg().org.records.get((body as { id: string }).id)).toMatchObject({
      RelationObjectType: 'Contact', RelationAddress: maya().Email, CreatedById: fakeOrg().org.userId, IsDeleted: false,
    });
  });

  it('names a sender in the same composite as its email, which ToIds never does, and falls with it', async () => {
    const { org } = fakeOrg();
    const user = org.records.get(org.userId);
    expect(user?.Email).toEqual(expect.stringContaining('@'));
    const compose = (relation: Record<string, unknown>) =>
      rest(fakeOrg(), 'POST', '/composite', {
        body: {
          allOrNone: true,
          compositeRequest: [
            { method: 'POST', url: '/services/data/v62.0/sobjects/EmailMessage', referenceId: 'email', body: { Subject: 'Re: hi', Status: '3', ToIds: [maya().Id] } },
            { method: 'POST', url: '/services/data/v62.0/sobjects/EmailMessageRelation', referenceId: 'from', body: { EmailMessageId: '@{email.id}', RelationType: 'FromAddress', ...relation } },
          ],
        },
      });

    expect((await compose({ RelationId: org.userId })).status).toBe(200);
    const [email] = org.records.all('EmailMessage');
    const relations = org.records.all('EmailMessageRelation').filter((row) => row.EmailMessageId === email?.Id);
    expect(relations.map((row) => [row.RelationType, row.RelationId, row.RelationObjectType, row.RelationAddress]).sort()).toEqual([
      ['FromAddress', org.userId, 'User', user?.Email],
      ['ToAddress', maya().Id, 'Contact', maya().Email],
    ]);

    await compose({ RelationId: maya().Id, RelationType: 'ReplyTo' });
    expect(org.records.all('EmailMessage')).toHaveLength(1);
    expect(org.records.all('EmailMessageRelation')).toHaveLength(2);
  });

  it('pointed at someone else takes their kind and address; its type stays as created', async () => {
    const messageId = await logEmail({ ToIds: [maya().Id] });
    const [relation] = fakeOrg().org.records.all('EmailMessageRelation');
    const moved = await rest(fakeOrg(), 'PATCH', `/sobjects/EmailMessageRelation/${relation?.Id}`, { body: { RelationId: lead().Id } });
    expect(moved.status).toBe(204);
    expect(fakeOrg().org.records.get(String(relation?.Id))).toMatchObject({
      EmailMessageId: messageId, RelationId: lead().Id, RelationObjectType: 'Lead', RelationAddress: lead().Email, RelationType: 'ToAddress',
    });
    const retyped = await rest(fakeOrg(), 'PATCH', `/sobjects/EmailMessageRelation/${relation?.Id}`, { body: { RelationType: 'CcAddress' } });
    expect(retyped.body).toMatchObject([{ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['RelationType'] }]);
  });

  it('refuses a relation type Salesforce does not know, and one without a type', async () => {
    const messageId = await logEmail({});
    const unknown = await rest(fakeOrg(), 'POST', '/sobjects/EmailMessageRelation', { body: { EmailMessageId: messageId, RelationId: maya().Id, RelationType: 'ReplyTo' } });
    expect(unknown.body).toMatchObject([{ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['RelationType'] }]);
    const untyped = await rest(fakeOrg(), 'POST', '/sobjects/EmailMessageRelation', { body: { EmailMessageId: messageId, RelationId: maya().Id } });
    expect(untyped.body).toMatchObject([{ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['RelationType'] }]);
  });

  it('is as unknown inside a semi-join as anywhere when the user may not query it', async () => {
    const { org } = fakeOrg();
    const relation = org.metadata.describe('EmailMessageRelation');
    if (!relation) throw new Error('the fake org has no EmailMessageRelation');
    org.metadata.define({ ...relation, queryable: false });

    const { status, body } = await query(`SELECT Id FROM EmailMessage WHERE Id IN (SELECT EmailMessageId FROM EmailMessageRelation WHERE RelationId = '${maya().Id}')`);
    expect(status).toBe(400);
    expect(body).toMatchObject([{ errorCode: 'INVALID_TYPE', message: expect.stringContaining("sObject type 'EmailMessageRelation' is not supported") as unknown }]);
  });
});
