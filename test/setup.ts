// Shared vitest setup. Per-suite msw servers are started by the suites themselves (see test/support).
// DOM suites (`// @vitest-environment jsdom`) get jest-dom's matchers and a clean DOM after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
