// What the sidebar may spend, per the quality-gates issue. Call counts, flashes and bytes are hard budgets (CI
// fails on them: they come out the same on any machine). Times are reported against their budgets without failing
// a run, since shared CI machines are noisy. A new sender's p95 is meant to become hard (it is what agents wait
// for on every new conversation), but it is still over budget on these machines: most of the excess is the
// demo's stand-ins (the dev host's render, msw's service worker, the fake org's SOQL), which the demo's move to an
// in-process org will change, so it is reported until then rather than failing every run.
export const INJECTED_LATENCY_MS = 200;
/** One round trip to Salesforce plus 50 ms of our own work. */
const ONE_ROUND_TRIP_MS = INJECTED_LATENCY_MS + 50;

export const HARD_BUDGETS = {
  apiCallsPerNewSender: 1,
  apiCallsPerRevisit: 0,
  apiCallsWhileHidden: 0,
  describePayloadsAfterWarm: 0,
  staleSenderFlashes: 0,
  initialJsGzipBytes: 250 * 1024,
} as const;

export const SOFT_BUDGETS = {
  firstRecordMsP50: ONE_ROUND_TRIP_MS,
  firstRecordMsP95: ONE_ROUND_TRIP_MS,
  firstRecordNewSenderMsP50: ONE_ROUND_TRIP_MS,
  /** From the click on a conversation whose sender the session hasn't shown yet to their first card. */
  firstRecordNewSenderMsP95: ONE_ROUND_TRIP_MS,
  settings800FieldsMs: 100,
} as const;

export type BenchResults = Record<keyof typeof HARD_BUDGETS | keyof typeof SOFT_BUDGETS, number> & {
  firstRecordSamples: number;
  firstRecordNewSenderSamples: number;
};
