import { c, displaySelect, type OrderBy, type SObjectDescribe, soql, type SoqlQuery } from '../../salesforce';
import type { DescribeMap } from './describe-queries';
import { customChildRelationships } from './panel-describes';

/** The fields a card of this object shows (the layouts feature's choice, passed in by the app). */
export type LayoutFor = (describe: SObjectDescribe) => readonly string[];

/** A related list requested with its parent: the child relationship it comes through and its heading. */
export interface RelatedSpec {
  readonly relationshipName: string;
  readonly sobject: string;
  readonly label: string;
  /** How many records the list shows; its subquery asks for one more, to tell whether Salesforce holds more. */
  readonly shown: number;
}

interface ChildList {
  readonly childSObject: string;
  /** The child's lookup to the parent, which tells apart two relationships to the same object. */
  readonly field: string;
  /** Only records whose IsClosed is false. */
  readonly openOnly?: boolean;
  readonly labelPrefix?: string;
  readonly order: OrderBy;
  readonly limit: number;
}

const NEWEST_FIRST: OrderBy = { field: 'CreatedDate', direction: 'DESC' };
const openCases = (field: string): ChildList => ({ childSObject: 'Case', field, openOnly: true, labelPrefix: 'Open', order: NEWEST_FIRST, limit: 10 });
const RECENT_TASKS: ChildList = {
  childSObject: 'Task', field: 'WhoId', labelPrefix: 'Recent', order: { field: 'ActivityDate', direction: 'DESC', nulls: 'LAST' }, limit: 5,
};
const NOTES: ChildList = { childSObject: 'Note', field: 'ParentId', order: NEWEST_FIRST, limit: 5 };
const OPEN_OPPORTUNITIES: ChildList = {
  childSObject: 'Opportunity', field: 'AccountId', openOnly: true, labelPrefix: 'Open', order: { field: 'CloseDate', direction: 'ASC' }, limit: 10,
};
const CUSTOM_CHILD_LIMIT = 10;

const STANDARD_LISTS: Readonly<Record<string, readonly ChildList[]>> = {
  Contact: [openCases('ContactId'), RECENT_TASKS, NOTES],
  Lead: [RECENT_TASKS, NOTES],
  Account: [OPEN_OPPORTUNITIES, openCases('AccountId')],
};

const hasField = (describe: SObjectDescribe, name: string) => describe.fields.some((field) => field.name === name);

interface Resolved {
  readonly spec: RelatedSpec;
  readonly query: SoqlQuery;
}

function standardList(parent: SObjectDescribe, list: ChildList, describes: DescribeMap, layoutFor: LayoutFor): Resolved | undefined {
  const child = describes[list.childSObject];
  const relationship = parent.childRelationships.find((item) => item.childSObject === list.childSObject && item.field === list.field);
  const relationshipName = relationship?.relationshipName;
  if (!child || !relationshipName || (list.openOnly && !hasField(child, 'IsClosed'))) return undefined;
  const order = hasField(child, list.order.field) ? list.order : NEWEST_FIRST;
  let query = soql.select(displaySelect(child, layoutFor(child))).from(relationshipName);
  if (list.openOnly) query = query.where(c.eq('IsClosed', false));
  query = query.orderBy(order.field, order.direction, order.nulls).limit(list.limit + 1);
  const label = list.labelPrefix ? `${list.labelPrefix} ${child.labelPlural}` : child.labelPlural;
  return { spec: { relationshipName, sobject: child.name, label, shown: list.limit }, query };
}

function customLists(parent: SObjectDescribe, describes: DescribeMap, layoutFor: LayoutFor): Resolved[] {
  return customChildRelationships(parent).flatMap(({ childSObject, relationshipName }) => {
    const child = describes[childSObject];
    if (!child) return [];
    const query = soql
      .select(displaySelect(child, layoutFor(child)))
      .from(relationshipName)
      .orderBy(NEWEST_FIRST.field, NEWEST_FIRST.direction)
      .limit(CUSTOM_CHILD_LIMIT + 1);
    return [{ spec: { relationshipName, sobject: child.name, label: child.labelPlural, shown: CUSTOM_CHILD_LIMIT }, query }];
  });
}

/** The child subqueries a parent's query carries (open cases, recent tasks, notes, custom children…). */
export function relatedLists(parent: SObjectDescribe, describes: DescribeMap, layoutFor: LayoutFor): { subqueries: SoqlQuery[]; related: RelatedSpec[] } {
  const standard = (STANDARD_LISTS[parent.name] ?? []).flatMap((list) => standardList(parent, list, describes, layoutFor) ?? []);
  const lists = [...standard, ...customLists(parent, describes, layoutFor)];
  return { subqueries: lists.map((list) => list.query), related: lists.map((list) => list.spec) };
}
