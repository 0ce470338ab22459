// xml2js ships no types; this is the one function the browser shim re-exports.
declare module 'xml2js/lib/parser' {
  export function parseStringPromise(xml: string, options?: Record<string, unknown>): Promise<unknown>;
}
