import { bodyFromParagraphs } from '@/lib/articles/body';
import type { ArticleTextInput } from '@/lib/articles/schema';

/** The reference article (../shared/seed/article-namyangju-sangju.txt), exactly as the page shows it. */
export const seedArticle = {
  slug: 'namyangju-changzhou-video-conference',
  section: { slug: 'local', nameKo: '지역', nameEn: 'Local' },
  desk: { slug: 'gyeonggi-northeast', nameKo: '경기동북부', nameEn: 'Northeastern Gyeonggi' },
  /** 2022/05/19 [16:23] Korea time. */
  publishedAt: new Date('2022-05-19T16:23:00+09:00'),
  machineEngine: 'Google Translate',
  /** The English text was machine-translated on publication; the page does not say exactly when. */
  translatedAt: new Date('2022-05-19T16:23:00+09:00'),
};

export const seedArticleKo: ArticleTextInput = {
  locale: 'ko',
  headline: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최',
  subtitles: [
    '화상 회의 통해 도서관 교류와 한-중 수교 30주년 기념사업 등 논의',
    '도서관 분야를 비롯해 향후 문화, 경제 분야로 협력 확대 기대',
  ],
  datelineCity: '남양주',
  datelineOutlet: '브레이크뉴스',
  body: bodyFromParagraphs([
    '남양주시(시장 조광한)는 지난 18일 국제 자매도시인 중국 강소성 상주시와 교류 확대를 위한 화상 회의를 개최했다.',
    '이날 회의에는 남양주시 교류협력과장, 도서관운영과장, 중국 상주시 외사판공실 부주임, 상주시 도서관장 등 양 시 관계 공무원들이 참석해 도서관 교류 사업을 비롯해 한중(韓-中) 수교 30주년 기념사업 등에 대한 의견을 교환했다.',
    '양 시는 지난 1999년 자매결연을 맺은 이후 현재까지 공무원 상호 파견, 민간 교류 등 다양한 교류를 통해 우의를 다져 왔으며, 향후 도서관 교류 사업 외에도 문화, 경제 등 분야에서 협력을 확대해 나갈 계획이다.',
    '남양주시 관계자는 “코로나19로 여전히 대면 교류가 어려운 상황이지만 꾸준한 소통과 협력으로 도서관 분야의 국제 교류를 적극 추진해 실질적인 성과를 낼 수 있도록 노력하겠다.”라고 밝혔다.',
    '중국 상주시 관계자는 “양 도시 간 도서관 교류를 계기로 앞으로 더욱 다양한 교류 사업을 추진하길 기대한다.”라고 전했다.',
    '한편, 남양주시는 포스트 코로나 시대에 발맞춰 국제 자매도시와 교류 협력 사업을 지속적으로 추진해 나갈 방침이다.',
  ]),
};

/** Google Translate's rendering, flaws kept: 상주시 appears as both "Changzhou" and "Sangju". */
export const seedArticleEn: ArticleTextInput = {
  locale: 'en',
  headline: 'Namyangju and Changzhou, China hold video conference to expand exchanges',
  subtitles: [
    'Discussion on library exchanges and projects to commemorate the 30th anniversary of diplomatic ties between Korea and China through video conference',
    'Expected to expand cooperation not only in the library field but also in the cultural and economic fields in the future',
  ],
  datelineCity: 'Namyangju',
  datelineOutlet: 'Break News',
  body: bodyFromParagraphs([
    'Namyangju City (Mayor Gwanghan Jo) held a video conference on the 18th to expand exchanges with its international sister city, Changzhou, Jiangsu Province, China.',
    'The meeting was attended by public officials from both cities, including the head of the Exchange and Cooperation Department in Namyangju, the head of the library operation department, the vice director of the Foreign Affairs Office in Changzhou, China, and the head of the library in Sangju, and exchanged opinions on the library exchange project and the project to commemorate the 30th anniversary of diplomatic ties between Korea and China. .',
    'Since the two cities formed a sisterhood relationship in 1999, they have strengthened friendship through various exchanges such as mutual dispatch of public officials and private exchanges.',
    'An official from Namyangju City said, "Although face-to-face exchanges are still difficult due to COVID-19, we will strive to achieve practical results by actively promoting international exchanges in the library field through steady communication and cooperation."',
    'An official from Changzhou, China said, "We look forward to promoting more diverse exchange projects through library exchanges between the two cities."',
    'Meanwhile, Namyangju City plans to continuously promote exchange and cooperation projects with international sister cities in line with the post-corona era.',
  ]),
};

export const seedPhotoTexts = [
  {
    locale: 'ko',
    alt: '남양주시와 중국 상주시 공무원들이 화면을 사이에 두고 화상 회의를 하는 모습',
    caption: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 모습',
    credit: '남양주시청',
    copyright: '브레이크뉴스 하인규 기자',
  },
  {
    locale: 'en',
    alt: 'Officials of Namyangju and Changzhou, China, meeting by video conference',
    caption: 'Namyangju holds a video conference with Changzhou, China, to expand exchanges',
    credit: 'Namyangju City Hall',
    copyright: 'Break News reporter Ha In-gyu',
  },
] as const;

/** Readers' comments of the kind the moderation notice anticipates: two on topic, one off topic. */
export const seedComments = [
  {
    nickname: '남양주시민',
    content: '도서관 교류 좋네요. 시민들도 참여할 수 있는 프로그램이 생기면 좋겠습니다.',
    locale: 'ko',
    minutesAfter: 95,
  },
  { nickname: 'reader_kim', content: 'Good to see the sister-city ties continuing despite COVID.', locale: 'en', minutesAfter: 240 },
  { nickname: '광고왕', content: '최저가 보장! 지금 바로 방문하세요 ~~~', locale: 'ko', minutesAfter: 600 },
] as const;
