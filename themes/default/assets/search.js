/**
 * The search page: reads `?q=&year=&province=`, fetches only the index files a query needs, lists the results.
 *
 * Load search-tokenizer.js and search-core.js before it; no inline script, so `default-src 'self'` holds.
 * The page must have:
 *   <html data-base="/jxgk/">  the site's base path, ending in "/": the index is read from <base>search/ and
 *                              result links are <base> + the document's url. Without it, the base is the
 *                              parent of the page's own folder (the page is <base>search/).
 *   form#search-form           a GET form (role="search"); submitting runs the search and adds a history entry
 *   input#search-q             the query, name="q", with a visible <label>
 *   select#search-year         year filter, name="year", first option value "" (全部年度); years are added
 *   select#search-province     province filter, name="province", first option value "" (全部省份); likewise
 *   #search-status             role="status": the number of results, or why there are none
 *   ol#search-results          the results
 *   .needs-js                  a notice shown without JavaScript (or a <noscript>); this script hides it
 * Result markup, for the theme's CSS: li.search-result > h2.search-result-title > a, p.search-result-meta,
 * p.search-result-snippet with <mark>; a button.search-more follows the list while more results remain.
 */
(function () {
  'use strict';

  const tokenizer = globalThis.GongkaiTokenizer;
  const core = globalThis.GongkaiSearchCore;
  const PAGE_SIZE = 10;
  const TYPING_DELAY_MS = 400;

  const form = document.getElementById('search-form');
  const input = document.getElementById('search-q');
  const yearSelect = document.getElementById('search-year');
  const provinceSelect = document.getElementById('search-province');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const base = document.documentElement.dataset.base || new URL('../', location.href).pathname;
  const pageTitle = document.title;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.textContent = '显示更多结果';
  more.hidden = true;
  list.after(more);

  const files = new Map();

  /** The index is in a later format than this page's scripts read: the page was kept from before a rebuild. */
  class NewerIndexError extends Error {}

  /** What the status says when an index file cannot be used. */
  function failureMessage(error) {
    return error instanceof NewerIndexError
      ? '搜索索引已更新，本页是旧版本：请刷新页面后再搜索。'
      : '搜索暂时无法使用：索引文件加载失败，请稍后再试。';
  }

  /**
   * The parsed JSON of an index file, fetched once per page. meta.json is revalidated with the server; the
   * other files are asked for with meta.json's `build`, so a cache never mixes two builds of the index.
   */
  function load(path) {
    if (!files.has(path)) {
      const url = path === 'meta.json'
        ? Promise.resolve([base + 'search/meta.json', { cache: 'no-cache' }])
        : load('meta.json').then((info) => [base + 'search/' + path + '?v=' + info.build, {}]);
      const request = url.then(([address, init]) => fetch(address, init)).then((response) => {
        if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
        return parse(response);
      }).then((json) => {
        // A page kept in a cache from before a rebuild can meet a later format; an earlier or unmarked one means the
        // index is not the one these scripts came with (an upload under way, say), and reloading would not help.
        if (path === 'meta.json' && json.version !== core.INDEX_VERSION) {
          const message = 'index format ' + json.version + ', scripts read ' + core.INDEX_VERSION;
          throw json.version > core.INDEX_VERSION ? new NewerIndexError(message) : new Error(message);
        }
        return json;
      });
      request.catch(() => files.delete(path));
      files.set(path, request);
    }
    return files.get(path);
  }

  /**
   * The JSON of a fetched index file. The build gzips every file but meta.json; a host that labels `.gz` files
   * with `Content-Encoding: gzip` has the browser unzip them already, so the bytes say which they are.
   */
  async function parse(response) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes));
    const text = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    return JSON.parse(await text);
  }

  /** The decoded postings of a term, or null when no document has it. */
  async function postingsOf(info, term) {
    const shard = await load('p/' + core.shardOf(term, info.shards) + '.json.gz');
    if (!Object.prototype.hasOwnProperty.call(shard, term)) return null;
    const entry = shard[term];
    return core.decodePostings(typeof entry === 'number' ? await load('p/x/' + entry + '.json.gz') : entry);
  }

  /** The search the address asks for. */
  function stateFromURL() {
    const params = new URLSearchParams(location.search);
    return { q: params.get('q') || '', year: params.get('year') || '', province: params.get('province') || '' };
  }

  /** The search the form holds. */
  function stateFromForm() {
    return { q: input.value.trim(), year: yearSelect.value, province: provinceSelect.value };
  }

  /** Puts a search back into the form, e.g. after the back button. */
  function showState(state) {
    input.value = state.q;
    yearSelect.value = state.year;
    provinceSelect.value = state.province;
  }

  const sameState = (a, b) => !!a && !!b && a.q === b.q && a.year === b.year && a.province === b.province;

  /** Records the state in the address bar: typing replaces its own entry, a submit keeps one. */
  function remember(state, typing) {
    const params = new URLSearchParams();
    for (const key of ['q', 'year', 'province']) if (state[key]) params.set(key, state[key]);
    const url = location.pathname + (params.toString() ? '?' + params : '');
    const entry = Object.assign({ typing }, state);
    if ((history.state && history.state.typing) || sameState(history.state, state)) {
      history.replaceState(entry, '', url);
    } else {
      history.pushState(entry, '', url);
    }
  }

  /** The filters in force, as the status message names them. */
  function scopeOf(state) {
    const scope = [state.year && state.year + '年度', state.province].filter(Boolean);
    return scope.length ? '（范围：' + scope.join('、') + '）' : '';
  }

  /** A new element with an optional class and text; text is never parsed as HTML. */
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** One result: the title linked, unit, year, score and grade, and the snippet with its marks. */
  function renderResult(column, row, snippet) {
    const item = element('li', 'search-result');
    const heading = element('h2', 'search-result-title');
    const link = element('a', null, row[column.title]);
    link.href = base + row[column.url];
    heading.append(link);
    const year = row[column.year];
    const score = row[column.score];
    const grade = row[column.grade];
    const details = [row[column.unit], year ? year + '年度' : '单位概况',
      score ? '自评得分 ' + score : '', grade ? '等次 ' + grade : ''];
    item.append(heading, element('p', 'search-result-meta', details.filter(Boolean).join(' · ')));
    const paragraph = element('p', 'search-result-snippet');
    for (const part of snippet.parts) {
      paragraph.append(part.mark ? element('mark', null, part.text) : document.createTextNode(part.text));
    }
    item.append(paragraph);
    return item;
  }

  let generation = 0;
  let current = null;

  /** Shows the outcome of the current search: its message, and its first results replacing the old ones. */
  function settle(message, items) {
    list.replaceChildren(...items);
    status.textContent = message;
  }

  /** Fetches and renders the next page of hits, exact matches first within it; null if a newer search began. */
  async function nextPage(search) {
    const info = await load('meta.json');
    const column = Object.fromEntries(info.columns.map((name, index) => [name, index]));
    const batch = search.hits.slice(search.shown, search.shown + PAGE_SIZE);
    const rowOf = (doc) => {
      const place = core.rowOf(info, doc);
      return load(place.path).then((rows) => rows[place.index]);
    };
    const rows = await Promise.all(batch.map((hit) => rowOf(hit.doc)));
    if (search.generation !== generation) return null;
    search.shown += batch.length;
    more.hidden = search.shown >= search.hits.length;
    return batch.map((hit, index) => {
      const snippet = core.snippet(rows[index][column.text], search.state.q, search.plan);
      return { hit: Object.assign({}, hit, { exact: snippet.exact }), row: rows[index], snippet };
    }).sort((a, b) => core.compareHits(a.hit, b.hit))
      .map((result) => renderResult(column, result.row, result.snippet));
  }

  /** Runs a search for `state` and shows its first page; a newer search makes an older one stop. */
  async function run(state, typing) {
    const search = { generation: ++generation, state, plan: tokenizer.queryPlan(state.q), hits: [], shown: 0 };
    current = search;
    more.hidden = true;
    document.title = state.q ? '“' + state.q + '”的搜索结果 - ' + pageTitle : pageTitle;
    if (!state.q) return settle('', []);
    if (search.plan.terms.length === 0) return settle('请输入汉字、字母或数字进行搜索。', []);
    if (!typing) status.textContent = '正在搜索…';
    try {
      const info = await load('meta.json');
      const postings = await Promise.all(search.plan.terms.map((term) => postingsOf(info, term)));
      if (search.generation !== generation) return;
      search.hits = core.rank(search.plan, postings, info.docs, core.filterOf(info, state.year, state.province));
      if (search.hits.length === 0) {
        return settle('没有找到与“' + state.q + '”相关的公开信息' + scopeOf(state) + '。', []);
      }
      const items = await nextPage(search);
      if (items) settle('找到 ' + search.hits.length + ' 条结果' + scopeOf(state) + '。', items);
    } catch (error) {
      if (search.generation === generation) settle(failureMessage(error), []);
    }
  }

  /** Searches for what the form holds; typing skips a search identical to the one shown. */
  function searchNow(typing) {
    const state = stateFromForm();
    if (typing && sameState(state, current && current.state)) return;
    remember(state, typing);
    run(state, typing);
  }

  let composing = false;
  let typingTimer = 0;

  /** Searches once typing pauses. */
  function typed() {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => searchNow(true), TYPING_DELAY_MS);
  }

  input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(typingTimer);
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    typed();
  });
  input.addEventListener('input', (event) => {
    if (!composing && !event.isComposing) typed();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (composing) return;
    clearTimeout(typingTimer);
    searchNow(false);
  });
  yearSelect.addEventListener('change', () => searchNow(false));
  provinceSelect.addEventListener('change', () => searchNow(false));
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const items = await nextPage(current);
      if (!items) return;
      list.append(...items);
      items[0].querySelector('a').focus();
    } catch (error) {
      status.textContent = '更多结果加载失败，请稍后再试。';
    } finally {
      more.disabled = false;
    }
  });
  window.addEventListener('popstate', (event) => {
    const state = event.state || stateFromURL();
    showState(state);
    run(state, false);
  });

  for (const notice of document.querySelectorAll('.needs-js')) notice.hidden = true;

  const initial = stateFromURL();
  input.value = initial.q;
  history.replaceState(Object.assign({ typing: false }, initial), '', location.href);
  load('meta.json').then((info) => {
    for (const entry of info.years) yearSelect.append(new Option(entry.value + '年度', String(entry.value)));
    for (const entry of info.provinces) provinceSelect.append(new Option(entry.value, entry.value));
    const state = history.state || initial;
    yearSelect.value = state.year;
    provinceSelect.value = state.province;
  }).catch((error) => {
    status.textContent = failureMessage(error);
  });
  run(initial, false);
})();
