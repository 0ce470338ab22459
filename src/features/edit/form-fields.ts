import type { FieldDescribe, SObjectDescribe } from '../../salesforce';
import { isEditable, isRequired, type FormMode } from './inputs';

const NAME_PARTS = ['Salutation', 'FirstName', 'MiddleName', 'LastName', 'Suffix'];
// Coordinates and geocode accuracy belong to the address too, but nobody types them into a sidebar.
const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country'];

function rank(order: readonly string[], name: string): number {
  const index = order.findIndex((part) => name.endsWith(part));
  return index === -1 ? order.length : index;
}

/**
 * The fields a person types for a compound field: a Contact's read-only Name is written as Salutation,
 * FirstName and LastName, a MailingAddress as its street, city… Other fields stand for themselves.
 */
export function typedParts(describe: SObjectDescribe, field: FieldDescribe): FieldDescribe[] {
  const parts = describe.fields.filter((part) => part.compoundFieldName === field.name && part.name !== field.name);
  if (parts.length === 0) return [field];
  const order = field.type === 'address' ? ADDRESS_PARTS : NAME_PARTS;
  const typed = field.type === 'address' ? parts.filter((part) => rank(order, part.name) < order.length) : parts;
  return typed.sort((a, b) => rank(order, a.name) - rank(order, b.name));
}

function byName(describe: SObjectDescribe): Map<string, FieldDescribe> {
  return new Map(describe.fields.map((field) => [field.name.toLowerCase(), field]));
}

function unique(fields: readonly FieldDescribe[]): FieldDescribe[] {
  const seen = new Set<string>();
  return fields.filter((field) => !seen.has(field.name) && seen.add(field.name));
}

/** The layout's fields as a form shows them (compounds split into what is typed), unknown names left out. */
export function layoutFormFields(describe: SObjectDescribe, layout: readonly string[]): FieldDescribe[] {
  const fields = byName(describe);
  return unique(
    layout.flatMap((name) => {
      const field = fields.get(name.toLowerCase());
      return field ? typedParts(describe, field) : [];
    }),
  );
}

function compoundOf(describe: SObjectDescribe, field: FieldDescribe): FieldDescribe | undefined {
  if (!field.compoundFieldName || field.compoundFieldName === field.name) return undefined;
  return byName(describe).get(field.compoundFieldName.toLowerCase());
}

/**
 * A create form's fields: the ones Salesforce requires first (with their compound siblings, so First Name
 * stays beside Last Name), then the layout's, then any prefilled ones, all of them createable.
 */
export function createFormFields(describe: SObjectDescribe, layout: readonly string[], prefilled: readonly string[]): FieldDescribe[] {
  const mode: FormMode = 'create';
  const fields = byName(describe);
  const required = describe.fields
    .filter((field) => isRequired(field, mode))
    .flatMap((field) => {
      const compound = compoundOf(describe, field);
      return compound ? typedParts(describe, compound) : [field];
    });
  const prefilledFields = prefilled.flatMap((name) => fields.get(name.toLowerCase()) ?? []);
  return unique([...required, ...layoutFormFields(describe, layout), ...prefilledFields]).filter((field) => isEditable(field, mode));
}
