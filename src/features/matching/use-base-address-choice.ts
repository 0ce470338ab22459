import type { RecordBundle, SenderPanel } from './sender-panel';
import { subjectKey } from './subject';
import { useRememberedChoice } from './use-person-choice';

// Stored where a chosen person's id would be; no Salesforce id (15 or 18 characters) can read like this.
const DECLINED = 'declined';

export interface BaseAddressChoice {
  /** The people to ask the agent about, until they confirm one or decline them all. */
  readonly asking?: SenderPanel['baseMatch'];
  /** The person the agent confirmed the sender to be. */
  readonly confirmed?: RecordBundle;
  /** The people the agent said the sender is none of. */
  readonly declined?: SenderPanel['baseMatch'];
  readonly confirm: (id: string) => void;
  readonly decline: () => void;
  /** Forget the answer, to be asked again. */
  readonly reconsider: () => void;
}

/**
 * The agent's answer to "is this sender the person using their address without its +tag?", remembered per
 * org and handle like the chooser's choice (and under the same key: either way it says who the handle is).
 */
export function useBaseAddressChoice(orgKey: string, panel: SenderPanel): BaseAddressChoice {
  const [stored, choose, clear] = useRememberedChoice(orgKey, subjectKey(panel.subject));
  const match = panel.baseMatch;
  const confirmed = match?.people.find((person) => String(person.record.Id) === stored);
  const declined = stored === DECLINED;
  return {
    ...(match && !confirmed && !declined && { asking: match }),
    ...(confirmed && { confirmed }),
    ...(match && declined && { declined: match }),
    confirm: choose,
    decline: () => choose(DECLINED),
    reconsider: clear,
  };
}
