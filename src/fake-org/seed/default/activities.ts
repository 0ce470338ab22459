import type { SeedRecord } from '../seed-format';
import type { SeedCalendar } from './calendar';

type TaskRow = [who: string, what: string | null, subject: string, subtype: string, status: string, dueInDays: number, description: string | null];

// "who" is a contact.* or lead.* ref; Leads never have a "what" (Salesforce forbids WhatId with a Lead WhoId).
const TASKS: TaskRow[] = [
  ['contact.maya', 'case.maya.calibration', 'Call Maya about the calibration case', 'Call', 'Completed', -3, 'Walked through the rollback steps.'],
  ['contact.maya', 'opp.acme.expansion', 'Email: Fleet expansion proposal', 'Email', 'Completed', -6, 'Hi Maya,\n\nAttached is the proposal for the 40-unit expansion.\n\nBest,\nJordan'],
  ['contact.maya', 'opp.acme.expansion', 'Send revised quote', 'Task', 'Not Started', 2, null],
  ['contact.maya', 'opp.acme.support', 'Email: Re: Premium support renewal terms', 'Email', 'Completed', -12, 'Confirmed 24/7 coverage is included in the Gold tier.'],
  ['contact.maya', 'acct.acme', 'Quarterly business review', 'Task', 'In Progress', 9, 'Agenda: uptime, open cases, expansion timeline.'],
  ['contact.sam', 'opp.brightwave', 'Email: Studio licence pricing', 'Email', 'Completed', -4, 'Sent the volume pricing sheet.'],
  ['lead.sam', null, 'Follow up on webinar signup', 'Task', 'Not Started', 1, null],
  ['contact.sean', 'case.sean.vat', 'Call about the VAT number on the invoice', 'Call', 'Completed', -1, null],
  ['contact.zoe', 'opp.mueller', 'Email: Angebot Predictive Maintenance', 'Email', 'Completed', -8, 'Angebot als PDF gesendet.'],
  ['contact.henry', 'opp.cobalt.compliance', 'Prepare compliance demo', 'Task', 'In Progress', 5, null],
  ['lead.lukasz', null, 'Intro call', 'Call', 'Not Started', 3, null],
  ['lead.tom', null, 'Email: Quote request for deck materials', 'Email', 'Completed', -1, 'Asked for a quote on composite decking.'],
  ['lead.derek', null, 'Left a voicemail', 'Call', 'Completed', -5, null],
  ['contact.misaki', 'opp.sakura', 'Email: Customs automation scoping', 'Email', 'Completed', -10, null],
  ['contact.ingrid', 'case.ingrid.telemetry', 'Escalation call with engineering', 'Call', 'Waiting on someone else', 0, null],
  ['contact.carmen', 'case.carmen.wifi', 'Site visit - east wing', 'Task', 'Deferred', 14, null],
  ['contact.priya', 'acct.nimbus', 'Send the partner onboarding kit', 'Task', 'Completed', -20, null],
  ['contact.rosa', 'acct.orchard', 'Renewal check-in', 'Task', 'Not Started', 30, null],
  ['contact.grace', 'opp.evergreen', 'Kickoff meeting notes', 'Task', 'Completed', -25, 'Board meets monthly; next meeting decides the budget.'],
  ['contact.rebecca', null, 'Email: Asset download links', 'Email', 'Completed', -1, null],
  ['contact.jose', 'acct.solera', 'Llamada de seguimiento', 'Call', 'Completed', -7, null],
  ['lead.mia', null, 'Email: Intro to dental scheduling', 'Email', 'Completed', -2, null],
  ['lead.hana', null, 'Schedule a demo', 'Task', 'Not Started', 4, null],
];

/** Tasks, some of them logged emails (TaskSubtype Email), created when they happened or a few days before they are due. */
export function tasks(cal: SeedCalendar): SeedRecord[] {
  return TASKS.map(([who, what, subject, subtype, status, dueInDays, description], index) => ({
    WhoId: `@${who}`,
    WhatId: what ? `@${what}` : null,
    Subject: subject,
    TaskSubtype: subtype,
    Status: status,
    Priority: index % 5 === 2 ? 'High' : 'Normal',
    ActivityDate: cal.day(dueInDays),
    Description: description,
    OwnerId: who.startsWith('lead.') ? '@user.ines' : '@user.jordan',
    CreatedDate: cal.at(dueInDays > 0 ? -3 : dueInDays, 10 + (index % 7)),
  }));
}

type NoteRow = [parent: string, title: string, body: string, daysAgo: number];

const NOTES: NoteRow[] = [
  ['contact.maya', 'Who decides', 'Maya decides on the fleet expansion; Ravi signs POs over $50k. Prefers email before 10am PT.', 14],
  ['contact.maya', 'Firmware concerns', 'Raised calibration drift on 4.2 twice. Engineering promised a fix in 4.2.3.', 5],
  ['contact.sean', 'Billing contact', 'Invoices go to the accounts team; always quote the PO number.', 20],
  ['contact.zoe', 'Sprache', 'Prefers German for written communication; English is fine on calls.', 40],
  ['contact.misaki', 'Time zone', 'JST. Best call slot: 5pm Pacific.', 12],
  ['lead.sam', 'Webinar attendee', 'Signed up for the March webinar with the same address as the Brightwave contact.', 9],
  ['lead.lukasz', 'Referral', 'Referred by Fiona MacLeod at Kestrel Advisory.', 3],
  ['lead.tom', 'Small business', 'Sole trader; interested in the starter plan.', 1],
  // Note bodies are untrusted text: this one must show its markup as text, never render it.
  ['lead.derek', 'Pasted from email', '<b>Urgent</b>: call back before <i>Friday</i> <script>alert("x")</script> & ask for the roofing quote', 5],
];

export function notes(cal: SeedCalendar): SeedRecord[] {
  return NOTES.map(([parent, title, body, daysAgo]) => ({
    ParentId: `@${parent}`,
    Title: title,
    Body: body,
    IsPrivate: false,
    CreatedDate: cal.at(-daysAgo, 11),
  }));
}
