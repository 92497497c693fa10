import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber, daysBetween, isCalendarDate, monthsBetween } from './calendar.date.ts';

test('calendar dates are validated strictly', () => {
  assert.equal(isCalendarDate('2024-02-29'), true);
  assert.equal(isCalendarDate('2025-02-29'), false);
  assert.equal(isCalendarDate('2025-13-01'), false);
});

test('days and completed months between dates', () => {
  assert.equal(daysBetween('2025-02-27', '2025-03-01'), 2);
  assert.equal(daysBetween('2025-03-01', '2025-02-27'), -2);
  assert.equal(dayNumber('1970-01-11'), 10);
  assert.equal(monthsBetween('2024-01-31', '2024-02-29'), 0);
  assert.equal(monthsBetween('2024-01-31', '2024-03-31'), 2);
  assert.equal(monthsBetween('2023-06-15', '2025-06-14'), 23);
  assert.equal(monthsBetween('2025-07-01', '2025-06-01'), 0);
});
