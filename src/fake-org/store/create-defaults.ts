import type { SObjectDescribe } from '../metadata/describe-types';
import { defaultPicklistValue } from './picklist-rules';

// Salesforce's standard stage settings (Setup > Opportunity Stages): probability and forecast category
// follow the stage unless a value is given.
const STAGES: Record<string, { probability: number; forecast: string; closed: boolean; won: boolean }> = {
  Prospecting: { probability: 10, forecast: 'Pipeline', closed: false, won: false },
  Qualification: { probability: 10, forecast: 'Pipeline', closed: false, won: false },
  'Needs Analysis': { probability: 20, forecast: 'Pipeline', closed: false, won: false },
  'Value Proposition': { probability: 50, forecast: 'Pipeline', closed: false, won: false },
  'Id. Decision Makers': { probability: 60, forecast: 'Pipeline', closed: false, won: false },
  'Perception Analysis': { probability: 70, forecast: 'Pipeline', closed: false, won: false },
  'Proposal/Price Quote': { probability: 75, forecast: 'Pipeline', closed: false, won: false },
  'Negotiation/Review': { probability: 90, forecast: 'Pipeline', closed: false, won: false },
  'Closed Won': { probability: 100, forecast: 'Closed', closed: true, won: true },
  'Closed Lost': { probability: 0, forecast: 'Omitted', closed: true, won: false },
};

// The closed statuses of the standard CaseStatus and TaskStatus settings.
const CLOSED_STATUS: Record<string, string> = { case: 'Closed', task: 'Completed' };

function derived(describe: SObjectDescribe, fields: Record<string, unknown>): Record<string, unknown> {
  const object = describe.name.toLowerCase();
  if (object === 'opportunity' && typeof fields.StageName === 'string') {
    const stage = STAGES[fields.StageName];
    if (!stage) return {};
    return { Probability: stage.probability, ForecastCategoryName: stage.forecast, IsClosed: stage.closed, IsWon: stage.won };
  }
  const out: Record<string, unknown> = {};
  const closedStatus = CLOSED_STATUS[object];
  if (closedStatus && typeof fields.Status === 'string') out.IsClosed = fields.Status === closedStatus;
  if (object === 'task' && typeof fields.Priority === 'string') out.IsHighPriority = fields.Priority === 'High';
  return out;
}

/**
 * On update, the fields that follow a changed stage, status or priority (IsClosed, IsWon, Probability…),
 * unless the same request sets them itself.
 */
export function withFollowingFields(describe: SObjectDescribe, current: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const drivers = ['StageName', 'Status', 'Priority'];
  if (!drivers.some((name) => name in changes)) return changes;
  const following = derived(describe, { ...current, ...changes });
  const described = new Set(describe.fields.map((field) => field.name));
  const out = { ...changes };
  for (const [name, value] of Object.entries(following)) if (described.has(name) && !(name in changes)) out[name] = value;
  return out;
}

/**
 * What Salesforce fills in on create when a field is left out: values that follow a status or stage,
 * default picklist values, and false (or the described default) for checkboxes, which are never null.
 */
export function withCreateDefaults(describe: SObjectDescribe, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  const described = new Set(describe.fields.map((field) => field.name));
  for (const [name, value] of Object.entries(derived(describe, fields))) {
    if (described.has(name) && out[name] === undefined) out[name] = value;
  }
  for (const field of describe.fields) {
    if (out[field.name] !== undefined) continue;
    if (field.type === 'boolean') out[field.name] = field.defaultValue === true;
    else if (field.createable && (field.type === 'picklist' || field.type === 'multipicklist')) {
      const value = defaultPicklistValue(field);
      if (value !== undefined) out[field.name] = value;
    }
  }
  return out;
}
