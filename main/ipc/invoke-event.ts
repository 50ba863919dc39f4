// The part of Electron's IpcMainInvokeEvent the gate and the sender policy
// read, in a file of its own so neither imports the other for it.
export type InvokeEventLike = {
  sender: { id: number };
  /** `parent` is null for a top frame (as on Electron's WebFrameMain). */
  senderFrame: { url: string; parent?: object | null } | null;
};
