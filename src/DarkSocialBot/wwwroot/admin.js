// Shared by the admin pages (agents, broadcasts, attribution): the key field (#key, kept in this tab only), the status line
// (#message), one call to the admin API that turns a refusal into its reason on that line, and the two ways the pages
// write values (table cells, definition-list terms), always as text, never as HTML. The pages load window.adminTexts
// (texts.js) first: the status line then speaks the user's language, and a refusal whose code (and each field's code) has
// words there is said in them, else in the API's own English reason.
window.adminApi = (() => {
  const text = (key, english, ...args) => (window.adminTexts ? window.adminTexts.t(key, ...args) : english);
  const key = document.getElementById('key');
  const message = document.getElementById('message');
  key.value = sessionStorage.getItem('dsb.adminKey') || '';

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? 'error' : '';
  }

  // The response when it succeeded, or when its status is one of `expected` (the caller handles it, nothing is shown);
  // null, with the reason shown, when it was refused or failed.
  async function call(path, init = {}, expected = []) {
    const value = key.value.trim();
    if (!value) { say(text('needKey', 'Enter an admin API key (one of Admin:ApiKeys).'), true); return null; }
    sessionStorage.setItem('dsb.adminKey', value);
    let response;
    try {
      response = await fetch(path, { ...init, headers: { ...(init.headers || {}), Authorization: `Bearer ${value}` } });
    } catch {
      say(text('unreachable', 'The bot could not be reached.'), true);
      return null;
    }
    if (response.ok || expected.includes(response.status)) return response;
    if (response.status === 401 || response.status === 403) {
      say(text('refused', 'That API key was refused. The host accepts the keys listed in its Admin:ApiKeys setting.'), true);
      return null;
    }
    let reason = text('answered', `The bot answered ${response.status}.`, response.status);
    try {
      reason = explain(await response.json()) || reason;
    } catch { /* not a problem document */ }
    say(reason, true);
    return null;
  }

  // A problem document in words: each field's reasons (in the user's language when its code is known), else the reason.
  function explain(problem) {
    const words = (code, english) => (window.adminTexts && window.adminTexts.error(code, problem.args)) || english;
    const codes = problem.errorCodes || {};
    const details = Object.entries(problem.errors || {}).flatMap(([field, reasons]) => reasons.map((english, i) => words((codes[field] || [])[i], english)));
    return details.length ? details.join(' ') : words(problem.code, problem.detail || problem.title);
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  // Skips empty values, so a summary lists only what is known.
  function term(list, name, value) {
    if (value === null || value === undefined || value === '') return;
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }

  return { call, say, cell, term, hasKey: () => key.value.trim() !== '' };
})();
