import { t } from '../../../common/i18n';
import { announce, run, useAppStore, useBusy } from './app-store';

export const useDemo = (): boolean => useAppStore((s) => s.snapshot?.demo ?? false);

/** Shown where keys would be entered: demo mode runs on the double's demo keys only. */
export const demoKeysNote = (): string => t('shared.demoKeysNote');

/** Demo data must never pass for real balances: a label on every surface, and the way out next to it. */
export function DemoBadge() {
  const demo = useDemo();
  const exiting = useBusy('exitDemo');
  if (!demo) return null;
  const exit = async (): Promise<void> => {
    const result = await run('exitDemo', 'exitDemo');
    if (result.ok) announce(t('shared.demoEnded'));
  };
  return (
    <>
      <span className="demo-badge" data-testid="demo-badge">
        {t('shared.demoData')}
      </span>
      <button type="button" className="link-button exit-demo" onClick={() => void exit()} disabled={exiting} aria-busy={exiting}>
        {t('shared.exitDemo')}
      </button>
    </>
  );
}

export function DemoKeysNote({ id }: { id?: string }) {
  if (!useDemo()) return null;
  return (
    <p className="banner banner-info" id={id} data-testid="demo-keys-note">
      {demoKeysNote()}
    </p>
  );
}
