// Broadcasts for the brand's team, over the campaigns admin API: count a segment's audience, create a campaign (now or at
// a time), follow its delivery figures, pause, resume or cancel it. Consent, opt-outs, quiet hours and rate limits are the
// host's (the page only asks). Values are written with textContent, never as HTML.
(() => {
  const $ = id => document.getElementById(id);
  const { call, say, cell, term } = window.adminApi;
  const api = '/api/admin/broadcasts';
  const json = body => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const number = new Intl.NumberFormat();
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
    $('audience').textContent = `${number.format(preview.count)} subscriber(s) with consent${parts.length ? ` (${parts.join(', ')})` : ''}.`;
    say('Audience counted.');
  }

  async function create(event) {
    event.preventDefault();
    const sendAt = $('sendAt').value ? new Date($('sendAt').value).toISOString() : null;
    const body = { name: $('name').value.trim(), segment: segment(), messages: messages(), data: data(), sendAt };
    // A mass send cannot be taken back: ask once (the API still checks everything).
    const when = sendAt ? `at ${new Date(sendAt).toLocaleString()}` : 'now';
    if (!window.confirm(`Send "${body.name}" to everyone in this segment who agreed to "${body.segment.topic ?? ''}", ${when}?`)) return;
    const response = await call(`${api}/campaigns`, json(body));
    if (!response) return;
    const report = await response.json();
    // Its audience is gathered in the background: the count is final only once the fan-out is done.
    say(`Campaign #${report.id} created${report.fanOutDone ? ` for ${number.format(report.audience)} subscriber(s)` : ''}: follow it on the right.`);
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
    $('title').textContent = `#${report.id} ${report.name} · ${report.status}`;
    const figures = $('figures');
    figures.replaceChildren();
    // A campaign's audience is gathered when it starts: a scheduled one showed "0 audience", as if no one would get it.
    if (!gathering(report)) card(figures, report.audience ?? 0, 'audience');
    else card(figures, '–', report.status === 'Running' ? 'audience: being gathered' : 'audience: gathered when it starts');
    for (const [key, label] of [['queued', 'queued'], ['sending', 'sending'], ['sent', 'sent'],
      ['delivered', 'delivered'], ['read', 'read'], ['failed', 'failed'], ['optedOut', 'opted out'], ['skippedByRule', 'skipped'],
      ['cancelled', 'cancelled']]) card(figures, report[key] ?? 0, label);
    // Queued messages the sender holds until quiet hours end where the subscriber is: without it a campaign created in
    // the evening showed only "queued" until the morning, as if it were stuck.
    if (report.deferred) card(figures, report.deferred, 'of them held for quiet hours');
    // Messages whose record was purged before their outcome was kept (older versions): sent or failed, no one knows which.
    if (report.unknown) card(figures, report.unknown, 'outcome unknown (purged)');
    const reasons = $('reasons');
    reasons.replaceChildren();
    for (const [title, map] of [['Failed', report.failedReasons], ['Skipped', report.skippedReasons]]) {
      for (const [reason, n] of Object.entries(map || {})) term(reasons, `${title}: ${reason}`, number.format(n));
    }
    const status = report.status;
    $('pause').disabled = !['Scheduled', 'Running'].includes(status);
    $('resume').disabled = status !== 'Paused';
    $('cancel').disabled = !['Scheduled', 'Running', 'Paused'].includes(status);
  }

  // note: what the status line says afterwards; null leaves it alone.
  async function refresh(note = `Updated ${new Date().toLocaleTimeString()}.`) {
    const response = await call(`${api}/campaigns`);
    if (!response) return;
    const campaigns = await response.json();
    const body = $('campaigns').tBodies[0];
    body.replaceChildren();
    for (const campaign of campaigns) {
      const row = body.insertRow();
      row.dataset.id = campaign.id;
      if (campaign.id === selected) row.className = 'selected';
      for (const [text, className] of [[`#${campaign.id} ${campaign.name}`], [campaign.topic], [campaign.status],
        [new Date(campaign.scheduledAt).toLocaleString()], [gathering(campaign) ? '–' : number.format(campaign.audience), 'n']]) cell(row, text, className);
      row.onclick = () => { selected = campaign.id; refresh(null); };
    }
    if (!campaigns.length) cell(body.insertRow(), 'No campaigns yet.', 'empty').colSpan = 5;
    if (selected !== null) await show(selected);
    if (note !== null) say(note);
  }

  async function move(action) {
    if (selected === null) return;
    const response = await call(`${api}/campaigns/${selected}/${action}`, { method: 'POST' });
    if (!response) return;
    await refresh(`Campaign #${selected}: ${action} done.`);
  }

  $('settings').addEventListener('submit', event => { event.preventDefault(); refresh(); });
  $('compose').addEventListener('submit', create);
  $('count').onclick = count;
  $('pause').onclick = () => move('pause');
  $('resume').onclick = () => move('resume');
  $('cancel').onclick = () => move('cancel');
  setInterval(() => { if (window.adminApi.hasKey() && !document.hidden) refresh(null); }, 3000);
  if (window.adminApi.hasKey()) refresh();
})();
