import type { SoMotCuaDatabase } from '../../src/data/database.ts';

/** Dexie's DBCore middleware, as the database takes it (tests do not import dexie themselves). */
type DbCoreMiddleware = Parameters<SoMotCuaDatabase['use']>[0];

/** A DBCore layer (the boundary under every Dexie table) that fails the next write to `table` once, as the browser would. */
export function failNextWrite(table: string, error: () => Error): DbCoreMiddleware {
  let armed = true;
  return {
    stack: 'dbcore',
    name: `fail-next-write-${table}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (request) => {
            if (armed && name === table) {
              armed = false;
              return Promise.reject(error());
            }
            return inner.mutate(request);
          },
        };
      },
    }),
  };
}
