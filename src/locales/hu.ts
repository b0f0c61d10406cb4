import type { KitResource } from '../i18n/fr';

/** Magyar (Hungarian). */
export const hu = {
  banner: {
    title: 'Az Ön döntése a sütikről',
    description:
      'Az Ön hozzájárulásával sütiket használunk a beállításokban ismertetett célokra. Döntését bármikor megváltoztathatja.',
    providers: 'Szolgáltatók listájának megtekintése',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    customise: 'Testreszabás',
    continueWithoutAccepting: 'Folytatás elfogadás nélkül',
  },
  gpc: 'Az Ön böngészője Global Privacy Control jelzést küld: ezt úgy alkalmaztuk, hogy elutasítottunk mindent, amihez az Ön hozzájárulása szükséges. Ezt a döntést itt módosíthatja.',
  preferences: {
    title: 'Sütibeállítások',
    description: 'Válassza ki, mely célokhoz járul hozzá. Döntését bármikor megváltoztathatja.',
    close: 'Bezárás mentés nélkül',
    save: 'Választásom mentése',
    alwaysOn: 'Mindig aktív',
    requiredReason: 'Ezek a sütik nélkülözhetetlenek a weboldal működéséhez, ezért nem igénylik az Ön hozzájárulását.',
    exemptTitle: 'Hozzájárulást nem igényel',
    exemptReason:
      'Anonim látogatottságmérés, amely a CNIL szabályai szerint nem igényel hozzájárulást; Ön tiltakozhat ellene.',
    showCookies: 'Sütik megtekintése',
    providedBy: 'Szolgáltató: {{provider}}',
    policy: '{{provider}} adatvédelmi tájékoztatója',
    providers: 'Szolgáltatók listája',
    recordId: 'Az Ön döntésének azonosítója: {{id}}',
  },
  status: {
    acceptedAll: 'Ön mindent elfogadott. Döntését mentettük.',
    rejectedAll: 'Ön mindent elutasított. Döntését mentettük.',
    saved: 'Döntését mentettük.',
  },
  defaults: {
    required: {
      title: 'Szükséges sütik',
      description: 'Lehetővé teszik a weboldal működését, és biztosítják a biztonságát.',
    },
    exempt: {
      title: 'Anonim látogatottságmérés',
      description: 'Anonim látogatottsági statisztikák, amelyek kizárólag a weboldal fejlesztését szolgálják.',
    },
  },
  trigger: 'Sütik kezelése',
  embed: {
    text: 'Ezt a tartalmat {{provider}} ({{service}}) szolgáltatja, amely az Ön hozzájárulásához kötött sütiket helyez el.',
    allowOnce: 'Egyszeri engedélyezés',
    allowAlways: 'Állandó engedélyezés',
  },
  table: {
    caption: 'A weboldalon használt sütik',
    provider: 'Szolgáltató',
    service: 'Szolgáltatás és helyszín',
    name: 'Süti neve',
    purpose: 'Célok',
    duration: 'Időtartam',
    session: 'Munkamenet',
    ownProvider: 'Ez a weboldal',
    ownService: 'Az Ön sütibeállításai',
    ownPurpose: 'Megjegyzi a látogató sütikkel kapcsolatos döntését',
  },
} satisfies KitResource;
