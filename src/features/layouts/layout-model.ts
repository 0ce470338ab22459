import type { FieldDescribe, SObjectDescribe } from '../../salesforce';
import { defaultLayout } from './default-layouts';

/**
 * A teammate's own changes to one object's company layout. Kept as a difference, not a copy, so the fields an
 * admin later adds for everyone still reach this teammate, and an admin's Save for all cannot take away a field
 * the teammate added.
 */
export interface ObjectChanges {
  readonly added: readonly string[];
  readonly hidden: readonly string[];
  /** Only when the teammate reordered: otherwise the company's order (and its later changes) applies. */
  readonly order?: readonly string[];
}

/** Changes per object API name. */
export type MyLayouts = Readonly<Record<string, ObjectChanges>>;

// Notes have fixed fields: the notes block shows the same ones to everyone, whatever a layout says.
const FIXED_LAYOUT_OBJECTS: ReadonlySet<string> = new Set(['Note']);

export const hasFixedLayout = (sobject: string) => FIXED_LAYOUT_OBJECTS.has(sobject);

const unique = (names: readonly string[]) => [...new Set(names)];

/**
 * The fields a card can show. Binary (base64) fields are left out: Salesforce returns them one record at a time,
 * never in the lists the panel queries.
 */
export function layoutFields(describe: SObjectDescribe): FieldDescribe[] {
  return describe.fields.filter((field) => field.type !== 'base64');
}

/** Field names a layout may hold for this object: deleted fields and fields this user can't see drop out. */
export function layoutFieldNames(describe: SObjectDescribe): ReadonlySet<string> {
  return new Set(layoutFields(describe).map((field) => field.name));
}

/** The company's fields for this object, or the product's defaults when no admin chose any. */
export function baseLayout(describe: SObjectDescribe, companyFields: readonly string[] | undefined): string[] {
  const known = layoutFieldNames(describe);
  return unique(companyFields ?? defaultLayout(describe)).filter((name) => known.has(name));
}

function withoutReorder(base: readonly string[], changes: ObjectChanges): string[] {
  const hidden = new Set(changes.hidden);
  return unique([...base, ...changes.added]).filter((name) => !hidden.has(name));
}

// The teammate's order first; fields it doesn't mention (added by an admin since) keep their place after them.
function arranged(fields: readonly string[], order: readonly string[]): string[] {
  const present = new Set(fields);
  const ordered = unique(order).filter((name) => present.has(name));
  const placed = new Set(ordered);
  return [...ordered, ...fields.filter((name) => !placed.has(name))];
}

/** What a card of this object shows: the company (or default) fields, plus mine, minus what I hid, in my order. */
export function effectiveLayout(
  describe: SObjectDescribe,
  companyFields: readonly string[] | undefined,
  mine: ObjectChanges | undefined,
): string[] {
  if (hasFixedLayout(describe.name)) return [...defaultLayout(describe)];
  const base = baseLayout(describe, companyFields);
  if (!mine) return base;
  const known = layoutFieldNames(describe);
  const fields = withoutReorder(base, mine).filter((name) => known.has(name));
  return mine.order ? arranged(fields, mine.order) : fields;
}

const sameSequence = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, index) => name === b[index]);

/** The smallest changes that turn the company layout into `chosen`; undefined when they are the same. */
export function changesFrom(
  describe: SObjectDescribe,
  companyFields: readonly string[] | undefined,
  chosen: readonly string[],
): ObjectChanges | undefined {
  const known = layoutFieldNames(describe);
  const base = baseLayout(describe, companyFields);
  const wanted = unique(chosen).filter((name) => known.has(name));
  const inBase = new Set(base);
  const inWanted = new Set(wanted);
  const added = wanted.filter((name) => !inBase.has(name));
  const hidden = base.filter((name) => !inWanted.has(name));
  const reordered = !sameSequence(withoutReorder(base, { added, hidden }), wanted);
  if (added.length === 0 && hidden.length === 0 && !reordered) return undefined;
  return reordered ? { added, hidden, order: wanted } : { added, hidden };
}

/** My layouts with one object's changes replaced (or dropped, which is what "Reset" means). */
export function withObjectChanges(mine: MyLayouts, sobject: string, changes: ObjectChanges | undefined): MyLayouts {
  const others = Object.fromEntries(Object.entries(mine).filter(([name]) => name !== sobject));
  return changes ? { ...others, [sobject]: changes } : others;
}
