// Last line of defence for "no channel ever returns a secret": walks a
// response and asks whether any string in it (value or key) is a registered
// secret. The vault decides what a secret is; this only looks.

/** Deep enough for any snapshot we send; deeper means a bug, treated as a hit. */
const MAX_DEPTH = 32;

export function containsSecret(value: unknown, isSecret: (value: string) => boolean): boolean {
  const seen = new WeakSet<object>();
  const visit = (node: unknown, depth: number): boolean => {
    if (typeof node === 'string') return isSecret(node);
    if (typeof node !== 'object' || node === null) return false;
    if (seen.has(node)) return false;
    if (depth > MAX_DEPTH) return true;
    seen.add(node);
    if (node instanceof Map) {
      for (const [key, item] of node) if (visit(key, depth + 1) || visit(item, depth + 1)) return true;
      return false;
    }
    if (node instanceof Set) {
      for (const item of node) if (visit(item, depth + 1)) return true;
      return false;
    }
    for (const [key, item] of Object.entries(node)) {
      if (isSecret(key) || visit(item, depth + 1)) return true;
    }
    return false;
  };
  return visit(value, 0);
}
