import { useId } from 'react';
import { subjectHandle, subjectKey, type Subject } from './subject';
import './matching.css';

export interface ParticipantSwitcherProps {
  readonly participants: readonly Subject[];
  readonly selectedKey: string | undefined;
  readonly onSelect: (key: string) => void;
}

function optionLabel(subject: Subject): string {
  const handle = subjectHandle(subject);
  return subject.name && subject.name !== handle ? `${subject.name} (${handle})` : handle;
}

/** Which participant of the conversation the panel shows; only there when there is a choice to make. */
export function ParticipantSwitcher({ participants, selectedKey, onSelect }: ParticipantSwitcherProps) {
  const id = useId();
  const [first] = participants;
  if (!first || participants.length < 2) return null;
  return (
    <div className="matching-switcher">
      <label htmlFor={id} className="matching-switcher-label">
        Show person
      </label>
      <select id={id} className="matching-switcher-select" value={selectedKey ?? subjectKey(first)} onChange={(event) => onSelect(event.target.value)}>
        {participants.map((participant) => {
          const key = subjectKey(participant);
          return (
            <option key={key} value={key}>
              {optionLabel(participant)}
            </option>
          );
        })}
      </select>
    </div>
  );
}
