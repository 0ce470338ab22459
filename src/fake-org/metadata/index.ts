// The fake org's metadata: real-shaped describes for every object of its model, the REST bodies
// built from them, and the pieces to define new custom objects at run time.
export { withChildRelationships } from './child-relationships';
export { lookupField, makeCustomObjectDescribe, masterDetailField, type CustomObjectSpec } from './custom-object';
export { defineCustomObject } from './define-custom-object';
export { describeBody } from './describe-body';
export { describeGlobalBody, describeGlobalEntry, type DescribeGlobalBody } from './describe-global';
export type { ChildRelationship, FieldDescribe, FieldType, PicklistEntry, SObjectDescribe } from './describe-types';
export { field, type FieldSpec } from './field';
export { junctionIdList, junctionIdLists, type JunctionIdList } from './junction-id-lists';
export { MetadataRegistry } from './metadata-registry';
export { CASE_STATUSES } from './objects/case';
export { SERVICE_REQUEST_CATEGORIES, SERVICE_REQUEST_SUBCATEGORIES } from './objects/custom-objects';
export { EMAIL_MESSAGE_STATUSES } from './objects/email-message';
export { LEAD_STATUSES } from './objects/lead';
export { OPPORTUNITY_STAGES } from './objects/opportunity';
export { TASK_STATUSES } from './objects/task';
export { dependentPicklist, encodeValidFor, picklist } from './picklist';
export { buildStandardDescribes } from './standard-describes';
