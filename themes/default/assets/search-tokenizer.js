/**
 * The search tokenizer of docs/search.md, exactly as the Swift `SearchTokenizer` builds the index.
 *
 * A plain script: in the page it defines `globalThis.GongkaiTokenizer`; under node it is also
 * `module.exports`. Both must pass Tests/SearchTests/tokenizer-vectors.json.
 */
(function (root) {
  'use strict';

  const CJK = 0;
  const DIGIT = 1;
  const LETTER = 2;
  const SEPARATOR = 3;

  /** The class of one normalised code point (docs/search.md §1.2); keep in step with SearchScalarClass. */
  function classOf(cp) {
    if (cp >= 0x30 && cp <= 0x39) return DIGIT;
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ||
        (cp >= 0xc0 && cp <= 0xd6) || (cp >= 0xd8 && cp <= 0xf6) || (cp >= 0xf8 && cp <= 0x24f) ||
        (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x400 && cp <= 0x4ff) || (cp >= 0x1e00 && cp <= 0x1eff)) {
      return LETTER;
    }
    if (cp === 0x3005 || cp === 0x3007 || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
        (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff) ||
        (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x309d && cp <= 0x309f) ||
        (cp >= 0x30a1 && cp <= 0x30fa) || (cp >= 0x30fc && cp <= 0x30ff) ||
        (cp >= 0xac00 && cp <= 0xd7a3)) {
      return CJK;
    }
    return SEPARATOR;
  }

  /** NFKC, then ASCII lower-case, as an array of one-code-point strings. */
  function normalize(text) {
    const chars = [];
    for (const ch of text.normalize('NFKC')) {
      const cp = ch.codePointAt(0);
      chars.push(cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 0x20) : ch);
    }
    return chars;
  }

  /**
   * Calls `emit(token, start, end, isCjkUnigramOfLongerRun)` for each token of normalised code points,
   * in order of start; `start` and `end` index `chars`.
   */
  function scan(chars, emit) {
    const classes = chars.map((ch) => classOf(ch.codePointAt(0)));
    const runEnd = (from, belongs) => {
      let end = from;
      while (end < classes.length && belongs(classes[end])) end += 1;
      return end;
    };
    const isGroup = (at) => at + 3 < chars.length && chars[at] === ',' &&
      classes[at + 1] === DIGIT && classes[at + 2] === DIGIT && classes[at + 3] === DIGIT &&
      (at + 4 === chars.length || classes[at + 4] !== DIGIT);

    let index = 0;
    while (index < chars.length) {
      const kind = classes[index];
      if (kind === SEPARATOR) {
        index += 1;
      } else if (kind === CJK) {
        const end = runEnd(index, (c) => c === CJK);
        for (let k = index; k < end; k += 1) {
          emit(chars[k], k, k + 1, end - index > 1);
          if (k + 1 < end) emit(chars[k] + chars[k + 1], k, k + 2, false);
        }
        index = end;
      } else if (kind === LETTER) {
        const end = runEnd(index, (c) => c === DIGIT || c === LETTER);
        emit(chars.slice(index, end).join(''), index, end, false);
        index = end;
      } else {
        let end = runEnd(index, (c) => c === DIGIT);
        let integer = chars.slice(index, end).join('');
        if (end - index <= 3) {
          while (isGroup(end)) {
            integer += chars.slice(end + 1, end + 4).join('');
            end += 4;
          }
        }
        const integerEnd = end;
        const parts = [];
        while (end + 1 < chars.length && chars[end] === '.' && classes[end + 1] === DIGIT) {
          const partEnd = runEnd(end + 1, (c) => c === DIGIT);
          parts.push({ text: chars.slice(end + 1, partEnd).join(''), start: end + 1, end: partEnd });
          end = partEnd;
        }
        if (parts.length === 1) {
          emit(integer + '.' + parts[0].text, index, end, false);
        } else {
          emit(integer, index, integerEnd, false);
          for (const part of parts) emit(part.text, part.start, part.end, false);
        }
        index = end;
      }
    }
  }

  /** The tokens of `text` in order of start, with repetitions: what the index counts. */
  function tokenize(text) {
    const tokens = [];
    scan(normalize(text), (token) => tokens.push(token));
    return tokens;
  }

  /**
   * The query plan of docs/search.md §1.4: unique `terms` in first-occurrence order, and for each
   * normalised code point that a term covers, the indexes of the terms covering it (`cover`).
   */
  function queryPlan(text) {
    const terms = [];
    const coverByPosition = new Map();
    scan(normalize(text), (token, start, end, impliedUnigram) => {
      if (impliedUnigram) return;
      let termIndex = terms.indexOf(token);
      if (termIndex < 0) termIndex = terms.push(token) - 1;
      for (let position = start; position < end; position += 1) {
        if (!coverByPosition.has(position)) coverByPosition.set(position, []);
        const covering = coverByPosition.get(position);
        if (!covering.includes(termIndex)) covering.push(termIndex);
      }
    });
    return { terms, cover: Array.from(coverByPosition.values()) };
  }

  /** Whether a one-code-point string is a letter or digit, the code points that words and numbers are made of. */
  function isWordChar(ch) {
    const kind = classOf(ch.codePointAt(0));
    return kind === DIGIT || kind === LETTER;
  }

  const api = { normalize, scan, tokenize, queryPlan, isWordChar };
  root.GongkaiTokenizer = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
