// Minimal web chat for trying the bot locally: same turn pipeline as every channel, replies read from the outbox.
(() => {
  const api = '/api/webchat/conversations';
  const log = document.getElementById('log');
  const choices = document.getElementById('choices');
  const status = document.getElementById('status');
  const localeSelect = document.getElementById('locale');
  const input = document.getElementById('text');
  const ui = {
    en: { placeholder: 'Type a message…', send: 'Send', restart: 'New chat', restartTitle: 'Start a new conversation', language: 'Language',
      message: 'Message', suggestions: 'Suggestions', connecting: 'connecting…', online: 'online', offline: 'offline', team: 'Our team',
      notSent: 'Not sent: the bot cannot be reached. Your message is back in the box; try again in a moment.',
      tooFast: 'Not sent: too many messages in a short time. Your message is back in the box; send it again in {s} s.' },
    fr: { placeholder: 'Écrivez un message…', send: 'Envoyer', restart: 'Nouvelle conversation', restartTitle: 'Commencer une nouvelle conversation',
      language: 'Langue', message: 'Message', suggestions: 'Suggestions', connecting: 'connexion…', online: 'en ligne', offline: 'hors ligne',
      team: 'Notre équipe', notSent: 'Non envoyé : le bot est injoignable. Votre message est de nouveau dans la zone de saisie ; réessayez dans un instant.',
      tooFast: 'Non envoyé : trop de messages en peu de temps. Votre message est de nouveau dans la zone de saisie ; renvoyez-le dans {s} s.' },
  };
  let conversationId = sessionStorage.getItem('dsb.conversation');
  let after = Number(sessionStorage.getItem('dsb.after') || 0);
  // What the page showed, so a reload (or a server restart) shows the conversation so far instead of an empty page.
  let shown = conversationId ? JSON.parse(sessionStorage.getItem('dsb.log') || '[]') : [];
  localeSelect.value = sessionStorage.getItem('dsb.locale') || ((navigator.language || 'en').startsWith('fr') ? 'fr-FR' : 'en-US');

  const t = key => ui[localeSelect.value.startsWith('fr') ? 'fr' : 'en'][key];

  function translatePage() {
    document.documentElement.lang = localeSelect.value.slice(0, 2);
    input.placeholder = t('placeholder');
    input.setAttribute('aria-label', t('message'));
    document.querySelector('#composer button').textContent = t('send');
    const restart = document.getElementById('restart');
    restart.textContent = t('restart');
    restart.title = t('restartTitle');
    localeSelect.setAttribute('aria-label', t('language'));
    choices.setAttribute('aria-label', t('suggestions'));
  }

  // Written only when it changes: the status is a live region, and a screen reader would say "online" at every poll.
  function setStatus(key) {
    if (status.dataset.key === key && status.textContent === t(key)) return;
    status.dataset.key = key;
    status.textContent = t(key);
  }

  function remember(kind, activity) {
    shown.push({ kind, activity });
    try { sessionStorage.setItem('dsb.log', JSON.stringify(shown)); } catch { /* storage full: the page still works, a reload shows less */ }
  }

  // Text with its http(s) addresses as links (a boarding pass), everything else as plain text: nothing is read as HTML.
  function appendText(parent, text) {
    const url = /https?:\/\/[^\s<>"]+/g;
    let last = 0;
    for (const match of text.matchAll(url)) {
      const href = match[0].replace(/[.,;:!?)\]]+$/, '');
      parent.append(text.slice(last, match.index));
      parent.appendChild(link(href, href));
      last = match.index + href.length;
    }
    parent.append(text.slice(last));
  }

  function link(href, label) {
    const a = document.createElement('a');
    a.href = href; a.textContent = label; a.target = '_blank'; a.rel = 'noopener';
    return a;
  }

  function isWebUrl(value) {
    try { return ['http:', 'https:'].includes(new URL(value).protocol); } catch { return false; }
  }

  // A hero card (the boarding pass): title, subtitle, text and its buttons; an openUrl button is a link, the others answer.
  function appendCard(parent, card) {
    const box = document.createElement('div');
    box.className = 'card';
    for (const [name, tag] of [['title', 'strong'], ['subtitle', 'small'], ['text', 'p']]) {
      if (!card[name]) continue;
      const part = document.createElement(tag); part.textContent = card[name]; box.appendChild(part);
    }
    for (const button of card.buttons || []) {
      const label = button.title || String(button.value);
      if (button.type === 'openUrl') {
        if (isWebUrl(button.value)) box.appendChild(link(button.value, label)).className = 'card-button';
      } else {
        const b = document.createElement('button');
        b.type = 'button'; b.className = 'card-button'; b.textContent = label;
        b.onclick = () => choose(label, button.value);
        box.appendChild(b);
      }
    }
    parent.appendChild(box);
  }

  function add(kind, activity) {
    const li = document.createElement('li');
    li.className = kind;
    appendText(li, activity.text || '');
    // A person from the team writing during a handoff: say who, so the customer knows they are no longer talking to the bot.
    if (activity.channelData?.agent) {
      li.classList.add('agent');
      const who = document.createElement('small');
      who.className = 'who';
      who.textContent = activity.channelData.agentName || t('team');
      li.prepend(who);
    }
    for (const a of activity.attachments || []) {
      if (a.contentType === 'application/vnd.microsoft.card.hero' && a.content) {
        appendCard(li, a.content);
      } else if (a.contentUrl && isWebUrl(a.contentUrl) && /^image\//.test(a.contentType || '')) {
        const img = document.createElement('img'); img.src = a.contentUrl; img.alt = a.name || 'image'; li.appendChild(img);
      } else if (a.contentUrl && isWebUrl(a.contentUrl)) {
        li.appendChild(document.createElement('br')); li.appendChild(link(a.contentUrl, a.name || a.contentUrl));
      }
    }
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    return li;
  }

  function showChoices(activity) {
    choices.replaceChildren();
    for (const action of activity.suggestedActions?.actions || []) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = action.title || action.value;
      b.onclick = () => choose(action.title || action.value, action.value);
      choices.appendChild(b);
    }
    log.scrollTop = log.scrollHeight; // the buttons took room from the log: keep its last message (their question) in view
  }

  // A tapped choice removes the buttons: the focus goes back to the message box, not to the top of the page.
  function choose(text, value) {
    input.focus();
    send(text, value);
  }

  // One start at a time (a tick may retry while the previous try still waits for the server).
  let starting = null;
  function start() { return starting ??= startConversation().finally(() => { starting = null; }); }

  async function startConversation() {
    try {
      const res = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: localeSelect.value }) });
      if (!res.ok) { setStatus('offline'); return false; }
      conversationId = (await res.json()).conversationId;
    } catch { setStatus('offline'); return false; }
    after = 0;
    shown = [];
    sessionStorage.setItem('dsb.conversation', conversationId);
    sessionStorage.setItem('dsb.after', '0');
    sessionStorage.removeItem('dsb.log');
    return true;
  }

  async function send(text, value) {
    if (!text.trim()) return;
    const li = add('user', { text });
    choices.replaceChildren();
    let res = null;
    try {
      if (conversationId || await start()) {
        res = await fetch(`${api}/${conversationId}/messages`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, value, locale: localeSelect.value })
        });
      }
    } catch { /* the server is down or restarting: said below */ }
    if (!res) {
      setStatus('offline');
      notSent(li, text, t('notSent'));
      return;
    }
    // Too many messages (the host's limit): said in the page's language, with the wait the host gives.
    if (res.status === 429) { notSent(li, text, t('tooFast').replace('{s}', res.headers.get('Retry-After') || '5')); return; }
    if (!res.ok) { notSent(li, text, (await res.json().catch(() => ({}))).detail || res.status); return; }
    remember('user', { text });
    await poll();
  }

  // The message stays on screen marked as not sent, with the reason, and goes back in the box to send again (or shorten).
  function notSent(li, text, reason) {
    li.classList.add('failed');
    add('notice', { text: '⚠️ ' + reason });
    if (!input.value) input.value = text;
  }

  // One read at a time: a read started while another runs would get the same replies and show them twice.
  let reading = Promise.resolve();
  let queued = false;
  function poll() {
    if (queued) return reading;
    queued = true;
    return reading = reading.then(() => { queued = false; return readReplies(); });
  }

  async function readReplies() {
    if (!conversationId) return;
    try {
      const res = await fetch(`${api}/${conversationId}/activities?after=${after}`);
      if (!res.ok) { setStatus('offline'); return; }
      setStatus('online');
      for (const item of await res.json()) {
        if (item.id <= after) continue;
        after = item.id;
        sessionStorage.setItem('dsb.after', String(after));
        if (item.activity.type === 'message') { add('bot', item.activity); showChoices(item.activity); remember('bot', item.activity); }
      }
    } catch { setStatus('offline'); }
  }

  document.getElementById('composer').addEventListener('submit', e => {
    e.preventDefault();
    const text = input.value; input.value = '';
    send(text);
  });
  document.getElementById('restart').onclick = async () => { log.replaceChildren(); choices.replaceChildren(); if (await start()) await poll(); };
  localeSelect.onchange = () => {
    sessionStorage.setItem('dsb.locale', localeSelect.value);
    translatePage();
    setStatus(status.dataset.key || 'connecting');
  };

  translatePage();
  setStatus('connecting');
  for (const entry of shown) add(entry.kind, entry.activity);
  if (shown.at(-1)?.kind === 'bot') showChoices(shown.at(-1).activity);
  (async () => {
    if (!conversationId) await start();
    await poll();
    // Until a conversation could be started (the server was down when the page opened), each tick tries again.
    setInterval(async () => { if (conversationId || await start()) await poll(); }, 1000);
  })();
})();
