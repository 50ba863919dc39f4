// What main shows that is not drawn from each snapshot, and so must be told
// when the language changes: the application menu (Electron keeps the menu it
// was given, words included) and the details window's title. The tray needs
// no telling: it is re-worded from every snapshot (controllers/tray-controller.ts).
import { currentLanguage, t, type UiLanguage } from '../../common/i18n';
import type { AppSnapshot } from '../../common/types';
import { appMenuSpec, type AppMenuActions } from '../controllers/app-menu';
import type { WindowPort } from '../ports';
import type { AppDeps } from './app-types';

export interface LanguageFollowersOptions {
  deps: Pick<AppDeps, 'setAppMenu' | 'detailsWindow' | 'system'>;
  menuActions: AppMenuActions;
}

export type LanguageFollowers = ReturnType<typeof createLanguageFollowers>;

export function createLanguageFollowers({ deps, menuActions }: LanguageFollowersOptions) {
  let worded: UiLanguage | null = null;

  const titleDetails = (window: WindowPort): void => window.setTitle(t('windows.detailsTitle'));

  /** Words everything in main's current language. */
  const reword = (): void => {
    worded = currentLanguage();
    // Electron's default menu binds CmdOrCtrl+R to reloading the page: ours is set before any window shows.
    deps.setAppMenu?.(appMenuSpec(menuActions, deps.system.platform));
    const details = deps.detailsWindow();
    if (details && !details.isDestroyed()) titleDetails(details);
  };

  return {
    /** At construction, in the language main starts in (the OS's until the settings are read). */
    start: reword,
    /** Every snapshot published: a language other than the one last worded re-words the menu and titles. */
    observe(snapshot: AppSnapshot): void {
      if (snapshot.language !== worded) reword();
    },
    /** A details window just created gets its title in the language of the moment. */
    windowCreated: titleDetails,
  };
}
