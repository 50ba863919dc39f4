import { useAppStore } from './app-store';

/** Demo data must never pass for real balances: a label on every surface. */
export function DemoBadge() {
  const demo = useAppStore((s) => s.snapshot?.demo ?? false);
  if (!demo) return null;
  return (
    <span className="demo-badge" data-testid="demo-badge">
      Demo data
    </span>
  );
}
