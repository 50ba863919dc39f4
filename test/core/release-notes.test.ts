import { describe, expect, it } from 'vitest';
import { RELEASE_NOTES_MAX_LENGTH, releaseNotesText } from '../../main/core/release-notes';

describe('releaseNotesText', () => {
  it('turns GitHub release HTML into plain lines with bullets', () => {
    const html = '<h2>What&#39;s new</h2>\n<p>Faster <strong>sync</strong> &amp; fewer&nbsp;credits.</p><ul>\n<li>Alerts</li>\n<li>History &lt;scrub&gt;</li>\n</ul>';
    expect(releaseNotesText(html)).toBe("What's new\nFaster sync & fewer credits.\n\n• Alerts\n• History <scrub>");
  });

  it('drops scripts, styles, comments, attributes and every tag: no markup reaches a page', () => {
    const text = releaseNotesText('<script>alert(1)</script><style>p{}</style><!-- x --><img src=x onerror=alert(1)><a href="javascript:alert(1)">Link</a>');
    expect(text).toBe('Link');
  });

  it('takes a line break in HTML source for a space, as browsers do', () => {
    expect(releaseNotesText('<p>One\nsentence</p>')).toBe('One sentence');
  });

  it('keeps plain text as it is, decodes numeric entities and refuses control characters', () => {
    expect(releaseNotesText('Fixed 2 < 3 bugs\r\n- one &#x1F680; &#7;')).toBe('Fixed 2 < 3 bugs\n- one 🚀');
  });

  it('says nothing for no notes, and cuts very long ones', () => {
    expect(releaseNotesText(null)).toBe('');
    expect(releaseNotesText('')).toBe('');
    const long = releaseNotesText('a'.repeat(RELEASE_NOTES_MAX_LENGTH * 2));
    expect(long).toHaveLength(RELEASE_NOTES_MAX_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
