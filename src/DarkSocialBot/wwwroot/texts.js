// The admin pages (the agents' console, its bag reports screen, broadcasts, attribution) in English and French: the browser's
// language picks one (fr-FR, fr-CA… get French, any other language English), and each page's "Language" menu changes it,
// remembered in this browser for all of them. Static texts are marked in the page (data-text, data-placeholder, data-label,
// data-title); the scripts ask for the others with adminTexts.t(key, …), and format dates and numbers with adminTexts.locale().
// The API's refusals carry a code (README, "Error codes"): admin.js shows the words of `errors` for it, else the API's reason.
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
      // Attribution (the marketers' dashboard)
      dashTitle: 'DarkSocialBot — attribution', dashTagline: 'How customers heard about us: what they told the bot',
      fromUtc: 'From (UTC)', toUtc: 'To (UTC)', chatChannel: 'Chat channel', allChannels: 'all', customerLanguage: 'Customers\' language',
      allLanguages: 'all', english: 'English', french: 'French', csvFor: 'CSV for Excel in', comma: 'English (comma)',
      semicolon: 'French, German… (semicolon)', exportCsv: 'Export CSV', exportJsonl: 'Export JSON Lines',
      asked: 'asked', answeredCard: 'answered', responseRate: 'response rate', skipped: 'skipped', darkCard: 'dark social (private shares)',
      bySource: 'By source', byClass: 'By class', byChannel: 'By share channel', weekly: 'Week by week', said: 'What customers said',
      source: 'Source', class: 'Class', answers: 'Answers', share: 'Share', shareSentiment: 'Sentiment of the share', channel: 'Channel',
      weekOf: 'Week of', askedColumn: 'Asked', answeredColumn: 'Answered', dark: 'Dark', darkShare: 'Dark social share',
      answeredAt: 'Answered', words: 'Their words', aboutShare: 'About the share', chat: 'Chat', more: 'Show older answers',
      noAnswers: 'No answers for these filters.', inAll: n => `${n} in all`, loading: 'Loading…',
      erasedNote: (erased, answered) => `${erased} of these ${answered} answers came from customers whose data has since been erased at their `
        + 'request: they stay in these figures as anonymous daily counts (no customer, no words), and are no longer in "What customers said" below.',
      exportStarted: format => `Export started: your browser saves attribution (${format}) to its downloads.`,
      classes: {}, shareChannels: {},
      // Broadcasts
      bcTitle: 'DarkSocialBot — broadcasts', bcTagline: 'Updates to customers who opted in', showCampaigns: 'Show campaigns',
      newCampaign: 'New campaign', campaignName: 'Name', namePlaceholder: 'Spring offers', topic: 'Topic', channelAll: 'Channel (all when empty)',
      languagesAll: 'Languages (all when none)', tagsAll: 'Tags (comma-separated, all when empty)', lastSeen: 'Seen in the last … days',
      any: 'any', messageEn: 'Message in English', messageFr: 'Message in French',
      nameWordEn: '{{name}} for subscribers without a name, in English', nameWordFr: '{{name}} for subscribers without a name, in French',
      nameWordEnPlaceholder: 'there (Hello there, …)', nameWordFrPlaceholder: 'à vous (Bonjour à vous, …)',
      sendAt: 'Send at (now when empty; your time zone)', countAudience: 'Count the audience', createSend: 'Create and send',
      campaign: 'Campaign', status: 'Status', scheduled: 'Scheduled', audience: 'Audience', pause: 'Pause', resume: 'Resume', cancel: 'Cancel',
      campaignList: 'Campaigns', noCampaigns: 'No campaigns yet.',
      audienceCount: (count, parts) => `${count} subscriber(s) with consent${parts ? ` (${parts})` : ''}.`, audienceCounted: 'Audience counted.',
      confirmSend: (name, topic, when) => `Send "${name}" to everyone in this segment who agreed to "${topic}", ${when}?`,
      now: 'now', atTime: at => `at ${at}`,
      created: (id, audience) => `Campaign #${id} created${audience == null ? '' : ` for ${audience} subscriber(s)`}: follow it in the list.`,
      moved: (id, action) => `Campaign #${id}: ${action} done.`,
      figures: {
        audience: 'audience', gathering: 'audience: being gathered', gatheredAtStart: 'audience: gathered when it starts', queued: 'queued',
        sending: 'sending', sent: 'sent', delivered: 'delivered', read: 'read', failed: 'failed', optedOut: 'opted out', skippedByRule: 'skipped',
        cancelled: 'cancelled', deferred: 'of them held for quiet hours', unknown: 'outcome unknown (purged)',
      },
      failedReason: reason => `Failed: ${reason}`, skippedReason: reason => `Skipped: ${reason}`,
      nameRequired: 'Give the campaign a name.', topicRequired: 'Give a topic: offers, news or flight:<number>:<yyyy-MM-dd>.',
      invalidDate: 'This date and time is not valid.',
      statuses: {}, reasons: {},
      errors: {},
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
      // Attribution (le tableau de bord du marketing)
      dashTitle: 'DarkSocialBot — attribution', dashTagline: 'Comment les clients nous ont connus : ce qu\'ils ont dit au bot',
      fromUtc: 'Du (UTC)', toUtc: 'Au (UTC)', chatChannel: 'Canal de discussion', allChannels: 'tous', customerLanguage: 'Langue des clients',
      allLanguages: 'toutes', english: 'anglais', french: 'français', csvFor: 'CSV pour Excel en', comma: 'anglais (virgule)',
      semicolon: 'français, allemand… (point-virgule)', exportCsv: 'Exporter en CSV', exportJsonl: 'Exporter en JSON Lines',
      asked: 'interrogés', answeredCard: 'ont répondu', responseRate: 'taux de réponse', skipped: 'ont passé la question', darkCard: 'dark social (partages privés)',
      bySource: 'Par source', byClass: 'Par type', byChannel: 'Par canal de partage', weekly: 'Semaine par semaine', said: 'Ce que les clients ont dit',
      source: 'Source', class: 'Type', answers: 'Réponses', share: 'Part', shareSentiment: 'Ressenti sur le partage', channel: 'Canal',
      weekOf: 'Semaine du', askedColumn: 'Interrogés', answeredColumn: 'Réponses', dark: 'Dark social', darkShare: 'Part du dark social',
      answeredAt: 'Réponse le', words: 'Leurs mots', aboutShare: 'Sur le partage', chat: 'Discussion', more: 'Afficher les réponses plus anciennes',
      noAnswers: 'Aucune réponse pour ces filtres.', inAll: n => `${n} au total`, loading: 'Chargement…',
      erasedNote: (erased, answered) => `${erased} de ces ${answered} réponses viennent de clients dont les données ont depuis été effacées à leur `
        + 'demande : elles restent dans ces chiffres comme comptes journaliers anonymes (ni client, ni mots), et ne figurent plus dans « Ce que les clients ont dit » ci-dessous.',
      exportStarted: format => `Export lancé : votre navigateur enregistre l'attribution (${format}) dans ses téléchargements.`,
      classes: { dark: 'dark social', public: 'public', paid: 'payant', owned: 'propre', unclassified: 'non classé' },
      shareChannels: { unknown: 'inconnu', other: 'autre' },
      // Diffusions
      bcTitle: 'DarkSocialBot — diffusions', bcTagline: 'Nouvelles envoyées aux clients qui l\'ont accepté', showCampaigns: 'Afficher les campagnes',
      newCampaign: 'Nouvelle campagne', campaignName: 'Nom', namePlaceholder: 'Offres de printemps', topic: 'Sujet',
      channelAll: 'Canal (tous si vide)', languagesAll: 'Langues (toutes si aucune)', tagsAll: 'Étiquettes (séparées par des virgules, toutes si vide)',
      lastSeen: 'Vus dans les … derniers jours', any: 'peu importe', messageEn: 'Message en anglais', messageFr: 'Message en français',
      nameWordEn: '{{name}} pour les abonnés sans nom, en anglais', nameWordFr: '{{name}} pour les abonnés sans nom, en français',
      nameWordEnPlaceholder: 'there (Hello there, …)', nameWordFrPlaceholder: 'à vous (Bonjour à vous, …)',
      sendAt: 'Envoyer le (maintenant si vide ; votre fuseau horaire)', countAudience: 'Compter l\'audience', createSend: 'Créer et envoyer',
      campaign: 'Campagne', status: 'État', scheduled: 'Prévue le', audience: 'Audience', pause: 'Suspendre', resume: 'Reprendre', cancel: 'Annuler',
      campaignList: 'Campagnes', noCampaigns: 'Aucune campagne pour l\'instant.',
      audienceCount: (count, parts) => `${count} abonné(s) consentant(s)${parts ? ` (${parts})` : ''}.`, audienceCounted: 'Audience comptée.',
      confirmSend: (name, topic, when) => `Envoyer « ${name} » à tous les abonnés de ce segment qui ont accepté « ${topic} », ${when} ?`,
      now: 'maintenant', atTime: at => `le ${at}`,
      created: (id, audience) => `Campagne n° ${id} créée${audience == null ? '' : ` pour ${audience} abonné(s)`} : suivez-la dans la liste.`,
      moved: (id, action) => `Campagne n° ${id} : ${{ pause: 'suspendue', resume: 'reprise', cancel: 'annulée' }[action] ?? action}.`,
      figures: {
        audience: 'audience', gathering: 'audience : en cours de constitution', gatheredAtStart: 'audience : constituée au départ', queued: 'en file',
        sending: 'en cours d\'envoi', sent: 'envoyés', delivered: 'remis', read: 'lus', failed: 'en échec', optedOut: 'désabonnés', skippedByRule: 'écartés',
        cancelled: 'annulés', deferred: 'dont retenus pour les heures de silence', unknown: 'issue inconnue (purgés)',
      },
      failedReason: reason => `Échec : ${reason}`, skippedReason: reason => `Écarté : ${reason}`,
      nameRequired: 'Donnez un nom à la campagne.', topicRequired: 'Indiquez un sujet : offers, news ou flight:<numéro>:<aaaa-MM-jj>.',
      invalidDate: 'Cette date et heure n\'est pas valide.',
      statuses: { Scheduled: 'prévue', Running: 'en cours', Paused: 'suspendue', Completed: 'terminée', Cancelled: 'annulée' },
      reasons: {
        Unsubscribed: 'désabonné', OptedOut: 'a dit STOP', NoTextForLanguage: 'pas de texte dans sa langue', QuietHours: 'heures de silence',
        Cancelled: 'annulé', TemplateRequired: 'modèle requis (hors fenêtre de 24 h)', OutsideWindow: 'hors fenêtre de 24 h',
        TemplateRefused: 'modèle refusé', InvalidRecipient: 'destinataire invalide', Throttled: 'débit limité', Unavailable: 'service indisponible',
        Restricted: 'compte restreint', ChannelOff: 'canal désactivé',
      },
      // The API's refusals by code (README, "Error codes"); a code not listed keeps the API's English reason.
      errors: {
        key_missing: 'Saisissez une clé de l\'API d\'administration.', key_refused: 'Cette clé a été refusée.',
        handoff_not_found: a => `La conversation n° ${a.id} n'existe pas.`, handoff_closed: 'Cette conversation est clôturée : le bot répond de nouveau à ce client.',
        customer_opted_out: 'Le client a dit STOP sur ce canal : rien ne peut lui être envoyé tant qu\'il n\'a pas écrit START.',
        text_length: a => `Écrivez un texte de 1 à ${a.max} caractères.`, agent_name_too_long: a => `Le prénom a au plus ${a.max} caractères.`,
        status_invalid: 'L\'état est « en attente », « clôturées » ou « toutes ».', attachment_not_found: 'Cette pièce jointe est introuvable.',
        attachment_no_address: 'Cette pièce jointe n\'a pas d\'adresse à ouvrir.',
        media_unavailable: a => `Le fournisseur n'a pas donné le fichier (HTTP ${a.status}) ; il a peut-être expiré.`,
        bag_report_not_found: a => `La déclaration n° ${a.id} n'existe pas.`, query_invalid: 'Un des filtres n\'est pas valide.',
        campaign_not_found: a => `La campagne n° ${a.id} n'existe pas.`,
        campaign_wrong_status: a => `La campagne n° ${a.id} est ${window.adminTexts.status(a.status)} : ce n'est pas possible depuis cet état.`,
        campaign_not_paused: a => `La campagne n° ${a.id} est ${window.adminTexts.status(a.status)}, pas suspendue : seule une campagne suspendue peut reprendre.`,
        json_required: 'Envoyez un corps JSON (Content-Type: application/json).', body_empty: 'Le corps de la requête est vide.',
        invalid_json: 'Le corps de la requête n\'est pas un JSON valide pour cette demande.', body_too_large: 'La requête est trop volumineuse.',
        no_such_address: 'Rien ne répond à cette adresse.', not_found: 'Rien n\'a été trouvé à cette adresse.',
        link_expired: 'Ce lien n\'est plus valide (un lien dure une minute) : relancez le téléchargement depuis la page.',
        // Fields (errorCodes)
        to_before_from: 'La date de fin doit suivre la date de début.', date_invalid: 'Saisissez une date (2026-11-23).',
        word_invalid: 'Lettres, chiffres, « _ » ou « - » seulement.', number_out_of_range: 'Ce nombre est hors des limites.',
        whole_days_only: 'Le rapport compte des journées UTC entières : donnez une date.', class_unknown: 'Type inconnu.',
        source_unknown: 'Source inconnue : utilisez un code de la taxonomie comme WOM_FRIEND.',
        name_required: 'Donnez à la campagne un nom de 200 caractères au plus.', segment_required: 'Indiquez au moins un sujet.',
        unknown_topic: 'Sujet inconnu : utilisez offers, news ou flight:<numéro>:<aaaa-MM-jj>.', channel_invalid: 'Un canal a de 1 à 64 caractères.',
        unknown_language: 'Langue inconnue.', tag_invalid: 'Étiquette invalide : des minuscules, chiffres, « _ » ou « - ».',
        last_seen_out_of_range: '« Vus dans les … derniers jours » va de 1 à 3650 jours.', message_required: 'Écrivez le message dans au moins une langue.',
        text_empty: 'Le texte est vide.', text_too_long: 'Le texte est trop long.', language_twice: 'Deux textes pour une même langue : gardez-en un.',
        data_has_braces: 'Ce mot ne peut pas contenir {{ ou }}.', name_word_empty: 'Le mot pour {{name}} ne peut pas être vide.',
        unknown_placeholder: 'Variable inconnue entre {{ }} : utilisez {{name}}.', send_at_past: 'Cette date est passée : laissez vide pour envoyer maintenant.',
        no_audience: 'Aucun abonné actif de ce sujet ne correspond à ce segment.',
        message_missing_for_language: 'Des abonnés du segment parlent cette langue : écrivez-leur le message dans leur langue.',
        name_word_missing: 'Des abonnés du segment n\'ont pas de nom : donnez le mot à utiliser pour {{name}}, ou retirez {{name}}.',
      },
    },
  };
  const stored = localStorage.getItem('dsb.agentLanguage');
  let language = texts[stored] ? stored : (navigator.languages && navigator.languages[0] || navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];

  // A text of the current language; a function's arguments follow its key.
  const t = (key, ...args) => {
    const text = texts[language][key] ?? texts.en[key];
    return typeof text === 'function' ? text(...args) : text;
  };
  // A value the API gives in English (a reason, who wrote, a delivery, a mood): in the agent's language when known.
  const value = raw => (raw == null ? raw : texts[language].values[raw] ?? texts[language].values[String(raw).charAt(0).toUpperCase() + String(raw).slice(1)] ?? raw);

  const intent = raw => (raw == null ? raw : texts[language].intents[raw] ?? raw);
  // A word of one of the page's lists (figures, statuses, reasons, classes) in the current language, else as the API gave it.
  const word = (list, raw) => (raw == null ? raw : texts[language][list][raw] ?? texts.en[list][raw] ?? raw);
  // Dates and numbers: the browser's own variant of the chosen language (en-GB, fr-CA…), else the language itself.
  const locale = () => preferred.find(tag => tag.toLowerCase().split('-')[0] === language) || language;
  // The words for an API refusal's code (with its args), or null when only the API's English reason says it.
  const error = (code, args) => {
    const text = code && language !== 'en' ? texts[language].errors[code] : null;
    if (text == null) return null;
    return typeof text === 'function' ? text(args || {}) : text;
  };

  function apply() {
    document.documentElement.lang = language;
    for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
    for (const element of document.querySelectorAll('[data-placeholder]')) element.placeholder = t(element.dataset.placeholder);
    for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', t(element.dataset.label));
    const menu = document.getElementById('language');
    if (menu) menu.value = language;
    document.dispatchEvent(new Event('adminlanguage'));
  }

  function use(next) {
    if (!texts[next]) return;
    language = next;
    localStorage.setItem('dsb.agentLanguage', next);
    apply();
  }

  apply();
  return { t, value, intent, word, error, locale, status: raw => word('statuses', raw), use, language: () => language };
})();
