import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';

// Finding 9 of the account audit: the served document referenced schemas it did not contain.

describe('OpenAPI document', () => {
  const t = fixture(() => testApp());

  it('attacker (or any client generator): every reference resolves and the document is valid OpenAPI', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json() as { components?: { schemas?: Record<string, unknown> } };
    const refs = [...res.body.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 0, 'the operations use shared schemas');
    for (const name of new Set(refs)) assert.ok(doc.components?.schemas?.[name], `components.schemas.${name}`);
    const validator = new Validator();
    const result = await validator.validate(doc);
    assert.deepEqual(result.errors ?? [], [], 'the OpenAPI schema validator finds no error');
    assert.equal(result.valid, true);
    assert.doesNotThrow(() => validator.resolveRefs(), 'every $ref resolves');
  });
});
