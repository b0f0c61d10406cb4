import type { KitResource } from '../i18n/fr';

/** 한국어 (Korean). */
export const ko = {
  banner: {
    title: '쿠키 사용에 대한 선택',
    description: '동의하시면 설정에 설명된 목적으로 쿠키를 사용합니다. 언제든지 선택을 변경하실 수 있습니다.',
    providers: '제공업체 목록 보기',
    acceptAll: '모두 수락',
    rejectAll: '모두 거부',
    customise: '직접 설정',
    continueWithoutAccepting: '동의하지 않고 계속',
  },
  gpc: '사용 중인 브라우저가 Global Privacy Control 신호를 보내고 있습니다. 이에 따라 동의가 필요한 모든 항목을 거부했습니다. 이 선택은 여기에서 변경하실 수 있습니다.',
  preferences: {
    title: '쿠키 설정',
    description: '동의하실 목적을 선택하십시오. 언제든지 선택을 변경하실 수 있습니다.',
    close: '저장하지 않고 닫기',
    save: '선택 사항 저장',
    alwaysOn: '항상 활성화',
    requiredReason: '이 쿠키는 사이트 운영에 꼭 필요하므로 동의가 필요하지 않습니다.',
    exemptTitle: '동의 면제',
    exemptReason: '익명 방문자 통계로, CNIL 규정에 따라 동의가 면제되며 거부하실 수 있습니다.',
    showCookies: '쿠키 보기',
    providedBy: '제공업체: {{provider}}',
    policy: '{{provider}} 개인정보 처리방침',
    providers: '제공업체 목록',
    recordId: '선택 식별자: {{id}}',
  },
  status: {
    acceptedAll: '모두 수락하셨습니다. 선택 사항이 저장되었습니다.',
    rejectedAll: '모두 거부하셨습니다. 선택 사항이 저장되었습니다.',
    saved: '선택 사항이 저장되었습니다.',
  },
  defaults: {
    required: {
      title: '필수 쿠키',
      description: '사이트가 작동하고 보안을 유지하는 데 사용됩니다.',
    },
    exempt: {
      title: '익명 방문자 통계',
      description: '이 사이트를 개선하는 데에만 사용되는 익명 방문 통계입니다.',
    },
  },
  trigger: '쿠키 설정 관리',
  embed: {
    text: '이 콘텐츠는 {{provider}}({{service}})에서 제공하며, 동의가 필요한 쿠키를 설정합니다.',
    allowOnce: '이번만 허용',
    allowAlways: '항상 허용',
  },
  table: {
    caption: '이 사이트에서 사용하는 쿠키',
    provider: '제공업체 이름',
    service: '서비스 및 위치',
    name: '쿠키 이름',
    purpose: '목적',
    duration: '보존 기간',
    session: '브라우저 세션',
    ownProvider: '이 사이트',
    ownService: '쿠키 관련 선택 사항',
    ownPurpose: '쿠키에 대한 방문자의 선택을 기억합니다',
  },
} satisfies KitResource;
