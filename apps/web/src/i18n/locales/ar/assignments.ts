import type { LocaleResource } from '../locale-resource';

export const assignments = {
  assignments: {
    title: 'تكليف العناصر',
    intro:
      'لكل عنصر منظمة رائدة، وقد تكون له منظمات مساهمة. يحرّر المساهمون من هذه المنظمات العنصر، ويستطيع سائر المشاركين في التقييم قراءته.',
    tableCaption: 'المنظمات الرائدة والمساهمة لكل عنصر',
    columnElement: 'العنصر',
    columnLead: 'المنظمة الرائدة',
    columnContributing: 'المنظمات المساهمة',
    columnYou: 'يمكنك',
    columnActions: 'الإجراءات',
    none: 'لا توجد',
    noLead: 'غير مُسند',
    people: 'مُسند أيضًا إلى أشخاص: {{number}}',
    action: {
      read: 'القراءة',
      edit: 'التحرير',
      comment: 'التعليق',
      suggest: 'اقتراح تغييرات',
    },
    change: 'تغيير',
    changeLabel: 'تغيير تكليف «{{element}}»',
    editTitle: 'تكليف «{{element}}»',
    lead: 'المنظمة الرائدة',
    leadPlaceholder: 'بلا منظمة رائدة',
    contributing: 'المنظمات المساهمة',
    contributingPlaceholder: 'أضف منظمة',
    nothingFound: 'لا توجد منظمة مطابقة',
    save: 'احفظ التكليف',
    saved: 'حُفظ تكليف «{{element}}».',
  },
} satisfies LocaleResource;
