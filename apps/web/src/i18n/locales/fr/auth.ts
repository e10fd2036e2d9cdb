import type { LocaleResource } from '../locale-resource';

export const auth = {
  auth: {
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    signOutDrafts: {
      title: 'Se déconnecter et supprimer les modifications non enregistrées ?',
      body: 'Certaines de vos modifications ne sont pas encore parvenues au serveur et ne sont conservées que dans ce navigateur. La déconnexion les supprime de ce navigateur : elles seront perdues. Pour les garder, annulez, ouvrez en ligne les éléments modifiés et attendez qu’ils affichent « Enregistré ».',
      confirm: 'Se déconnecter et les supprimer',
    },
    signInTitle: 'Connexion',
    signInIntro:
      'Connectez-vous avec le compte fourni par votre organisation ou par le bureau de pays du PNUD.',
    email: 'Adresse électronique',
    password: 'Mot de passe',
    account: 'Compte',
    signedInAs: 'Connecté en tant que {{name}}',
    administrator: 'Administrateur de la plateforme',
    needSignIn: 'Connectez-vous pour voir les évaluations auxquelles vous participez.',
    exploreFramework: 'Le cadre de gouvernance est ouvert à tous :',
    exploreFrameworkLink: 'explorer le cadre',
    badCredentials:
      'L’adresse électronique ou le mot de passe est incorrect. Vérifiez-les et réessayez.',
    userMenu: 'Menu du compte de {{name}}',
    continueWith: 'Continuer avec {{provider}}',
    orUsePassword: 'ou connectez-vous avec votre adresse électronique et votre mot de passe',
    ssoFailed:
      'La connexion unique n’a pas abouti. Réessayez, ou connectez-vous avec votre adresse électronique et votre mot de passe.',
  },
  acceptInvitation: {
    title: 'Rejoindre une évaluation',
    intro:
      'Vous êtes invité à participer à une évaluation de la gouvernance de l’identité juridique numérique.',
    assessment: 'Évaluation',
    role: 'Votre rôle',
    organisation: 'Pour le compte de',
    noOrganisation: 'Aucune organisation',
    email: 'Courriel',
    expires: 'Cette invitation expire le {{date}}.',
    newTitle: 'Créer votre compte',
    newIntro:
      'Choisissez votre nom et un mot de passe. Vous vous connecterez avec {{email}} et ce mot de passe.',
    existingTitle: 'Confirmez votre identité',
    existingIntro:
      'Vous avez déjà un compte avec {{email}}. Saisissez son mot de passe pour accepter.',
    displayName: 'Votre nom',
    displayNameDescription:
      'Visible par les participants de l’évaluation autorisés à savoir qui vous êtes.',
    password: 'Mot de passe',
    newPasswordDescription:
      'Au moins {{min}} caractères. Quelques mots sans rapport entre eux font un mot de passe facile à retenir et difficile à deviner.',
    confirm: 'Répétez le mot de passe',
    accept: 'Accepter et continuer',
    accepted: 'Bienvenue. Vous êtes désormais membre de « {{assessment}} ».',
    missing:
      'Ce lien est incomplet. Ouvrez à nouveau le lien de votre courriel d’invitation, ou demandez une nouvelle invitation au modérateur de l’évaluation.',
    invalid:
      'Cette invitation n’est plus utilisable : elle a expiré, a été retirée ou a déjà été utilisée. Demandez-en une nouvelle au modérateur de l’évaluation.',
    alreadyMember: 'Vous êtes déjà membre de cette évaluation. Connectez-vous pour l’ouvrir.',
    wrongPassword: 'Le mot de passe est incorrect. Vérifiez-le et réessayez.',
    problem: {
      displayNameRequired: 'Saisissez votre nom.',
      passwordRequired: 'Saisissez votre mot de passe.',
      passwordTooShort: 'Utilisez au moins {{min}} caractères.',
      passwordTooLong: 'Utilisez au plus {{max}} caractères.',
      passwordMismatch: 'Les deux mots de passe ne correspondent pas.',
    },
  },
} satisfies LocaleResource;
