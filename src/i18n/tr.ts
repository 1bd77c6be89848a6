import type { ConsentStrings } from './consent-strings.js';

/** Turkish (Türkçe). */
const tr: ConsentStrings = {
  $code: 'tr',
  $dir: 'ltr',
  heading: 'Bu sitedeki çerezler',
  message:
    'Bu sitenin çalışması için gerekli çerezleri kullanıyoruz. Onayınızla, seçtiğiniz amaçlar için isteğe bağlı çerezleri de kullanıyoruz. Seçiminizi istediğiniz zaman değiştirebilirsiniz.',
  noticeMessage: 'Bu web sitesi çerez kullanıyor.',
  optOutMessage:
    'Analiz ve reklam amaçlı olanlar dâhil çerezler kullanıyoruz. Kişisel verilerinizin satılmasını veya paylaşılmasını reddedebilirsiniz.',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  acknowledge: 'Tamam',
  accept: 'Kabul et',
  doNotSell: 'Kişisel verilerimi satmayın veya paylaşmayın',
  preferences: 'Tercihler',
  save: 'Seçimleri kaydet',
  policy: 'Daha fazla bilgi',
  preferencesTitle: 'Gizlilik tercihleri',
  preferencesIntro:
    'Hangi çerezleri kullanabileceğimizi seçin. Zorunlu çerezler her zaman açıktır: site onlar olmadan çalışamaz. Seçimlerinizi istediğiniz zaman değiştirebilirsiniz.',
  reopenHint: 'Buraya dönmek için sayfanın köşesindeki çerez düğmesini kullanın.',
  close: 'Kapat',
  settings: 'Çerez ayarları',
  gpcHonoured:
    'Tarayıcınız bir Global Privacy Control sinyali gönderdi. Bu sinyale uyduk: kişisel verilerinizi satmıyor ve paylaşmıyoruz.',
  cookies: 'Çerezler:',
  services: { one: '{count} hizmet', other: '{count} hizmet' },
  servicePolicy: '{service} gizlilik politikası',
  declarationCookies: 'Kullanılan çerezler',
  declarationState: 'Seçiminiz',
  stateGranted: 'İzin verildi',
  stateDenied: 'İzin verilmedi',
  stateUndecided: 'Henüz karar verilmedi',
  stateAlways: 'Her zaman izinli',
  consentId: 'Onay kimliğiniz',
  consentDate: 'Seçiminizin tarihi',
  noDecision: 'Henüz bir seçim yapmadınız.',
  placeholderBlocked: 'Bu içerik, çerez kullandığı için engellendi: {categories}.',
  placeholderAllow: 'Çerezlere ({categories}) izin ver ve yükle',
  categories: {
    necessary: ['Zorunlu', 'Sitenin çalışmasını ve güvenliğini sağlar, bu seçimi hatırlar. Her zaman açık.'],
    functional: ['İşlevsel', 'Siteyi kişiselleştirmek için dil veya bölge gibi ayarlarınızı hatırlar.'],
    analytics: [
      'Analiz',
      'Siteyi geliştirebilmemiz için ziyaretleri sayar ve sitenin nasıl kullanıldığını gösterir.',
    ],
    marketing: [
      'Pazarlama',
      'Size bu sitede ve diğer sitelerde ilgili reklamlar gösterir ve sonuçlarını ölçer. Bu, verilerinizin reklam ortaklarıyla paylaşılması anlamına gelebilir.',
    ],
  },
};

export default tr;
