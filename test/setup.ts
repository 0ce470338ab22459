// Shared vitest setup. Per-suite msw servers are started by the suites themselves (see test/support).
export {};
