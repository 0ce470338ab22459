import { useId } from 'react';

/** Whose layout the settings screen edits: my own fields ("Save"), or the company's ("Save for all"). */
export type LayoutScope = 'mine' | 'company';

const SCOPES: readonly { readonly scope: LayoutScope; readonly title: string; readonly hint: string }[] = [
  { scope: 'mine', title: 'Your fields', hint: 'Save keeps these fields for you, on top of the company layout.' },
  {
    scope: 'company',
    title: 'Company layout',
    hint: 'Save for all sets these fields for everyone; teammates keep the fields they added for themselves.',
  },
];

interface LayoutScopePickerProps {
  /** Only Front admins may set the company layout; everyone else edits only their own fields. */
  readonly isAdmin: boolean;
  readonly scope: LayoutScope;
  readonly onChange: (scope: LayoutScope) => void;
}

/** Says whose layout is being edited; an admin switches between their own fields and the company layout. */
export function LayoutScopePicker({ isAdmin, scope, onChange }: LayoutScopePickerProps) {
  const name = useId();
  const hintId = useId();
  const current = SCOPES.find((option) => option.scope === scope) ?? SCOPES[0]!;
  if (!isAdmin) {
    return (
      <div className="layouts-scope">
        <h3 className="layouts-scope-title">{current.title}</h3>
        <p className="layouts-hint">{current.hint}</p>
      </div>
    );
  }
  return (
    <div className="layouts-scope">
      <div className="layouts-segmented" role="radiogroup" aria-label="Layout to edit" aria-describedby={hintId}>
        {SCOPES.map((option) => (
          <label key={option.scope} className="layouts-segment">
            <input
              type="radio"
              className="layouts-segment-input"
              name={name}
              value={option.scope}
              checked={option.scope === scope}
              onChange={() => onChange(option.scope)}
            />
            {option.title}
          </label>
        ))}
      </div>
      <p className="layouts-hint" id={hintId}>
        {current.hint}
      </p>
    </div>
  );
}
