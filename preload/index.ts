// The preload: exposes exactly the contract's commands as `window.tallybar`.
// No raw ipcRenderer, no Node: every method is a named invoke, every event
// subscription returns its unsubscribe.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMANDS, EVENTS, eventChannel, invokeChannel } from '../common/contract';
import type { EventName, Events, TallybarApi } from '../common/contract';
import { buildApi } from './build-api';

const api: TallybarApi = buildApi({
  commands: COMMANDS,
  events: EVENTS,
  invoke: (command, payload) => ipcRenderer.invoke(invokeChannel(command), payload),
  subscribe: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
    const wrapped = (_event: IpcRendererEvent, payload: Events[E]): void => listener(payload);
    ipcRenderer.on(eventChannel(event), wrapped);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('tallybar', api);
