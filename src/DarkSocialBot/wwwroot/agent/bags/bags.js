// The baggage desk's screen over the bag reports API: open reports (the longest waiting first), one report with its passenger,
// flight, description and the photos and documents the customer sent, and "handled". Refreshes every 5 s while open.
// Values are written with textContent, never as HTML. Evidence is fetched through the API, which holds the providers'
// credentials and serves only what was filed with that report; a photo is shown from a data: URL (the page's policy lets
// in no other local image source), a link that needs no credentials (Messenger) as itself.
(() => {
  const $ = id => document.getElementById(id);
  const { call, say, term } = window.adminApi;
  const { t } = window.adminTexts; // English or French, as the agents' console (texts.js)
  const language = () => window.adminTexts.language();
  const locale = () => window.adminTexts.locale(); // dates in the browser's variant of the language (en-GB, fr-CA…)
  const api = '/api/admin/bag-reports';
  const agentName = $('agentName');
  agentName.value = sessionStorage.getItem('dsb.agentName') || '';
  let selected = null;
  let shown = ''; // the report last drawn: a refresh that changes nothing neither moves the screen nor fetches the photos again

  const time = value => new Date(value).toLocaleString(locale());
  // A flight's date is a calendar day at its airport: shown in the agent's language, never shifted by their time zone.
  const day = value => { const [y, m, d] = value.split('-').map(Number); return new Date(y, m - 1, d).toLocaleDateString(locale()); };
  const kind = report => report.damaged ? t('damagedBag') : t('lostBag');

  function note(text) {
    const li = document.createElement('li');
    li.className = 'meta';
    li.textContent = text;
    return li;
  }

  // message: what the status line says afterwards; null leaves it alone (the timer's refresh keeps "Marked handled" and the like).
  async function refresh(message = t('updated', new Date().toLocaleTimeString(locale()))) {
    const status = $('status').value;
    const damaged = $('damaged').value;
    const response = await call(`${api}?status=${status}&pageSize=500${damaged ? `&damaged=${damaged}` : ''}`);
    if (!response) return;
    const reports = await response.json();
    // The API lists at most 500; X-Total-Count says how many match.
    const total = Number(response.headers.get('X-Total-Count') || reports.length);
    const waiting = status === 'open' ? total : reports.filter(r => !r.handledAt).length;
    document.title = `${waiting ? `(${waiting}) ` : ''}${t('bagsTitle')}`;
    const list = $('reports');
    list.replaceChildren();
    if (!reports.length) list.appendChild(note(status === 'open' ? t('noOpenReport') : t('noReports')));
    if (total > reports.length) {
      list.appendChild(note(status === 'open'
        ? t('moreOpen', total, reports.length)
        : t('moreReports', total, reports.length)));
    }
    for (const report of reports) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = report.id;
      if (report.id === selected) button.className = 'selected';
      const title = document.createElement('strong');
      title.textContent = `${report.reference} · ${kind(report)}`;
      const meta = document.createElement('small');
      meta.textContent = `${report.passenger} · ${report.flight} · ${time(report.createdAt)}${report.handledAt ? ` · ${t('handledMark')}` : ''}`;
      button.append(title, document.createElement('br'), meta);
      button.onclick = () => open(report.id);
      li.appendChild(button);
      list.appendChild(li);
    }
    if (selected !== null) await open(selected, true);
    if (message !== null) say(message);
  }

  async function open(id, quiet) {
    const response = await call(`${api}/${id}`, {}, [404]);
    if (!response) return;
    if (response.status === 404) { forget(id, t('reportGone')); return; }
    const detail = await response.json();
    const report = detail.report;
    selected = id;
    for (const button of $('reports').querySelectorAll('button')) button.classList.toggle('selected', Number(button.dataset.id) === id);
    $('report').hidden = false;
    $('title').textContent = `${report.reference} · ${kind(report)}${report.handledAt ? t('handledSuffix') : ''}`;
    $('handled').disabled = !!report.handledAt;
    const drawn = language() + JSON.stringify(detail);
    if (drawn !== shown) {
      shown = drawn;
      const list = $('details');
      list.replaceChildren();
      term(list, t('passenger'), report.passenger);
      term(list, t('booking'), report.bookingReference);
      term(list, t('flight'), `${report.flight} ${report.origin} → ${report.destination}, ${day(report.flightDate)}`);
      term(list, t('contactPhone'), report.contactPhone);
      term(list, t('description'), report.description);
      term(list, t('filed'), time(report.createdAt));
      term(list, t('handledTerm'), report.handledAt && t('handledBy', time(report.handledAt), report.handledBy));
      term(list, t('erasure'), report.erasureRequested ? t('erasureAsked') : null);
      const evidence = $('evidence');
      evidence.replaceChildren();
      if (!detail.evidence.length) evidence.appendChild(Object.assign(document.createElement('p'), { className: 'meta', textContent: t('noEvidence') }));
      for (const item of detail.evidence) evidence.appendChild(figure(item));
    }
    if (!quiet) say(t('showingReport', report.reference));
  }

  // A photo is shown at once (click saves it); a document or video is a 📎 link that saves it.
  function figure(item) {
    const fig = document.createElement('figure');
    const link = document.createElement('a');
    link.href = '#';
    const name = item.name || item.url.split(/[/?#]/).filter(Boolean).pop() || 'attachment';
    const caption = document.createElement('figcaption');
    const photo = item.contentType.startsWith('image/');
    caption.textContent = `📎 ${item.name || (photo ? t('photo') : item.contentType)}`;
    if (photo) {
      const img = document.createElement('img');
      img.alt = item.name || t('photoAlt');
      link.appendChild(img);
      fetchEvidence(item).then(source => {
        if (!source) return;
        img.src = link.href = source;
        if (source.startsWith('data:')) link.download = name; else { link.target = '_blank'; link.rel = 'noopener'; }
      });
    } else {
      link.addEventListener('click', async event => {
        if (link.dataset.ready) return;
        event.preventDefault();
        const source = await fetchEvidence(item);
        if (!source) return;
        link.href = source;
        if (source.startsWith('data:')) link.download = name; else { link.target = '_blank'; link.rel = 'noopener'; }
        link.dataset.ready = 'true';
        link.click();
      });
    }
    link.appendChild(caption);
    fig.appendChild(link);
    return fig;
  }

  // The evidence as a data: URL, or its own address when the API redirects to it (it needs no credentials); null when the
  // API refused (the reason is on the status line: an expired WhatsApp media, say).
  async function fetchEvidence(item) {
    const response = await call(item.open, { redirect: 'manual' }, [0]);
    if (!response) return null;
    if (response.type === 'opaqueredirect') return item.url;
    const blob = await response.blob();
    return new Promise(resolve => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  }

  // A report that no longer exists leaves the screen.
  function forget(id, message) {
    if (message) say(message);
    if (selected !== id) return;
    selected = null;
    shown = '';
    $('report').hidden = true;
    for (const list of [$('details'), $('evidence')]) list.replaceChildren();
    $('title').textContent = '';
  }

  $('settings').addEventListener('submit', event => { event.preventDefault(); refresh(); });
  $('status').onchange = () => refresh();
  $('damaged').onchange = () => refresh();
  agentName.onchange = () => sessionStorage.setItem('dsb.agentName', agentName.value.trim());
  $('language').onchange = () => {
    window.adminTexts.use($('language').value);
    if (window.adminApi.hasKey()) refresh(); else say('');
  };

  $('handled').onclick = async () => {
    if (selected === null) return;
    const id = selected;
    const body = JSON.stringify({ agentName: agentName.value.trim() || null });
    const response = await call(`${api}/${id}/handled`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (!response) return;
    const report = await response.json();
    if (report.erased) {
      forget(id);
      await refresh(t('handledErased', report.reference));
      return;
    }
    await refresh(t('markedHandled', report.reference, report.handledBy));
  };

  setInterval(() => { if (window.adminApi.hasKey() && !document.hidden) refresh(null); }, 5000);
  if (window.adminApi.hasKey()) refresh();
})();
