import type { Scenario } from '../app/demo/scenarios';

// Typed by the plugin's own scenario names, so a new fault cannot be missing from the dev host's menu.
const LABELS: Record<Scenario, string> = {
  normal: 'Normal',
  'expired-session': 'Expired session',
  'api-limit': 'API limit',
  slow: 'Slow network',
  'api-disabled': 'API disabled',
  'wide-object': '800-field object',
};

/** The demo org's fault scenarios, selected with ?scenario= (the plugin's demo mode reads the same parameter). */
export const SCENARIOS = Object.entries(LABELS).map(([value, label]) => ({ value: value === 'normal' ? '' : value, label }));
