import { withChildRelationships } from './child-relationships';
import { makeCustomObjectDescribe } from './custom-object';
import type { SObjectDescribe } from './describe-types';
import { objectDescribe } from './object-describe';
import { accountSpec } from './objects/account';
import { caseSpec } from './objects/case';
import { contactSpec } from './objects/contact';
import { contentDocumentSpec } from './objects/content-document';
import { contentDocumentLinkSpec } from './objects/content-document-link';
import { contentVersionSpec } from './objects/content-version';
import { accountServiceRequestSpec, acmeWidgetSpec, supportPlanSpec } from './objects/custom-objects';
import { emailMessageSpec } from './objects/email-message';
import { emailMessageRelationSpec } from './objects/email-message-relation';
import { leadSpec } from './objects/lead';
import { leadStatusSpec } from './objects/lead-status';
import { noteSpec } from './objects/note';
import { opportunitySpec } from './objects/opportunity';
import { opportunityContactRoleSpec } from './objects/opportunity-contact-role';
import { organizationSpec } from './objects/organization';
import { taskSpec } from './objects/task';
import { userSpec } from './objects/user';

/**
 * Every object of the fake org's model, as full real-shaped describes with child relationships
 * computed across all of them. Each call builds fresh objects, so orgs never share metadata.
 */
export function buildStandardDescribes(instanceUrl: string): SObjectDescribe[] {
  const url = instanceUrl.replace(/\/$/, '');
  const standard = [
    accountSpec(), contactSpec(), leadSpec(), opportunitySpec(), opportunityContactRoleSpec(), caseSpec(), taskSpec(),
    noteSpec(), emailMessageSpec(), emailMessageRelationSpec(), userSpec(), leadStatusSpec(), organizationSpec(),
    contentDocumentSpec(), contentVersionSpec(), contentDocumentLinkSpec(),
  ].map((spec) => objectDescribe(spec, url));
  const custom = [accountServiceRequestSpec(), supportPlanSpec(), acmeWidgetSpec()].map((spec) => makeCustomObjectDescribe(spec, url));
  return withChildRelationships([...standard, ...custom]);
}
