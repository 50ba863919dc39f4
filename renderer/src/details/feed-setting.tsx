// The status-bar feed: off by default; when on, where its file is (for the
// README's xbar / SwiftBar / Waybar / Polybar / PowerShell snippets) and a
// button that shows it in the file manager. Main knows the path: the window
// only asks for it and never names a file for the OS to open.
import { useEffect, useState } from 'react';
import { t } from '../../../common/i18n';
import { run, useAppStore, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { sentenceWith } from './sentence-with';
import { Toggle } from './toggle';

export function FeedSetting({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  const [path, setPath] = useState<string | null>(null);
  const revealError = useError('showFeedInFolder');
  const pathError = useError('getFeedPath');
  // The demo keeps its own folder, and so its own feed: ask again when the session changes.
  const demo = useAppStore((s) => s.snapshot?.demo ?? false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void run('getFeedPath', 'getFeedPath').then((result) => {
      if (live && result.ok) setPath(result.value.path);
    });
    return () => {
      live = false;
    };
  }, [enabled, demo]);

  return (
    <div className="feed-setting" data-testid="feed-setting">
      <Toggle
        label={t('settings.feed')}
        hint={t('settings.feedHint')}
        checked={enabled}
        onChange={onChange}
      />
      {enabled && path && (
        <p className="small feed-path">
          {sentenceWith(
            'settings.feedWrittenTo',
            'path',
            <span className="mono" data-testid="feed-path">
              {path}
            </span>,
          )}{' '}
          <button type="button" className="link-button" onClick={() => void run('showFeedInFolder', 'showFeedInFolder')}>
            {t('settings.showInFolder')}
          </button>
        </p>
      )}
      <ErrorText error={revealError ?? pathError} />
    </div>
  );
}
