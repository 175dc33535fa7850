// The marketers' view of self-reported attribution: the admin report API drawn as cards and tables, and its exports.
// Every figure comes from GET /api/admin/attribution/report, called through admin.js (the key goes out only as the
// Authorization header). Values are written with textContent, never as HTML.
(() => {
  const $ = id => document.getElementById(id);
  const form = $('filters');
  const { call, say, cell } = window.adminApi;
  const fields = ['from', 'to', 'chatChannel', 'language'];
  const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat();

  function query() {
    const params = new URLSearchParams();
    for (const name of fields) {
      const value = $(name).value.trim();
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
      cell(body.insertRow(), 'No answers for these filters.', 'empty').colSpan = columns;
      return;
    }
    for (const line of lines) render(body.insertRow(), line);
  }

  function sentiment(row, line) {
    if (line.averageSentiment == null) { cell(row, '–', 'n'); return; }
    const value = line.averageSentiment;
    const mood = value >= 0.05 ? 'positive' : value <= -0.05 ? 'negative' : '';
    cell(row, `${value > 0 ? '+' : ''}${value.toFixed(2)} (${number.format(line.sentimentCount)})`, `n ${mood}`);
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
    $('erased').textContent = erased === 0 ? '' : `${number.format(erased)} of these ${number.format(report.answered)} answers came from customers `
      + `whose data has since been erased at their request: they stay in these figures as anonymous daily counts (no customer, no words), `
      + `and are no longer in "What customers said" below.`;
    fill('bySource', report.bySource, 5, (row, line) => {
      cell(row, line.source); cell(row, line.class); cell(row, number.format(line.answers), 'n');
      bar(row, line.share, line.class === 'dark'); sentiment(row, line);
    });
    fill('byClass', report.byClass, 3, (row, line) => {
      cell(row, line.class); cell(row, number.format(line.answers), 'n'); bar(row, line.share, line.class === 'dark');
    });
    fill('byChannel', report.byChannel, 3, (row, line) => {
      cell(row, line.channel); cell(row, number.format(line.answers), 'n'); bar(row, line.share);
    });
    fill('weekly', report.weekly, 5, (row, line) => {
      cell(row, line.weekStart); cell(row, number.format(line.asked), 'n'); cell(row, number.format(line.answered), 'n');
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
      // In UTC, as the date filters and the API are: a browser's local time put 00:30 in Paris under the wrong day.
      cell(row, answer.answeredAt ? new Date(answer.answeredAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '');
      cell(row, answer.answer || '');
      cell(row, [answer.source, answer.detail].filter(Boolean).join(' · '));
      cell(row, answer.class || '');
      const share = answer.shareComment ? `"${answer.shareComment}"${answer.shareSentimentLabel ? ` (${answer.shareSentimentLabel})` : ''}` : '';
      cell(row, share, answer.shareSentimentLabel || '');
      cell(row, answer.chatChannel);
    }
    if (first && !page.items.length) cell(body.insertRow(), 'No answers for these filters.', 'empty').colSpan = 6;
    $('answerCount').textContent = `${number.format(page.total)} in all`;
    $('more').hidden = page.page * page.pageSize >= page.total;
    return true;
  }

  async function load() {
    say('Loading…');
    const response = await call(`/api/admin/attribution/report?${query()}`);
    if (!response) { $('report').hidden = true; return; }
    show(await response.json());
    if (await answers(true)) say(`Updated ${new Date().toLocaleTimeString()}.`);
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
    say(`Export started: your browser saves attribution (${format.toUpperCase()}) to its downloads.`);
  }

  // Excel reads a CSV with the list separator of the computer's region: a semicolon where the decimal mark is a comma
  // (French, German…), else a comma; a comma-separated file opened in French Excel lands whole in column A.
  $('separator').value = number.format(1.5).includes(',') ? 'semicolon' : 'comma';
  form.addEventListener('submit', event => { event.preventDefault(); load(); });
  $('csv').onclick = () => download('csv');
  $('jsonl').onclick = () => download('jsonl');
  $('more').onclick = () => answers(false);
  if (window.adminApi.hasKey()) load();
})();
