import { SCENARIOS } from './scenarios';

interface DevHostToolbarProps {
  readonly isAdmin: boolean;
  readonly onAdminChange: (isAdmin: boolean) => void;
  readonly sidebarHidden: boolean;
  readonly onSidebarHiddenChange: (hidden: boolean) => void;
  readonly scenario: string;
  readonly onScenarioChange: (scenario: string) => void;
  readonly onClearSelection: () => void;
}

export function DevHostToolbar(props: DevHostToolbarProps) {
  return (
    <header className="dev-host-toolbar">
      <h1>Front demo inbox</h1>
      <label>
        <input type="checkbox" checked={props.isAdmin} onChange={(event) => props.onAdminChange(event.target.checked)} />
        Teammate is admin
      </label>
      <label>
        <input type="checkbox" checked={props.sidebarHidden} onChange={(event) => props.onSidebarHiddenChange(event.target.checked)} />
        Hide sidebar
      </label>
      <label>
        Scenario
        <select value={props.scenario} onChange={(event) => props.onScenarioChange(event.target.value)}>
          {SCENARIOS.map((scenario) => (
            <option key={scenario.value} value={scenario.value}>
              {scenario.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onClearSelection}>
        Clear selection
      </button>
    </header>
  );
}
