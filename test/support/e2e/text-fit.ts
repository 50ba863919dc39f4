// Whether every piece of text fits where it is shown: what a longer language
// (German runs about a third longer than English) or a taller script breaks
// first. Text is clipped when its element hides what overflows it (overflow
// hidden or clip, or an ellipsis) and its content is wider or taller than its
// box, or when it pokes out of the window.
import type { Page } from 'playwright-core';

export interface ClippedText {
  text: string;
  why: string;
}

export async function clippedTexts(page: Page): Promise<ClippedText[]> {
  return page.evaluate(() => {
    const found: { text: string; why: string }[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (own === '' || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      // Text offered only to screen readers is clipped to a pixel on purpose.
      if (el.closest('.visually-hidden, .sr-only, [class*="visually-hidden"]')) continue;
      const text = own.slice(0, 80);
      const hides = (value: string): boolean => value === 'hidden' || value === 'clip';
      if ((hides(style.overflowX) || style.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1) found.push({ text, why: `${el.scrollWidth}px of text in ${el.clientWidth}px` });
      else if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) found.push({ text, why: `${el.scrollHeight}px tall in ${el.clientHeight}px` });
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 || box.left < -0.5) found.push({ text, why: `outside the window (${Math.round(box.left)}–${Math.round(box.right)} of ${width}px)` });
    }
    return found;
  });
}
