import type { SeedData } from '../seed-format';
import { seedCalendar } from './calendar';
import { accounts } from './accounts';
import { notes, tasks } from './activities';
import { cases } from './cases';
import { contacts } from './contacts';
import { serviceRequests, supportPlans, widgets } from './custom-objects';
import { leads, leadStatuses } from './leads';
import { opportunities, opportunityContactRoles } from './sales';
import { users } from './users';

export { SEED_PEOPLE } from './seed-people';

/**
 * The demo org's data: people, companies, deals, cases and activity a sidebar can show. Dates are
 * relative to `today` (open deals close ahead of it, closed ones behind), so the same call on the same
 * day always yields the same seed; pass a fixed date for fully reproducible data.
 */
export function defaultSeed(today: Date = new Date()): SeedData {
  const cal = seedCalendar(today);
  return {
    records: {
      User: users(),
      LeadStatus: leadStatuses(),
      Account: accounts(),
      Contact: contacts(),
      Lead: leads(cal),
      Opportunity: opportunities(cal),
      OpportunityContactRole: opportunityContactRoles(),
      Case: cases(cal),
      Task: tasks(cal),
      Note: notes(cal),
      Account_Service_Request__c: serviceRequests(cal),
      Support_Plan__c: supportPlans(cal),
      acme__Widget__c: widgets(),
    },
  };
}
