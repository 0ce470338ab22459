import { ApiUsage } from './api-usage';
import { AuthState } from './auth/auth-state';
import { noFaults, type FaultSettings } from './faults';
import { ApiFault } from './api-fault';
import type { SObjectDescribe } from './metadata/describe-types';
import { MetadataRegistry } from './metadata/metadata-registry';
import { withCreateDefaults } from './store/create-defaults';
import { RecordStore, type StoredRecord } from './store/record-store';
import { derivePersonName, stampSystemFields } from './store/system-fields';

export interface FakeOrgOptions {
  /** Where the org "lives"; REST paths are matched under it. */
  instanceUrl?: string;
  describes: SObjectDescribe[];
  /** The user the org's own writes and new tokens act as. */
  userId?: string;
  /** A fixed clock for deterministic tests; defaults to the real time. */
  now?: () => Date;
}

export const DEFAULT_INSTANCE_URL = 'https://demo.my.salesforce.com';
export const FAKE_ORG_ID = '00D5g000004ZmKtEAK';
export const DEFAULT_USER_ID = '0055g00000AdMiNAAV';

// One in-memory Salesforce org: metadata, records, tokens, fault switches and the API usage counter.
// The msw handlers are a thin wire-format layer over this object.
export class FakeOrg {
  readonly instanceUrl: string;
  readonly orgId = FAKE_ORG_ID;
  readonly metadata: MetadataRegistry;
  readonly records = new RecordStore(() => this.now());
  readonly usage = new ApiUsage();
  readonly auth = new AuthState(FAKE_ORG_ID);
  faults: FaultSettings = noFaults();
  /** Records per query page (Salesforce's default is 2000); tests lower it to exercise queryMore. */
  queryBatchSize = 2000;
  /** The most ids getUpdated/getDeleted answer before EXCEEDED_ID_LIMIT (Salesforce: 600,000); tests lower it. */
  replicationIdLimit = 600_000;
  readonly userId: string;
  private readonly clock: () => Date;
  private clockOffsetMs = 0;

  constructor(options: FakeOrgOptions) {
    this.instanceUrl = (options.instanceUrl ?? DEFAULT_INSTANCE_URL).replace(/\/$/, '');
    this.metadata = new MetadataRegistry(options.describes);
    this.userId = options.userId ?? DEFAULT_USER_ID;
    this.clock = options.now ?? (() => new Date());
  }

  now(): Date {
    return new Date(this.clock().getTime() + this.clockOffsetMs);
  }

  /** Moves the org's clock forward, e.g. so a teammate's edit lands in a later second than a load. */
  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  describeOrThrow(sobject: string): SObjectDescribe {
    const describe = this.metadata.describe(sobject);
    if (!describe) throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
    return describe;
  }

  /**
   * Writes a record without validation (seed data, convertLead's own writes after it validated),
   * filling defaults, system fields and the compound Name like Salesforce would.
   */
  insertTrusted(sobject: string, fields: Record<string, unknown>, userId = this.userId): StoredRecord {
    const describe = this.describeOrThrow(sobject);
    const withDefaults = this.#withAutoNumbers(describe, withCreateDefaults(describe, fields));
    const stamped = stampSystemFields(this.metadata, describe.name, withDefaults, { now: this.now(), userId, isNew: true });
    return this.records.insert(describe.name, describe.keyPrefix ?? 'a00', derivePersonName(describe.name, stamped));
  }

  // Auto-number fields (Case.CaseNumber) count up per field from 00001001, as a new org's do.
  readonly #autoNumbers = new Map<string, number>();

  #withAutoNumbers(describe: SObjectDescribe, fields: Record<string, unknown>): Record<string, unknown> {
    const out = { ...fields };
    for (const field of describe.fields) {
      if (!field.autoNumber || out[field.name] !== undefined) continue;
      const key = `${describe.name}.${field.name}`;
      const next = (this.#autoNumbers.get(key) ?? 1000) + 1;
      this.#autoNumbers.set(key, next);
      out[field.name] = String(next).padStart(8, '0');
    }
    return out;
  }

  updateTrusted(id: string, fields: Record<string, unknown>, userId = this.userId): StoredRecord | undefined {
    const sobject = this.records.typeOf(id);
    const current = this.records.get(id);
    if (!sobject || !current) return undefined;
    const stamped = stampSystemFields(this.metadata, sobject, fields, { now: this.now(), userId, isNew: false });
    return this.records.update(id, derivePersonName(sobject, { ...current, ...stamped }));
  }
}
