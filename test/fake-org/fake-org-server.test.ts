import 'jsforce/api/soap';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from 'jsforce/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../src/fake-org/seed';
import { startFakeOrgServer, type RunningFakeOrg } from '../../src/fake-org/server/start-server';

// The fake org over real HTTP, driven by the real jsforce exactly as it would drive a real org.
describe('npm run fake-org: a real HTTP server for any client', () => {
  let running: RunningFakeOrg;
  let conn: Connection;

  beforeAll(async () => {
    running = await startFakeOrgServer({ port: 0, token: 'server-test-token' });
    conn = new Connection({ instanceUrl: running.instanceUrl, accessToken: running.accessToken, version: '62.0' });
  });
  afterAll(() => running.close());

  it('describes, queries and searches', async () => {
    const describe = await conn.sobject('Contact').describe();
    expect(describe.fields.find((f) => f.name === 'Email')?.type).toBe('email');
    const result = await conn.query<{ Name: string }>(`SELECT Name FROM Contact WHERE Email = '${SEED_PEOPLE.rich.email.toUpperCase()}'`);
    expect(result.records.map((r) => r.Name)).toEqual([`${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`]);
    const found = await conn.search('FIND {4155550134} IN PHONE FIELDS RETURNING Contact(Name)');
    expect(found.searchRecords.map((r) => (r as { Name?: string }).Name)).toContain(`${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`);
  });

  it('creates and updates, with 412 for a stale If-Unmodified-Since', async () => {
    const created = await conn.sobject('Lead').create({ LastName: 'Server', Company: 'HTTP Inc', Email: 'server@http.example' });
    expect(created.success).toBe(true);
    const id = created.id!;
    const loadedAt = running.org.now();
    running.org.advanceClock(2_000);
    await conn.sobject('Lead').update({ Id: id, Title: 'Changed elsewhere' });
    const stale = conn.request({
      method: 'PATCH',
      url: `/services/data/v62.0/sobjects/Lead/${id}`,
      body: JSON.stringify({ Title: 'Mine' }),
      headers: { 'Content-Type': 'application/json', 'If-Unmodified-Since': loadedAt.toUTCString() },
    });
    await expect(stale).rejects.toMatchObject({ errorCode: 'PRECONDITION_FAILED' });
    expect(running.org.records.get(id)?.Title).toBe('Changed elsewhere');
  });

  it('converts a lead over SOAP', async () => {
    const lead = running.org.records.all('Lead').find((l) => l.IsConverted === false && l.Company)!;
    const [result] = await conn.soap.convertLead([{ leadId: lead.Id, convertedStatus: 'Closed - Converted', doNotCreateOpportunity: true }]);
    expect(result?.success).toBe(true);
    expect(running.org.records.get(lead.Id)).toMatchObject({ IsConverted: true, ConvertedContactId: result?.contactId });
  });
});

describe('the fake-org command', () => {
  it('prints its instance URL and token, loads FAKE_ORG_SEED, and serves jsforce', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-org-seed-'));
    const seedFile = join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({
      records: {
        Account: [{ ref: 'acme', Name: 'Seeded Acme', Website: 'https://acme.example' }],
        Contact: [{ LastName: 'Lovelace', Email: 'ada@acme.example', AccountId: '@acme' }],
      },
    }));
    const child = spawn('node', ['--import', 'tsx', 'src/fake-org/server/cli.ts', '--port', '0', '--token', 'cli-token'], {
      env: { ...process.env, FAKE_ORG_SEED: seedFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('Press Ctrl+C')) resolve(text);
        });
        child.on('exit', (code) => reject(new Error(`fake-org exited with ${code}`)));
      });
      const instanceUrl = /instance URL:\s+(\S+)/.exec(output)?.[1];
      expect(instanceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(output).toMatch(/access token:\s+cli-token/);
      const conn = new Connection({ instanceUrl, accessToken: 'cli-token', version: '62.0' });
      const contacts = await conn.query<{ Email: string; Account: { Name: string } }>('SELECT Email, Account.Name FROM Contact');
      expect(contacts.records.map((c) => [c.Email, c.Account.Name])).toEqual([['ada@acme.example', 'Seeded Acme']]);
    } finally {
      child.kill();
    }
  }, 30_000);
});
