import type { DetailsTab } from '../../../common/contract';
import { run } from '../shared/app-store';

export function openDetails(tab?: DetailsTab): void {
  void run('openDetails', 'openDetails', tab ? { tab } : undefined);
}
