// Minimal web chat for trying the bot locally: same turn pipeline as every channel, replies read from the outbox.
(() => {
  const api = '/api/webchat/conversations';
  const log = document.getElementById('log');
  const choices = document.getElementById('choices');
  const status = document.getElementById('status');
  const localeSelect = document.getElementById('locale');
  const input = document.getElementById('text');
  let conversationId = sessionStorage.getItem('dsb.conversation');
  let after = Number(sessionStorage.getItem('dsb.after') || 0);
  localeSelect.value = sessionStorage.getItem('dsb.locale') || ((navigator.language || 'en').startsWith('fr') ? 'fr-FR' : 'en-US');

  function add(kind, activity) {
    const li = document.createElement('li');
    li.className = kind;
    li.textContent = activity.text || '';
    // A person from the team writing during a handoff: say who, so the customer knows they are no longer talking to the bot.
    if (activity.channelData?.agent) {
      li.classList.add('agent');
      const who = document.createElement('small');
      who.className = 'who';
      who.textContent = activity.channelData.agentName || (localeSelect.value.startsWith('fr') ? 'Notre équipe' : 'Our team');
      li.prepend(who);
    }
    for (const a of activity.attachments || []) {
      if (a.contentUrl && /^image\//.test(a.contentType || '')) {
        const img = document.createElement('img'); img.src = a.contentUrl; img.alt = a.name || 'image'; li.appendChild(img);
      } else if (a.contentUrl) {
        const link = document.createElement('a'); link.href = a.contentUrl; link.textContent = a.name || a.contentUrl; link.target = '_blank';
        li.appendChild(document.createElement('br')); li.appendChild(link);
      }
    }
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  function showChoices(activity) {
    choices.replaceChildren();
    for (const action of activity.suggestedActions?.actions || []) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = action.title || action.value;
      b.onclick = () => send(action.title || action.value, action.value);
      choices.appendChild(b);
    }
  }

  async function start() {
    const res = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: localeSelect.value }) });
    if (!res.ok) { status.textContent = 'could not start (' + res.status + ')'; return; }
    conversationId = (await res.json()).conversationId;
    after = 0;
    sessionStorage.setItem('dsb.conversation', conversationId);
    sessionStorage.setItem('dsb.after', '0');
  }

  async function send(text, value) {
    if (!text.trim()) return;
    add('user', { text });
    choices.replaceChildren();
    const res = await fetch(`${api}/${conversationId}/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, value, locale: localeSelect.value })
    });
    if (!res.ok) add('bot', { text: '⚠️ ' + ((await res.json().catch(() => ({}))).detail || res.status) });
    await poll();
  }

  async function poll() {
    if (!conversationId) return;
    try {
      const res = await fetch(`${api}/${conversationId}/activities?after=${after}`);
      if (!res.ok) { status.textContent = 'offline'; return; }
      status.textContent = 'online';
      for (const item of await res.json()) {
        after = item.id;
        sessionStorage.setItem('dsb.after', String(after));
        if (item.activity.type === 'message') { add('bot', item.activity); showChoices(item.activity); }
      }
    } catch { status.textContent = 'offline'; }
  }

  document.getElementById('composer').addEventListener('submit', e => {
    e.preventDefault();
    const text = input.value; input.value = '';
    send(text);
  });
  document.getElementById('restart').onclick = async () => { log.replaceChildren(); choices.replaceChildren(); await start(); await poll(); };
  localeSelect.onchange = () => sessionStorage.setItem('dsb.locale', localeSelect.value);

  (async () => {
    if (!conversationId) await start();
    await poll();
    setInterval(poll, 1000);
  })();
})();
