export const common = {
  app: {
    name: 'Digital ID Governance Assessment',
    shortName: 'ID Governance',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    toggleNavigation: 'Show or hide navigation',
    loading: 'Loading…',
    pageLoadFailed: 'This page could not be loaded. Check your connection and try again.',
    reload: 'Reload the page',
    footer: 'Built on the UNDP Model Governance Framework for Digital Legal Identity.',
    footerLink: 'About the framework',
    opensInNewTab: '(opens in a new tab)',
  },
  nav: {
    framework: 'Framework',
    assessments: 'Assessments',
  },
  language: {
    label: 'Language',
    current: 'Language: {{language}}',
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    retry: 'Try again',
    edit: 'Edit',
    optional: 'optional',
    clear: 'Clear',
  },
  errors: {
    title: 'Something went wrong',
    code: {
      BAD_USER_INPUT: 'Some of the information entered is not valid.',
      NOT_FOUND:
        'This item could not be found. It may have been removed, or the link may be wrong.',
      PHASE_CHECKS_UNMET:
        'Some checks for the next phase are not met yet. A moderator may move on anyway with a reason.',
      INVALID_PHASE_TRANSITION: 'The assessment cannot move to that phase from its current phase.',
      ASSESSMENT_ARCHIVED: 'This assessment is archived. Restore it before making changes.',
      CUSTOMISATION_LOCKED: 'The framework can only be customised in the Prepare phase.',
      CONFLICT: 'This conflicts with existing information. Reload the page and try again.',
      UNAUTHENTICATED: 'Please sign in to continue.',
      FORBIDDEN: 'Your role does not allow this action.',
      RATE_LIMITED: 'Too many attempts. Wait a moment, then try again.',
      MAIL_FAILED: 'The email could not be sent, so the invitation was withdrawn. Try again later.',
      COLLAB_UNAVAILABLE:
        'Live documents are not served by this server right now. Try again later.',
      FILE_TOO_LARGE: 'The file is larger than this platform accepts. Upload a smaller file.',
      FILE_TYPE_REFUSED:
        'This type of file is not accepted. Upload a PDF, DOCX, XLSX, PNG, JPEG or WebP file.',
      FILE_INVALID:
        'The file could not be accepted: it is empty, damaged, contains macros, or its name does not match its content.',
      INTERNAL_SERVER_ERROR: 'The server ran into a problem. Please try again later.',
      NETWORK: 'The server could not be reached. Check your connection and try again.',
      UNKNOWN: 'An unexpected error occurred.',
    },
    field: {
      title: 'Enter a title of at most 200 characters.',
      country: 'Choose a country from the list.',
      scope: 'The scope can be at most 5,000 characters long.',
      nationalUseCases: 'Each use case needs 1 to 200 characters, and there can be at most 50.',
      reason: 'Say why this sub-element is left out (at most 2,000 characters).',
      text: 'Enter the question, in at most 1,000 characters.',
      email: 'Enter a valid email address.',
      password: 'Enter your password.',
      displayName: 'Enter your name, in at most 120 characters.',
      default: 'This value is not valid.',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address.',
    home: 'Go to the home page',
  },
};
