import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { easterSunday, holidayOn, publicHolidays } from './index.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('calendar: public holidays of Lower Saxony', () => {
  test('Easter Sunday by the Gregorian computus, against published dates (the extremes included)', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) assert.equal(day(easterSunday(Number(year))), date, year);
  });

  test('Easter is always a Sunday between 22 March and 25 April (1583–4099)', () => {
    for (let y = 1583; y <= 4099; y++) {
      const e = easterSunday(y);
      assert.equal(e.getUTCDay(), 0, `${y}`);
      const md = day(e).slice(5);
      assert.ok(md >= '03-22' && md <= '04-25', `${y}: ${md}`);
    }
  });

  test('2026: the ten holidays, in order', () => {
    assert.deepEqual(
      publicHolidays(2026).map((h) => `${h.date} ${h.key}`),
      [
        '2026-01-01 newYear',
        '2026-04-03 goodFriday',
        '2026-04-06 easterMonday',
        '2026-05-01 labourDay',
        '2026-05-14 ascensionDay',
        '2026-05-25 whitMonday',
        '2026-10-03 germanUnityDay',
        '2026-10-31 reformationDay',
        '2026-12-25 christmasDay',
        '2026-12-26 boxingDay',
      ],
    );
  });

  test('Reformation Day: a holiday from 2017 (nationwide) and by Lower Saxony law from 2018, not before', () => {
    assert.equal(holidayOn('2016-10-31'), null);
    assert.equal(holidayOn('2017-10-31'), 'reformationDay');
    assert.equal(holidayOn('2027-10-31'), 'reformationDay');
  });

  test('holidayOn: a day of the year or null; Ascension on 1 May 2008 keeps both', () => {
    assert.equal(holidayOn('2027-03-26'), 'goodFriday');
    assert.equal(holidayOn('2027-05-17'), 'whitMonday');
    assert.equal(holidayOn('2027-05-18'), null);
    assert.equal(holidayOn('2026-12-24'), null, 'Christmas Eve is not a public holiday');
    assert.deepEqual(
      publicHolidays(2008)
        .filter((h) => h.date === '2008-05-01')
        .map((h) => h.key),
      ['labourDay', 'ascensionDay'],
    );
    assert.equal(holidayOn('2008-05-01'), 'labourDay');
  });
});
