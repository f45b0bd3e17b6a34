import { describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/permissions';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import { englishNameFrom, tagSlugFrom } from '@/lib/tags/naming';
import { articleTagIdsSchema, tagCreateSchema, tagMergeSchema } from '@/lib/tags/schema';
import { englishArticleView } from '../support/article-view';

describe('a new tag’s derived names', () => {
  it('romanizes a Korean name for the English one, and keeps a name without Hangul as it is', () => {
    expect(englishNameFrom('부동산')).toBe('Budongsan');
    expect(englishNameFrom('남양주 도서관')).toBe('Namnyangju doseogwan');
    expect(englishNameFrom('K-pop')).toBe('K-pop');
  });

  it('makes an address as an article’s is, but tag-… where the name is too short for one', () => {
    expect(tagSlugFrom('Real estate')).toBe('real-estate');
    expect(tagSlugFrom('국제교류')).toBe('gukjegyoryu');
    expect(tagSlugFrom('AI')).toBe('tag-ai');
    expect(tagSlugFrom('★')).toBe('tag');
    expect(tagSlugFrom('Article 9')).toBe('article-9');
  });
});

describe('the tag schemas', () => {
  it('reads empty English name and address as “derive them”, and composes and trims the Korean name', () => {
    expect(tagCreateSchema.parse({ nameKo: ' 부동산 ', nameEn: '', slug: '' })).toEqual({ nameKo: '부동산' });
    expect(tagCreateSchema.parse({ nameKo: '\u1107\u116e\u1103\u1169\u11bc\u1109\u1161\u11ab' }).nameKo).toBe('부동산');
  });

  it('refuses an empty Korean name, an address that is not lower-case words, and too many or repeated tags', () => {
    expect(tagCreateSchema.safeParse({ nameKo: '  ' }).error?.issues[0]).toMatchObject({ path: ['nameKo'], message: 'required' });
    expect(tagCreateSchema.safeParse({ nameKo: '부동산', slug: 'Real Estate' }).error?.issues[0]).toMatchObject({
      path: ['slug'],
      message: 'slugInvalid',
    });
    const id = (n: number) => `01890000-0000-7000-8000-${String(n).padStart(12, '0')}`;
    expect(articleTagIdsSchema.safeParse(Array.from({ length: 11 }, (_, n) => id(n))).success).toBe(false);
    expect(articleTagIdsSchema.safeParse([id(1), id(1)]).success).toBe(false);
    expect(tagMergeSchema.safeParse({ id: id(1), intoId: id(1) }).success).toBe(false);
  });
});

describe('who tags and what search engines read', () => {
  it('lets everyone who writes make a tag, and only editors and admins rename or merge them', () => {
    const roles = ['REPORTER', 'EDITOR', 'MODERATOR', 'ADMIN'] as const;
    expect(roles.filter((role) => can(role, 'tag.create'))).toEqual(['REPORTER', 'EDITOR', 'ADMIN']);
    expect(roles.filter((role) => can(role, 'tags.manage'))).toEqual(['EDITOR', 'ADMIN']);
  });

  it('names the article’s tags as its JSON-LD keywords, and leaves keywords out when it has none', () => {
    const tags = [
      { slug: 'namyangju', name: 'Namyangju' },
      { slug: 'libraries', name: 'Libraries' },
    ];
    expect(newsArticleJsonLd(englishArticleView({ tags }), 'en').keywords).toEqual(['Namyangju', 'Libraries']);
    expect(newsArticleJsonLd(englishArticleView(), 'en')).not.toHaveProperty('keywords');
  });
});
