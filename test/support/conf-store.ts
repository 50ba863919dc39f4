// The store factory tests use: `conf`, the engine electron-store is built on
// (same file format, schema checks and atomic writes), minus the electron import.
import Conf, { type Options } from 'conf';
import type { OpenStore } from '../../main/services/local-store';

export const openConfStore: OpenStore = (options) =>
  new Conf({
    ...(options as Options<typeof options.defaults>),
    configName: options.name,
    projectName: 'tallybar-test',
  });
