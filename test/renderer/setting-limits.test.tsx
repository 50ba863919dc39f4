// One rule, three enforcers: for every numeric setting, the Settings tab (as
// the user types), main's IPC schema and the local store accept and refuse
// exactly the same values.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SETTING_RANGES, type Settings } from '../../common/settings';
import { requestSchemas } from '../../main/ipc/request-schemas';
import { parseSettingsPatch } from '../../main/services/settings-schema';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

type NumericSetting = keyof typeof SETTING_RANGES;

/** Where each numeric setting is typed in the details window. */
const FIELDS: Record<NumericSetting, { tab: 'settings' | 'holdings'; label: string }> = {
  freshnessMinutes: { tab: 'settings', label: 'Refresh when data is older than' },
  backgroundMinutes: { tab: 'settings', label: 'Background refresh every' },
  monthlyCreditBudget: { tab: 'settings', label: 'Monthly credit budget' },
  dustThresholdUsd: { tab: 'settings', label: 'Fold coins worth less than' },
  keyRotationDays: { tab: 'settings', label: 'Remind me to replace exchange keys after' },
};

function candidates(key: NumericSetting): number[] {
  const { min, max } = SETTING_RANGES[key];
  return [min - 1, min, min + 0.5, Math.floor((min + max) / 2), max, max + 0.5, max + 1, -0.5];
}

const ipcAccepts = (patch: Partial<Settings>): boolean => requestSchemas.updateSettings.safeParse(patch).success;
const storeAccepts = (patch: Partial<Settings>): boolean => {
  try {
    parseSettingsPatch(patch);
    return true;
  } catch {
    return false;
  }
};

async function rendererAccepts(key: NumericSetting, value: number): Promise<boolean> {
  const view = renderWindow(<DetailsApp initialTab={FIELDS[key].tab} />, { snapshot: portfolioSnapshot() });
  try {
    const input = await screen.findByLabelText(FIELDS[key].label);
    fireEvent.change(input, { target: { value: String(value) } });
    fireEvent.blur(input);
    return input.getAttribute('aria-invalid') !== 'true';
  } finally {
    view.unmount();
  }
}

describe('setting limits: the renderer, the IPC schema and the store agree', () => {
  for (const key of Object.keys(FIELDS) as NumericSetting[]) {
    it(`${key}`, async () => {
      const verdicts = [];
      for (const value of candidates(key)) {
        const patch = { [key]: value } as Partial<Settings>;
        verdicts.push({ value, renderer: await rendererAccepts(key, value), ipc: ipcAccepts(patch), store: storeAccepts(patch) });
      }
      for (const v of verdicts) expect({ ...v, ipc: v.renderer, store: v.renderer }, `value ${v.value}`).toEqual(v);
      // The boundaries themselves are allowed, and just past them is not.
      expect(verdicts.find((v) => v.value === SETTING_RANGES[key].min)?.store).toBe(true);
      expect(verdicts.find((v) => v.value === SETTING_RANGES[key].max + 1)?.store).toBe(false);
    });
  }
});
