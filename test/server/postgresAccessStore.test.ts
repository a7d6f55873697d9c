import { postgresUnderTest } from '../helpers/storesUnderTest.ts';
import { describeAccessStore } from './accessStoreContract.ts';

describeAccessStore('PostgreSQL', postgresUnderTest);
