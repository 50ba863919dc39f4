// Who the app is to the OS. On Windows, toasts show only when the process's
// AppUserModelID matches the Start-menu shortcut's, and electron-builder's
// NSIS installer gives that shortcut the `appId` of electron-builder.yml
// (a test keeps the two equal).
export const APP_USER_MODEL_ID = 'app.tallybar.desktop';
