import type { LocaleResource } from '../locale-resource';

export const members = {
  role: {
    MODERATOR: 'Modérateur',
    CONTRIBUTOR: 'Contributeur',
    REVIEWER: 'Relecteur',
    OBSERVER: 'Observateur',
  },
  roleHint: {
    MODERATOR: 'Conduit l’évaluation : membres, phases, attribution des éléments et publication.',
    CONTRIBUTOR: 'Modifie les éléments qui lui sont attribués, à lui ou à son organisation.',
    REVIEWER: 'Lit tout, commente et propose des modifications, sans modifier directement.',
    OBSERVER: 'Lecture seule, par exemple sur un écran d’atelier.',
  },
  organisationType: {
    GOVERNMENT: 'Gouvernement',
    CIVIL_SOCIETY: 'Société civile',
    UNDP: 'PNUD',
    DEVELOPMENT_PARTNER: 'Partenaire de développement',
    ACADEMIA: 'Milieu universitaire',
    OTHER: 'Autre',
  },
  members: {
    title: 'Membres',
    intro: 'Qui participe à cette évaluation, pour quelle organisation et avec quel rôle.',
    tableCaption: 'Membres de cette évaluation',
    columnMember: 'Membre',
    columnOrganisation: 'Organisation',
    columnRole: 'Rôle',
    columnEmail: 'Courriel',
    columnActions: 'Actions',
    you: 'Vous',
    noOrganisation: 'Aucune',
    organisationHidden: 'Non affichée',
    roleOf: 'Rôle de {{name}}',
    roleChanged: '{{name}} a désormais le rôle : {{role}}.',
    remove: 'Retirer',
    removeLabel: 'Retirer {{name}}',
    removeConfirmTitle: 'Retirer {{name}} ?',
    removeConfirmBody:
      '{{name}} perdra immédiatement l’accès à cette évaluation. Ses contributions sont conservées et le retrait est consigné dans le journal d’audit.',
    removed: '{{name}} a été retiré de l’évaluation.',
    moderatorsByAdmin:
      'Seul un administrateur de la plateforme peut nommer ou retirer des modérateurs.',
    rolesTitle: 'Ce que permet chaque rôle',
  },
  attribution: {
    title: 'Comment les autres me voient',
    intro:
      'Vous participez pour une organisation de la société civile : vous choisissez donc comment vous apparaissez aux membres du gouvernement et aux autres participants de cette évaluation. Les modérateurs voient toujours qui vous êtes.',
    label: 'Les autres voient',
    option: {
      NAME: 'Mon nom',
      ORGANISATION: 'Seulement mon organisation',
      PSEUDONYM: 'Un pseudonyme',
    },
    hint: {
      NAME: 'Votre nom et votre organisation apparaissent à côté de ce que vous écrivez.',
      ORGANISATION: 'Seul le nom de votre organisation apparaît, pas votre propre nom.',
      PSEUDONYM:
        'Un pseudonyme stable, comme « Civil society contributor 3 », apparaît : ni votre nom ni votre organisation.',
    },
    save: 'Enregistrer mon choix',
    saved: 'Enregistré. Les autres voient désormais : {{choice}}.',
  },
  invite: {
    title: 'Inviter une personne',
    intro:
      'La personne reçoit un courriel contenant un lien pour rejoindre cette évaluation avec le rôle choisi. Le lien ne sert qu’une fois et expire.',
    email: 'Adresse électronique',
    role: 'Rôle',
    organisation: 'Organisation',
    organisationDescription:
      'L’organisation pour laquelle la personne agira dans cette évaluation.',
    organisationPlaceholder: 'Aucune organisation',
    nothingFound: 'Aucune organisation ne correspond',
    emailRequired: 'Saisissez une adresse électronique.',
    emailInvalid: 'Saisissez une adresse électronique valide, par exemple nom@example.org.',
    submit: 'Envoyer l’invitation',
    sent: 'Invitation envoyée à {{email}}.',
  },
  invitations: {
    title: 'Invitations',
    tableCaption: 'Invitations à cette évaluation',
    columnEmail: 'Courriel',
    columnRole: 'Rôle',
    columnOrganisation: 'Organisation',
    columnStatus: 'État',
    columnExpires: 'Expire le',
    columnActions: 'Actions',
    none: 'Aucune invitation n’a encore été envoyée.',
    status: {
      PENDING: 'En attente',
      ACCEPTED: 'Acceptée',
      REVOKED: 'Retirée',
      EXPIRED: 'Expirée',
    },
    revoke: 'Retirer',
    revokeLabel: 'Retirer l’invitation de {{email}}',
    revokeConfirmTitle: 'Retirer l’invitation de {{email}} ?',
    revokeConfirmBody:
      'Le lien du courriel cesse immédiatement de fonctionner. Vous pourrez envoyer une nouvelle invitation plus tard.',
    revoked: 'L’invitation de {{email}} a été retirée.',
  },
} satisfies LocaleResource;
