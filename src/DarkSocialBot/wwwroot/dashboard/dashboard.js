// The marketers' view of self-reported attribution: the admin report API drawn as cards and tables, and its exports.
// Every figure comes from GET /api/admin/attribution/report, called through admin.js (the key goes out only as the
// Authorization header). Values are written with textContent, never as HTML. Its words are in texts.js (English and French);
// dates and numbers follow the chosen language.
(() => {
  const $ = id => document.getElementById(id);
  const form = $('filters');
  const { call, say, cell } = window.adminApi;
  const { t, word } = window.adminTexts;
  // Query parameter: field. (The customers' language filter is not #language, the page's own language menu.)
  const fields = { from: 'from', to: 'to', chatChannel: 'chatChannel', language: 'answerLanguage' };
  let percent, number, day, moment;
  function formats() {
    const locale = window.adminTexts.locale();
    percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    number = new Intl.NumberFormat(locale);
    // In UTC, as the date filters and the API are: a browser's local time put 00:30 in Paris under the wrong day.
    day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  }
  formats();
  const className = raw => word('classes', raw);

  function query() {
    const params = new URLSearchParams();
    for (const [name, id] of Object.entries(fields)) {
      const value = $(id).value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  function bar(row, share, dark) {
    const td = row.insertCell();
    const wrap = document.createElement('div');
    wrap.className = dark ? 'bar dark' : 'bar';
    const span = document.createElement('span');
    span.style.width = `${Math.round((share || 0) * 100)}px`;
    const label = document.createElement('small');
    label.textContent = share == null ? '–' : percent.format(share);
    wrap.append(span, label);
    td.appendChild(wrap);
  }

  function fill(tableId, lines, columns, render) {
    const body = $(tableId).tBodies[0];
    body.replaceChildren();
    if (!lines.length) {
      cell(body.insertRow(), t('noAnswers'), 'empty').colSpan = columns;
      return;
    }
    for (const line of lines) render(body.insertRow(), line);
  }

  function sentiment(row, line) {
    if (line.averageSentiment == null) { cell(row, '–', 'n'); return; }
    const value = line.averageSentiment;
    const mood = value >= 0.05 ? 'positive' : value <= -0.05 ? 'negative' : '';
    const score = new Intl.NumberFormat(window.adminTexts.locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    cell(row, `${score.format(value)} (${number.format(line.sentimentCount)})`, `n ${mood}`);
  }

  function show(report) {
    $('asked').textContent = number.format(report.asked);
    $('answered').textContent = number.format(report.answered);
    $('skipped').textContent = number.format(report.skipped);
    $('responseRate').textContent = report.responseRate == null ? '–' : percent.format(report.responseRate);
    $('darkShare').textContent = report.darkSocialShare == null ? '–' : percent.format(report.darkSocialShare);
    // Erased customers' answers stay in the anonymous daily counts above but leave the list below: say so, or the two disagree.
    const erased = report.erasedAnswers || 0;
    $('erased').hidden = erased === 0;
    $('erased').textContent = erased === 0 ? '' : t('erasedNote', number.format(erased), number.format(report.answered));
    fill('bySource', report.bySource, 5, (row, line) => {
      cell(row, line.source); cell(row, className(line.class)); cell(row, number.format(line.answers), 'n');
      bar(row, line.share, line.class === 'dark'); sentiment(row, line);
    });
    fill('byClass', report.byClass, 3, (row, line) => {
      cell(row, className(line.class)); cell(row, number.format(line.answers), 'n'); bar(row, line.share, line.class === 'dark');
    });
    fill('byChannel', report.byChannel, 3, (row, line) => {
      cell(row, word('shareChannels', line.channel)); cell(row, number.format(line.answers), 'n'); bar(row, line.share);
    });
    fill('weekly', report.weekly, 5, (row, line) => {
      cell(row, day.format(new Date(`${line.weekStart}T00:00:00Z`))); cell(row, number.format(line.asked), 'n'); cell(row, number.format(line.answered), 'n');
      cell(row, number.format(line.dark), 'n'); bar(row, line.darkSocialShare, true);
    });
    $('report').hidden = false;
  }

  // The answers themselves, newest first, a page at a time (pseudonymised and scrubbed by the API).
  // The next page reads the filters the figures on screen were drawn with, not fields edited since (without "Show"),
  // which appended another filter's answers under them.
  let answersPage = 0;
  let shown = new URLSearchParams();
  async function answers(first) {
    answersPage = first ? 1 : answersPage + 1;
    if (first) shown = query();
    const params = new URLSearchParams(shown);
    params.set('page', answersPage);
    params.set('pageSize', 25);
    const response = await call(`/api/admin/attribution?${params}`);
    if (!response) return false;
    const page = await response.json();
    const body = $('answers').tBodies[0];
    if (first) body.replaceChildren();
    for (const answer of page.items) {
      const row = body.insertRow();
      cell(row, answer.answeredAt ? `${moment.format(new Date(answer.answeredAt))} UTC` : '');
      cell(row, answer.answer || '');
      cell(row, [answer.source, answer.detail].filter(Boolean).join(' · '));
      cell(row, className(answer.class) || '');
      const mood = window.adminTexts.value(answer.shareSentimentLabel);
      const share = answer.shareComment ? `"${answer.shareComment}"${mood ? ` (${mood})` : ''}` : '';
      cell(row, share, answer.shareSentimentLabel || '');
      cell(row, answer.chatChannel);
    }
    if (first && !page.items.length) cell(body.insertRow(), t('noAnswers'), 'empty').colSpan = 6;
    $('answerCount').textContent = t('inAll', number.format(page.total));
    $('more').hidden = page.page * page.pageSize >= page.total;
    return true;
  }

  async function load() {
    say(t('loading'));
    const response = await call(`/api/admin/attribution/report?${query()}`);
    if (!response) { $('report').hidden = true; return; }
    show(await response.json());
    if (await answers(true)) say(t('updated', new Date().toLocaleTimeString(window.adminTexts.locale())));
  }

  // A signed link valid for a minute (POST /api/admin/links), so the browser streams the export to disk: fetching it
  // here would hold the whole file (hundreds of MB for a million answers) in the page's memory.
  async function download(format) {
    const params = query();
    params.set('format', format);
    if (format === 'csv') params.set('separator', $('separator').value);
    const response = await call('/api/admin/links', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: `/api/admin/attribution/export?${params}` }),
    });
    if (!response) return;
    const { url } = await response.json();
    const link = document.createElement('a');
    link.href = url;
    link.download = `attribution.${format}`; // the server's Content-Disposition name wins
    document.body.appendChild(link);
    link.click();
    link.remove();
    say(t('exportStarted', format.toUpperCase()));
  }

  // Excel reads a CSV with the list separator of the computer's region: a semicolon where the decimal mark is a comma
  // (French, German…), else a comma; a comma-separated file opened in French Excel lands whole in column A.
  $('separator').value = number.format(1.5).includes(',') ? 'semicolon' : 'comma';
  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  $('csv').onclick = () => download('csv');
  $('jsonl').onclick = () => download('jsonl');
  $('more').onclick = () => answers(false);
  // Another language: the page's words at once, and the figures drawn again in it (when a key is there).
  $('language').onchange = () => {
    window.adminTexts.use($('language').value);
    formats();
    if (window.adminApi.hasKey() && !$('report').hidden) load(); else say('');
  };
  if (window.adminApi.hasKey()) load();
})();
