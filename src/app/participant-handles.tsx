import { createContext, useContext } from 'react';

/**
 * The email addresses and phone numbers of everyone outside the team in the open conversation: a person's card
 * offers "Log email" only when that person takes part in it.
 */
export const ParticipantHandles = createContext<readonly string[]>([]);

export const useParticipantHandles = () => useContext(ParticipantHandles);
