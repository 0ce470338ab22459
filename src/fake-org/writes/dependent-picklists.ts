import { ApiFault } from '../api-fault';
import type { SObjectDescribe } from '../metadata/describe-types';
import { controllerIndex, isValidFor, picklistParts } from '../store/picklist-rules';

/**
 * Refuses a dependent picklist value its controlling field does not allow (e.g. Subcategory 'Refund'
 * under Category 'Hardware'), checking only the fields this save touches, directly or through the controller.
 */
export function checkDependentPicklists(describe: SObjectDescribe, record: Record<string, unknown>, changed: Record<string, unknown>): void {
  for (const field of describe.fields) {
    if (!field.dependentPicklist || !field.controllerName) continue;
    if (!(field.name in changed) && !(field.controllerName in changed)) continue;
    const value = record[field.name];
    const controller = describe.fields.find((f) => f.name === field.controllerName);
    if (typeof value !== 'string' || value === '' || !controller) continue;
    const index = controllerIndex(controller, record[controller.name]);
    for (const part of picklistParts(field, value)) {
      const entry = field.picklistValues.find((candidate) => candidate.value === part);
      if (!entry || !isValidFor(entry.validFor, index)) {
        throw new ApiFault(400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${part}`, [field.name]);
      }
    }
  }
}
