// Modules made at build time by our Vite plugins.
declare module 'virtual:pseudo-catalogue' {
  import type { Catalogue } from '../common/i18n';
  const catalogue: Catalogue;
  export default catalogue;
}
