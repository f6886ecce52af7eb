import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { hintMode, visibleHints } from '../src/columnHints';

const hint = (line: number) => ({ position: { line } });
const range = (start: number, end = start) => ({ start: { line: start }, end: { line: end } });

test('all shows every hint, off none, errors only those on lines with a problem', () => {
  const hints = [hint(3), hint(3), hint(4), hint(9)];
  assert.deepEqual(visibleHints(hints, 'all', []), hints);
  assert.deepEqual(visibleHints(hints, 'off', [range(3)]), []);
  assert.deepEqual(visibleHints(hints, 'errors', [range(3)]), [hint(3), hint(3)]);
  assert.deepEqual(visibleHints(hints, 'errors', [range(8, 9)]), [hint(9)]);
  assert.deepEqual(visibleHints(hints, 'errors', []), []);
});

test('an unknown setting value means all', () => {
  assert.equal(hintMode(undefined), 'all');
  assert.equal(hintMode('errors'), 'errors');
  assert.equal(hintMode('bogus'), 'all');
});
