import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabase } from '../../testing/db.ts';
import './municipalities.ts';
import { paginate } from './paginate.ts';
import { fixture } from '../../testing/fixture.ts';

describe('paginate', () => {
  const conn = fixture(() => testDatabase());
  before(async () => {
    await conn()
      .db.insertInto('municipalities')
      .values(
        ['e', 'c', 'a', 'd', 'b'].map((x, i) => ({
          slug: `paginate-${x}`,
          ags: `0999900${i}`,
          name: x,
          district: 'Test',
        })),
      )
      .execute();
  });

  const filtered = () => conn().db.selectFrom('municipalities').where('slug', 'like', 'paginate-%');
  const names = (q: ReturnType<typeof filtered>) => q.select(['name']).orderBy('name');

  it('returns the ordered slice and the count of the whole filtered query, as a number', async () => {
    const page = await paginate(filtered(), { limit: 2, offset: 2 }, names);
    assert.deepEqual(page, { rows: [{ name: 'c' }, { name: 'd' }], total: 5 });
  });

  it('keeps the total on a page past the end, and counts only what the filter lets through', async () => {
    assert.deepEqual(await paginate(filtered(), { limit: 2, offset: 10 }, names), { rows: [], total: 5 });
    const one = filtered().where('name', '=', 'b');
    assert.deepEqual(await paginate(one, { limit: 2, offset: 0 }, names), { rows: [{ name: 'b' }], total: 1 });
  });
});
