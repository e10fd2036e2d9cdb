import type { LocaleResource } from '../locale-resource';

export const common = {
  app: {
    name: 'Evaluación de la gobernanza de la identidad digital',
    shortName: 'Gobernanza ID',
    skipToContent: 'Saltar al contenido principal',
    mainNavigation: 'Navegación principal',
    toggleNavigation: 'Mostrar u ocultar la navegación',
    loading: 'Cargando…',
    pageLoadFailed: 'No se pudo cargar esta página. Compruebe su conexión e inténtelo de nuevo.',
    reload: 'Volver a cargar la página',
    footer: 'Basado en el Marco Modelo de Gobernanza del PNUD para la Identidad Legal Digital.',
    footerLink: 'Acerca del marco',
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
  nav: {
    framework: 'Marco',
    assessments: 'Evaluaciones',
  },
  language: {
    label: 'Idioma',
    current: 'Idioma: {{language}}',
  },
  common: {
    cancel: 'Cancelar',
    save: 'Guardar',
    close: 'Cerrar',
    retry: 'Reintentar',
    edit: 'Editar',
    optional: 'opcional',
    clear: 'Borrar',
  },
  errors: {
    title: 'Algo salió mal',
    code: {
      BAD_USER_INPUT: 'Parte de la información introducida no es válida.',
      NOT_FOUND:
        'No se encontró este elemento. Puede que se haya eliminado o que el enlace sea incorrecto.',
      PHASE_CHECKS_UNMET:
        'Algunas comprobaciones de la fase siguiente aún no se cumplen. Un moderador puede continuar indicando un motivo.',
      INVALID_PHASE_TRANSITION: 'La evaluación no puede pasar a esa fase desde su fase actual.',
      ASSESSMENT_ARCHIVED: 'Esta evaluación está archivada. Restáurela antes de hacer cambios.',
      CUSTOMISATION_LOCKED: 'El marco solo se puede personalizar en la fase Preparar.',
      CONFLICT:
        'Esto entra en conflicto con información existente. Vuelva a cargar la página e inténtelo de nuevo.',
      UNAUTHENTICATED: 'Inicie sesión para continuar.',
      FORBIDDEN: 'Su función no permite esta acción.',
      RATE_LIMITED: 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
      MAIL_FAILED:
        'No se pudo enviar el correo, así que se retiró la invitación. Inténtelo más tarde.',
      COLLAB_UNAVAILABLE:
        'Este servidor no ofrece ahora los documentos en directo. Inténtelo de nuevo más tarde.',
      FILE_TOO_LARGE:
        'El archivo supera el tamaño que acepta esta plataforma. Suba un archivo más pequeño.',
      FILE_TYPE_REFUSED:
        'Este tipo de archivo no se acepta. Suba un archivo PDF, DOCX, XLSX, PNG, JPEG o WebP.',
      FILE_INVALID:
        'No se pudo aceptar el archivo: está vacío, dañado, contiene macros o su nombre no corresponde a su contenido.',
      INTERNAL_SERVER_ERROR: 'El servidor tuvo un problema. Inténtelo de nuevo más tarde.',
      NETWORK: 'No se pudo conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
      UNKNOWN: 'Se produjo un error inesperado.',
    },
    field: {
      title: 'Introduzca un título de 200 caracteres como máximo.',
      country: 'Elija un país de la lista.',
      scope: 'El alcance puede tener como máximo 5000 caracteres.',
      nationalUseCases:
        'Cada caso de uso necesita de 1 a 200 caracteres, y puede haber 50 como máximo.',
      reason: 'Indique por qué se excluye este subelemento (2000 caracteres como máximo).',
      text: 'Introduzca la pregunta, en 1000 caracteres como máximo.',
      email: 'Introduzca una dirección de correo electrónico válida.',
      password: 'Introduzca su contraseña.',
      displayName: 'Introduzca su nombre, con 120 caracteres como máximo.',
      default: 'Este valor no es válido.',
    },
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'No hay ninguna página en esta dirección.',
    home: 'Ir a la página de inicio',
  },
} satisfies LocaleResource;
