import { describe, expect, it } from 'vitest';
import { faultsFor, scenarioFromSearch } from './scenarios';

describe('demo scenarios', () => {
  it('reads ?scenario= and falls back to the happy path for anything unknown', () => {
    expect(scenarioFromSearch('?scenario=api-limit')).toBe('api-limit');
    expect(scenarioFromSearch('?x=1&scenario=slow')).toBe('slow');
    expect(scenarioFromSearch('?scenario=<script>')).toBe('normal');
    expect(scenarioFromSearch('')).toBe('normal');
  });

  it('turns each scenario into the fake org fault it names', () => {
    expect(faultsFor('expired-session')).toEqual({ expiredSession: true });
    expect(faultsFor('api-limit')).toEqual({ apiLimitExhausted: true });
    expect(faultsFor('api-disabled')).toEqual({ apiDisabled: true });
    expect(faultsFor('slow').latencyMs).toBeGreaterThanOrEqual(1000);
    expect(faultsFor('normal')).toEqual({});
  });
});
