import type { KitResource } from '../i18n/fr';

/** Türkçe (Turkish). */
export const tr = {
  banner: {
    title: 'Çerezlerle ilgili seçimleriniz',
    description:
      'Rızanızla, tercihlerde açıklanan amaçlar için çerezler kullanıyoruz. Fikrinizi istediğiniz zaman değiştirebilirsiniz.',
    providers: 'Sağlayıcı listesini görüntüle',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    customise: 'Özelleştir',
    continueWithoutAccepting: 'Kabul etmeden devam et',
  },
  gpc: 'Tarayıcınız Global Privacy Control sinyali gönderiyor: Bu sinyali, rızanızı gerektiren her şeyi reddederek uyguladık. Bu seçimi buradan değiştirebilirsiniz.',
  preferences: {
    title: 'Çerez tercihleri',
    description: 'Kabul ettiğiniz amaçları seçin. Fikrinizi istediğiniz zaman değiştirebilirsiniz.',
    close: 'Kaydetmeden kapat',
    save: 'Seçimlerimi kaydet',
    alwaysOn: 'Her zaman etkin',
    requiredReason: 'Site için vazgeçilmez olan bu çerezler rızanızı gerektirmez.',
    exemptTitle: 'Rızadan muaf',
    exemptReason: 'CNIL kuralları uyarınca rızadan muaf tutulan anonim kitle ölçümü. Bu ölçüme itiraz edebilirsiniz.',
    showCookies: 'Çerezleri görüntüle',
    providedBy: 'Sağlayıcı: {{provider}}',
    policy: '{{provider}} gizlilik politikası',
    providers: 'Sağlayıcı listesi',
    recordId: 'Seçiminizin kimlik numarası: {{id}}',
  },
  status: {
    acceptedAll: 'Tümünü kabul ettiniz. Seçimleriniz kaydedildi.',
    rejectedAll: 'Tümünü reddettiniz. Seçimleriniz kaydedildi.',
    saved: 'Seçimleriniz kaydedildi.',
  },
  defaults: {
    required: {
      title: 'Zorunlu çerezler',
      description: 'Sitenin çalışmasını ve güvenliğini sağlarlar.',
    },
    exempt: {
      title: 'Anonim kitle ölçümü',
      description: 'Yalnızca bu siteyi geliştirmek için kullanılan anonim ziyaret istatistikleri.',
    },
  },
  trigger: 'Çerezlerimi yönet',
  embed: {
    text: 'Bu içerik, rızanıza tabi çerezler yerleştiren {{provider}} ({{service}}) tarafından sağlanmaktadır.',
    allowOnce: 'Bir kez izin ver',
    allowAlways: 'Her zaman izin ver',
  },
  table: {
    caption: 'Bu sitede kullanılan çerezler',
    provider: 'Sağlayıcının adı',
    service: 'Hizmet ve konum',
    name: 'Çerez adı',
    purpose: 'Amaçlar',
    duration: 'Süre',
    session: 'Tarayıcı oturumu',
    ownProvider: 'Bu site',
    ownService: 'Çerez tercihleriniz',
    ownPurpose: 'Ziyaretçinin çerezlerle ilgili seçimini hatırlar',
  },
} satisfies KitResource;
