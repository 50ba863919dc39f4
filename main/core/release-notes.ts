// Release notes arrive from the update feed as HTML (GitHub renders a
// release's Markdown) or plain text. The renderer shows them as text only:
// no markup from the network ever reaches a page. Block ends become line
// breaks, list items a bullet, entities are decoded, everything else dropped.

/** The longest notes kept: a feed is not trusted to be short. */
export const RELEASE_NOTES_MAX_LENGTH = 8_000;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // A code point outside Unicode (or a control character) is not text to show.
      return code >= 0x20 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Plain text of `notes`, whatever markup they carried; '' for none. */
export function releaseNotesText(notes: string | null): string {
  if (!notes) return '';
  // In HTML a line break in the source is only a space; in plain text it is a line break.
  const html = /<[a-z!/][^>]*>/i.test(notes);
  const text = (html ? notes.replace(/\s+/g, ' ') : notes)
    // Script and style bodies are code, not notes.
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<br\s*\/?>|<\/(p|div|ul|ol|h[1-6]|pre|blockquote|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    // A stray `<` that opens no tag is left as it is, and so is plain text.
    .replace(/\r\n?/g, '\n');
  const lines = decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[\t ]+/g, ' ').trim());
  const joined = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return joined.length > RELEASE_NOTES_MAX_LENGTH ? `${joined.slice(0, RELEASE_NOTES_MAX_LENGTH - 1)}…` : joined;
}
