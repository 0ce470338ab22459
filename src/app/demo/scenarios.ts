import { z } from 'zod';
import type { FaultSettings } from '../../fake-org/faults';

// Named demo states, chosen with ?scenario= on the dev host's (or the plugin's) URL.
export const SCENARIOS = ['normal', 'expired-session', 'api-limit', 'slow', 'api-disabled', 'wide-object'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const scenarioSchema = z.enum(SCENARIOS).catch('normal');

/** An unknown or missing ?scenario= means the happy path. */
export function scenarioFromSearch(search: string): Scenario {
  return scenarioSchema.parse(new URLSearchParams(search).get('scenario') ?? 'normal');
}

// A slow mobile connection: long enough to see skeletons, short enough to click through.
const SLOW_NETWORK_LATENCY_MS = 1500;

export function faultsFor(scenario: Scenario): Partial<FaultSettings> {
  switch (scenario) {
    case 'expired-session':
      return { expiredSession: true };
    case 'api-limit':
      return { apiLimitExhausted: true };
    case 'slow':
      return { latencyMs: SLOW_NETWORK_LATENCY_MS };
    case 'api-disabled':
      return { apiDisabled: true };
    case 'normal':
    case 'wide-object':
      return {};
  }
}

/** The org's shape for a scenario: `wide-object` adds an 800-field custom object under Contact. */
export const hasWideObject = (scenario: Scenario) => scenario === 'wide-object';
