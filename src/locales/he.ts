import type { KitResource } from '../i18n/fr';

/** עברית (Hebrew). */
export const he = {
  banner: {
    title: 'הבחירות שלכם בנושא עוגיות',
    description: 'בהסכמתכם, אנו משתמשים בעוגיות למטרות המתוארות בהעדפות. תוכלו לשנות את החלטתכם בכל עת.',
    providers: 'הצגת רשימת הספקים',
    acceptAll: 'אישור הכול',
    rejectAll: 'דחיית הכול',
    customise: 'התאמה אישית',
    continueWithoutAccepting: 'המשך ללא הסכמה',
  },
  gpc: 'הדפדפן שלכם שולח את אות Global Privacy Control: יישמנו אותו ודחינו כל מה שמחייב את הסכמתכם. תוכלו לשנות בחירה זו כאן.',
  preferences: {
    title: 'העדפות עוגיות',
    description: 'בחרו את המטרות שאתם מסכימים להן. תוכלו לשנות את החלטתכם בכל עת.',
    close: 'סגירה ללא שמירה',
    save: 'שמירת הבחירות שלי',
    alwaysOn: 'פעילות תמיד',
    requiredReason: 'עוגיות אלה חיוניות לאתר ואינן מחייבות את הסכמתכם.',
    exemptTitle: 'פטורות מהסכמה',
    exemptReason: 'מדידת קהל אנונימית, הפטורה מהסכמה לפי כללי ה־CNIL, ותוכלו להתנגד לה.',
    showCookies: 'הצגת העוגיות',
    providedBy: 'ספק: {{provider}}',
    policy: 'מדיניות הפרטיות של {{provider}}',
    providers: 'רשימת הספקים',
    recordId: 'מזהה הבחירה שלכם: {{id}}',
  },
  status: {
    acceptedAll: 'אישרתם הכול. הבחירות שלכם נשמרו.',
    rejectedAll: 'דחיתם הכול. הבחירות שלכם נשמרו.',
    saved: 'הבחירות שלכם נשמרו.',
  },
  defaults: {
    required: {
      title: 'עוגיות הכרחיות',
      description: 'הן מאפשרות לאתר לפעול ושומרות על אבטחתו.',
    },
    exempt: {
      title: 'מדידת קהל אנונימית',
      description: 'סטטיסטיקות ביקורים אנונימיות, המשמשות רק לשיפור האתר הזה.',
    },
  },
  trigger: 'ניהול העוגיות שלי',
  embed: {
    text: 'תוכן זה מסופק על ידי {{provider}} ({{service}}), שמציב עוגיות הטעונות את הסכמתכם.',
    allowOnce: 'אישור חד־פעמי',
    allowAlways: 'אישור קבוע',
  },
  table: {
    caption: 'עוגיות שבשימוש באתר זה',
    provider: 'שם הספק',
    service: 'שירות ומיקום',
    name: 'שם העוגייה',
    purpose: 'מטרות',
    duration: 'משך',
    session: 'עד סגירת הדפדפן',
    ownProvider: 'אתר זה',
    ownService: 'העדפות העוגיות שלכם',
    ownPurpose: 'זוכרת את בחירת המבקר בנושא עוגיות',
  },
} satisfies KitResource;
