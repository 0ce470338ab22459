/**
 * The structure of a JSON value without its values: objects keep their keys in order, arrays the
 * shape of their first element, scalars (null included) collapse to 'scalar'. Two payloads with the
 * same shape have the same keys and nesting, which is what wire-format fidelity is about.
 */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : [];
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return { keys: entries.map(([key]) => key), fields: Object.fromEntries(entries.map(([key, inner]) => [key, shapeOf(inner)])) };
  }
  return 'scalar';
}
