// The "Privacy mode" marker each window shows while figures are masked, with
// the peek key in its tooltip; it says "Peeking" while the key is held, so the
// person knows the figures on screen are real and will hide again. Not a live
// region: a peek is announced to no one.
import { t } from '../../../common/i18n';
import { peekHint, peekKeyName } from '../../../common/privacy-words';
import { useAppStore } from './app-store';
import { usePeekStore } from './use-privacy-peek';

export function PrivacyMarker() {
  const privacy = useAppStore((s) => s.snapshot?.settings.privacyMode ?? false);
  const platform = useAppStore((s) => s.snapshot?.platform ?? 'linux');
  const peeking = usePeekStore((s) => s.peeking);
  if (!privacy) return null;
  return (
    <span className="muted" data-testid="privacy-marker" title={peekHint(platform)}>
      {peeking ? t('shared.peeking', { key: peekKeyName(platform) }) : t('shared.privacyMode')}
    </span>
  );
}
