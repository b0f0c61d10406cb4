import type { KitResource } from '../i18n/fr';

/** 日本語 (Japanese). */
export const ja = {
  banner: {
    title: 'Cookieの利用に関する選択',
    description: '同意いただいた場合、設定画面に記載の目的でCookieを使用します。同意はいつでも変更できます。',
    providers: '提供事業者の一覧を見る',
    acceptAll: 'すべて同意する',
    rejectAll: 'すべて拒否する',
    customise: 'カスタマイズ',
    continueWithoutAccepting: '同意せずに続ける',
  },
  gpc: 'お使いのブラウザーはGlobal Privacy Controlのシグナルを送信しています。このシグナルに従い、同意が必要なものはすべて拒否しました。この選択はここで変更できます。',
  preferences: {
    title: 'Cookieの設定',
    description: '同意する目的を選択してください。同意はいつでも変更できます。',
    close: '保存せずに閉じる',
    save: '選択を保存する',
    alwaysOn: '常に有効',
    requiredReason: 'これらのCookieはサイトに不可欠なため、同意は必要ありません。',
    exemptTitle: '同意が不要なもの',
    exemptReason: '匿名のアクセス解析で、CNILの規則により同意が免除されています。拒否することもできます。',
    showCookies: 'Cookieを表示',
    providedBy: '提供事業者：{{provider}}',
    policy: '{{provider}}のプライバシーポリシー',
    providers: '提供事業者の一覧',
    recordId: '選択の識別子：{{id}}',
  },
  status: {
    acceptedAll: 'すべてに同意しました。選択内容を保存しました。',
    rejectedAll: 'すべて拒否しました。選択内容を保存しました。',
    saved: '選択内容を保存しました。',
  },
  defaults: {
    required: {
      title: '必須Cookie',
      description: 'サイトの動作とセキュリティの確保に使用されます。',
    },
    exempt: {
      title: '匿名のアクセス解析',
      description: 'このサイトの改善にのみ使用される匿名の訪問統計です。',
    },
  },
  trigger: 'Cookieを管理',
  embed: {
    text: 'このコンテンツは{{provider}}（{{service}}）が提供しており、同意が必要なCookieを設定します。',
    allowOnce: '今回のみ許可',
    allowAlways: '常に許可',
  },
  table: {
    caption: 'このサイトで使用しているCookie',
    provider: '提供事業者名',
    service: 'サービスと所在地',
    name: 'Cookie名',
    purpose: '目的',
    duration: '保存期間',
    session: 'セッション終了まで',
    ownProvider: 'このサイト',
    ownService: 'Cookieに関する設定',
    ownPurpose: 'Cookieに関する訪問者の選択を記憶します',
  },
} satisfies KitResource;
