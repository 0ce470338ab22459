import { field } from '../field';
import { ownedScopes, type ObjectSpec } from '../object-describe';
import { picklist } from '../picklist';
import { LEAD_SOURCES } from '../shared-picklists';
import {
  auditFields, descriptionField, idField, isDeletedField, lastActivityField, lastViewedFields, ownerField,
} from '../standard-fields';

/** The standard sales process: open stages first, then the two closed ones. */
export const OPPORTUNITY_STAGES = [
  'Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Perception Analysis',
  'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost',
] as const;

// Field list and flags from the recorded Opportunity describe (describe-Opportunity-vxx-cumulusci.json),
// minus the Campaign, Pricebook and OpportunityHistory lookups (objects this org does not model).
export function opportunitySpec(): ObjectSpec {
  return {
    name: 'Opportunity', label: 'Opportunity', labelPlural: 'Opportunities', keyPrefix: '006',
    flags: { deepCloneable: true },
    supportedScopes: ownedScopes('opportunities'),
    fields: [
      idField('Opportunity ID'),
      isDeletedField(),
      field({ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], child: { relationshipName: 'Opportunities', cascadeDelete: true } }),
      field({ name: 'IsPrivate', label: 'Private', type: 'boolean', permissionable: true }),
      field({ name: 'Name', label: 'Name', type: 'string', required: true, idLookup: true, length: 120, nameField: true }),
      descriptionField(),
      field({ name: 'StageName', label: 'Stage', type: 'picklist', required: true, picklistValues: picklist(OPPORTUNITY_STAGES) }),
      field({ name: 'Amount', label: 'Amount', type: 'currency' }),
      field({ name: 'Probability', label: 'Probability (%)', type: 'percent', defaultedOnCreate: true }),
      field({ name: 'ExpectedRevenue', label: 'Expected Amount', type: 'currency', readOnly: true, permissionable: true }),
      field({ name: 'TotalOpportunityQuantity', label: 'Quantity', type: 'double', scale: 2 }),
      field({ name: 'CloseDate', label: 'Close Date', type: 'date', required: true }),
      field({
        name: 'Type', label: 'Opportunity Type', type: 'picklist',
        picklistValues: picklist(['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer']),
      }),
      field({ name: 'NextStep', label: 'Next Step', type: 'string' }),
      field({ name: 'LeadSource', label: 'Lead Source', type: 'picklist', picklistValues: picklist(LEAD_SOURCES) }),
      field({ name: 'IsClosed', label: 'Closed', type: 'boolean', readOnly: true }),
      field({ name: 'IsWon', label: 'Won', type: 'boolean', readOnly: true }),
      field({
        name: 'ForecastCategory', label: 'Forecast Category', type: 'picklist', readOnly: true, required: true, length: 40, restrictedPicklist: true,
        picklistValues: picklist(['Omitted', 'Pipeline', ['BestCase', 'Best Case'], ['MostLikely', 'Most Likely'], ['Forecast', 'Commit'], 'Closed']),
      }),
      field({
        name: 'ForecastCategoryName', label: 'Forecast Category', type: 'picklist', defaultedOnCreate: true, permissionable: false, restrictedPicklist: true,
        picklistValues: picklist(['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed']),
      }),
      field({ name: 'HasOpportunityLineItem', label: 'Has Line Item', type: 'boolean', readOnly: true }),
      ownerField(),
      ...auditFields(),
      lastActivityField(),
      field({ name: 'LastStageChangeDate', label: 'Last Stage Change Date', type: 'datetime', readOnly: true }),
      field({ name: 'FiscalQuarter', label: 'Fiscal Quarter', type: 'int', readOnly: true, compoundFieldName: 'Fiscal', digits: 8 }),
      field({ name: 'FiscalYear', label: 'Fiscal Year', type: 'int', readOnly: true, compoundFieldName: 'Fiscal', digits: 8 }),
      field({ name: 'Fiscal', label: 'Fiscal Period', type: 'string', readOnly: true, byteLength: 6, length: 6 }),
      field({
        name: 'ContactId', label: 'Contact ID', type: 'reference', updateable: false, permissionable: false, referenceTo: ['Contact'],
        relationshipName: null, searchPrefilterable: false, child: { relationshipName: 'Opportunities' },
      }),
      ...lastViewedFields(),
      field({ name: 'HasOpenActivity', label: 'Has Open Activity', type: 'boolean', readOnly: true, filterable: false, sortable: false }),
      field({ name: 'HasOverdueTask', label: 'Has Overdue Task', type: 'boolean', readOnly: true, filterable: false, sortable: false }),
    ],
  };
}
