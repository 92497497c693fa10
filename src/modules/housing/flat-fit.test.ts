import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type FitFlat, type FitNeeds, flatFit } from './flat-fit.ts';

const flat: FitFlat = {
  areaM2: 58,
  coldRentCents: 43000,
  serviceChargesCents: 13000,
  stepFree: true,
  wheelchairAccessible: false,
  wbsRequired: true,
  petsAllowed: false,
  availableFrom: '2027-01-01',
};
const needs: FitNeeds = {
  persons: 2,
  spaceLimitM2: 60,
  rentLimitCents: 60000,
  needsStepFree: false,
  needsWheelchair: false,
  hasPets: false,
  wbsValidUntil: '2027-06-30',
};
const keys = (f: ReturnType<typeof flatFit>) => f.reasons.map((r) => `${r.verdict}:${r.key.split('.').pop()}`);

describe('flat fit (pure)', () => {
  test('a flat within every limit fits, each reason named', () => {
    const fit = flatFit(flat, needs);
    assert.equal(fit.fits, true);
    assert.deepEqual(keys(fit), ['yes:sizeWithin', 'yes:rentWithin', 'yes:wbsValid']);
  });

  test('the rent reason says by how much the gross cold rent is above the limit', () => {
    const fit = flatFit(flat, { ...needs, rentLimitCents: 50000 });
    assert.equal(fit.fits, false);
    const rent = fit.reasons.find((r) => r.key.endsWith('rentOver'));
    assert.deepEqual(rent?.values, { rent: 560, limit: 500, over: 60 });
  });

  test('size binds WBS-bound flats only', () => {
    const big = { ...flat, areaM2: 75 };
    assert.deepEqual(keys(flatFit(big, needs)).slice(0, 1), ['no:sizeOver']);
    assert.ok(!keys(flatFit({ ...big, wbsRequired: false }, needs)).some((k) => k.includes('size')));
  });

  test('accessibility: a wheelchair need is not met by step-free alone; a step-free need is met by either', () => {
    assert.ok(keys(flatFit(flat, { ...needs, needsWheelchair: true })).includes('no:noWheelchair'));
    assert.ok(keys(flatFit(flat, { ...needs, needsStepFree: true })).includes('yes:stepFree'));
    const wheelchairOnly = { ...flat, stepFree: false, wheelchairAccessible: true };
    assert.ok(keys(flatFit(wheelchairOnly, { ...needs, needsStepFree: true })).includes('yes:stepFree'));
    assert.ok(keys(flatFit({ ...flat, stepFree: false }, { ...needs, needsStepFree: true })).includes('no:noStepFree'));
  });

  test('WBS: missing, or ending before the flat is free, does not fit', () => {
    assert.ok(keys(flatFit(flat, { ...needs, wbsValidUntil: null })).includes('no:wbsMissing'));
    assert.ok(keys(flatFit(flat, { ...needs, wbsValidUntil: '2026-12-31' })).includes('no:wbsExpires'));
    assert.ok(
      !keys(flatFit({ ...flat, wbsRequired: false }, { ...needs, wbsValidUntil: null })).some((k) => k.includes('wbs')),
    );
  });

  test('pets only matter for a household with pets', () => {
    assert.ok(keys(flatFit(flat, { ...needs, hasPets: true })).includes('no:noPets'));
    assert.ok(keys(flatFit({ ...flat, petsAllowed: true }, { ...needs, hasPets: true })).includes('yes:pets'));
  });

  test('unknown limits give no reason rather than a guess', () => {
    const fit = flatFit(flat, { ...needs, spaceLimitM2: null, rentLimitCents: null });
    assert.deepEqual(keys(fit), ['yes:wbsValid']);
  });
});
