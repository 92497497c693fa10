import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureTables } from './day.figures.ts';
import { demoContacts } from './day.seed.ts';

// The demo's contacts: the same every run, weekdays of the past ten weeks only, and months with small cells.

describe("the demo's contact figures", () => {
  const service = {
    id: 's1',
    topics: ['migration', 'residence', 'housing', 'work'],
    languages: ['de', 'uk', 'ru'],
    channels: ['in_person', 'phone'],
    slot_minutes: 45,
  };
  const now = new Date('2026-12-02T09:00:00Z');

  it('is deterministic, in the past, on weekdays', () => {
    const a = demoContacts(service, now, 7);
    assert.deepEqual(a, demoContacts(service, now, 7));
    assert.ok(a.length > 100);
    for (const c of a) {
      assert.ok(c.day < '2026-12-02' && c.day >= '2026-09-23', c.day);
      assert.ok(![0, 6].includes(new Date(`${c.day}T12:00:00Z`).getUTCDay()), c.day);
      assert.ok(service.topics.includes(c.topic));
      assert.equal(c.appointment_id, null);
    }
  });

  it('gives months with large and small cells', () => {
    const groups = demoContacts(service, now, 7).map((c) => ({
      month: Number(c.day.slice(5, 7)),
      service_id: c.service_id,
      kind: c.kind,
      topic: c.topic,
      language: c.language,
      interpreter_language: c.interpreter_language,
      channel: c.channel,
      gender: c.gender,
      age_band: c.age_band,
      n: 1,
      minutes: c.duration_minutes,
    }));
    const [table] = figureTables([{ id: 's1', title: 'MBE' }], groups, []);
    const cells = table!.rows.filter((r) => r.dimension !== 'minutes').flatMap((r) => r.months);
    assert.ok(
      cells.some((n) => n > 0 && n < 5),
      'some cells below five',
    );
    assert.ok(
      cells.some((n) => n >= 20),
      'some large cells',
    );
  });
});
