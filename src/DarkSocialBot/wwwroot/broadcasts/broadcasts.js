// Broadcasts for the brand's team, over the campaigns admin API: count a segment's audience, create a campaign (now or at
// a time), follow its delivery figures, pause, resume or cancel it. Consent, opt-outs, quiet hours and rate limits are the
// host's (the page only asks). Values are written with textContent, never as HTML. Its words are in texts.js (English and
// French); dates and numbers follow the chosen language.
(() => {
  const $ = id => document.getElementById(id);
  const { call, say, cell, term } = window.adminApi;
  const { t, word } = window.adminTexts;
  const api = '/api/admin/broadcasts';
  const json = body => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  let number, when;
  function formats() {
    number = new Intl.NumberFormat(window.adminTexts.locale());
    when = new Intl.DateTimeFormat(window.adminTexts.locale(), { dateStyle: 'medium', timeStyle: 'short' });
  }
  formats();
  let selected = null;

  function segment() {
    const value = id => $(id).value.trim();
    const languages = [...document.querySelectorAll('input[name=language]:checked')].map(box => box.value);
    const tags = value('tags').split(',').map(tag => tag.trim()).filter(Boolean);
    return {
      topic: value('topic') || null,
      channelId: value('channelId') || null,
      languages: languages.length ? languages : null,
      tags: tags.length ? tags : null,
      lastSeenWithinDays: value('lastSeen') ? Number(value('lastSeen')) : null,
    };
  }

  function messages() {
    const texts = {};
    for (const language of ['en', 'fr']) {
      const text = $(`message-${language}`).value.trim();
      if (text) texts[language] = text;
    }
    return texts;
  }

  // The word {{name}} becomes for subscribers without a name (data.name.en, data.name.fr): without it the API refuses a
  // segment holding such subscribers, and the page had nowhere to give it.
  function data() {
    const words = {};
    for (const language of ['en', 'fr']) {
      const word = $(`name-${language}`).value.trim();
      if (word) words[`name.${language}`] = word;
    }
    return Object.keys(words).length ? words : null;
  }

  async function count() {
    const response = await call(`${api}/audience`, json(segment()));
    if (!response) { $('audience').textContent = ''; return; }
    const preview = await response.json();
    const parts = Object.entries(preview.byLanguage).map(([language, n]) => `${language} ${number.format(n)}`);
    $('audience').textContent = t('audienceCount', number.format(preview.count), parts.join(', '));
    say(t('audienceCounted'));
  }

  async function create(event) {
    event.preventDefault();
    const local = $('sendAt').value ? new Date($('sendAt').value) : null;
    // A date the browser cannot read (typed by hand where the picker is a text box) threw, and nothing was said.
    if (local && Number.isNaN(local.getTime())) { say(t('invalidDate'), true); return; }
    const sendAt = local ? local.toISOString() : null;
    const body = { name: $('name').value.trim(), segment: segment(), messages: messages(), data: data(), sendAt };
    // Spaces only passed the browser's "required" and were refused by the API in English words: said here first.
    if (!body.name) { say(t('nameRequired'), true); $('name').focus(); return; }
    if (!body.segment.topic) { say(t('topicRequired'), true); $('topic').focus(); return; }
    // A mass send cannot be taken back: ask once (the API still checks everything).
    const at = local ? t('atTime', when.format(local)) : t('now');
    if (!window.confirm(t('confirmSend', body.name, body.segment.topic, at))) return;
    const response = await call(`${api}/campaigns`, json(body));
    if (!response) return;
    const report = await response.json();
    // Its audience is gathered in the background: the count is final only once the fan-out is done.
    say(t('created', report.id, report.fanOutDone ? number.format(report.audience) : null));
    selected = report.id;
    await refresh(null);
  }

  // Its audience is not known yet: gathered when it starts (a cancelled one never will be: its 0 is final).
  const gathering = campaign => !campaign.fanOutDone && ['Scheduled', 'Running', 'Paused'].includes(campaign.status);

  function card(parent, value, label) {
    const div = document.createElement('div');
    div.className = 'card';
    const v = document.createElement('span');
    v.className = 'value';
    v.textContent = typeof value === 'number' ? number.format(value) : value;
    const l = document.createElement('span');
    l.className = 'label';
    l.textContent = label;
    div.append(v, l);
    parent.appendChild(div);
  }

  async function show(id) {
    const response = await call(`${api}/campaigns/${id}`);
    if (!response) return;
    const report = await response.json();
    $('report').hidden = false;
    $('title').textContent = `#${report.id} ${report.name} · ${window.adminTexts.status(report.status)}`;
    const figures = $('figures');
    figures.replaceChildren();
    // A campaign's audience is gathered when it starts: a scheduled one showed "0 audience", as if no one would get it.
    const figure = key => word('figures', key);
    if (!gathering(report)) card(figures, report.audience ?? 0, figure('audience'));
    else card(figures, '–', figure(report.status === 'Running' ? 'gathering' : 'gatheredAtStart'));
    for (const key of ['queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'optedOut', 'skippedByRule', 'cancelled'])
      card(figures, report[key] ?? 0, figure(key));
    // Queued messages the sender holds until quiet hours end where the subscriber is: without it a campaign created in
    // the evening showed only "queued" until the morning, as if it were stuck.
    if (report.deferred) card(figures, report.deferred, figure('deferred'));
    // Messages whose record was purged before their outcome was kept (older versions): sent or failed, no one knows which.
    if (report.unknown) card(figures, report.unknown, figure('unknown'));
    const reasons = $('reasons');
    reasons.replaceChildren();
    for (const [title, map] of [['failedReason', report.failedReasons], ['skippedReason', report.skippedReasons]]) {
      for (const [reason, n] of Object.entries(map || {})) term(reasons, t(title, word('reasons', reason)), number.format(n));
    }
    const status = report.status;
    $('pause').disabled = !['Scheduled', 'Running'].includes(status);
    $('resume').disabled = status !== 'Paused';
    $('cancel').disabled = !['Scheduled', 'Running', 'Paused'].includes(status);
  }

  // note: what the status line says afterwards; null leaves it alone.
  async function refresh(note = t('updated', new Date().toLocaleTimeString(window.adminTexts.locale()))) {
    const response = await call(`${api}/campaigns`);
    if (!response) return;
    const campaigns = await response.json();
    const body = $('campaigns').tBodies[0];
    body.replaceChildren();
    for (const campaign of campaigns) {
      const row = body.insertRow();
      row.dataset.id = campaign.id;
      if (campaign.id === selected) row.className = 'selected';
      for (const [text, className] of [[`#${campaign.id} ${campaign.name}`], [campaign.topic], [window.adminTexts.status(campaign.status)],
        [when.format(new Date(campaign.scheduledAt))], [gathering(campaign) ? '–' : number.format(campaign.audience), 'n']]) cell(row, text, className);
      // On a phone the figures are under the whole list: brought into view, or the click seemed to do nothing.
      row.onclick = async () => { selected = campaign.id; await refresh(null); $('report').scrollIntoView({ block: 'nearest' }); };
    }
    if (!campaigns.length) cell(body.insertRow(), t('noCampaigns'), 'empty').colSpan = 5;
    if (selected !== null) await show(selected);
    if (note !== null) say(note);
  }

  async function move(action) {
    if (selected === null) return;
    const response = await call(`${api}/campaigns/${selected}/${action}`, { method: 'POST' });
    if (!response) return;
    await refresh(t('moved', selected, action));
  }

  $('settings').addEventListener('submit', event => { event.preventDefault(); refresh(); });
  $('compose').addEventListener('submit', create);
  $('count').onclick = count;
  $('pause').onclick = () => move('pause');
  $('resume').onclick = () => move('resume');
  $('cancel').onclick = () => move('cancel');
  // Another language: the page's words at once, and the campaigns drawn again in it (when a key is there).
  $('language').onchange = () => {
    window.adminTexts.use($('language').value);
    formats();
    if (window.adminApi.hasKey()) refresh(null); else say('');
  };
  setInterval(() => { if (window.adminApi.hasKey() && !document.hidden) refresh(null); }, 3000);
  if (window.adminApi.hasKey()) refresh();
})();
