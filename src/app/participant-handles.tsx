import { createContext, useContext } from 'react';

/**
 * The email addresses and phone numbers of everyone outside the team in the open conversation: a person's card
 * offers "Log email" only when that person takes part in it.
 */
export const ParticipantHandles = createContext<readonly string[]>([]);

export const useParticipantHandles = () => useContext(ParticipantHandles);

/**
 * Counts one more handle as taking part: the base address of a plus-tagged sender the agent confirmed to be the
 * person using it, so that person's card offers "Log email" like anyone's who wrote.
 */
export function AlsoTakingPart({ handle, children }: { handle: string; children: React.ReactNode }) {
  const handles = useParticipantHandles();
  return <ParticipantHandles value={[...handles, handle]}>{children}</ParticipantHandles>;
}
