import type { LocaleResource } from '../locale-resource';

export const workspace = {
  workspace: {
    title: 'Éléments',
    intro:
      'Rédigez l’évaluation élément par élément : répondez à chaque question clé, notez-la sur l’échelle propre à cette plateforme, citez vos sources et consignez les constats. Chaque personne qui travaille sur un élément voit les modifications des autres au fil de la frappe.',
    elementsNav: 'Éléments du cadre',
    youEdit: 'Vous pouvez modifier',
    youRead: 'Lecture seule',
    questionCount_one: '{{count}} question',
    questionCount_many: '{{count}} de questions',
    questionCount_other: '{{count}} questions',
    readOnly:
      'Vous pouvez lire cet élément au fur et à mesure de sa rédaction. Ses organisations cheffe de file et contributrices ainsi que les modérateurs le modifient.',
    noSubElements: 'Tous les sous-éléments de cet élément sont exclus de l’évaluation.',
    answer: {
      label: 'Réponse à la question {{number}}',
    },
    editor: {
      toolbar: 'Mise en forme',
      bold: 'Gras',
      italic: 'Italique',
      bulletList: 'Liste à puces',
      orderedList: 'Liste numérotée',
      blockquote: 'Citation',
    },
    status: {
      label: 'Statut',
      labelFor: 'Statut de la question {{number}}',
    },
    questionStatus: {
      NOT_STARTED: 'Pas commencé',
      DRAFTING: 'En rédaction',
      READY_FOR_REVIEW: 'Prêt pour relecture',
    },
    rating: {
      label: 'Note',
      labelFor: 'Note de la question {{number}}',
      scaleNote:
        'Échelle propre à cette plateforme, par rapport au scénario cible ; ce n’est pas une notation du PNUD.',
      none: 'Pas encore notée',
      rationale: 'Justification de la note',
      value: {
        MEETS_TARGET: 'Conforme au scénario cible',
        PARTIAL: 'Partiellement conforme',
        NOT_MET: 'Non conforme',
        UNKNOWN: 'Manque d’information',
        NOT_APPLICABLE: 'Sans objet',
      },
    },
    evidence: {
      title: 'Sources',
      none: 'Aucune source citée pour l’instant.',
      ref: '{{id}}, {{pinpoint}}',
      remove: 'Retirer la source {{id}}',
      addFor: 'Citer une source pour la question {{number}}',
      id: 'Identifiant de la source',
      pinpoint: 'Référence précise',
      pinpointPlaceholder: 'p. ex. art. 12(3), p. 40',
      add: 'Citer',
      idRequired: 'Saisissez l’identifiant de la source.',
      duplicate: 'Cette source est déjà citée avec cette référence.',
    },
    findings: {
      title: 'Constats',
      none: 'Aucun constat pour l’instant.',
      newKind: 'Type de constat',
      add: 'Ajouter un constat',
      addTo: 'Ajouter un constat à « {{title}} »',
      kindOf: 'Type du constat {{number}}',
      remove: 'Supprimer le constat {{number}} ({{kind}})',
      text: 'Constat {{number}} : {{kind}}',
      kind: {
        STRENGTH: 'Point fort',
        WEAKNESS: 'Faiblesse',
        INFORMATION_GAP: 'Manque d’information',
        RISK: 'Risque',
      },
    },
    summary: {
      label: 'Synthèse',
      description: 'La vue d’ensemble de ce sous-élément, tirée des réponses et des constats.',
    },
    presence: {
      here: 'Présents :',
      you: '{{name}} (vous)',
      watching_one: '{{count}} personne regarde',
      watching_many: '{{count}} de personnes regardent',
      watching_other: '{{count}} personnes regardent',
    },
    save: {
      connecting: 'Connexion…',
      saving: 'Enregistrement…',
      saved: 'Enregistré',
      offline: 'Hors ligne',
      denied: 'Accès refusé',
      live: 'En direct',
      offlineKept:
        'Vos modifications sont conservées dans ce navigateur et envoyées au retour de la connexion.',
      deniedHint: 'Vous n’avez plus accès à cet élément. Rechargez la page ou reconnectez-vous.',
      wentOffline:
        'Hors ligne. Vos modifications sont conservées dans ce navigateur et envoyées au retour de la connexion.',
      backOnline: 'De nouveau en ligne.',
      refused: 'Non enregistré',
      refusedHint:
        'Votre accès à cet élément a changé : vous pouvez désormais seulement le lire, et vos dernières modifications n’ont pas pu être enregistrées.',
      offlineOnDevice: 'Hors ligne — enregistré sur cet appareil',
    },
    leave: {
      title: 'Partir avec des modifications non enregistrées ?',
      body: 'Certaines de vos modifications ne sont pas encore parvenues au serveur. Elles sont conservées dans ce navigateur et envoyées la prochaine fois que vous ouvrirez cet élément en ligne, mais personne d’autre ne les voit d’ici là.',
      confirm: 'Partir quand même',
    },
  },
} satisfies LocaleResource;
