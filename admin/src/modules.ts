import type { AdminModule } from './module';
import { casesModule } from './cases';
import { peopleModule } from './people';
import { gridModule } from './grid';
import { fundsModule } from './funds';
import { dashboardModule } from './dashboard';

/** Every domain of the back office, in menu order. */
export const modules: readonly AdminModule[] = [dashboardModule, casesModule, peopleModule, gridModule, fundsModule];
