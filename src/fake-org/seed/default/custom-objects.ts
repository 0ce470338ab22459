import type { SeedRecord } from '../seed-format';
import type { SeedCalendar } from './calendar';

type RequestRow = [account: string, name: string, priority: string, category: string, subcategory: string, status: string, dueInDays: number, description: string];

// Subcategory must be one the Category allows (Subcategory__c is a dependent picklist).
const SERVICE_REQUESTS: RequestRow[] = [
  ['acme', 'SR-1001 Replace monitor in the control room', 'High', 'Hardware', 'Monitor', 'In Progress', 3, 'The 32" wall display flickers.'],
  ['acme', 'SR-1002 Licence true-up', 'Medium', 'Software', 'Licence', 'New', 14, 'Twelve new operators need seats.'],
  ['acme', 'SR-1003 Refund duplicate shipping fee', 'Low', 'Billing', 'Refund', 'Closed', -10, 'Shipping was charged twice on order 7781.'],
  ['driftwood', 'SR-1004 Laptop for the front desk', 'Medium', 'Hardware', 'Laptop', 'New', 7, 'Replacement for the damaged check-in laptop.'],
  ['mueller', 'SR-1005 Software-Installation Leitstand', 'High', 'Software', 'Install', 'In Progress', 2, 'Installation auf drei Leitstand-PCs.'],
  ['kestrel', 'SR-1006 Invoice copy for Q4', 'Low', 'Billing', 'Invoice', 'New', 5, 'Needs a PDF copy for the auditors.'],
  ['cobalt', 'SR-1007 CSV export drops the last row', 'High', 'Software', 'Bug', 'New', 1, 'Reproducible with any report over 1,000 rows.'],
];

export function serviceRequests(cal: SeedCalendar): SeedRecord[] {
  return SERVICE_REQUESTS.map(([account, name, priority, category, subcategory, status, dueInDays, description]) => ({
    Name: name,
    Account__c: `@acct.${account}`,
    Priority__c: priority,
    Category__c: category,
    Subcategory__c: subcategory,
    Status__c: status,
    Due_Date__c: cal.day(dueInDays),
    Description__c: description,
  }));
}

type PlanRow = [contact: string, name: string, tier: string, renewalInDays: number, seats: number, active: boolean];

const SUPPORT_PLANS: PlanRow[] = [
  ['maya', 'Acme Robotics Gold Support', 'Gold', 45, 250, true],
  ['sean', 'Kestrel Silver Support', 'Silver', 120, 20, true],
  ['zoe', 'Müller Bronze Support', 'Bronze', -30, 10, false],
  ['henry', 'Cobalt Gold Support', 'Gold', 200, 500, true],
  ['misaki', 'Sakura Silver Support', 'Silver', 60, 35, true],
  ['rebecca', 'Freelancer Bronze Support', 'Bronze', 10, 1, true],
];

export function supportPlans(cal: SeedCalendar): SeedRecord[] {
  return SUPPORT_PLANS.map(([contact, name, tier, renewalInDays, seats, active]) => ({
    Contact__c: `@contact.${contact}`,
    Name: name,
    Tier__c: tier,
    Renewal_Date__c: cal.day(renewalInDays),
    Seats__c: seats,
    Active__c: active,
  }));
}

const WIDGETS: [account: string, name: string, serial: string][] = [
  ['acme', 'Widget Alpha', 'WX-0001'],
  ['acme', 'Widget Beta', 'WX-0002'],
  ['fjord', 'Widget Gamma', 'WX-0003'],
  ['mueller', 'Widget Delta', 'WX-0004'],
];

/** Records of a managed package's object, which the product must ignore even though they hang off Accounts. */
export function widgets(): SeedRecord[] {
  return WIDGETS.map(([account, name, serial]) => ({ acme__Account__c: `@acct.${account}`, Name: name, acme__Serial__c: serial }));
}
