import { sqliteUnderTest } from '../helpers/storesUnderTest.ts';
import { describeAccessStore } from './accessStoreContract.ts';

describeAccessStore('SQLite', sqliteUnderTest);
