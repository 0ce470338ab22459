import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { fieldLabel, type SObjectDescribe } from '../../salesforce';
import { moveItem } from './reorder';

export interface ChosenFieldsProps {
  readonly describe: SObjectDescribe;
  readonly fields: readonly string[];
  readonly onChange: (fields: readonly string[]) => void;
}

type Control = 'up' | 'down' | 'remove';

/**
 * The card's fields in order. Reordered by dragging a row, or from the keyboard with each row's Move up / Move
 * down buttons; every move is announced, and focus stays on the button that made it so moves can repeat.
 */
export function ChosenFields({ describe, fields, onChange }: ChosenFieldsProps) {
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string>();
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string>(undefined);
  const labelOf = (name: string) => {
    const field = describe.fields.find((candidate) => candidate.name === name);
    return field ? fieldLabel(field) : name;
  };

  useEffect(() => {
    if (!focusNext.current) return;
    controls.current.get(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const move = (name: string, to: number, control?: Control) => {
    const from = fields.indexOf(name);
    if (from < 0 || to < 0 || to >= fields.length || to === from) return;
    onChange(moveItem(fields, from, to));
    if (control) focusNext.current = `${name}:${control}`;
    setAnnouncement(`${labelOf(name)} moved to position ${to + 1} of ${fields.length}.`);
  };

  const remove = (name: string) => {
    const index = fields.indexOf(name);
    const neighbour = fields[index + 1] ?? fields[index - 1];
    onChange(fields.filter((field) => field !== name));
    if (neighbour) focusNext.current = `${neighbour}:remove`;
    setAnnouncement(`${labelOf(name)} removed from the card.`);
  };

  const dropOn = (event: DragEvent, target: string) => {
    event.preventDefault();
    if (dragged) move(dragged, fields.indexOf(target));
    setDragged(undefined);
  };

  const button = (name: string, control: Control, label: string, symbol: string, onClick: () => void, atEdge = false) => (
    <button
      type="button"
      className="layouts-icon-button"
      aria-label={label}
      aria-disabled={atEdge || undefined}
      ref={(element) => {
        if (element) controls.current.set(`${name}:${control}`, element);
        else controls.current.delete(`${name}:${control}`);
      }}
      onClick={onClick}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );

  return (
    <section className="layouts-section" aria-labelledby={headingId}>
      <h3 className="layouts-heading" id={headingId}>
        Shown on the card
      </h3>
      {fields.length === 0 ? (
        <p className="layouts-empty">No fields: the card shows only the record’s name. Tick fields below to add them.</p>
      ) : (
        <ol className="layouts-chosen" aria-labelledby={headingId}>
          {fields.map((name, index) => (
            <li
              key={name}
              className={name === dragged ? 'layouts-chosen-item layouts-chosen-item-dragged' : 'layouts-chosen-item'}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData('text/plain', name);
                setDragged(name);
              }}
              onDragOver={(event) => {
                if (dragged) event.preventDefault();
              }}
              onDrop={(event) => dropOn(event, name)}
              onDragEnd={() => setDragged(undefined)}
            >
              <span className="layouts-drag-handle" aria-hidden="true">⠿</span>
              <span className="layouts-chosen-label">{labelOf(name)}</span>
              {button(name, 'up', `Move ${labelOf(name)} up`, '↑', () => move(name, index - 1, 'up'), index === 0)}
              {button(name, 'down', `Move ${labelOf(name)} down`, '↓', () => move(name, index + 1, 'down'), index === fields.length - 1)}
              {button(name, 'remove', `Remove ${labelOf(name)}`, '×', () => remove(name))}
            </li>
          ))}
        </ol>
      )}
      <p className="layouts-sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}
