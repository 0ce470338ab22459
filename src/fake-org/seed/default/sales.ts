import type { SeedRecord } from '../seed-format';
import type { SeedCalendar } from './calendar';

type OpportunityRow = [key: string, account: string, name: string, stage: string, amount: number, closeInDays: number, nextStep: string | null];

// Open deals close in the future and closed ones in the past, relative to the seed's "today".
const OPPORTUNITIES: OpportunityRow[] = [
  ['acme.expansion', 'acme', 'Acme Robotics - Warehouse Fleet Expansion', 'Negotiation/Review', 185_000, 21, 'Legal review of MSA redlines'],
  ['acme.support', 'acme', 'Acme Robotics - Premium Support Renewal', 'Proposal/Price Quote', 42_000, 45, 'Send revised quote'],
  ['acme.pilot', 'acme', 'Acme Robotics - Pilot Program', 'Closed Won', 60_000, -120, null],
  ['brightwave', 'brightwave', 'Brightwave Media - Studio Licences', 'Value Proposition', 28_000, 30, 'Demo for the editing team'],
  ['cobalt.compliance', 'cobalt', 'Cobalt Financial - Compliance Platform', 'Qualification', 350_000, 75, 'Security questionnaire'],
  ['cobalt.residency', 'cobalt', 'Cobalt Financial - Data Residency Add-on', 'Closed Lost', 90_000, -40, null],
  ['driftwood.wifi', 'driftwood', 'Driftwood Hotels - Guest Wi-Fi Rollout', 'Closed Won', 74_000, -200, null],
  ['driftwood.spa', 'driftwood', 'Driftwood Hotels - Spa Booking Integration', 'Needs Analysis', 18_500, 40, 'Scope call with the spa manager'],
  ['evergreen', 'evergreen', 'Evergreen Energy - Grid Monitoring', 'Id. Decision Makers', 120_000, 60, 'Meet the co-op board'],
  ['fjord', 'fjord', 'Fjord Shipping - Port Telemetry', 'Perception Analysis', 210_000, 35, 'Pilot results review'],
  ['granite', 'granite', 'Granite Peak - Site Safety Sensors', 'Prospecting', 45_000, 90, null],
  ['helix', 'helix', 'Helix Biotherapeutics - Lab Automation', 'Closed Lost', 156_000, -15, null],
  ['juniper', 'juniper', 'Juniper Telecom - Reseller Agreement', 'Closed Won', 98_000, -60, null],
  ['kestrel', 'kestrel', 'Kestrel Advisory - Analytics Workshop', 'Proposal/Price Quote', 24_000, 14, 'Confirm workshop dates'],
  ['mueller', 'mueller', 'Müller Maschinenbau - Predictive Maintenance', 'Negotiation/Review', 132_000, 10, 'Final pricing approval'],
  ['nimbus', 'nimbus', 'Nimbus Cloud - Technology Partnership', 'Value Proposition', 15_000, 50, null],
  ['orchard', 'orchard', 'Orchard Fresh Foods - Cold Chain Tracking', 'Closed Won', 67_000, -90, null],
  ['pinnacle', 'pinnacle', 'Pinnacle Outfitters - POS Upgrade', 'Qualification', 53_000, 65, 'Identify budget owner'],
  ['sakura', 'sakura', 'Sakura Trading - Customs Automation', 'Needs Analysis', 88_000, 55, 'Requirements workshop in Tokyo'],
  ['solera', 'solera', 'Solera Consultores - Consulting Partnership', 'Prospecting', 12_000, 100, null],
];

/** Opportunity refs are "opp.<key>"; probability and closed/won flags follow the stage. */
export function opportunities(cal: SeedCalendar): SeedRecord[] {
  return OPPORTUNITIES.map(([key, account, name, stage, amount, closeInDays, nextStep], index) => ({
    ref: `opp.${key}`,
    AccountId: `@acct.${account}`,
    Name: name,
    StageName: stage,
    Amount: amount,
    CloseDate: cal.day(closeInDays),
    NextStep: nextStep,
    Type: index % 3 === 0 ? 'Existing Customer - Upgrade' : 'New Customer',
    LeadSource: index % 2 === 0 ? 'Web' : 'Partner Referral',
    OwnerId: index % 4 === 3 ? '@user.avery' : '@user.jordan',
  }));
}

type RoleRow = [opportunity: string, contact: string, role: string, primary: boolean];

const ROLES: RoleRow[] = [
  ['acme.expansion', 'maya', 'Decision Maker', true],
  ['acme.expansion', 'ravi', 'Economic Buyer', false],
  ['acme.expansion', 'elena', 'Technical Buyer', false],
  ['acme.support', 'maya', 'Business User', true],
  ['acme.pilot', 'maya', 'Executive Sponsor', true],
  ['brightwave', 'sam', 'Decision Maker', true],
  ['cobalt.compliance', 'henry', 'Economic Decision Maker', true],
  ['cobalt.compliance', 'aisha', 'Evaluator', false],
  ['evergreen', 'grace', 'Decision Maker', true],
  ['kestrel', 'sean', 'Decision Maker', true],
  ['mueller', 'zoe', 'Decision Maker', true],
  ['mueller', 'juergen', 'Technical Buyer', false],
  ['orchard', 'rosa', 'Economic Buyer', true],
  ['sakura', 'misaki', 'Influencer', true],
];

export function opportunityContactRoles(): SeedRecord[] {
  return ROLES.map(([opportunity, contact, role, primary]) => ({
    OpportunityId: `@opp.${opportunity}`,
    ContactId: `@contact.${contact}`,
    Role: role,
    IsPrimary: primary,
  }));
}
