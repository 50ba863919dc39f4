// Above the Holdings grid: the filter box and its count, the dust threshold,
// and CSV export with where its file went. The line below the toolbar keeps
// its height whether it holds nothing, that confirmation or an error, so the
// grid never moves under the pointer.
import { useState, type RefObject } from 'react';
import { t } from '../../../common/i18n';
import { announce, run, useAppStore, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { DustThresholdSetting } from '../shared/dust-threshold-setting';

interface Props {
  filterRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (query: string) => void;
  /** The count beside the filter, e.g. "3 of 120 coins" while filtering. */
  countText: string;
}

export function HoldingsToolbar({ filterRef, query, onQuery, countText }: Props) {
  const exportError = useError('exportCsv');
  const revealError = useError('showExportInFolder');
  const exporting = useAppStore((s) => 'exportCsv' in s.busy);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const exportCsv = async (): Promise<void> => {
    setSavedTo(null);
    const result = await run('exportCsv', 'exportCsv');
    if (!result.ok || !result.value.saved) return;
    setSavedTo(result.value.path ?? null);
    announce(result.value.path ? t('holdings.export.announcedTo', { path: result.value.path }) : t('holdings.export.announced'));
  };

  return (
    <>
      <div className="toolbar">
        <div className="field inline">
          <label htmlFor="holdings-filter" className="visually-hidden">
            {t('holdings.filter.label')}
          </label>
          <input
            id="holdings-filter"
            ref={filterRef}
            type="search"
            placeholder={t('holdings.filter.placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => onQuery(event.target.value)}
          />
        </div>
        <span className="muted" aria-live="polite">
          {countText}
        </span>
        <span className="spacer" />
        <DustThresholdSetting
          label={(currency) => t('holdings.dustBelow', { currency })}
          onCommit={(usd) => void run('dustThreshold', 'updateSettings', { dustThresholdUsd: usd })}
        />
        <button type="button" onClick={() => void exportCsv()} disabled={exporting} aria-busy={exporting}>
          {t('holdings.export.button')}
        </button>
      </div>
      <div className="toolbar-status" data-testid="holdings-toolbar-status">
        {exportError || revealError ? (
          <ErrorText error={exportError ?? revealError} />
        ) : (
          savedTo && (
            <p className="small export-saved">
              <SavedTo path={savedTo} />{' '}
              <button type="button" className="link-button" onClick={() => void run('showExportInFolder', 'showExportInFolder')}>
                {t('holdings.export.showInFolder')}
              </button>
            </p>
          )
        )}
      </div>
    </>
  );
}

/** Stands for the path while the sentence is worded: no message contains it. */
const PATH_SLOT = '\u0000';

/** "Saved to <path>", the path set apart, wherever the language puts it in the sentence. */
function SavedTo({ path }: { path: string }) {
  const [before = '', after = ''] = t('holdings.export.savedTo', { path: PATH_SLOT }).split(PATH_SLOT);
  return (
    <>
      {before}
      <span className="mono" title={path}>
        {path}
      </span>
      {after}
    </>
  );
}
