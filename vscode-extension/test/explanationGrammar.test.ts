import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

// The TextMate grammar colours an explanation (// 已核实 CODE：REASON) apart from an ordinary comment: the word,
// the code and the reason each get a scope. Checked here with JavaScript's regular expressions, which read these
// patterns as Oniguruma does (no Oniguruma-only syntax in them).

const root = path.resolve(__dirname, '..', '..');
const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'nianbao.tmLanguage.json'), 'utf8'));
const comments = grammar.repository.comments.patterns as { name: string; match?: string; captures?: Record<string, { name: string }> }[];
const explanation = comments.find(p => p.name.includes('explanation'))!;
const regex = new RegExp(explanation.match!);

/** The captured text of each named scope of the explanation pattern. */
function scopes(line: string): Record<string, string> | undefined {
  const m = regex.exec(line);
  if (!m) {
    return undefined;
  }
  const found: Record<string, string> = {};
  for (const [group, capture] of Object.entries(explanation.captures!)) {
    if (m[Number(group)] !== undefined) {
      found[capture.name] = m[Number(group)];
    }
  }
  return found;
}

test('the explanation keyword is the one the language reads (Explanations.KEYWORD)', () => {
  const java = fs.readFileSync(path.join(root, '..', 'language', 'src', 'main', 'java', 'org', 'nianbao', 'explain',
    'Explanations.java'), 'utf8');
  const keyword = /KEYWORD = "([^"]+)"/.exec(java)![1];
  assert.equal(scopes(`// ${keyword} in-force-mismatch：失效`)?.['keyword.other.explanation.nianbao'], keyword);
});

test('an explanation is matched before an ordinary comment, and its code and reason are coloured', () => {
  assert.ok(comments.indexOf(explanation) < comments.findIndex(p => p.name === 'comment.line.double-slash.nianbao'));
  assert.deepEqual(scopes('行政规范性文件 2 1 7 // 已核实 in-force-mismatch：本年有2件文件失效'), {
    'punctuation.definition.comment.nianbao': '//',
    'keyword.other.explanation.nianbao': '已核实',
    'support.constant.issue-code.nianbao': 'in-force-mismatch',
    'punctuation.separator.explanation.nianbao': '：',
    'string.unquoted.reason.nianbao': '本年有2件文件失效',
  });
  // a full-width space after the word and a half-width colon, as typed with a Chinese input method
  assert.equal(scopes('  // 已核实\u3000published-late: 门户改版')?.['support.constant.issue-code.nianbao'], 'published-late');
  assert.equal(scopes('// 已核实 published-late')?.['string.unquoted.reason.nianbao'], '', 'no reason yet');
});

test('a comment that only begins with the word is no explanation', () => {
  assert.equal(scopes('// 已核实的数字见台账'), undefined);
  assert.equal(scopes('// 普通注释'), undefined);
});
