import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { parseForm } from './forms.ts';

const schema = z.object({
  name: z.string().min(2).max(10),
  email: z.email().optional(),
  size: z.coerce.number().int().min(1).max(9),
  kind: z.enum(['flat', 'room']),
  tags: z.array(z.string()).min(1),
  password: z.string().min(12, { error: 'auth.passwordTooShort' }).optional(),
});

test('a valid form gives typed data; blanks count as absent; values keep what was typed', () => {
  const r = parseForm(schema, { _csrf: 't', name: '  Ada ', email: '', size: '3', kind: 'flat', tags: ['a', 'b'] });
  assert.ok(r.ok);
  assert.deepEqual(r.data, { name: 'Ada', size: 3, kind: 'flat', tags: ['a', 'b'] });
  assert.equal(r.values.name, '  Ada ');
  assert.equal(r.values._csrf, 't');
});

test('each field gets one generic message key with values', () => {
  const r = parseForm(schema, { name: 'A', email: 'no', size: '42', kind: 'castle', password: 'short' });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(r.errors, {
    name: { key: 'validation.tooShort', values: { min: 2 } },
    email: { key: 'validation.email' },
    size: { key: 'validation.tooLarge', values: { max: 9 } },
    kind: { key: 'validation.choice' },
    tags: { key: 'validation.required' },
    password: { key: 'auth.passwordTooShort' },
  });
  assert.equal(r.values.kind, 'castle');
});

test('required fields left blank or missing say "required"; too long and too small are named', () => {
  const r = parseForm(schema, { name: '   ', size: '0', kind: 'room', tags: [] });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(r.errors.name, { key: 'validation.required' });
  assert.deepEqual(r.errors.size, { key: 'validation.tooSmall', values: { min: 1 } });
  assert.deepEqual(r.errors.tags, { key: 'validation.required' });
  const long = parseForm(schema, { name: 'x'.repeat(11), size: '1', kind: 'room', tags: 'a' });
  assert.equal(long.ok, false);
  if (!long.ok) assert.deepEqual(long.errors.name, { key: 'validation.tooLong', values: { max: 10 } });
});

test('hostile bodies do not throw: nothing, a string, nested objects, numbers', () => {
  for (const body of [undefined, null, 'name=x', 42, { name: { $ne: 1 } }, { name: ['a', 3, {}] }]) {
    const r = parseForm(schema, body);
    assert.equal(r.ok, false);
  }
  const r = parseForm(z.object({ tags: z.array(z.string()) }), { tags: ['a', 3, {}, 'b'] });
  assert.ok(r.ok);
  assert.deepEqual(r.data.tags, ['a', 'b']);
});

test('a schema-level refinement lands on _form', () => {
  const s = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a !== v.b, { error: 'form.mustDiffer' });
  const r = parseForm(s, { a: 'x', b: 'x' });
  assert.equal(r.ok, false);
  if (!r.ok) assert.deepEqual(r.errors, { _form: { key: 'form.mustDiffer' } });
});
