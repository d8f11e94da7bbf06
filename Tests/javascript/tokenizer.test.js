// Checks the browser tokenizer against the vectors the Swift tokenizer must also pass.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const tokenizer = require('../../themes/default/assets/search-tokenizer.js');

const vectorsPath = path.join(__dirname, '..', 'fixtures', 'tokenizer-vectors.json');
const vectors = JSON.parse(fs.readFileSync(vectorsPath, 'utf8'));

test('there are at least 30 shared vectors', () => {
  assert.ok(vectors.length >= 30, `only ${vectors.length} vectors`);
});

for (const vector of vectors) {
  test(`tokens of ${JSON.stringify(vector.input)}`, () => {
    assert.deepEqual(tokenizer.tokenize(vector.input), vector.tokens);
  });
  test(`query terms of ${JSON.stringify(vector.input)}`, () => {
    assert.deepEqual(tokenizer.queryPlan(vector.input).terms, vector.terms);
  });
}

test('every code point of a bigram run is covered by the bigrams around it', () => {
  const plan = tokenizer.queryPlan('应急广播');
  assert.deepEqual(plan.terms, ['应急', '急广', '广播']);
  assert.deepEqual(plan.cover, [[0], [0, 1], [1, 2], [2]]);
});

test('a number covers its code points alone', () => {
  const plan = tokenizer.queryPlan('426.45 年');
  assert.deepEqual(plan.terms, ['426.45', '年']);
  assert.deepEqual(plan.cover, [[0], [0], [0], [0], [0], [0], [1]]);
});
