// The agents' console (its handoffs and bag reports screens) in English and French: the browser's language picks one (fr-FR, fr-CA… get French, any other
// language English), and the "Language" menu changes it, remembered in this browser. Static texts are marked in the
// page (data-text, data-placeholder, data-label); the console's script asks for the others with adminTexts.t(key, …).
window.adminTexts = (() => {
  const texts = {
    en: {
      title: 'DarkSocialBot — agents', tagline: 'Conversations handed to a person', navAgents: 'Agents', navBags: 'Bag reports',
      navBroadcasts: 'Broadcasts', navAttribution: 'Attribution', language: 'Language', key: 'Admin API key',
      agentName: 'Your name (shown to customers)', show: 'Show', open: 'open', closed: 'closed', all: 'all', refresh: 'Refresh',
      queue: 'Handoffs', close: 'Close: hand back to the bot', write: 'Write to the customer…', reply: 'Reply', send: 'Send',
      noOneWaiting: 'No one is waiting for a person.', noHandoffs: 'No handoffs.',
      moreWaiting: (total, shown) => `${total} waiting: the ${shown} waiting longest are shown.`,
      moreHandoffs: (total, shown) => `${total} handoffs: the ${shown} most recent are shown.`,
      closedBy: who => who === 'withdrawn' ? 'withdrawn by the customer' : `closed by ${who}`, updated: at => `Updated ${at}.`,
      caseTitle: (id, channel, isClosed) => `#${id} on ${channel}${isClosed ? ' (closed)' : ''}`,
      reason: 'Reason', wanted: 'Wanted', booking: 'Booking', note: 'Note', mood: 'Mood', sinceHandoff: 'Since the handoff',
      messagesFromCustomer: n => `${n} message${n === 1 ? '' : 's'} from the customer`, opened: 'Opened',
      showing: id => `Showing #${id}.`, saved: 'Attachment saved to your downloads.',
      erased: id => `#${id} no longer exists: the customer's data was erased.`,
      sent: 'Sent: it goes out through the customer\'s channel.',
      closedCase: id => `#${id} closed: the bot answers this customer again and has told them so.`,
      needKey: 'Enter an admin API key (one of Admin:ApiKeys).', unreachable: 'The bot could not be reached.',
      refused: 'That API key was refused. The host accepts the keys listed in its Admin:ApiKeys setting.',
      answered: status => `The bot answered ${status}.`,
      bagsTitle: 'DarkSocialBot — bag reports', bagsTagline: 'Lost and damaged bags reported to the bot',
      bagAgentName: 'Your name (kept with the report)', handledOption: 'handled', bags: 'Bags', bothKinds: 'lost and damaged',
      lostKind: 'lost or delayed', damagedKind: 'damaged', bagList: 'Bag reports', markHandled: 'Mark handled: bag returned or claim settled',
      evidenceLabel: 'Photos and documents', damagedBag: 'Damaged bag', lostBag: 'Lost or delayed bag',
      noOpenReport: 'No open bag report.', noReports: 'No bag reports.',
      moreOpen: (total, shown) => `${total} open: the ${shown} waiting longest are shown.`,
      moreReports: (total, shown) => `${total} reports: the ${shown} most recent are shown.`,
      handledMark: 'handled', handledSuffix: ' (handled)',
      reportGone: 'This report no longer exists: its customer\'s data was erased, or it was purged once handled.',
      passenger: 'Passenger', flight: 'Flight', contactPhone: 'Contact phone', description: 'Description', filed: 'Filed',
      handledTerm: 'Handled', handledBy: (at, who) => `${at}${who ? ` by ${who}` : ''}`, erasure: 'Erasure',
      erasureAsked: 'The customer asked for their data to be erased: the report is deleted when it is marked handled.',
      noEvidence: 'No photo or document was sent with this report.', showingReport: reference => `Showing ${reference}.`,
      photo: 'Photo', photoAlt: 'Photo sent by the customer',
      handledErased: reference => `${reference} is handled and deleted: its customer had asked for their data to be erased.`,
      markedHandled: (reference, who) => `${reference} marked handled${who ? ` by ${who}` : ''}.`,
      values: {}, // the API's own words (Agent, customer, Sent, negative…)
      intents: {},
    },
    fr: {
      title: 'DarkSocialBot — conseillers', tagline: 'Conversations confiées à un conseiller', navAgents: 'Conseillers',
      navBags: 'Déclarations de bagages', navBroadcasts: 'Diffusions', navAttribution: 'Attribution', language: 'Langue',
      key: 'Clé de l\'API d\'administration', agentName: 'Votre prénom (vu par les clients)', show: 'Afficher', open: 'en attente',
      closed: 'clôturées', all: 'toutes', refresh: 'Actualiser', queue: 'Conversations confiées', close: 'Clôturer : rendre la main au bot',
      write: 'Écrire au client…', reply: 'Réponse', send: 'Envoyer',
      noOneWaiting: 'Personne n\'attend de conseiller.', noHandoffs: 'Aucune conversation.',
      moreWaiting: (total, shown) => `${total} en attente : les ${shown} qui attendent depuis le plus longtemps sont affichées.`,
      moreHandoffs: (total, shown) => `${total} conversations : les ${shown} plus récentes sont affichées.`,
      closedBy: who => who === 'withdrawn' ? 'retirée par le client' : `clôturée par ${who}`, updated: at => `Mis à jour à ${at}.`,
      caseTitle: (id, channel, isClosed) => `n° ${id} sur ${channel}${isClosed ? ' (clôturée)' : ''}`,
      reason: 'Motif', wanted: 'Demande', booking: 'Réservation', note: 'Note', mood: 'Humeur', sinceHandoff: 'Depuis la prise en charge',
      messagesFromCustomer: n => `${n} message${n > 1 ? 's' : ''} du client`, opened: 'Ouverte le',
      showing: id => `Conversation n° ${id} affichée.`, saved: 'Pièce jointe enregistrée dans vos téléchargements.',
      erased: id => `La conversation n° ${id} n'existe plus : les données du client ont été effacées.`,
      sent: 'Envoyé : le message part par le canal du client.',
      closedCase: id => `Conversation n° ${id} clôturée : le bot répond de nouveau à ce client et le lui a dit.`,
      needKey: 'Saisissez une clé de l\'API d\'administration (l\'une des Admin:ApiKeys).', unreachable: 'Le bot est injoignable.',
      refused: 'Cette clé a été refusée. Le serveur accepte les clés de son paramètre Admin:ApiKeys.',
      answered: status => `Le bot a répondu ${status}.`,
      bagsTitle: 'DarkSocialBot — déclarations de bagages', bagsTagline: 'Bagages perdus et endommagés déclarés au bot',
      bagAgentName: 'Votre prénom (gardé avec la déclaration)', handledOption: 'traitées', bags: 'Bagages', bothKinds: 'perdus et endommagés',
      lostKind: 'perdus ou retardés', damagedKind: 'endommagés', bagList: 'Déclarations de bagages',
      markHandled: 'Marquer traitée : bagage rendu ou réclamation réglée', evidenceLabel: 'Photos et documents',
      damagedBag: 'Bagage endommagé', lostBag: 'Bagage perdu ou retardé',
      noOpenReport: 'Aucune déclaration en attente.', noReports: 'Aucune déclaration.',
      moreOpen: (total, shown) => `${total} en attente : les ${shown} qui attendent depuis le plus longtemps sont affichées.`,
      moreReports: (total, shown) => `${total} déclarations : les ${shown} plus récentes sont affichées.`,
      handledMark: 'traitée', handledSuffix: ' (traitée)',
      reportGone: 'Cette déclaration n\'existe plus : les données du client ont été effacées, ou elle a été purgée après traitement.',
      passenger: 'Passager', flight: 'Vol', contactPhone: 'Téléphone de contact', description: 'Description', filed: 'Déclarée le',
      handledTerm: 'Traitée', handledBy: (at, who) => `${at}${who ? ` par ${who}` : ''}`, erasure: 'Effacement',
      erasureAsked: 'Le client a demandé l\'effacement de ses données : la déclaration sera supprimée une fois marquée traitée.',
      noEvidence: 'Aucune photo ni aucun document n\'a été envoyé avec cette déclaration.',
      showingReport: reference => `Déclaration ${reference} affichée.`, photo: 'Photo', photoAlt: 'Photo envoyée par le client',
      handledErased: reference => `${reference} est traitée et supprimée : le client avait demandé l'effacement de ses données.`,
      markedHandled: (reference, who) => `${reference} marquée traitée${who ? ` par ${who}` : ''}.`,
      values: {
        Agent: 'demande un conseiller', Complaint: 'réclamation', Rebook: 'modification ou remboursement', FlightCancelled: 'vol annulé',
        Assistance: 'assistance', Question: 'question', GaveUp: 'le bot n\'a pas su aider', Claim: 'demande d\'indemnisation', Seating: 'places',
        customer: 'client', bot: 'bot', agent: 'conseiller', Pending: 'envoi en cours', Sent: 'envoyé', Inline: 'envoyé', Failed: 'non remis',
        Positive: 'positive', Negative: 'négative', Neutral: 'neutre', 'customer (STOP)': 'le client (STOP)',
      },
      // What the customer wanted (the bot's intent names).
      intents: {
        agent: 'parler à un conseiller', complaint: 'réclamation', rebook: 'modifier ou rembourser', lostBag: 'bagage perdu',
        checkIn: 'enregistrement', seatChange: 'changement de siège', flightStatus: 'statut du vol', booking: 'réservation',
        baggage: 'bagages', travelInfo: 'infos voyage', compensation: 'indemnisation', assistance: 'assistance',
      },
    },
  };
  const stored = localStorage.getItem('dsb.agentLanguage');
  let language = texts[stored] ? stored : (navigator.languages && navigator.languages[0] || navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';

  // A text of the current language; a function's arguments follow its key.
  const t = (key, ...args) => {
    const text = texts[language][key] ?? texts.en[key];
    return typeof text === 'function' ? text(...args) : text;
  };
  // A value the API gives in English (a reason, who wrote, a delivery, a mood): in the agent's language when known.
  const value = raw => (raw == null ? raw : texts[language].values[raw] ?? texts[language].values[String(raw).charAt(0).toUpperCase() + String(raw).slice(1)] ?? raw);

  const intent = raw => (raw == null ? raw : texts[language].intents[raw] ?? raw);

  function apply() {
    document.documentElement.lang = language;
    for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
    for (const element of document.querySelectorAll('[data-placeholder]')) element.placeholder = t(element.dataset.placeholder);
    for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', t(element.dataset.label));
    const menu = document.getElementById('language');
    if (menu) menu.value = language;
  }

  function use(next) {
    if (!texts[next]) return;
    language = next;
    localStorage.setItem('dsb.agentLanguage', next);
    apply();
  }

  apply();
  return { t, value, intent, use, language: () => language };
})();
