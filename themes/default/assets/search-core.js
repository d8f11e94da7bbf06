/**
 * The search logic of docs/search.md §2–3 as pure functions: postings, matching, ranking, exact check, snippets.
 *
 * A plain script loaded after search-tokenizer.js: in the page it defines `globalThis.GongkaiSearchCore`;
 * under node it is also `module.exports`. search.js does the fetching and the DOM.
 */
(function (root) {
  'use strict';

  const tokenizer = root.GongkaiTokenizer ||
    (typeof require === 'function' ? require('./search-tokenizer.js') : null);

  /** The index format this script reads: meta.json's `version` (docs/search.md §2.2). */
  const INDEX_VERSION = 3;
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const VALUE = new Map(Array.from(ALPHABET, (ch, index) => [ch, index]));
  const SENTENCE_END = new Set(['。', '；', '！', '？', '!', '?', ';', '\n', '\r']);
  const SNIPPET_BEFORE = 50;
  const SNIPPET_LENGTH = 140;
  const encoder = new TextEncoder();

  /** The 32-bit FNV-1a hash of the token's UTF-8 bytes. */
  function fnv1a(token) {
    let hash = 0x811c9dc5;
    for (const byte of encoder.encode(token)) {
      hash ^= byte;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
  }

  /** The number of the shard that holds the token's postings. */
  function shardOf(token, shards) {
    return fnv1a(token) % shards;
  }

  /** Decodes a postings string (gap or dense form) into parallel arrays of document numbers and weights. */
  function decodePostings(text) {
    const docs = [];
    const weights = [];
    if (text.startsWith('=')) {
      for (let doc = 0; doc + 1 < text.length; doc += 1) {
        const weight = VALUE.get(text[doc + 1]);
        if (weight > 0) {
          docs.push(doc);
          weights.push(weight);
        }
      }
      return { docs, weights };
    }
    let previous = -1;
    let gap = 0;
    let readingWeight = false;
    for (const ch of text) {
      const value = VALUE.get(ch);
      if (readingWeight) {
        weights.push(value);
        readingWeight = false;
      } else if (value >= 32) {
        gap = gap * 32 + (value - 32);
      } else {
        previous += gap * 32 + value + 1;
        docs.push(previous);
        gap = 0;
        readingWeight = true;
      }
    }
    return { docs, weights };
  }

  /** BM25's inverse document frequency. */
  function idf(df, docs) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /** Whether document `doc` passes the year and province filters ('' means any). */
  function filterOf(meta, year, province) {
    const rangesOf = (list, value) => {
      const entry = list.find((item) => String(item.value) === String(value));
      return entry ? entry.ranges : [];
    };
    const tests = [];
    if (year) tests.push(rangesOf(meta.years, year));
    if (province) tests.push(rangesOf(meta.provinces, province));
    return (doc) => tests.every((ranges) => {
      for (let i = 0; i < ranges.length; i += 2) if (doc >= ranges[i] && doc < ranges[i + 1]) return true;
      return false;
    });
  }

  /**
   * Where document `doc`'s row is: the `t/` file of its group (the last to start at or before it) that holds it,
   * and its place in that file's array.
   */
  function rowOf(meta, doc) {
    let low = 0;
    let high = meta.groups.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (meta.groups[middle].start <= doc) low = middle; else high = middle - 1;
    }
    const offset = doc - meta.groups[low].start;
    return { path: 't/' + meta.groups[low].name + '-' + Math.floor(offset / meta.chunk) + '.json.gz', index: offset % meta.chunk };
  }

  /**
   * The hits of a query plan, best first: documents that satisfy coverage and `allowed`, those with every
   * term first, then by score, then by number (newer year first). `postings[i]` is the decoded postings
   * of `plan.terms[i]`, or null when the index lacks it.
   */
  function rank(plan, postings, docCount, allowed) {
    const termCount = plan.terms.length;
    const present = plan.terms.map(() => new Set());
    const scores = new Map();
    postings.forEach((list, term) => {
      if (!list) return;
      const weight = idf(list.docs.length, docCount);
      list.docs.forEach((doc, i) => {
        present[term].add(doc);
        scores.set(doc, (scores.get(doc) || 0) + weight * list.weights[i]);
      });
    });
    const hits = [];
    for (const [doc, score] of scores) {
      if (!allowed(doc)) continue;
      if (!plan.cover.every((terms) => terms.some((term) => present[term].has(doc)))) continue;
      let found = 0;
      for (let term = 0; term < termCount; term += 1) if (present[term].has(doc)) found += 1;
      hits.push({ doc, score, complete: found === termCount, exact: false });
    }
    return hits.sort(compareHits);
  }

  /** Orders hits: exact matches, then those with every term, then score, then number. */
  function compareHits(a, b) {
    return (b.exact - a.exact) || (b.complete - a.complete) || (b.score - a.score) || (a.doc - b.doc);
  }

  /**
   * The normalised code points of `text` mapped back to it: `chars[i]` came from code point `origin[i]`
   * of `Array.from(text)`. Each code point is normalised on its own, so offsets stay exact.
   */
  function align(text) {
    const chars = [];
    const origin = [];
    Array.from(text).forEach((ch, index) => {
      for (const normal of tokenizer.normalize(ch)) {
        chars.push(normal);
        origin.push(index);
      }
    });
    return { chars, origin };
  }

  const isSpace = (ch) => /\s/u.test(ch);

  /**
   * Where the text matches the query: `exact` spans (the whole query, whitespace ignored, on token boundaries
   * where it starts or ends with a letter or digit) as [start, end), and `term` spans (tokens that are query
   * terms) as [start, end, term]; offsets count code points of `Array.from(text)`.
   */
  function matches(text, query, plan) {
    const { chars, origin } = align(text);
    const starts = new Set();
    const ends = new Set();
    const termSet = new Set(plan.terms);
    const term = [];
    tokenizer.scan(chars, (token, start, end) => {
      starts.add(start);
      ends.add(end);
      if (termSet.has(token)) term.push([origin[start], origin[end - 1] + 1, token]);
    });
    const needle = tokenizer.normalize(query).filter((ch) => !isSpace(ch));
    const kept = [];
    chars.forEach((ch, index) => { if (!isSpace(ch)) kept.push(index); });
    const exact = [];
    if (needle.length > 0) {
      for (let i = 0; i + needle.length <= kept.length; i += 1) {
        let j = 0;
        while (j < needle.length && chars[kept[i + j]] === needle[j]) j += 1;
        if (j < needle.length) continue;
        const start = kept[i];
        const end = kept[i + needle.length - 1] + 1;
        if (tokenizer.isWordChar(needle[0]) && !starts.has(start)) continue;
        if (tokenizer.isWordChar(needle[needle.length - 1]) && !ends.has(end)) continue;
        exact.push([origin[start], origin[end - 1] + 1]);
      }
    }
    return { exact, term };
  }

  /** The sentence around code point `at`: [start, end), ending after its 。；！？ but before a line break. */
  function sentenceAround(cps, at) {
    let start = at;
    while (start > 0 && !SENTENCE_END.has(cps[start - 1])) start -= 1;
    let end = at;
    while (end < cps.length && !SENTENCE_END.has(cps[end])) end += 1;
    if (end < cps.length && cps[end] !== '\n' && cps[end] !== '\r') end += 1;
    return [start, end];
  }

  /**
   * Where the snippet centres, skipping the first line (the title, which the result already shows): the first
   * exact match, else the first sentence holding the most distinct query terms, else the first sentence.
   * Returns the span and which matches to mark there.
   */
  function anchorOf(cps, found) {
    const firstLineEnd = cps.indexOf('\n') < 0 ? cps.length : cps.indexOf('\n');
    const exact = found.exact.find((span) => span[0] > firstLineEnd);
    if (exact) return { span: exact, marks: found.exact };
    let best = null;
    const termsBySentence = new Map();
    for (const span of found.term) {
      if (span[0] <= firstLineEnd) continue;
      const sentence = sentenceAround(cps, span[0])[0];
      if (!termsBySentence.has(sentence)) termsBySentence.set(sentence, { span, terms: new Set() });
      const entry = termsBySentence.get(sentence);
      entry.terms.add(span[2]);
      if (!best || entry.terms.size > best.terms.size) best = entry;
    }
    if (best) return { span: best.span, marks: found.term };
    const start = firstLineEnd < cps.length ? firstLineEnd + 1 : 0;
    return { span: [start, start], marks: [] };
  }

  /**
   * The snippet for a hit: the sentence (at most about 140 code points) around its best match after the
   * title line, with every exact match, or else every query term, marked. Returns `{ exact, parts }`: `parts` are `{ text, mark }`
   * pieces in order; `exact` says whether the whole query occurs in the text.
   */
  function snippet(text, query, plan) {
    const found = matches(text, query, plan);
    const cps = Array.from(text);
    const { span: anchor, marks } = anchorOf(cps, found);
    const [sentenceStart, sentenceEnd] = sentenceAround(cps, anchor[0]);
    const start = Math.max(sentenceStart, anchor[0] - SNIPPET_BEFORE);
    const end = Math.max(Math.min(sentenceEnd, start + SNIPPET_LENGTH), anchor[1]);
    const marked = new Uint8Array(cps.length);
    for (const [from, to] of marks) marked.fill(1, from, to);
    const parts = [];
    if (start > sentenceStart) parts.push({ text: '…', mark: false });
    for (let i = start; i < end;) {
      let j = i;
      while (j < end && marked[j] === marked[i]) j += 1;
      parts.push({ text: cps.slice(i, j).join('').replace(/\s+/gu, ' '), mark: marked[i] === 1 });
      i = j;
    }
    if (end < sentenceEnd) parts.push({ text: '…', mark: false });
    return { exact: found.exact.length > 0, parts };
  }

  const api = { INDEX_VERSION, fnv1a, shardOf, decodePostings, idf, filterOf, rowOf, rank, compareHits, matches, snippet };
  root.GongkaiSearchCore = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
