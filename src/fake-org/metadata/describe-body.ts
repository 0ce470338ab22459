import type { SObjectDescribe } from './describe-types';

const VERSIONED_PATH = /\/services\/data\/v\d+\.\d+\//g;

/** '62.0' or 'v62.0' → 'v62.0'. */
function versionSegment(apiVersion: string): string {
  return apiVersion.startsWith('v') ? apiVersion : `v${apiVersion}`;
}

/** Points every REST link in a urls map at the requested API version (UI links are left alone). */
export function urlsForVersion(urls: Record<string, string>, apiVersion: string): Record<string, string> {
  const segment = `/services/data/${versionSegment(apiVersion)}/`;
  return Object.fromEntries(Object.entries(urls).map(([key, url]) => [key, url.replace(VERSIONED_PATH, segment)]));
}

/**
 * The describe as GET /services/data/vNN.N/sobjects/{T}/describe returns it: the stored describe
 * with its links (object urls and each record type's layout link) rewritten for the version asked.
 * The stored describe is not modified.
 */
export function describeBody(describe: SObjectDescribe, apiVersion: string): SObjectDescribe {
  const recordTypeInfos = (describe.recordTypeInfos as Record<string, unknown>[] | undefined)?.map((info) => ({
    ...info,
    urls: urlsForVersion((info.urls ?? {}) as Record<string, string>, apiVersion),
  }));
  return { ...describe, recordTypeInfos, urls: urlsForVersion(describe.urls, apiVersion) };
}
