import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIAGNOSTICS_HOLD_MS, DiagnosticsHold, HINTS_HOLD_MS, TypingPause } from '../src/typingHold';

test('hints wait while a document is typed in: answered once it has not changed for the hold', async () => {
  const pause = new TypingPause();
  let now = 1000;
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
    now += ms;
    if (slept.length === 1) {
      pause.changed('a', now - HINTS_HOLD_MS + 100); // a key typed while the request waited: 100 ms more
    }
  };
  assert.equal(await pause.paused('a', () => now, sleep, () => false), true, 'never typed in: at once');
  assert.deepEqual(slept, []);
  pause.changed('a', 1000);
  now = 1200;
  assert.equal(pause.remaining('a', now), HINTS_HOLD_MS - 200);
  assert.equal(await pause.paused('a', () => now, sleep, () => false), true);
  assert.deepEqual(slept, [HINTS_HOLD_MS - 200, 100], 'waited again for the key typed meanwhile');
  assert.equal(pause.remaining('a', now), 0);
  assert.equal(pause.remaining('b', now), 0, 'another document does not wait');
});

test('a request given up while it waits (the editor cancels it on the next key) fetches nothing', async () => {
  const pause = new TypingPause();
  pause.changed('a', 0);
  let now = 10;
  let cancelled = false;
  const result = await pause.paused('a', () => now, async ms => {
    now += ms;
    cancelled = true;
  }, () => cancelled);
  assert.equal(result, false);
});

/** A clock and timers under the test's control. */
function clock() {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const schedule = (run: () => void, ms: number) => {
    timers.set(next, { at: now + ms, run });
    return next++ as unknown as ReturnType<typeof setTimeout>;
  };
  const cancel = (timer: ReturnType<typeof setTimeout>) => void timers.delete(timer as unknown as number);
  const advance = (to: number) => {
    now = to;
    for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        timers.delete(id);
        t.run();
      }
    }
  };
  return { schedule, cancel, advance, now: () => now };
}

test('diagnostics that arrive while a document is typed in wait for the pause; only the newest are shown', () => {
  const c = clock();
  const diagnostics = new DiagnosticsHold<string>(c.schedule, c.cancel);
  const published: string[] = [];
  const publish = (d: string) => published.push(d);
  diagnostics.received('a', 'opened: 1 error', publish, c.now());
  assert.deepEqual(published, ['opened: 1 error'], 'not typed in: at once');
  // the clock moves on before each event, as time does
  const at = (t: number, event: (now: number) => void) => {
    c.advance(t);
    event(t);
  };
  at(1000, t => diagnostics.changed('a', t)); // 19 → 1
  at(1100, t => diagnostics.received('a', '1 error (1)', publish, t));
  at(1150, t => diagnostics.changed('a', t)); // 1 → 18
  at(1300, t => diagnostics.received('a', '1 error (18)', publish, t));
  at(1400, t => diagnostics.changed('a', t)); // 18 → 19
  at(1450, t => diagnostics.received('a', 'no errors (19)', publish, t));
  c.advance(1400 + DIAGNOSTICS_HOLD_MS - 1);
  assert.deepEqual(published, ['opened: 1 error'], 'nothing while typing');
  c.advance(1400 + DIAGNOSTICS_HOLD_MS);
  assert.deepEqual(published, ['opened: 1 error', 'no errors (19)'], 'the last state, once');
  // after the pause they pass at once
  diagnostics.received('a', 'again', publish, 3000);
  assert.deepEqual(published.at(-1), 'again');
});

test('another document\'s diagnostics pass while one is typed in; a closed document\'s held ones are dropped', () => {
  const c = clock();
  const diagnostics = new DiagnosticsHold<string>(c.schedule, c.cancel);
  const published: string[] = [];
  diagnostics.changed('a', 0);
  c.advance(10);
  diagnostics.received('a', 'a', d => published.push(d), 10);
  diagnostics.received('b', 'b', d => published.push(d), 10);
  assert.deepEqual(published, ['b']);
  diagnostics.forget('a');
  c.advance(10_000);
  assert.deepEqual(published, ['b']);
});
