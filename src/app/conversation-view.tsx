import { useState } from 'react';
import { ParticipantSwitcher, subjectHandle, subjectKey, useParticipants } from '../features/matching';
import { useHost, type HostContext } from '../host';
import { ParticipantHandles } from './participant-handles';
import { SubjectView } from './subject-view';

type SingleConversation = Extract<HostContext, { type: 'singleConversation' }>;

/** The people of one conversation: the main recipient first, others one switch away. */
export function ConversationView({ context, instanceUrl }: { context: SingleConversation; instanceUrl: string }) {
  const host = useHost();
  const { participants } = useParticipants(host, context);
  const [selectedKey, setSelectedKey] = useState<string>();
  const selected = participants.find((participant) => subjectKey(participant) === selectedKey) ?? participants[0];

  if (!selected) {
    return <p className="app-message">No one outside your team takes part in this conversation.</p>;
  }
  return (
    <ParticipantHandles value={participants.map(subjectHandle)}>
      <ParticipantSwitcher participants={participants} selectedKey={subjectKey(selected)} onSelect={setSelectedKey} />
      <SubjectView key={subjectKey(selected)} subject={selected} instanceUrl={instanceUrl} />
    </ParticipantHandles>
  );
}
