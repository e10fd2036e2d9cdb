import type { LocaleResource } from '../locale-resource';

export const auth = {
  auth: {
    signIn: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    signOutDrafts: {
      title: '¿Cerrar sesión y eliminar los cambios sin guardar?',
      body: 'Algunos de sus cambios aún no han llegado al servidor y solo se conservan en este navegador. Al cerrar sesión se eliminan de este navegador y se perderán. Para conservarlos, cancele, abra con conexión los elementos que cambió y espere a que muestren «Guardado».',
      confirm: 'Cerrar sesión y eliminarlos',
    },
    signInTitle: 'Iniciar sesión',
    signInIntro:
      'Inicie sesión con la cuenta que le proporcionó su organización o la oficina del PNUD en el país.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    account: 'Cuenta',
    signedInAs: 'Sesión iniciada como {{name}}',
    administrator: 'Administrador de la plataforma',
    needSignIn: 'Inicie sesión para ver las evaluaciones en las que participa.',
    exploreFramework: 'El marco de gobernanza está abierto a todos:',
    exploreFrameworkLink: 'explorar el marco',
    badCredentials:
      'El correo electrónico o la contraseña no son correctos. Compruébelos e inténtelo de nuevo.',
    userMenu: 'Menú de la cuenta de {{name}}',
    continueWith: 'Continuar con {{provider}}',
    orUsePassword: 'o inicie sesión con su correo electrónico y contraseña',
    ssoFailed:
      'El inicio de sesión único no funcionó. Inténtelo de nuevo o inicie sesión con su correo electrónico y contraseña.',
  },
  acceptInvitation: {
    title: 'Unirse a una evaluación',
    intro:
      'Le han invitado a participar en una evaluación de la gobernanza de la identidad legal digital.',
    assessment: 'Evaluación',
    role: 'Su rol',
    organisation: 'En nombre de',
    noOrganisation: 'Sin organización',
    email: 'Correo electrónico',
    expires: 'Esta invitación caduca el {{date}}.',
    newTitle: 'Cree su cuenta',
    newIntro: 'Elija su nombre y una contraseña. Iniciará sesión con {{email}} y esta contraseña.',
    existingTitle: 'Confirme que es usted',
    existingIntro: 'Ya tiene una cuenta con {{email}}. Introduzca su contraseña para aceptar.',
    displayName: 'Su nombre',
    displayNameDescription:
      'Lo verán las personas de la evaluación autorizadas a saber quién es usted.',
    password: 'Contraseña',
    newPasswordDescription:
      'Al menos {{min}} caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña fácil de recordar y difícil de adivinar.',
    confirm: 'Repita la contraseña',
    accept: 'Aceptar y continuar',
    accepted: 'Bienvenido. Ahora es miembro de «{{assessment}}».',
    missing:
      'Este enlace está incompleto. Vuelva a abrir el enlace de su correo de invitación o pida una nueva invitación al moderador de la evaluación.',
    invalid:
      'Esta invitación ya no se puede usar: caducó, se retiró o ya se utilizó. Pida una nueva al moderador de la evaluación.',
    alreadyMember: 'Ya es miembro de esta evaluación. Inicie sesión para abrirla.',
    wrongPassword: 'La contraseña no es correcta. Revísela e inténtelo de nuevo.',
    problem: {
      displayNameRequired: 'Introduzca su nombre.',
      passwordRequired: 'Introduzca su contraseña.',
      passwordTooShort: 'Use al menos {{min}} caracteres.',
      passwordTooLong: 'Use como máximo {{max}} caracteres.',
      passwordMismatch: 'Las dos contraseñas no coinciden.',
    },
  },
} satisfies LocaleResource;
