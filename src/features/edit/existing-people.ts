import {
  c,
  compositeQuery,
  likePattern,
  soql,
  type Condition,
  type FieldDescribe,
  type SalesforceClient,
  type SfRecord,
  type SObjectDescribe,
} from '../../salesforce';
import { phoneDigits, samePhone } from './phone-digits';
import { recordName } from './record-name';

/** A record that may be the person about to be created, and why. */
export interface ExistingRecord {
  readonly sobject: string;
  readonly id: string;
  /** Unknown when Salesforce named the match by id only and it couldn't be looked up. */
  readonly name?: string;
  readonly sameAs?: 'email' | 'phone';
}

/** The email addresses and phone numbers typed into the form. */
export interface TypedContactDetails {
  readonly emails: readonly string[];
  readonly phones: readonly string[];
}

export const PERSON_OBJECTS = ['Contact', 'Lead'] as const;
const MATCH_LIMIT = 5;

const fieldsOfType = (describe: SObjectDescribe, type: string): FieldDescribe[] =>
  describe.fields.filter((field) => field.type === type && field.filterable);

type Values = Readonly<Record<string, unknown>>;

/** The text held by the fields of one type ('email', 'phone'). */
function textValues(describe: SObjectDescribe, type: string, values: Values): string[] {
  return describe.fields.filter((field) => field.type === type).flatMap((field) => {
    const value = values[field.name];
    return typeof value === 'string' && value.trim() !== '' ? [value] : [];
  });
}

/** The emails and phones about to be saved. */
export function typedDetails(describe: SObjectDescribe, values: Values): TypedContactDetails {
  return { emails: textValues(describe, 'email', values), phones: textValues(describe, 'phone', values) };
}

/** Which of the record's email or phone fields hold what was typed. */
export function sameAs(describe: SObjectDescribe, record: Values, typed: TypedContactDetails): ExistingRecord['sameAs'] {
  const emails = typed.emails.map((email) => email.trim().toLowerCase());
  if (textValues(describe, 'email', record).some((value) => emails.includes(value.toLowerCase()))) return 'email';
  if (textValues(describe, 'phone', record).some((value) => typed.phones.some((phone) => samePhone(phone, value)))) return 'phone';
  return undefined;
}

// A phone's digits in order with anything around and between them: '(415) 555-0134' and '+1 415.555.0134' alike.
function phoneCondition(field: FieldDescribe, digits: string): Condition {
  return c.like(field.name, likePattern.wildcards([...digits].map((digit) => `%${digit}`).join('') + '%'));
}

function matchCondition(describe: SObjectDescribe, typed: TypedContactDetails): Condition | undefined {
  const emails = typed.emails.map((email) => email.trim().toLowerCase()).filter(Boolean);
  const digits = typed.phones.flatMap((phone) => phoneDigits(phone) ?? []);
  const conditions = [
    ...fieldsOfType(describe, 'email').flatMap((field) => emails.map((email) => c.eq(field.name, email))),
    ...fieldsOfType(describe, 'phone').flatMap((field) => digits.map((value) => phoneCondition(field, value))),
  ];
  return conditions.length > 0 ? c.or(...conditions) : undefined;
}

/** Id, the name and the email and phone fields: enough to say who it is and why it matches. */
export function identifyingFields(describe: SObjectDescribe): string[] {
  const nameField = describe.fields.find((field) => field.nameField)?.name ?? 'Name';
  return ['Id', nameField, ...[...fieldsOfType(describe, 'email'), ...fieldsOfType(describe, 'phone')].map((field) => field.name)];
}

function personQuery(describe: SObjectDescribe, condition: Condition) {
  const query = soql.select(identifyingFields(describe)).from(describe.name).where(condition);
  // A converted Lead lives on as the Contact it became: that Contact is the one to open.
  return (describe.name === 'Lead' ? query.where(c.eq('IsConverted', false)) : query).limit(MATCH_LIMIT);
}

/**
 * Contacts and Leads already holding a typed email (any case) or phone (any format), found in ONE API call.
 * The LIKE on digits over-matches, so each hit is confirmed here. A query Salesforce refuses is skipped:
 * this check only helps, the org's duplicate rules still guard the save.
 */
export async function findExistingPeople(
  client: SalesforceClient,
  describes: readonly SObjectDescribe[],
  typed: TypedContactDetails,
): Promise<ExistingRecord[]> {
  const planned = describes.flatMap((describe) => {
    const condition = matchCondition(describe, typed);
    return condition ? [{ describe, request: compositeQuery(describe.name, personQuery(describe, condition)) }] : [];
  });
  if (planned.length === 0) return [];
  const results = await client.composite(planned.map(({ request }) => request));
  return planned.flatMap(({ describe }, index) => {
    const result = results[index];
    const records: SfRecord[] = result?.ok ? result.body.records : [];
    return records.flatMap((record) => {
      const reason = sameAs(describe, record, typed);
      return reason ? [{ sobject: describe.name, id: String(record.Id), name: recordName(describe, record), sameAs: reason }] : [];
    });
  });
}
