import { ApiFault } from '../api-fault';
import type { FakeOrg } from '../org';

// The standard Contact and Lead duplicate rules, reduced to what matters for a sidebar: an exact
// (case-insensitive) email match on the same object blocks the save unless the client sends
// `Sforce-Duplicate-Rule-Header: allowSave=true`.
const RULES: Record<string, string> = {
  contact: 'Standard_Contact_Duplicate_Rule',
  lead: 'Standard_Lead_Duplicate_Rule',
};

export function checkDuplicateRules(org: FakeOrg, sobject: string, record: Record<string, unknown>, headers: Headers): void {
  const rule = RULES[sobject.toLowerCase()];
  if (!rule || typeof record.Email !== 'string' || record.Email === '') return;
  if (/allowSave\s*=\s*true/i.test(headers.get('Sforce-Duplicate-Rule-Header') ?? '')) return;
  const email = record.Email.toLowerCase();
  const matches = org.records
    .all(sobject)
    .filter((other) => other.Id !== record.Id && typeof other.Email === 'string' && other.Email.toLowerCase() === email);
  if (matches.length === 0) return;
  const describe = org.describeOrThrow(sobject);
  const message = 'Use one of these records?';
  throw new ApiFault(400, 'DUPLICATES_DETECTED', message, undefined, {
    duplicateResult: {
      allowSave: true,
      duplicateRule: rule,
      duplicateRuleEntityType: describe.name,
      errorMessage: 'You\'re creating a duplicate record. We recommend you use an existing record instead.',
      matchResults: [
        {
          entityType: describe.name,
          errors: [],
          matchEngine: 'ExactMatchEngine',
          matchRecords: matches.map((match) => ({
            additionalInformation: [],
            fieldDiffs: [],
            matchConfidence: 100,
            record: { attributes: { type: describe.name, url: `/services/data/v62.0/sobjects/${describe.name}/${match.Id}` }, Id: match.Id },
          })),
          rule: `Standard_${describe.name}_Match_Rule_v1_1`,
          size: matches.length,
          success: true,
        },
      ],
    },
  });
}
