import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { Change, DIAGNOSTICS_HOLD_MS, DiagnosticsHold, HINTS_HOLD_MS, HintsHold } from '../src/typingHold';

interface LabelHint { position: { line: number; character: number }; label: string }

const hint = (line: number, character: number, label: string): LabelHint => ({ position: { line, character }, label });
const hold = () => new HintsHold<LabelHint>((h, character) => ({ ...h, position: { line: h.position.line, character } }));
const edit = (line: number, start: number, end: number, text: string): Change =>
  ({ range: { start: { line, character: start }, end: { line, character: end } }, text });

// 予以公开 14 3 0 0 1 1 20, the last columns' hints (other lines' hints are hint(2, …))
const row = [hint(5, 20, '法律服务机构'), hint(5, 22, '其他'), hint(5, 24, '总计')];

test('a value retyped keeps its hint while the line is typed in: the server has none for the half-typed row', () => {
  const hints = hold();
  hints.answer([hint(2, 4, '规章'), ...row], 0);
  hints.changed([edit(5, 25, 26, '')], 1000); // 20 → 2
  hints.changed([edit(5, 24, 25, '')], 1150); // 2 → (nothing)
  // the server's answer for "… 1 1 ": no value, no 总计 hint; and the line above changed its hint
  const shown = hints.answer([hint(2, 4, '规章 '), row[0], row[1]], 1200);
  assert.deepEqual(shown, [hint(2, 4, '规章 '), ...row], 'the other line fresh, the line typed in as it was shown');
  hints.changed([edit(5, 24, 24, '1')], 1300); // typed at the hint: the hint stays before what is typed
  assert.deepEqual(hints.answer([row[0], row[1], hint(5, 24, '总计')], 1350).filter(h => h.position.line === 5), row);
  assert.ok(hints.remaining(1350) > 0);
  // typing pauses: the server's answer is shown as it is
  const later = 1300 + HINTS_HOLD_MS;
  assert.equal(hints.remaining(later), 0);
  const fresh = [row[0], row[1], hint(5, 24, '合计')];
  assert.deepEqual(hints.answer(fresh, later), fresh);
});

test('hints after an edit on their line move with it; one inside a deleted span goes to its start', () => {
  const hints = hold();
  hints.answer(row, 0);
  hints.changed([edit(5, 19, 21, '123')], 10); // inserts one character more than it deletes, over 法律服务机构's position
  assert.deepEqual(hints.answer([], 20), [hint(5, 19, '法律服务机构'), hint(5, 23, '其他'), hint(5, 25, '总计')]);
});

test('an edit across lines (Enter, a paste of lines, formatting) holds nothing: the line numbers changed', () => {
  for (const change of [edit(5, 25, 25, '\n'), { range: { start: { line: 4, character: 0 }, end: { line: 5, character: 3 } }, text: '' }]) {
    const hints = hold();
    hints.answer(row, 0);
    hints.changed([change], 10);
    assert.equal(hints.remaining(20), 0);
    assert.deepEqual(hints.answer([], 20), []);
  }
});

test('typing moves to another line: that line is held, the first one shows the server\'s answer', () => {
  const hints = hold();
  hints.answer([hint(2, 4, '规章'), ...row], 0);
  hints.changed([edit(5, 24, 26, '')], 10);
  hints.changed([edit(2, 6, 6, '1')], 20);
  assert.deepEqual(hints.answer([hint(2, 4, '新'), row[0]], 30), [row[0], hint(2, 4, '规章')]);
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
