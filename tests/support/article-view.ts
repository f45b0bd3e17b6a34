import { bodyFromParagraphs } from '@/lib/articles/body';
import type { ArticleView } from '@/lib/articles/queries';
import { framedPhotos } from '@/lib/media/framed';

/** The seed article's English page, as findPublishedArticle returns it; override what a test is about. */
export function englishArticleView(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    slug: 'namyangju-changzhou-video-conference',
    availableLocales: ['ko', 'en'],
    textLocale: 'en',
    headline: 'Namyangju and Changzhou, China hold video conference to expand exchanges',
    subtitles: ['Discussion on library exchanges through video conference'],
    body: bodyFromParagraphs(['Namyangju City held a video conference on the 18th.']),
    datelineCity: 'Namyangju',
    datelineOutlet: 'Break News',
    desk: 'Northeastern Gyeonggi',
    publishedAt: new Date('2022-05-19T07:23:00Z'),
    revisedAt: null,
    authors: [{ name: 'Ha In-gyu', contactEmail: 'popupnews24@naver.com', slug: 'ha-in-gyu' }],
    photos: [
      {
        id: '0b1f6f0e-4a57-4c8e-9d59-3c1c8f0a5e21',
        src: '/media/photos/conference.jpg',
        sources: [],
        width: 1200,
        height: 800,
        alt: 'Officials meeting by video conference',
        caption: 'Namyangju holds a video conference',
        credit: 'Namyangju City Hall',
        copyright: null,
        framed: framedPhotos({ storageKey: 'photos/conference.jpg', width: 1200, height: 800, variantWidths: [], focus: null }),
      },
    ],
    translation: { method: 'MACHINE', machineEngine: 'Google Translate', stale: false },
    corrections: [],
    correctedLocales: [],
    commentCount: 0,
    tags: [],
    ...overrides,
  };
}
