import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs } from '../support/staff-sign-in';

const seedSlug = 'namyangju-changzhou-video-conference';
const seedHeadline = '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최';
const run = Date.now().toString(36);
const koHeadline = `남양주 도서관, 창저우 도서관과 책 교환 ${run}`;
const enHeadline = `Namyangju library swaps books with Changzhou ${run}`;
const newTag = { ko: `책 교환 ${run}`, en: `Book exchange ${run}`, slug: `book-exchange-${run}` };

async function writeColumn(page: Page, column: string, text: { headline: string; city: string; body: string }) {
  const group = page.getByRole('group', { name: column });
  await group.getByRole('textbox', { name: '제목' }).fill(text.headline);
  await group.getByRole('textbox', { name: '데이트라인 도시' }).fill(text.city);
  await group.getByRole('textbox', { name: '본문' }).click();
  await page.keyboard.type(text.body);
}

/** Types a tag's name in the editor's picker and adds it: an existing tag by its name, or a new one with its English name. */
async function addTag(page: Page, name: string, english?: string) {
  const tags = page.getByRole('region', { name: '태그', exact: true });
  await tags.getByRole('combobox', { name: '태그 이름' }).fill(name);
  if (english === undefined) {
    await tags.getByRole('button', { name: '넣기' }).click();
  } else {
    await tags.getByRole('textbox', { name: '영문 이름' }).fill(english);
    await tags.getByRole('button', { name: '새 태그 만들기' }).click();
  }
  await expect(tags.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

test('an editor tags a story (a seed tag and a new one) and the seed article; readers find it on the tag pages, in the tag feed and among the seed article’s related articles', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'EDITOR');
  await page.goto('/admin/articles/new');
  await writeColumn(page, '한국어 원문', {
    headline: koHeadline,
    city: '남양주',
    body: '남양주시립도서관은 창저우 도서관과 책을 바꿔 읽는다.',
  });
  await writeColumn(page, '영문 번역', { headline: enHeadline, city: 'Namyangju', body: 'The city library swaps books with Changzhou.' });
  await page.getByRole('combobox', { name: '섹션' }).selectOption({ label: '지역' });
  await addTag(page, '도서관');
  await addTag(page, newTag.ko, newTag.en);
  await page.getByRole('button', { name: '저장', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: '태그', exact: true }).getByRole('listitem')).toHaveText(['도서관✕', `${newTag.ko}✕`]);
  await expectNoAxeViolations(page);
  const slug = await page.getByRole('textbox', { name: '주소' }).inputValue();
  await page.getByRole('button', { name: '지금 게시' }).click();
  await page.getByRole('dialog', { name: '게시하기 전에 확인하세요' }).getByRole('button', { name: '게시', exact: true }).click();
  await expect(page.getByText('게시했습니다.')).toBeVisible();

  // The seed article gets the new tag too: saving it renders its page anew, related articles included.
  await page.goto('/admin/articles');
  await page.getByRole('link', { name: seedHeadline }).first().click();
  await addTag(page, newTag.ko);
  await page.getByRole('button', { name: '저장', exact: true }).click();
  await expect(page.getByText(/에 저장함$/)).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/ko/tags/libraries');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('#도서관');
  await expect(reader.getByRole('link', { name: koHeadline })).toBeVisible();
  await expect(reader.getByRole('link', { name: seedHeadline })).toBeVisible();
  await expectNoAxeViolations(reader);

  await reader.goto(`/en/tags/${newTag.slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`#${newTag.en}`);
  await expect(reader.getByRole('link', { name: enHeadline })).toBeVisible();
  const feed = await reader.request.get(`/en/tags/${newTag.slug}/rss.xml`);
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const xml = await feed.text();
  expect(xml).toContain(`<title>${enHeadline}</title>`);
  expect(xml).toContain(`/en/articles/${slug}</link>`);

  await reader.goto(`/ko/articles/${seedSlug}`);
  const related = reader.getByRole('region', { name: '관련 기사' });
  await expect(related.getByRole('link').first()).toHaveText(koHeadline);
  await reader
    .getByRole('navigation', { name: '태그' })
    .getByRole('link', { name: `#${newTag.ko}` })
    .click();
  await expect(reader).toHaveURL(new RegExp(`/ko/tags/${newTag.slug}$`));
  await expect(reader.getByRole('link', { name: seedHeadline })).toBeVisible();

  // Renamed on the tags page, the tag's page and the tagged article's page show the new name.
  await page.goto('/admin/tags');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `수정 ${newTag.ko}` }).click();
  const form = page.getByRole('form', { name: `‘${newTag.ko}’ 수정` });
  await form.getByRole('textbox', { name: '영문 이름' }).fill(`Book swaps ${run}`);
  await form.getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`Book swaps ${run}`) })).toBeVisible();
  await reader.goto(`/en/tags/${newTag.slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`#Book swaps ${run}`);
  await reader.goto(`/en/articles/${slug}`);
  await expect(reader.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: `#Book swaps ${run}` })).toBeVisible();
});

test('an unknown tag is a 404 page and a 404 feed', async ({ page }) => {
  expect((await page.goto('/ko/tags/no-such-tag'))?.status()).toBe(404);
  expect((await page.request.get('/en/tags/no-such-tag/rss.xml')).status()).toBe(404);
});
