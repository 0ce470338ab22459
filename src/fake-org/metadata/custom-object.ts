import type { SObjectDescribe } from './describe-types';
import { field, type FieldSpec } from './field';
import { objectDescribe, ownedScopes } from './object-describe';
import { auditFields, idField, isDeletedField, lastActivityField, lastViewedFields, ownerField } from './standard-fields';

export interface CustomObjectSpec {
  /** API name, e.g. 'Feedback__c' or 'ns__Feedback__c'. */
  name: string;
  label: string;
  labelPlural: string;
  /** Three characters; custom objects use a0…a9 / aA… prefixes. */
  keyPrefix: string;
  /** Custom fields only; the standard ones (Id, OwnerId, Name, audit…) are added like Salesforce adds them. */
  fields: FieldSpec[];
  /** "Allow Activities": adds LastActivityDate (Tasks can then point here through WhatId). */
  activities?: boolean;
}

/** A master-detail child has no owner of its own: the master's owner controls access. */
function isMasterDetailChild(fields: FieldSpec[]): boolean {
  return fields.some((f) => f.type === 'reference' && f.cascadeDelete === true);
}

/** The describe of a custom object as Salesforce builds it: system fields first, then the custom fields. */
export function makeCustomObjectDescribe(spec: CustomObjectSpec, instanceUrl: string): SObjectDescribe {
  const owned = !isMasterDetailChild(spec.fields);
  const plural = spec.labelPlural.toLowerCase();
  return objectDescribe({
    name: spec.name, label: spec.label, labelPlural: spec.labelPlural, keyPrefix: spec.keyPrefix,
    flags: { feedEnabled: false },
    supportedScopes: owned
      ? ownedScopes(plural, [{ label: `Queue owned ${plural}`, name: 'queue_owned' }, { label: `User owned ${plural}`, name: 'user_owned' }])
      : [{ label: `All ${plural}`, name: 'everything' }],
    fields: [
      idField('Record ID'),
      ...(owned ? [ownerField({ queues: true })] : []),
      isDeletedField(),
      field({ name: 'Name', label: `${spec.label} Name`, type: 'string', length: 80, defaultedOnCreate: true, idLookup: true, nameField: true }),
      ...auditFields(),
      ...(spec.activities ? [lastActivityField()] : []),
      ...lastViewedFields(),
      ...spec.fields.map((f) => field(f)),
    ],
  }, instanceUrl);
}

/** A lookup custom field; `childName` is the relationship name its parent lists (e.g. 'Service_Requests__r'). */
export function lookupField(name: string, label: string, target: string, childName: string): FieldSpec {
  return { name, label, type: 'reference', referenceTo: [target], child: { relationshipName: childName } };
}

/**
 * A master-detail custom field: required, set once (reparenting off), and deleting the master
 * deletes the details.
 */
export function masterDetailField(name: string, label: string, target: string, childName: string): FieldSpec {
  return {
    name, label, type: 'reference', referenceTo: [target], required: true, updateable: false, cascadeDelete: true,
    relationshipOrder: 0, child: { relationshipName: childName, cascadeDelete: true },
  };
}
