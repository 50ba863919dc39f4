// Tiny generated icons, so demo mode and the end-to-end suite show pictures
// without reaching CoinStats' CDN.
import { seedFrom } from './prng';

export function iconSvg(name: string): string {
  const hue = seedFrom('icon', name) % 360;
  const label = name.replace(/[^a-z0-9]/gi, '').slice(0, 2).toUpperCase() || '?';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<circle cx="32" cy="32" r="32" fill="hsl(${hue} 60% 45%)"/>` +
    `<text x="32" y="41" font-family="sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${label}</text></svg>`;
}
