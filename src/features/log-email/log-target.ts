/** The record emails are logged to: a person (Contact, Lead) or a record (Account, Opportunity). */
export interface LogTarget {
  readonly sobject: string;
  readonly id: string;
  /** Shown under the screen's title so the agent sees where the emails will go. */
  readonly name: string;
  /** A person's email addresses: they tell whether the person sent a message or received it (and in which list). */
  readonly emails?: readonly string[];
}

const PEOPLE = new Set(['Contact', 'Lead']);
const RECORDS = new Set(['Account', 'Opportunity']);

/** People are linked to a logged email as recipients (Who); other records as what it is about (What). */
export function isPersonTarget(target: Pick<LogTarget, 'sobject'>): boolean {
  return PEOPLE.has(target.sobject);
}

/**
 * Whether a card offers "Log email". A person's card offers it only when that person takes part in the
 * conversation (see personTakesPart): logging someone else's emails to them would misfile the history.
 */
export function canLogEmailTo(sobject: string, personTakesPartInConversation = false): boolean {
  if (PEOPLE.has(sobject)) return personTakesPartInConversation;
  return RECORDS.has(sobject);
}
