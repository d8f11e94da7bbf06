// Checks the browser's search logic: postings decoding, coverage matching, ranking, exact check, snippets.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const tokenizer = require('../../themes/default/assets/search-tokenizer.js');
const core = require('../../themes/default/assets/search-core.js');

const postings = (entries) => ({ docs: entries.map((e) => e[0]), weights: entries.map((e) => e[1]) });
const everything = () => true;

test('FNV-1a gives the values the Swift index used', () => {
  assert.equal(core.fnv1a(''), 2166136261);
  assert.equal(core.fnv1a('a'), 0xe40c292c);
  assert.equal(core.fnv1a('预算'), 135236572);
  assert.equal(core.shardOf('预算', 8), 135236572 % 8);
});

test('postings decode from the gap form and the dense form', () => {
  assert.deepEqual(core.decodePostings('ABAChG_'), { docs: [0, 1, 40], weights: [1, 2, 63] });
  assert.deepEqual(core.decodePostings('=BCAD'), { docs: [0, 1, 3], weights: [1, 2, 3] });
});

test('filters keep the documents in their ranges', () => {
  const meta = { years: [{ value: 2024, ranges: [0, 2] }], provinces: [{ value: '湖南省', ranges: [1, 3, 5, 6] }] };
  const keep = core.filterOf(meta, '2024', '湖南省');
  assert.deepEqual([0, 1, 2, 3, 4, 5].filter(keep), [1]);
  assert.deepEqual([0, 1, 2, 3, 4, 5].filter(core.filterOf(meta, '', '湖南省')), [1, 2, 5]);
  assert.deepEqual([0, 1].filter(core.filterOf(meta, '1999', '')), []);
});

test('a row is found in its group\'s chunk, counted from the group\'s first document', () => {
  const meta = { chunk: 4, groups: [{ name: '2024-a', start: 0 }, { name: '2024-b', start: 3 }, { name: 'units-a', start: 12 }] };
  assert.deepEqual(core.rowOf(meta, 0), { path: 't/2024-a-0.json.gz', index: 0 });
  assert.deepEqual(core.rowOf(meta, 2), { path: 't/2024-a-0.json.gz', index: 2 });
  assert.deepEqual(core.rowOf(meta, 3), { path: 't/2024-b-0.json.gz', index: 0 });
  assert.deepEqual(core.rowOf(meta, 8), { path: 't/2024-b-1.json.gz', index: 1 });
  assert.deepEqual(core.rowOf(meta, 11), { path: 't/2024-b-2.json.gz', index: 0 });
  assert.deepEqual(core.rowOf(meta, 12), { path: 't/units-a-0.json.gz', index: 0 });
  assert.deepEqual(core.rowOf(meta, 13), { path: 't/units-a-0.json.gz', index: 1 });
  const one = { chunk: 2, groups: [{ name: '2024-none', start: 0 }] };
  assert.deepEqual([0, 1, 2].map((doc) => core.rowOf(one, doc).path), ['t/2024-none-0.json.gz', 't/2024-none-0.json.gz', 't/2024-none-1.json.gz']);
});

test('a document matches when its bigrams cover every character; complete matches rank first', () => {
  const plan = tokenizer.queryPlan('应急广播覆盖率');
  assert.deepEqual(plan.terms, ['应急', '急广', '广播', '播覆', '覆盖', '盖率']);
  const lists = {
    应急: [[0, 10], [1, 40], [2, 40]], 急广: [[0, 10]], 广播: [[0, 10], [1, 40], [2, 40]],
    播覆: [[0, 10]], 覆盖: [[0, 10], [1, 40]], 盖率: [[0, 10], [1, 40]],
  };
  const hits = core.rank(plan, plan.terms.map((term) => postings(lists[term])), 100, everything);
  assert.deepEqual(hits.map((hit) => [hit.doc, hit.complete]), [[0, true], [1, false]]);
});

