import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../testing/app.ts';
import { operationsOf } from './api-docs.ts';
import { fixture } from '../../testing/fixture.ts';

describe('API docs page', () => {
  const t = fixture(() => testApp());

  it('flattens an OpenAPI document into operations with typed parameters, sorted by path', () => {
    const ops = operationsOf({
      paths: {
        '/api/v1/b': { post: { summary: 'Make b', tags: ['B'] } },
        '/api/v1/a/{id}': {
          get: {
            summary: 'One a',
            tags: ['A'],
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
              { name: 'lang', in: 'query', schema: { enum: ['de', 'en'] } },
            ],
          },
        },
      },
    });
    assert.deepEqual(
      ops.map((o) => `${o.method} ${o.path}`),
      ['GET /api/v1/a/{id}', 'POST /api/v1/b'],
    );
    assert.deepEqual(ops[0]?.parameters, [
      { name: 'id', in: 'path', required: true, type: 'string (uuid)', description: undefined },
      { name: 'lang', in: 'query', required: false, type: 'de | en', description: undefined },
    ]);
  });

  it('lists every operation of the served OpenAPI document, without any script', async () => {
    const doc = (await t().app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    assert.ok(Object.keys(doc.paths).length > 0, 'the directory API is documented');
    const res = await t().app.inject({ method: 'GET', url: '/api/docs', headers: { 'accept-language': 'de' } });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.match(res.body, /href="\/api\/openapi.json"/);
    assert.doesNotMatch(res.body, /<script/);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        const esc = path.replace(/[{}]/g, (c) => `\\${c}`);
        assert.match(res.body, new RegExp(`${method.toUpperCase()}</span> <code>${esc}</code>`));
      }
    }
  });

  it('is also served under a language prefix, in that language', async () => {
    const ar = await t().app.inject({ method: 'GET', url: '/ar/api/docs' });
    assert.equal(ar.statusCode, 200);
    assert.match(ar.body, /<html lang="ar" dir="rtl">/);
    assert.equal((await t().app.inject({ method: 'GET', url: '/xx/api/docs' })).statusCode, 404);
  });
});
