import type { KitResource } from '../i18n/fr';

/** Español (Spanish). */
export const es = {
  banner: {
    title: 'Su elección sobre las cookies',
    description:
      'Con su consentimiento, utilizamos cookies para los fines descritos en las preferencias. Puede cambiar de opinión en cualquier momento.',
    providers: 'Ver la lista de proveedores',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customise: 'Personalizar',
    continueWithoutAccepting: 'Continuar sin aceptar',
  },
  gpc: 'Su navegador envía la señal Global Privacy Control: la hemos aplicado rechazando todo lo que requiere su consentimiento. Puede cambiar esta elección aquí.',
  preferences: {
    title: 'Preferencias de cookies',
    description: 'Elija los fines que acepta. Puede cambiar de opinión en cualquier momento.',
    close: 'Cerrar sin guardar',
    save: 'Guardar mis opciones',
    alwaysOn: 'Siempre activas',
    requiredReason: 'Estas cookies son imprescindibles para el sitio y no requieren su consentimiento.',
    exemptTitle: 'Exentas de consentimiento',
    exemptReason:
      'Medición de audiencia anónima, exenta de consentimiento según las normas de la CNIL; puede oponerse a ella.',
    showCookies: 'Ver las cookies',
    providedBy: 'Proveedor: {{provider}}',
    policy: 'Política de privacidad de {{provider}}',
    providers: 'Lista de proveedores',
    recordId: 'Identificador de su elección: {{id}}',
  },
  status: {
    acceptedAll: 'Ha aceptado todo. Sus opciones se han guardado.',
    rejectedAll: 'Ha rechazado todo. Sus opciones se han guardado.',
    saved: 'Sus opciones se han guardado.',
  },
  defaults: {
    required: {
      title: 'Cookies necesarias',
      description: 'Permiten que el sitio funcione y garantizan su seguridad.',
    },
    exempt: {
      title: 'Medición de audiencia anónima',
      description: 'Estadísticas de visitas anónimas, que solo sirven para mejorar este sitio.',
    },
  },
  trigger: 'Gestionar las cookies',
  embed: {
    text: 'Este contenido lo proporciona {{provider}} ({{service}}), que instala cookies sujetas a su consentimiento.',
    allowOnce: 'Permitir una vez',
    allowAlways: 'Permitir siempre',
  },
  table: {
    caption: 'Cookies utilizadas en este sitio',
    provider: 'Proveedor',
    service: 'Servicio y ubicación',
    name: 'Nombre de la cookie',
    purpose: 'Finalidades',
    duration: 'Duración',
    session: 'Sesión',
    ownProvider: 'Este sitio',
    ownService: 'Sus preferencias de cookies',
    ownPurpose: 'Recuerda la elección del usuario sobre las cookies',
  },
} satisfies KitResource;
