import { useState } from 'react';

/** An icon from CoinStats, or the symbol's initials when there is none or it fails to load (offline, CSP). */
export function CoinIcon({ src, label, size = 20 }: { src: string | null; label: string; size?: number }) {
  const [failed, setFailed] = useState(false);
  const initials = label.replace(/[^\p{L}\p{N}]/gu, '').slice(0, 2).toUpperCase() || '?';
  if (!src || failed) {
    return (
      <span className={`coin-icon coin-fallback size-${size}`} aria-hidden="true">
        {initials}
      </span>
    );
  }
  return (
    <img
      className={`coin-icon size-${size}`}
      src={src}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