test('every number and word in the query must be present', () => {
  const plan = tokenizer.queryPlan('426.45 预算');
  const lists = { '426.45': [[3, 20]], 预算: [[1, 20], [3, 20], [4, 20]] };
  const hits = core.rank(plan, plan.terms.map((term) => postings(lists[term])), 10, everything);
  assert.deepEqual(hits.map((hit) => hit.doc), [3]);
  assert.deepEqual(core.rank(plan, [null, postings(lists['预算'])], 10, everything), []);
});

test('rarer terms and heavier weights score higher; ties go to the lower number (newer year)', () => {
  const plan = tokenizer.queryPlan('审计');
  const hits = core.rank(plan, [postings([[5, 30], [2, 30], [7, 60]].sort((a, b) => a[0] - b[0]))], 10, everything);
  assert.deepEqual(hits.map((hit) => hit.doc), [7, 2, 5]);
  assert.ok(core.idf(1, 100) > core.idf(50, 100));
});

test('exact matches come before higher scores', () => {
  const hits = [{ doc: 0, score: 9, complete: true, exact: false }, { doc: 1, score: 1, complete: true, exact: true }];
  assert.deepEqual(hits.sort(core.compareHits).map((hit) => hit.doc), [1, 0]);
});

test('an exact match ignores whitespace but respects number boundaries', () => {
  const exact = (text, query) => core.matches(text, query, tokenizer.queryPlan(query)).exact.length > 0;
  assert.ok(exact('全区应急广播覆盖率达到98%', '应急 广播'));
  assert.ok(exact('ＡＢＣ１２３号', 'abc123'));
  assert.ok(!exact('合计1426.45万元', '426.45'));
  assert.ok(!exact('2012年', '12'));
  assert.ok(exact('合计426.45万元', '426.45'));
  assert.ok(!exact('应急管理和广播', '应急广播'));
});

test('a snippet is the sentence around the match, with the match marked', () => {
  const text = '北塔区融媒体中心2023年报告\n全年预算426.45万元。应急广播覆盖率达到98%；村村响全部接入。';
  const result = core.snippet(text, '应急广播覆盖率', tokenizer.queryPlan('应急广播覆盖率'));
  assert.equal(result.exact, true);
  assert.deepEqual(result.parts, [{ text: '应急广播覆盖率', mark: true }, { text: '达到98%；', mark: false }]);
});

test('without an exact match the snippet picks the sentence with the most query terms', () => {
  const text = '标题\n配合应急管理部门开展演练；应急广播和覆盖率都提升了。';
  const result = core.snippet(text, '应急广播覆盖率', tokenizer.queryPlan('应急广播覆盖率'));
  assert.equal(result.exact, false);
  assert.equal(result.parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join(''), '[应急广播]和[覆盖率]都提升了。');
});

test('a long sentence is cut around the match with ellipses', () => {
  const text = '标题\n' + '甲'.repeat(200) + '目标词' + '乙'.repeat(200) + '。';
  const parts = core.snippet(text, '目标词', tokenizer.queryPlan('目标词')).parts;
  assert.equal(parts[0].text, '…');
  assert.equal(parts[parts.length - 1].text, '…');
  assert.equal(parts.filter((part) => part.mark).map((part) => part.text).join(''), '目标词');
  assert.ok(parts.map((part) => part.text).join('').length <= 145);
});

test('the snippet skips the title line, which the result already shows', () => {
  const text = '乐山市东区财政局2022年报告\n乐山市东区财政局\n预算执行良好。';
  const titleOnly = core.snippet(text, '报告', tokenizer.queryPlan('报告'));
  assert.equal(titleOnly.exact, true);
  assert.deepEqual(titleOnly.parts, [{ text: '乐山市东区财政局', mark: false }]);
  const unit = core.snippet(text, '东区财政局 2022', tokenizer.queryPlan('东区财政局 2022'));
  assert.equal(unit.parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join(''), '乐山市[东区财政局]');
});
