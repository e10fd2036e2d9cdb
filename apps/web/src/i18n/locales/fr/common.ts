import type { LocaleResource } from '../locale-resource';

export const common = {
  app: {
    name: 'Évaluation de la gouvernance de l’identité numérique',
    shortName: 'Gouvernance ID',
    skipToContent: 'Aller au contenu principal',
    mainNavigation: 'Navigation principale',
    toggleNavigation: 'Afficher ou masquer la navigation',
    loading: 'Chargement…',
    pageLoadFailed: 'Cette page n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
    reload: 'Recharger la page',
    footer: 'Fondé sur le Cadre modèle de gouvernance du PNUD pour l’identité juridique numérique.',
    footerLink: 'À propos du cadre',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
  nav: {
    framework: 'Cadre',
    assessments: 'Évaluations',
  },
  language: {
    label: 'Langue',
    current: 'Langue : {{language}}',
  },
  common: {
    cancel: 'Annuler',
    save: 'Enregistrer',
    close: 'Fermer',
    retry: 'Réessayer',
    edit: 'Modifier',
    optional: 'facultatif',
    clear: 'Effacer',
  },
  errors: {
    title: 'Un problème est survenu',
    code: {
      BAD_USER_INPUT: 'Certaines informations saisies ne sont pas valides.',
      NOT_FOUND: 'Cet élément est introuvable. Il a peut-être été supprimé, ou le lien est erroné.',
      PHASE_CHECKS_UNMET:
        'Certaines vérifications de la phase suivante ne sont pas remplies. Un modérateur peut passer outre en donnant une raison.',
      INVALID_PHASE_TRANSITION:
        'L’évaluation ne peut pas passer à cette phase depuis sa phase actuelle.',
      ASSESSMENT_ARCHIVED:
        'Cette évaluation est archivée. Restaurez-la avant d’y apporter des modifications.',
      CUSTOMISATION_LOCKED: 'Le cadre ne peut être personnalisé que pendant la phase Préparer.',
      CONFLICT:
        'Ceci entre en conflit avec des informations existantes. Rechargez la page et réessayez.',
      UNAUTHENTICATED: 'Veuillez vous connecter pour continuer.',
      FORBIDDEN: 'Votre rôle ne permet pas cette action.',
      RATE_LIMITED: 'Trop de tentatives. Patientez un instant, puis réessayez.',
      MAIL_FAILED:
        'Le courriel n’a pas pu être envoyé ; l’invitation a donc été retirée. Réessayez plus tard.',
      COLLAB_UNAVAILABLE:
        'Les documents en direct ne sont pas servis par ce serveur pour le moment. Réessayez plus tard.',
      FILE_TOO_LARGE:
        'Le fichier dépasse la taille acceptée par cette plateforme. Envoyez un fichier plus petit.',
      FILE_TYPE_REFUSED:
        'Ce type de fichier n’est pas accepté. Envoyez un fichier PDF, DOCX, XLSX, PNG, JPEG ou WebP.',
      FILE_INVALID:
        'Le fichier n’a pas pu être accepté : il est vide, endommagé, contient des macros, ou son nom ne correspond pas à son contenu.',
      INTERNAL_SERVER_ERROR: 'Le serveur a rencontré un problème. Veuillez réessayer plus tard.',
      NETWORK: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
      UNKNOWN: 'Une erreur inattendue s’est produite.',
    },
    field: {
      title: 'Saisissez un titre de 200 caractères au maximum.',
      country: 'Choisissez un pays dans la liste.',
      scope: 'Le périmètre peut compter au maximum 5 000 caractères.',
      nationalUseCases:
        'Chaque cas d’usage doit compter de 1 à 200 caractères, et il peut y en avoir 50 au maximum.',
      reason: 'Indiquez pourquoi ce sous-élément est écarté (2 000 caractères au maximum).',
      text: 'Saisissez la question, en 1 000 caractères au maximum.',
      email: 'Saisissez une adresse électronique valide.',
      password: 'Saisissez votre mot de passe.',
      displayName: 'Saisissez votre nom, en 120 caractères au plus.',
      default: 'Cette valeur n’est pas valide.',
    },
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Il n’y a aucune page à cette adresse.',
    home: 'Aller à la page d’accueil',
  },
} satisfies LocaleResource;
