import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInAs } from '../support/staff-sign-in';

const run = Date.now().toString(36);
const lead = { ko: `첫 화면 톱기사 ${run}`, en: `Front page lead ${run}` };
const koreanOnly = `영문 없는 기사 ${run}`;
const seed = {
  ko: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최',
  en: 'Namyangju and Changzhou, China hold video conference to expand exchanges',
};

async function signedInEditor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, 'EDITOR');
  return page;
}

async function writeColumn(page: Page, column: string, headline: string, city: string, body: string) {
  const group = page.getByRole('group', { name: column });
  await group.getByRole('textbox', { name: '제목' }).fill(headline);
  await group.getByRole('textbox', { name: '데이트라인 도시' }).fill(city);
  await group.getByRole('textbox', { name: '본문' }).click();
  await page.keyboard.type(body);
}

/** Writes and publishes a story; returns its editor's address. */
async function publishStory(editor: Page, headlines: { ko: string; en?: string }): Promise<string> {
  await editor.goto('/admin/articles/new');
  await writeColumn(editor, '한국어 원문', headlines.ko, '남양주', '남양주시는 2일 첫 화면을 새로 꾸몄다.');
  if (headlines.en) await writeColumn(editor, '영문 번역', headlines.en, 'Namyangju', 'Namyangju rearranged its front page on the 2nd.');
  await editor.getByRole('button', { name: '저장', exact: true }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await editor.getByRole('button', { name: '지금 게시' }).click();
  await editor.getByRole('dialog', { name: '게시하기 전에 확인하세요' }).getByRole('button', { name: '게시', exact: true }).click();
  await expect(editor.getByText('게시했습니다.')).toBeVisible();
  return editor.url();
}

const secondaryOrder = (editor: Page) => editor.getByRole('list', { name: '주요 기사' }).getByRole('listitem');

async function save(editor: Page) {
  await editor.getByRole('button', { name: '저장하고 게시' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '저장했습니다' })).toHaveText('저장했습니다. 독자 화면에 반영되었습니다.');
}

async function backToAutomatic(editor: Page, tab: string) {
  await editor.getByRole('link', { name: tab }).click();
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: '자동 배치로 되돌리기' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '저장했습니다' })).toBeVisible();
}

test('an editor sets the lead and reorders the top stories; readers see it at once in each language; an unpublished lead leaves the page', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const editor = await signedInEditor(browser);
  const leadEditor = await publishStory(editor, lead);
  const koreanOnlyEditor = await publishStory(editor, { ko: koreanOnly });

  await editor.getByRole('navigation', { name: '관리 메뉴' }).getByRole('link', { name: '첫 화면' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: '첫 화면' })).toBeVisible();
  await editor.getByRole('button', { name: `톱으로: ${lead.ko}` }).click();
  await editor.getByRole('button', { name: `주요 기사에 추가: ${seed.ko}` }).click();
  await editor.getByRole('button', { name: `주요 기사에 추가: ${koreanOnly}` }).click();
  await expect(secondaryOrder(editor)).toHaveText([new RegExp(seed.ko), new RegExp(koreanOnly)]);

  // By dragging, then from the keyboard: down and up again.
  await secondaryOrder(editor).nth(1).dragTo(secondaryOrder(editor).nth(0));
  await expect(secondaryOrder(editor)).toHaveText([new RegExp(koreanOnly), new RegExp(seed.ko)]);
  await editor.getByRole('button', { name: `아래로: ${koreanOnly}` }).focus();
  await editor.keyboard.press('Enter');
  await expect(secondaryOrder(editor)).toHaveText([new RegExp(seed.ko), new RegExp(koreanOnly)]);
  await editor.getByRole('button', { name: `위로: ${koreanOnly}` }).focus();
  await editor.keyboard.press('Enter');
  await expect(secondaryOrder(editor)).toHaveText([new RegExp(koreanOnly), new RegExp(seed.ko)]);
  await expect(editor.getByRole('status')).toHaveText('저장하지 않은 변경이 있습니다.');
  await expectNoAxeViolations(editor);

  // The preview draws the unsaved arrangement with the reader page's own blocks.
  const [preview] = await Promise.all([editor.waitForEvent('popup'), editor.getByRole('link', { name: '미리 보기' }).click()]);
  await expect(preview.getByRole('region', { name: '톱기사' }).getByRole('link', { name: lead.ko })).toBeVisible();
  await preview.close();
  await save(editor);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/ko');
  await expect(reader.getByRole('region', { name: '톱기사' }).getByRole('link', { name: lead.ko })).toBeVisible();
  await expect(reader.getByRole('region', { name: '주요 기사' }).getByRole('link')).toHaveText([koreanOnly, seed.ko]);
  await expectNoAxeViolations(reader);

  // The English front page is its own: automatic until arranged, and never shows a story without English.
  await reader.goto('/en');
  await expect(reader.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
  await expect(reader.getByText(koreanOnly)).toHaveCount(0);
  await editor.getByRole('link', { name: '영문 첫 화면 (/en)' }).click();
  await expect(editor.getByRole('button', { name: `톱으로: ${koreanOnly}` })).toHaveCount(0);
  await editor.getByRole('button', { name: `톱으로: ${seed.en}` }).click();
  await save(editor);
  await reader.goto('/en');
  await expect(reader.getByRole('region', { name: 'Lead story' }).getByRole('link', { name: seed.en })).toBeVisible();
  await expect(reader.getByRole('region', { name: 'Top stories' }).getByRole('link', { name: lead.en })).toBeVisible();
  await expect(reader.getByText(koreanOnly)).toHaveCount(0);
  await reader.goto('/ko');
  await expect(reader.getByRole('region', { name: '톱기사' }).getByRole('link', { name: lead.ko })).toBeVisible();

  // Unpublished, the lead leaves both pages at once, and the editor's slots.
  await editor.goto(leadEditor);
  await editor.getByRole('button', { name: '게시 내리기(작성 중으로)' }).click();
  await expect(editor.getByText('게시를 내렸습니다.')).toBeVisible();
  await reader.goto('/ko');
  await expect(reader.getByRole('region', { name: '톱기사' })).toBeVisible();
  await expect(reader.getByRole('region', { name: '주요 기사' }).getByRole('link', { name: seed.ko })).toBeVisible();
  await expect(reader.getByRole('link', { name: lead.ko })).toHaveCount(0);
  await reader.goto('/en');
  await expect(reader.getByRole('link', { name: lead.en })).toHaveCount(0);
  await editor.goto('/admin/front');
  await expect(editor.getByText('고르지 않으면 가장 최근 기사가 톱에 놓입니다.')).toBeVisible();

  // Leave the site as the other journeys expect it: automatic front pages, the extra story archived.
  await backToAutomatic(editor, '한국어 첫 화면 (/ko)');
  await backToAutomatic(editor, '영문 첫 화면 (/en)');
  await reader.goto('/ko');
  await expect(reader.getByRole('heading', { level: 1, name: '최신 기사' })).toBeVisible();
  await editor.goto(koreanOnlyEditor);
  await editor.getByRole('button', { name: '보관' }).click();
  await expect(editor.getByText('보관했습니다.')).toBeVisible();
});

test('a reporter cannot open the front page editor', async ({ page }) => {
  await signInAs(page, 'REPORTER');
  await expect(page.getByRole('navigation', { name: '관리 메뉴' }).getByRole('link', { name: '첫 화면' })).toHaveCount(0);
  expect((await page.goto('/admin/front'))?.status()).toBe(403);
});
