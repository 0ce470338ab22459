/** The demo org's fault scenarios, selected with ?scenario= (the plugin's demo mode reads the same parameter). */
export const SCENARIOS = [
  { value: '', label: 'Normal' },
  { value: 'expired-session', label: 'Expired session' },
  { value: 'api-limit', label: 'API limit' },
  { value: 'slow', label: 'Slow network' },
  { value: 'api-disabled', label: 'API disabled' },
] as const;
