import type { LocaleResource } from '../locale-resource';

export const auth = {
  auth: {
    signIn: 'تسجيل الدخول',
    signOut: 'تسجيل الخروج',
    signInTitle: 'تسجيل الدخول',
    signInIntro:
      'سجّل الدخول بالحساب الذي منحتك إياه مؤسستك أو المكتب القطري لبرنامج الأمم المتحدة الإنمائي.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    account: 'الحساب',
    signedInAs: 'مسجّل الدخول باسم {{name}}',
    administrator: 'مسؤول المنصة',
    needSignIn: 'سجّل الدخول لرؤية التقييمات التي تشارك فيها.',
    exploreFramework: 'إطار الحوكمة متاح للجميع:',
    exploreFrameworkLink: 'استكشف الإطار',
    badCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة. تحقّق منهما ثم حاول مرة أخرى.',
    userMenu: 'قائمة حساب {{name}}',
    continueWith: 'المتابعة باستخدام {{provider}}',
    orUsePassword: 'أو سجّل الدخول ببريدك الإلكتروني وكلمة المرور',
    ssoFailed:
      'تعذّر تسجيل الدخول الموحّد. حاول مرة أخرى، أو سجّل الدخول ببريدك الإلكتروني وكلمة المرور.',
  },
  acceptInvitation: {
    title: 'الانضمام إلى تقييم',
    intro: 'دُعيت إلى المشاركة في تقييم لحوكمة الهوية القانونية الرقمية.',
    assessment: 'التقييم',
    role: 'دورك',
    organisation: 'نيابةً عن',
    noOrganisation: 'بلا منظمة',
    email: 'البريد الإلكتروني',
    expires: 'تنتهي صلاحية هذه الدعوة في {{date}}.',
    newTitle: 'أنشئ حسابك',
    newIntro: 'اختر اسمك وكلمة مرور. ستسجّل الدخول باستخدام {{email}} وكلمة المرور هذه.',
    existingTitle: 'أكّد هويتك',
    existingIntro: 'لديك حساب بالفعل بعنوان {{email}}. أدخل كلمة المرور الخاصة به لقبول الدعوة.',
    displayName: 'اسمك',
    displayNameDescription: 'يظهر للمشاركين في التقييم المسموح لهم بمعرفة هويتك.',
    password: 'كلمة المرور',
    newPasswordDescription:
      '{{min}} حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور سهلة التذكر وصعبة التخمين.',
    confirm: 'أعد كتابة كلمة المرور',
    accept: 'اقبل وتابع',
    accepted: 'أهلًا بك. أصبحت الآن عضوًا في «{{assessment}}».',
    missing:
      'هذا الرابط ناقص. افتح الرابط الموجود في رسالة الدعوة مرة أخرى، أو اطلب دعوة جديدة من مشرف التقييم.',
    invalid:
      'لم يعد بالإمكان استخدام هذه الدعوة: انتهت صلاحيتها أو سُحبت أو استُخدمت من قبل. اطلب دعوة جديدة من مشرف التقييم.',
    alreadyMember: 'أنت عضو في هذا التقييم بالفعل. سجّل الدخول لفتحه.',
    wrongPassword: 'كلمة المرور غير صحيحة. تحقّق منها وحاول مرة أخرى.',
    problem: {
      displayNameRequired: 'أدخل اسمك.',
      passwordRequired: 'أدخل كلمة المرور.',
      passwordTooShort: 'استخدم {{min}} حرفًا على الأقل.',
      passwordTooLong: 'استخدم {{max}} حرفًا على الأكثر.',
      passwordMismatch: 'كلمتا المرور غير متطابقتين.',
    },
  },
} satisfies LocaleResource;
