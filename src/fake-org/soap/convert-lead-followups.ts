import type { FakeOrg } from '../org';

// What conversion does beyond the three records: the contact becomes the new opportunity's primary
// contact role, and the lead's activities and notes move to the contact (and account or opportunity).

export function addPrimaryContactRole(org: FakeOrg, opportunityId: string, contactId: string, userId: string): void {
  const describe = org.metadata.describe('OpportunityContactRole');
  if (!describe) return;
  org.insertTrusted(describe.name, { OpportunityId: opportunityId, ContactId: contactId, IsPrimary: true }, userId);
}

export function transferLeadChildren(
  org: FakeOrg,
  leadId: string,
  target: { contactId: string; whatId: string },
  userId: string,
): void {
  for (const task of org.records.all('Task')) {
    if (task.WhoId !== leadId) continue;
    const whatId = typeof task.WhatId === 'string' && task.WhatId !== '' ? task.WhatId : target.whatId;
    org.updateTrusted(task.Id, { WhoId: target.contactId, WhatId: whatId }, userId);
  }
  for (const note of org.records.all('Note')) {
    if (note.ParentId === leadId) org.updateTrusted(note.Id, { ParentId: target.contactId }, userId);
  }
}
