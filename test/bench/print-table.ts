import { HARD_BUDGETS, SOFT_BUDGETS, type BenchResults } from './bench-budgets';

const BUDGETS: Readonly<Record<string, number>> = { ...HARD_BUDGETS, ...SOFT_BUDGETS };

/** The figures, their budgets and whether each is met, as a table in the test output. */
export function printTable(results: BenchResults): void {
  const rows = Object.entries(BUDGETS).map(([metric, budget]) => {
    const value = results[metric as keyof BenchResults];
    const kind = metric in HARD_BUDGETS ? 'hard' : 'report';
    const verdict = Number.isNaN(value) ? 'not measured' : value <= budget ? 'ok' : 'OVER';
    return { metric, value, budget, kind, verdict };
  });
  console.table(rows);
}
