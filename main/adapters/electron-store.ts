// Production store factory: electron-store, which imports electron at load
// time and so only runs inside Electron. Services get this function injected.
import ElectronStore, { type Options } from 'electron-store';
import type { OpenStore } from '../services/local-store';

// The cast is only about `defaults`: conf types it as DefaultsOf<T>, which a
// generic T cannot be shown to satisfy; for a concrete T it is just T.
export const openElectronStore: OpenStore = (options) => new ElectronStore(options as Options<typeof options.defaults>);
