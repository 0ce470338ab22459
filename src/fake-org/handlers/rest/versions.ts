// GET /services/data: the versions this org serves. The fake org answers every version from 50.0
// (Winter '21) to 66.0, so a client pinned to any of them works.
const SEASONS = ['Winter', 'Spring', 'Summer'];

export const MIN_API_VERSION = 50;
export const MAX_API_VERSION = 66;

export function versionsBody(): Array<{ label: string; url: string; version: string }> {
  const versions = [];
  for (let major = MIN_API_VERSION; major <= MAX_API_VERSION; major++) {
    const index = major - MIN_API_VERSION;
    const label = `${SEASONS[index % 3]} '${21 + Math.floor(index / 3)}`;
    versions.push({ label, url: `/services/data/v${major}.0`, version: `${major}.0` });
  }
  return versions;
}

export function isServedVersion(version: string): boolean {
  const major = Number(version.split('.')[0]);
  return /^\d+\.\d$/.test(version) && major >= MIN_API_VERSION && major <= MAX_API_VERSION;
}
