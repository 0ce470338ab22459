import { ApiFault } from '../api-fault';

// The org's custom validation rules, as an admin would have set them up in Setup. They fire on
// create and update with the merged record, like Salesforce's before-save evaluation.
interface ValidationRule {
  sobject: string;
  field: string;
  message: string;
  violated: (record: Record<string, unknown>) => boolean;
}

const RULES: ValidationRule[] = [
  {
    sobject: 'opportunity',
    field: 'Amount',
    message: 'Amount cannot be negative.',
    violated: (r) => typeof r.Amount === 'number' && r.Amount < 0,
  },
  {
    sobject: 'account_service_request__c',
    field: 'Due_Date__c',
    message: 'A closed service request cannot have a due date in the future.',
    violated: (r) => r.Status__c === 'Closed' && typeof r.Due_Date__c === 'string' && r.Due_Date__c > new Date().toISOString().slice(0, 10),
  },
];

export function checkValidationRules(sobject: string, record: Record<string, unknown>): void {
  const rule = RULES.find((r) => r.sobject === sobject.toLowerCase() && r.violated(record));
  if (rule) throw new ApiFault(400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION', rule.message, [rule.field]);
}
