// Electron's ipcMain as the gate's IpcMainLike. The assignment is the type
// check: if Electron's IpcMain ever stops fitting, this file stops compiling.
import { ipcMain } from 'electron';
import type { IpcMainLike } from '../ipc/gate';

export const electronIpcMain: IpcMainLike = ipcMain;
