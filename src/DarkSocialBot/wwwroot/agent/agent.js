// The agents' console over the handoff API: the queue, one conversation's summary and transcript, replies sent through
// the customer's own channel, and closing (the bot answers again and tells the customer). Refreshes every 5 s while open.
// Values are written with textContent, never as HTML. Its words are in texts.js (English and French).
(() => {
  const $ = id => document.getElementById(id);
  const { call, say, term } = window.adminApi;
  const { t, value, intent } = window.adminTexts;
  const api = '/api/admin/handoffs';
  const agentName = $('agentName');
  agentName.value = sessionStorage.getItem('dsb.agentName') || '';
  let selected = null;
  let shown = ''; // the transcript last drawn, so a refresh that changes nothing does not move the agent's scroll
  const drafts = new Map(); // an unsent reply stays with its conversation: switching never sends it to another customer

  const time = at => new Date(at).toLocaleString(window.adminTexts.locale());

  // note: what the status line says afterwards; null leaves it alone (the timer's refresh keeps "Sent" and the like).
  async function refresh(note = t('updated', new Date().toLocaleTimeString(window.adminTexts.locale()))) {
    const response = await call(`${api}?status=${encodeURIComponent($('status').value)}`);
    if (!response) return;
    const handoffs = await response.json();
    // The API lists at most 500; X-Total-Count says how many match.
    const total = Number(response.headers.get('X-Total-Count') || handoffs.length);
    const status = $('status').value;
    // The tab's title counts who is waiting, so an agent working elsewhere sees a new one arrive.
    const waiting = status === 'open' ? total : handoffs.filter(h => !h.closedAt).length;
    document.title = `${waiting ? `(${waiting}) ` : ''}${t('title')}`;
    const queue = $('queue');
    queue.replaceChildren();
    if (!handoffs.length) {
      const empty = document.createElement('li');
      empty.className = 'meta';
      empty.textContent = status === 'open' ? t('noOneWaiting') : t('noHandoffs');
      queue.appendChild(empty);
    }
    if (total > handoffs.length) {
      const more = document.createElement('li');
      more.className = 'meta';
      more.textContent = status === 'open' ? t('moreWaiting', total, handoffs.length) : t('moreHandoffs', total, handoffs.length);
      queue.prepend(more);
    }
    for (const handoff of handoffs) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = handoff.id;
      if (handoff.id === selected) button.className = 'selected';
      const title = document.createElement('strong');
      title.textContent = `#${handoff.id} · ${value(handoff.reason)}${handoff.intent ? ` · ${intent(handoff.intent)}` : ''}`;
      const meta = document.createElement('small');
      meta.textContent = `${handoff.channelId} · ${handoff.locale} · ${time(handoff.openedAt)}${handoff.closedAt ? ` · ${t('closedBy', value(handoff.closedBy))}` : ''}`;
      button.append(title, document.createElement('br'), meta);
      button.onclick = () => open(handoff.id);
      li.appendChild(button);
      queue.appendChild(li);
    }
    if (selected !== null) await open(selected, true);
    if (note !== null) say(note);
  }

  async function open(id, quiet) {
    const response = await call(`${api}/${id}`, {}, [404]);
    if (!response) return;
    if (response.status === 404) { forget(id); return; }
    const { handoff, summary, transcript } = await response.json();
    if (selected !== id) {
      shown = '';
      if (selected !== null) drafts.set(selected, $('text').value);
      $('text').value = drafts.get(id) || '';
      drafts.delete(id);
    }
    selected = id;
    for (const button of $('queue').querySelectorAll('button')) button.classList.toggle('selected', Number(button.dataset.id) === id);
    $('case').hidden = false;
    $('title').textContent = t('caseTitle', handoff.id, handoff.channelId, !!handoff.closedAt);
    $('close').disabled = $('reply').querySelector('button').disabled = $('text').disabled = !!handoff.closedAt;

    const list = $('summary');
    list.replaceChildren();
    term(list, t('reason'), value(summary.reason));
    term(list, t('wanted'), intent(summary.intent));
    term(list, t('booking'), summary.bookingReference);
    term(list, t('note'), summary.note);
    term(list, t('mood'), summary.mood && `${value(summary.mood)}${summary.sentiment != null ? ` (${summary.sentiment.toFixed(2)})` : ''}`);
    term(list, t('sinceHandoff'), t('messagesFromCustomer', summary.messagesSinceHandoff));
    term(list, t('opened'), time(handoff.openedAt));

    const drawn = window.adminTexts.language() + JSON.stringify(transcript);
    if (drawn !== shown) {
      shown = drawn;
      const log = $('transcript');
      log.replaceChildren();
      for (const entry of transcript) {
        const li = document.createElement('li');
        li.className = entry.from;
        const meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = `${value(entry.from)} · ${time(entry.at)}${entry.delivery ? ` · ${value(entry.delivery)}` : ''}`;
        li.append(meta, document.createTextNode(entry.text || ''));
        for (const name of entry.attachments || []) li.append(document.createElement('br'), attachment(id, name));
        log.appendChild(li);
      }
      log.scrollTop = log.scrollHeight;
    }
    if (!quiet) {
      say(t('showing', id));
      $('case').scrollIntoView({ block: 'nearest' }); // on a phone the conversation is under the queue
    }
  }

  // A customer's photo or document: a link that fetches it through the API (which holds the provider's credentials: Twilio
  // media, WhatsApp Cloud media ids) and saves it, a download being out of reach of this page's content policy. An
  // address that needs no credentials (a Messenger link, a map) the API redirects to: it opens in a new tab. A name that
  // is not a web address (a content type) stays text.
  function attachment(id, name) {
    if (!/^https?:\/\//i.test(name)) return document.createTextNode(`📎 ${name}`);
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = `📎 ${name}`;
    link.addEventListener('click', async event => {
      event.preventDefault();
      const response = await call(`${api}/${id}/media?url=${encodeURIComponent(name)}`, { redirect: 'manual' }, [0]);
      if (!response) return;
      if (response.type === 'opaqueredirect') { window.open(name, '_blank', 'noopener'); return; }
      const save = document.createElement('a');
      save.href = URL.createObjectURL(await response.blob());
      save.download = name.split(/[/?#]/).filter(Boolean).pop() || 'attachment';
      save.click();
      setTimeout(() => URL.revokeObjectURL(save.href), 60000);
      say(t('saved'));
    });
    return link;
  }

  // A handoff that no longer exists (its customer's data was erased): nothing of it stays on screen, not even a draft.
  function forget(id) {
    drafts.delete(id);
    say(t('erased', id));
    if (selected !== id) return;
    selected = null;
    shown = '';
    $('case').hidden = true;
    for (const list of [$('summary'), $('transcript')]) list.replaceChildren();
    $('title').textContent = '';
    $('text').value = '';
  }

  $('settings').addEventListener('submit', event => { event.preventDefault(); refresh(); });
  $('status').onchange = () => refresh();
  agentName.onchange = () => sessionStorage.setItem('dsb.agentName', agentName.value.trim());
  // Another language: the page's words at once, and the queue and conversation drawn again in it (when a key is there).
  $('language').onchange = () => {
    window.adminTexts.use($('language').value);
    if (window.adminApi.hasKey()) refresh(); else say('');
  };

  $('reply').addEventListener('submit', async event => {
    event.preventDefault();
    const text = $('text').value.trim();
    if (!text || selected === null) return;
    const body = JSON.stringify({ text, agentName: agentName.value.trim() || null });
    const response = await call(`${api}/${selected}/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (!response) return;
    $('text').value = '';
    say(t('sent'));
    await open(selected, true);
  });
  $('text').addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); $('reply').requestSubmit(); }
  });

  $('close').onclick = async () => {
    if (selected === null) return;
    const response = await call(`${api}/${selected}/close`, { method: 'POST' });
    if (!response) return;
    await refresh(t('closedCase', selected));
  };

  setInterval(() => { if (window.adminApi.hasKey() && !document.hidden) refresh(null); }, 5000);
  if (window.adminApi.hasKey()) refresh();
})();
