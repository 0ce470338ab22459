import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A fresh clone has nothing beside it, so no source or test may reach outside the repository for data
// (CI's clone happens to sit next to the design notes' folder, which would hide such a read).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTSIDE = new RegExp(String.raw`\.\./(\.\./)*` + 'shared/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'spec' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

describe('the repository is self-contained', () => {
  it('reads no fixture or spec from beside the checkout', () => {
    const offenders = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'test'))]
      .filter((path) => OUTSIDE.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path));
    expect(offenders).toEqual([]);
  });
});
