/** Purely decorative: the busy state itself is carried by aria-busy / text. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
